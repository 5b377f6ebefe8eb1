package dev.rubric.cohort.robust;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one unit's rank holds when the weights move: its nominal rank and index, the median and the
 * 5th and 95th percentiles of its ranks over the Monte Carlo runs, how many runs put it in another
 * band, whether it is stable, and its rank when each area in turn is left out.
 *
 * <p>Ranks are competition ranks (1, 2, 2, 4) by rounded index, as in a {@link
 * dev.rubric.cohort.Ranking}. Percentiles are nearest-rank: the p-th percentile of the n ranks
 * sorted ascending is the ⌈p·n/100⌉-th of them; the median is the 50th percentile.
 *
 * @param unitCode the unit's code
 * @param unitName the unit's name
 * @param periodId the period's id
 * @param index the unit's index with the nominal weights, rounded as the catalog says
 * @param band the band of that index; empty when the catalog has none or none contains it
 * @param rank the nominal rank: the rank of the published ranking
 * @param medianRank the median of the runs' ranks
 * @param lowRank the 5th percentile of the runs' ranks (the best rank of the interval)
 * @param highRank the 95th percentile of the runs' ranks (the worst rank of the interval)
 * @param bandChanges the number of runs whose index falls in another band than the nominal one
 * @param runs the number of runs
 * @param stable whether {@code highRank − lowRank} is at most the options' stable width and fewer
 *     than 5% of the runs change the unit's band
 * @param leaveOneOut the unit's rank with each area left out, in the order of {@link
 *     RankRobustness#areas()}
 */
public record UnitRobustness(
    String unitCode,
    String unitName,
    String periodId,
    Decimal index,
    Optional<LocalizedText> band,
    int rank,
    int medianRank,
    int lowRank,
    int highRank,
    int bandChanges,
    int runs,
    boolean stable,
    List<Integer> leaveOneOut) {

  /** Validates and copies the components. */
  public UnitRobustness {
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(periodId, "periodId");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(band, "band");
    if (lowRank > medianRank || medianRank > highRank || lowRank < 1) {
      throw new IllegalArgumentException(
          "ranks: expected 1 ≤ low ≤ median ≤ high but found "
              + lowRank
              + ", "
              + medianRank
              + ", "
              + highRank);
    }
    if (bandChanges < 0 || bandChanges > runs) {
      throw new IllegalArgumentException(
          "bandChanges: expected 0 to " + runs + " runs but found " + bandChanges);
    }
    leaveOneOut = List.copyOf(leaveOneOut);
  }

  /**
   * Returns the probability of changing band, {@code bandChanges / runs}, rounded half-up to {@code
   * decimals} places.
   */
  public Decimal bandChangeProbability(int decimals) {
    return Decimal.of(
        BigDecimal.valueOf(bandChanges)
            .divide(BigDecimal.valueOf(runs), decimals, RoundingMode.HALF_UP));
  }

  /** Returns the width of the 5–95% interval: {@code highRank − lowRank}. */
  public int intervalWidth() {
    return highRank - lowRank;
  }
}
