package dev.rubric.cohort.reconcile;

import dev.rubric.core.Decimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The cohort view of a reconciliation: how far the units' self-scores agree with the final result.
 *
 * <p><b>Levels.</b> Points are compared as levels {@code 0}–{@code 4} of their share of the
 * criterion's maximum: {@code 0} is no points, level {@code k} (1–4) is more than {@code (k−1)/4}
 * and at most {@code k/4} of the maximum, so {@code 4} is more than three quarters up to full
 * points ({@link #level}). A penalty's points are measured by their size. The disagreement matrix
 * counts (self level, final level) pairs over every claimed criterion of every assessed unit.
 *
 * <p><b>Kappa.</b> The quadratically weighted Cohen's kappa of the pairs, with weights {@code (i −
 * j)²}: {@code κ = 1 − N·Σ(i−j)²·Oᵢⱼ / Σ(i−j)²·rᵢ·cⱼ}, where {@code Oᵢⱼ} are the matrix's counts,
 * {@code rᵢ} and {@code cⱼ} its row and column totals and {@code N} the number of pairs; computed
 * exactly as a {@link Ratio}. It is undefined (empty) when the denominator is zero, as when every
 * pair falls in one level.
 *
 * @param levels the number of levels, 5
 * @param matrix the disagreement matrix: {@code matrix.get(self).get(final)} pairs
 * @param pairs the number of pairs
 * @param kappa the quadratically weighted kappa of the matrix, if defined
 * @param meanAbsoluteGap the mean of |claimed − final| in points over the pairs, if any
 * @param criteria per criterion with at least one claim, in catalog order
 * @param leastReliable the codes of the criteria with a gap, least reliable first: highest
 *     over-claim rate, then largest mean absolute gap, then code
 * @param furthestUnits the assessed units, furthest first: largest |index gap|, then largest point
 *     gap, then code
 */
public record Agreement(
    int levels,
    List<List<Integer>> matrix,
    int pairs,
    Optional<Ratio> kappa,
    Optional<Ratio> meanAbsoluteGap,
    List<CriterionAgreement> criteria,
    List<String> leastReliable,
    List<UnitDistance> furthestUnits) {

  /** The number of levels. */
  public static final int LEVELS = 5;

  /** Checks and copies the components. */
  public Agreement {
    List<List<Integer>> rows = new ArrayList<>();
    for (List<Integer> row : matrix) {
      rows.add(List.copyOf(row));
    }
    matrix = List.copyOf(rows);
    Objects.requireNonNull(kappa, "kappa");
    Objects.requireNonNull(meanAbsoluteGap, "meanAbsoluteGap");
    criteria = List.copyOf(criteria);
    leastReliable = List.copyOf(leastReliable);
    furthestUnits = List.copyOf(furthestUnits);
  }

  /**
   * Returns the level of {@code points} out of {@code max}: {@code 0} for no points, else {@code k}
   * from 1 to 4 when the points are more than {@code (k−1)/4} and at most {@code k/4} of the
   * maximum; a penalty's (negative) points count by their size, and points above the maximum are
   * level 4. A criterion of maximum 0 is level 0.
   */
  public static int level(Decimal points, Decimal max) {
    Decimal p = points.signum() < 0 ? points.negate() : points;
    if (p.signum() == 0 || max.signum() <= 0) {
      return 0;
    }
    // the smallest k with p ≤ k·max/4, i.e. 4p ≤ k·max
    Decimal four = p.times(Decimal.of(4));
    for (int k = 1; k < LEVELS - 1; k++) {
      if (!four.isGreaterThan(max.times(Decimal.of(k)))) {
        return k;
      }
    }
    return LEVELS - 1;
  }

  /**
   * Returns the quadratically weighted Cohen's kappa of a square matrix of counts, exactly, or
   * empty when it is undefined (no pairs, or all expected disagreement zero).
   *
   * @param counts {@code counts[i][j]}: the pairs rated {@code i} by the first rater (the unit) and
   *     {@code j} by the second (the final result)
   */
  public static Optional<Ratio> quadraticKappa(int[][] counts) {
    int k = counts.length;
    BigInteger n = BigInteger.ZERO;
    BigInteger[] rows = new BigInteger[k];
    BigInteger[] cols = new BigInteger[k];
    java.util.Arrays.fill(rows, BigInteger.ZERO);
    java.util.Arrays.fill(cols, BigInteger.ZERO);
    BigInteger observed = BigInteger.ZERO;
    for (int i = 0; i < k; i++) {
      if (counts[i].length != k) {
        throw new IllegalArgumentException(
            "counts: expected a square matrix but row " + i + " has " + counts[i].length);
      }
      for (int j = 0; j < k; j++) {
        BigInteger c = BigInteger.valueOf(counts[i][j]);
        n = n.add(c);
        rows[i] = rows[i].add(c);
        cols[j] = cols[j].add(c);
        observed = observed.add(c.multiply(BigInteger.valueOf((long) (i - j) * (i - j))));
      }
    }
    BigInteger expected = BigInteger.ZERO;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        expected =
            expected.add(
                rows[i].multiply(cols[j]).multiply(BigInteger.valueOf((long) (i - j) * (i - j))));
      }
    }
    if (expected.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(new Ratio(expected.subtract(n.multiply(observed)), expected));
  }
}
