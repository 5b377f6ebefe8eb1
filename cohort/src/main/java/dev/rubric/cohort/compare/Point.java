package dev.rubric.cohort.compare;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit's published result in one period.
 *
 * @param unitCode the unit's code in that period
 * @param unitName the unit's name in that period
 * @param periodId the period
 * @param index the rounded index
 * @param indexDecimals the number of decimals the catalog publishes the index with
 * @param band the band; empty when the catalog has none
 * @param rank the unit's rank in its cohort that period (1 for the best; ties share a rank)
 * @param units the number of units ranked that period
 */
public record Point(
    String unitCode,
    String unitName,
    String periodId,
    Decimal index,
    int indexDecimals,
    Optional<LocalizedText> band,
    int rank,
    int units) {

  /** Checks that no component is null. */
  public Point {
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(periodId, "periodId");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(band, "band");
  }
}
