package dev.rubric.dsl.internal.syntax;

import dev.rubric.core.diagnostic.SourceSpan;
import java.util.IdentityHashMap;
import java.util.Optional;

/**
 * Where the parser wrote each expression, rule and finding template it made, while it parses; at
 * the end, {@link #addTo} files every span under the {@link Site} of its part.
 */
final class WrittenAt {

  /*
   * Implementation notes. Expressions are parsed bottom-up: when `a + b` is made, the parser does
   * not yet know whether it is a whole condition or the left operand of `a + b > c`, so it cannot
   * key the span by site at that moment. It keys it by the object instead, which is sound here and
   * only here: the parser makes every part with `new` exactly once and never puts one object in
   * two places, so within one parse an object is one place. The walk of the finished catalog then
   * gives each place its site, and everything after parsing (checker, diagnostics) keys by site.
   * Builder-made catalogs, where one object may stand in two places, never come through here.
   */

  private final IdentityHashMap<Object, SourceSpan> spans = new IdentityHashMap<>();

  /**
   * Records that the parser made {@code node} from the text at {@code span}; returns {@code node}.
   */
  <T> T put(T node, SourceSpan span) {
    spans.put(node, span);
    return node;
  }

  /** Adds every span {@code other} recorded; the parts of two parses are distinct objects. */
  void putAll(WrittenAt other) {
    spans.putAll(other.spans);
  }

  /** Returns where the parser made {@code node}, if it made it. */
  Optional<SourceSpan> of(Object node) {
    return Optional.ofNullable(spans.get(node));
  }

  /** Adds the span of every part of {@code catalog} the parser made to {@code out}, by site. */
  void addTo(Syntax.Catalog catalog, Spans out) {
    SiteWalk.forEachPart(
        catalog,
        (node, site) -> {
          SourceSpan span = spans.get(node);
          if (span != null) {
            out.put(site, span);
          }
        });
  }
}
