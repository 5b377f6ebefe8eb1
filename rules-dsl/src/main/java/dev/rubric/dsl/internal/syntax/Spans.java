package dev.rubric.dsl.internal.syntax;

import dev.rubric.core.diagnostic.SourceSpan;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each expression, rule, finding template and decision date was written. Keyed by identity:
 * two equal expressions written in two places have two spans. Empty for builder-made catalogs.
 * Filled by the parser, then only read.
 */
public final class Spans {
  private final Map<Object, SourceSpan> spans = new IdentityHashMap<>();

  /** Records that {@code node} was written at {@code span}; returns {@code node}. */
  public <T> T put(T node, SourceSpan span) {
    spans.put(node, span);
    return node;
  }

  /** Returns where {@code node} was written, if known. */
  public Optional<SourceSpan> of(Object node) {
    return Optional.ofNullable(spans.get(node));
  }
}
