package dev.rubric.cohort.advice;

import dev.rubric.core.result.Scorecard;
import java.util.List;
import java.util.Objects;

/**
 * The advice for one unit: its scorecard, the fixes ranked by index gained (highest first, equal
 * gains in catalog order), and the criteria below their maximum for which no fix was solved.
 *
 * @param scorecard the unit's scorecard as evaluated
 * @param fixes the fixes, best first
 * @param unsolved the criteria without a fix, in catalog order
 */
public record UnitAdvice(Scorecard scorecard, List<Fix> fixes, List<Unsolved> unsolved) {
  /**
   * Checks the components and copies the lists.
   *
   * @throws NullPointerException if a component or element is null
   */
  public UnitAdvice {
    Objects.requireNonNull(scorecard, "scorecard");
    fixes = List.copyOf(fixes);
    unsolved = List.copyOf(unsolved);
  }

  /** Returns the first {@code n} fixes, or all of them when there are fewer. */
  public List<Fix> top(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n: expected a non-negative number but found " + n);
    }
    return fixes.subList(0, Math.min(n, fixes.size()));
  }
}
