package dev.rubric.cohort.advice;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import java.util.Objects;

/**
 * A criterion below its maximum for which the advisor gives no fix, and why.
 *
 * @param criterionCode the criterion's code
 * @param title the criterion's title
 * @param pointsLost the points the criterion falls short of its applicable maximum
 * @param reason why no fix was solved
 */
public record Unsolved(
    String criterionCode, LocalizedText title, Decimal pointsLost, UnsolvedReason reason) {
  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public Unsolved {
    Objects.requireNonNull(criterionCode, "criterionCode");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(pointsLost, "pointsLost");
    Objects.requireNonNull(reason, "reason");
  }
}
