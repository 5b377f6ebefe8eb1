package dev.rubric.cohort.reconcile;

import dev.rubric.core.Decimal;
import java.util.Objects;

/**
 * How far one unit's self-assessment is from its final result.
 *
 * @param unitCode the unit's code
 * @param unitName the unit's name
 * @param selfIndex the rounded index of the self-assessment view
 * @param finalIndex the rounded index of the final result
 * @param indexGap {@code selfIndex − finalIndex} (the exact indexes' difference, rounded as the
 *     catalog rounds the index)
 * @param pointGap the sum over the claimed criteria of |claimed − final|
 */
public record UnitDistance(
    String unitCode,
    String unitName,
    Decimal selfIndex,
    Decimal finalIndex,
    Decimal indexGap,
    Decimal pointGap) {

  /** Checks the components. */
  public UnitDistance {
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(selfIndex, "selfIndex");
    Objects.requireNonNull(finalIndex, "finalIndex");
    Objects.requireNonNull(indexGap, "indexGap");
    Objects.requireNonNull(pointGap, "pointGap");
  }
}
