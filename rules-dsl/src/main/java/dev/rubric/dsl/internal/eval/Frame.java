package dev.rubric.dsl.internal.eval;

import org.jspecify.annotations.Nullable;

/**
 * The mutable state of one evaluation: input and attribute values by slot, computed {@code let}
 * values by slot, and the node being evaluated. A frame belongs to one thread and one evaluation;
 * compiled plans are shared and never mutated.
 */
final class Frame {
  final Object[] inputs;
  final String[] inputStatus;

  /** The unit's explanation of missing or incomplete evidence, per input slot (null when none). */
  final String[] inputExplanation;

  final Object[] attributes;
  final Object[] lets;
  final Num year;
  final String unitKind;
  final String unitLevel;
  final String unitCode;

  /** Best values per {@code best()} site in a cohort evaluation; null in a single evaluation. */
  final Num @Nullable [] best;

  /** Samples per {@code best()} site while a cohort's first pass runs; null otherwise. */
  final Object @Nullable [] samples;

  Num max = Num.ZERO;

  Frame(
      Object[] inputs,
      String[] inputStatus,
      String[] inputExplanation,
      Object[] attributes,
      int letCount,
      Num year,
      String unitKind,
      String unitLevel,
      String unitCode,
      Num @Nullable [] best,
      Object @Nullable [] samples) {
    this.inputs = inputs;
    this.inputStatus = inputStatus;
    this.inputExplanation = inputExplanation;
    this.attributes = attributes;
    this.lets = new Object[letCount];
    this.year = year;
    this.unitKind = unitKind;
    this.unitLevel = unitLevel;
    this.unitCode = unitCode;
    this.best = best;
    this.samples = samples;
  }
}
