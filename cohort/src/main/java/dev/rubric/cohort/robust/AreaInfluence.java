package dev.rubric.cohort.robust;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import java.util.Objects;

/**
 * The effective influence of one area's weight on the ranking, measured one at a time: the area's
 * weight alone takes ten values spread evenly over its range (the factors 1 + t·s/5 for t = −5 … 5,
 * t ≠ 0, where s is its spread), every other weight stays nominal, and the units' ranks and indexes
 * are compared with the nominal ones. An area whose weight moves ranks most is the one the ranking
 * is most sensitive to.
 *
 * @param code the area's code
 * @param title the area's title
 * @param weight the area's nominal weight: its weight in a weighted index, its maximum otherwise
 * @param spreadPerMille how far its weight moves, in per-mille of the weight
 * @param meanRankShift the mean over units and the ten values of |rank − nominal rank|, rounded
 *     half-up to 2 places
 * @param maxRankShift the largest |rank − nominal rank| seen
 * @param meanIndexShift the mean over units and the ten values of |index − nominal index| (rounded
 *     indexes), rounded half-up to two places more than the index
 */
public record AreaInfluence(
    String code,
    LocalizedText title,
    Decimal weight,
    int spreadPerMille,
    Decimal meanRankShift,
    int maxRankShift,
    Decimal meanIndexShift) {

  /** Checks the components. */
  public AreaInfluence {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(meanRankShift, "meanRankShift");
    Objects.requireNonNull(meanIndexShift, "meanIndexShift");
  }
}
