package dev.rubric.cohort.advice;

/** Why the advisor found no fix for a criterion below its maximum. */
public enum UnsolvedReason {
  /** The rule reads no input: only unit attributes or constants decide its points. */
  NO_INPUT,
  /** The rule compares the unit with its cohort ({@code best(…)}); one unit's change moves all. */
  COHORT_RELATIVE,
  /** A ratio the rule reads is {@code 0/0} or missing, so no numerator can be raised over it. */
  EMPTY_RATIO,
  /**
   * A comparison or formula of the rule is not linear in the input (a product or quotient of two
   * inputs), so its thresholds cannot be solved exactly.
   */
  NOT_LINEAR,
  /** No change of one input alone raises the criterion: several inputs must change together. */
  NEEDS_SEVERAL_INPUTS,
  /** The criterion's evaluation ended in an error; its finding says why. */
  EVALUATION_ERROR;

  /** Returns the lowercase code used in JSON and CSV, e.g. {@code "not_linear"}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
