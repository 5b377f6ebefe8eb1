package dev.rubric.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Sums points the way the sample catalog's index does, for the peer implementations: appraisal and
 * system points over applicable maxima, survey points unless the survey channel was dropped, bonus
 * added and penalty subtracted outside the 100, the index clamped to [0, 100] and rounded to 2
 * decimals half-up. Exact {@link BigDecimal} arithmetic; the only division is the index's, at 20
 * decimals half-even like the engine's.
 */
public final class PeerIndex {
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Decimals kept when a peer divides (a ratio times points, the index). */
  static final int SCALE = 20;

  private BigDecimal earned = BigDecimal.ZERO;
  private BigDecimal applicable = BigDecimal.ZERO;
  private BigDecimal surveyEarned = BigDecimal.ZERO;
  private BigDecimal surveyApplicable = BigDecimal.ZERO;
  private boolean surveyDropped;
  private BigDecimal bonus = BigDecimal.ZERO;
  private BigDecimal penalty = BigDecimal.ZERO;

  /** Adds an applicable criterion: {@code points} limited to [0, max]. */
  void add(BigDecimal max, BigDecimal points) {
    earned = earned.add(points.max(BigDecimal.ZERO).min(max));
    applicable = applicable.add(max);
  }

  /** Adds an applicable criterion that earned nothing (missing evidence or a value error). */
  void addZero(BigDecimal max) {
    applicable = applicable.add(max);
  }

  /** Adds the survey criterion. */
  void survey(BigDecimal max, BigDecimal points) {
    surveyEarned = surveyEarned.add(points.max(BigDecimal.ZERO).min(max));
    surveyApplicable = surveyApplicable.add(max);
  }

  /** Drops the survey channel: the index is renormalised over the other channels. */
  void dropSurvey() {
    surveyDropped = true;
  }

  void bonus(BigDecimal max, BigDecimal points) {
    bonus = bonus.add(points.max(BigDecimal.ZERO).min(max));
  }

  /** Adds a penalty; {@code points} is zero or negative, limited to [-max, 0]. */
  void penalty(BigDecimal max, BigDecimal points) {
    penalty = penalty.subtract(points.min(BigDecimal.ZERO).max(max.negate()));
  }

  PeerResult result() {
    BigDecimal e = earned;
    BigDecimal a = applicable;
    if (!surveyDropped) {
      e = e.add(surveyEarned);
      a = a.add(surveyApplicable);
    }
    BigDecimal index;
    if (a.signum() == 0) {
      index = BigDecimal.ZERO;
    } else {
      index =
          HUNDRED.multiply(e.add(bonus).subtract(penalty)).divide(a, SCALE, RoundingMode.HALF_EVEN);
      index = index.max(BigDecimal.ZERO).min(HUNDRED);
    }
    return new PeerResult(index, index.setScale(2, RoundingMode.HALF_UP));
  }

  /** A peer's index and published (rounded) index for one unit. */
  public record PeerResult(BigDecimal index, BigDecimal indexRounded) {}
}
