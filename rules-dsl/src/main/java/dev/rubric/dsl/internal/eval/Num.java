package dev.rubric.dsl.internal.eval;

import dev.rubric.core.Decimal;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * An exact rational number {@code numerator / denominator} (denominator > 0), the evaluator's only
 * numeric type. Sums, products and quotients stay exact, so comparisons such as {@code 412/420 >=
 * 98%} are decided exactly (by cross-multiplication); conversion to a {@link Decimal} happens once,
 * when a node's points are reported.
 */
final class Num implements Comparable<Num> {
  static final Num ZERO = new Num(BigDecimal.ZERO, BigDecimal.ONE);
  static final Num ONE = new Num(BigDecimal.ONE, BigDecimal.ONE);

  private final BigDecimal numerator;
  private final BigDecimal denominator;

  private Num(BigDecimal numerator, BigDecimal denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  static Num of(Decimal d) {
    return new Num(d.toBigDecimal(), BigDecimal.ONE);
  }

  static Num of(BigDecimal d) {
    return new Num(d, BigDecimal.ONE);
  }

  static Num of(long v) {
    return new Num(BigDecimal.valueOf(v), BigDecimal.ONE);
  }

  /** Returns {@code n / d}; {@code d} must not be zero. */
  static Num ratio(BigDecimal n, BigDecimal d) {
    if (d.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    return d.signum() < 0 ? new Num(n.negate(), d.negate()) : new Num(n, d);
  }

  boolean isWhole() {
    return denominator.compareTo(BigDecimal.ONE) == 0;
  }

  Num plus(Num o) {
    if (isWhole() && o.isWhole()) {
      return new Num(numerator.add(o.numerator), BigDecimal.ONE);
    }
    if (denominator.compareTo(o.denominator) == 0) {
      return new Num(numerator.add(o.numerator), denominator);
    }
    return new Num(
        numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
        denominator.multiply(o.denominator));
  }

  Num negate() {
    return new Num(numerator.negate(), denominator);
  }

  Num minus(Num o) {
    return plus(o.negate());
  }

  Num times(Num o) {
    return new Num(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
  }

  Num dividedBy(Num o) {
    return ratio(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
  }

  int signum() {
    return numerator.signum();
  }

  Num min(Num o) {
    return compareTo(o) <= 0 ? this : o;
  }

  Num max(Num o) {
    return compareTo(o) >= 0 ? this : o;
  }

  @Override
  public int compareTo(Num o) {
    if (denominator.compareTo(o.denominator) == 0) {
      return numerator.compareTo(o.numerator);
    }
    return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Num num && compareTo(num) == 0;
  }

  @Override
  public int hashCode() {
    return toDecimal().hashCode();
  }

  /** Returns whether {@code o} has the same numerator and denominator, scales included. */
  // Scale-sensitive on purpose: NodeMemo compares the values in its keys by representation,
  // stricter than numeric equality, so that equal keys always render equal text (see its notes).
  @SuppressWarnings("BigDecimalEquals")
  boolean isRepresentedAs(Num o) {
    return numerator.equals(o.numerator) && denominator.equals(o.denominator);
  }

  /** Returns a hash consistent with {@link #isRepresentedAs}, cheaper than {@link #hashCode}. */
  int representationHash() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /** Returns the value as a decimal with {@link Decimal#DIVISION_SCALE} digits when not exact. */
  Decimal toDecimal() {
    if (isWhole()) {
      return Decimal.of(numerator);
    }
    return Decimal.of(
        numerator.divide(denominator, Decimal.DIVISION_SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * Returns the value rounded half-up to {@code decimals} places, for display. Defined as the
   * quotient rounded to 64 significant digits (half-even) and then to {@code decimals} places
   * (half-up); see the note below for why the direct quotient is the same number when it is cheap.
   */
  BigDecimal rounded(int decimals) {
    if (isWhole() && numerator.precision() <= 64) {
      // n / 1 to 64 digits is n itself; dividing would compute 64 digits and strip 63 zeros.
      return numerator.setScale(decimals, RoundingMode.HALF_UP);
    }
    if (directRoundingIsExact(decimals)) {
      return numerator.divide(denominator, decimals, RoundingMode.HALF_UP);
    }
    return numerator
        .divide(denominator, new MathContext(64, RoundingMode.HALF_EVEN))
        .setScale(decimals, RoundingMode.HALF_UP);
  }

  /*
   * Double rounding (64 significant digits, then `decimals` places) differs from rounding the exact
   * quotient q = a·10^(t−s)/b (a, b the unscaled values, s, t the scales) only when q lies within
   * half a 64-digit ulp, ½·10^(E−63) with E = ⌊log10 |q|⌋, of a half-way point of the
   * `decimals` grid without being on it. A rational off a half-way point is at least
   * 1/(2b·10^(decimals+max(0, −e))) away from it, with e = t − s + decimals. Since
   * E < precision(a) + t − s, the two roundings agree whenever
   * precision(a) + precision(b) + decimals + max(0, −e) + (t − s) < 63.
   */
  private boolean directRoundingIsExact(int decimals) {
    int shift = denominator.scale() - numerator.scale();
    int e = shift + decimals;
    long bound =
        (long) numerator.precision()
            + denominator.precision()
            + decimals
            + Math.max(0, -e)
            + Math.max(0, shift);
    return bound < 60;
  }

  /** Returns the value rounded to {@code decimals} places with {@code mode}, exactly. */
  Decimal round(int decimals, RoundingMode mode) {
    return Decimal.of(numerator.divide(denominator, decimals, mode));
  }

  /**
   * Returns {@link Values#number} of this value in English when it is a decimal with at most 4
   * places (no rounding, so no "≈"), or null: the plain digits without trailing zeros.
   */
  @Nullable String plainIfShort() {
    if (!isWhole() || numerator.scale() > 4 || numerator.precision() > 64) {
      return null;
    }
    BigDecimal b = numerator.stripTrailingZeros();
    return (b.scale() < 0 ? b.setScale(0) : b).toPlainString();
  }

  private static final long SMALL = 100_000_000_000_000L;

  /**
   * Returns {@link Values#percent} of this value in English when numerator and denominator are
   * integers below 10^14, computed with longs, or null: the whole percentage when exact, otherwise
   * the percentage rounded half-up to 2 places.
   */
  @Nullable String percentIfSmall() {
    if (numerator.scale() != 0
        || denominator.scale() != 0
        || numerator.precision() > 14
        || denominator.precision() > 14) {
      return null;
    }
    long a = numerator.longValue();
    long b = denominator.longValue();
    if (Math.abs(a) >= SMALL || b >= SMALL || b <= 0) {
      return null;
    }
    long hundred = 100 * a;
    if (hundred % b == 0) {
      return (hundred / b) + "%";
    }
    long m = Math.abs(a) * 10_000;
    long q = (2 * m + b) / (2 * b);
    if (q == 0) {
      return "0.00%";
    }
    long frac = q % 100;
    return (a < 0 ? "-" : "") + (q / 100) + (frac < 10 ? ".0" : ".") + frac + "%";
  }

  /** Returns the whole number of this value, for date arithmetic; fractional parts are dropped. */
  long longValue() {
    return numerator.divide(denominator, 0, RoundingMode.DOWN).longValueExact();
  }

  @Override
  public String toString() {
    return isWhole()
        ? numerator.toPlainString()
        : numerator.toPlainString() + "/" + denominator.toPlainString();
  }
}
