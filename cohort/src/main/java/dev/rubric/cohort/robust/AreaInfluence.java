package dev.rubric.cohort.robust;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The effective influence of one area's weight on the ranking, measured one at a time: the area's
 * weight alone takes ten values spread evenly over its range (the factors 1 + t·s/5 for t = −5 … 5,
 * t ≠ 0, where s is its spread), every other weight stays nominal, and the units' ranks and indexes
 * are compared with the nominal ones. An area whose weight moves ranks most is the one the ranking
 * is most sensitive to.
 *
 * <p>The shifts are kept exactly, as totals over the {@code shiftCases} pairs of a unit and a value
 * of the weight; a mean is a total divided by {@code shiftCases}, which need not be a finite
 * decimal (8 / 140 is not): {@link #meanRankShift()} and {@link #meanIndexShift()} give it with
 * {@value Decimal#DIVISION_SCALE} decimals, {@link #meanRankShift(int)} and {@link
 * #meanIndexShift(int)} rounded for display.
 *
 * @param code the area's code
 * @param title the area's title
 * @param weight the area's nominal weight: its weight in a weighted index, its maximum otherwise
 * @param spreadPerMille how far its weight moves, in per-mille of the weight
 * @param shiftCases the number of shifts summed: units × the ten values of the weight
 * @param rankShiftTotal the sum over units and the ten values of |rank − nominal rank|
 * @param maxRankShift the largest |rank − nominal rank| seen
 * @param indexShiftTotal the sum over units and the ten values of |index − nominal index|, of the
 *     indexes rounded as the catalog says (so it has at most the index's decimals)
 */
public record AreaInfluence(
    String code,
    LocalizedText title,
    Decimal weight,
    int spreadPerMille,
    long shiftCases,
    long rankShiftTotal,
    int maxRankShift,
    Decimal indexShiftTotal) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if {@code shiftCases} is not positive or a total or the
   *     largest shift is negative
   */
  public AreaInfluence {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(indexShiftTotal, "indexShiftTotal");
    if (shiftCases < 1) {
      throw new IllegalArgumentException(
          "shiftCases: expected at least 1 shift but found " + shiftCases);
    }
    if (rankShiftTotal < 0 || maxRankShift < 0 || indexShiftTotal.signum() < 0) {
      throw new IllegalArgumentException(
          "shifts: expected totals and a largest shift of at least 0 but found "
              + rankShiftTotal
              + ", "
              + indexShiftTotal
              + " and "
              + maxRankShift);
    }
  }

  /**
   * Returns the mean |rank − nominal rank|, {@code rankShiftTotal / shiftCases}: exact when the
   * quotient has at most {@value Decimal#DIVISION_SCALE} decimals, else rounded half-even to that
   * many ({@link Decimal#divide}).
   */
  public Decimal meanRankShift() {
    return Decimal.of(rankShiftTotal).divide(Decimal.of(shiftCases));
  }

  /** Returns the mean |rank − nominal rank| rounded half-up to {@code decimals} places. */
  public Decimal meanRankShift(int decimals) {
    return mean(BigDecimal.valueOf(rankShiftTotal), decimals);
  }

  /**
   * Returns the mean |index − nominal index|, {@code indexShiftTotal / shiftCases}: exact when the
   * quotient has at most {@value Decimal#DIVISION_SCALE} decimals, else rounded half-even to that
   * many ({@link Decimal#divide}).
   */
  public Decimal meanIndexShift() {
    return indexShiftTotal.divide(Decimal.of(shiftCases));
  }

  /** Returns the mean |index − nominal index| rounded half-up to {@code decimals} places. */
  public Decimal meanIndexShift(int decimals) {
    return mean(indexShiftTotal.toBigDecimal(), decimals);
  }

  private Decimal mean(BigDecimal total, int decimals) {
    return Decimal.of(total.divide(BigDecimal.valueOf(shiftCases), decimals, RoundingMode.HALF_UP));
  }
}
