package dev.rubric.core.catalog;

/** Whether more of an input is better, worse, or neither, for monotonicity checks. */
public enum Direction {
  /** No declared direction. */
  NONE,
  /** A larger value never lowers a score ({@code higher-better}). */
  HIGHER_IS_BETTER,
  /** A smaller value never lowers a score ({@code lower-better}). */
  LOWER_IS_BETTER
}
