package dev.rubric.cohort.reconcile;

import dev.rubric.core.Decimal;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number, kept in lowest terms with a positive denominator: the statistics of a
 * reconciliation (rates, means, Cohen's kappa) are computed exactly and rounded once, for display,
 * with {@link #round}.
 *
 * @param numerator the numerator
 * @param denominator the denominator, positive
 */
public record Ratio(BigInteger numerator, BigInteger denominator) implements Comparable<Ratio> {

  /** Zero. */
  public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);

  /**
   * Reduces the fraction to lowest terms with a positive denominator.
   *
   * @throws IllegalArgumentException if {@code denominator} is zero
   */
  public Ratio {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new IllegalArgumentException("denominator: expected a non-zero number but found 0");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger g = numerator.gcd(denominator);
    if (g.signum() > 0 && !g.equals(BigInteger.ONE)) {
      numerator = numerator.divide(g);
      denominator = denominator.divide(g);
    }
  }

  /** Returns {@code numerator / denominator}. */
  public static Ratio of(long numerator, long denominator) {
    return new Ratio(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /** Returns {@code value / count} exactly. */
  public static Ratio of(Decimal value, long count) {
    BigDecimal v = value.toBigDecimal();
    BigInteger scale = BigInteger.TEN.pow(Math.max(0, v.scale()));
    BigInteger unscaled = v.scale() >= 0 ? v.unscaledValue() : v.toBigIntegerExact();
    return new Ratio(unscaled, scale.multiply(BigInteger.valueOf(count)));
  }

  /** Returns this ratio rounded half-up to {@code decimals} places. */
  public Decimal round(int decimals) {
    BigDecimal q =
        new BigDecimal(numerator)
            .divide(new BigDecimal(denominator), decimals, RoundingMode.HALF_UP);
    return Decimal.of(q);
  }

  /** Returns this ratio minus {@code other}. */
  public Ratio minus(Ratio other) {
    return new Ratio(
        numerator.multiply(other.denominator).subtract(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /** Returns the sign: -1, 0 or 1. */
  public int signum() {
    return numerator.signum();
  }

  @Override
  public int compareTo(Ratio o) {
    return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
  }

  /** Returns {@code numerator/denominator}, such as {@code 67/76}, or the integer. */
  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE)
        ? numerator.toString()
        : numerator + "/" + denominator;
  }
}
