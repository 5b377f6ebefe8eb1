package dev.rubric.dsl.internal.syntax;

import dev.rubric.core.diagnostic.SourceSpan;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each expression, rule, finding template and the decision date of a catalog was written,
 * keyed by {@link Site}: two equal expressions written in two places have two spans. Empty for
 * builder-made catalogs. Filled by the parser, then only read.
 */
public final class Spans {
  private final Map<Site, SourceSpan> spans = new HashMap<>();

  /** Records that what stands at {@code site} was written at {@code span}. */
  void put(Site site, SourceSpan span) {
    spans.put(site, span);
  }

  /** Returns where what stands at {@code site} was written, if known. */
  public Optional<SourceSpan> of(Site site) {
    return Optional.ofNullable(spans.get(site));
  }
}
