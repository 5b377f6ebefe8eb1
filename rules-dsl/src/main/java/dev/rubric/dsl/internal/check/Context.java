package dev.rubric.dsl.internal.check;

import dev.rubric.dsl.internal.syntax.Site;
import dev.rubric.dsl.internal.syntax.Spans;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the passes of one check share, and all they share: where diagnostics go, the declared inputs
 * and unit attributes, and the {@link Resolution} being built. One per check.
 */
final class Context {
  final Reporter report;
  final Declared inputs = new Declared(true);
  final Declared attributes = new Declared(false);
  final Resolution resolution = new Resolution();

  /** Where each awarded input is read, in the order the checker met the reads (RB319). */
  final Map<String, List<Site>> awardedReads = new LinkedHashMap<>();

  Context(Spans spans) {
    this.report = new Reporter(spans);
  }
}
