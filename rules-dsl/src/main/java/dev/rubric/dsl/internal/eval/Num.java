package dev.rubric.dsl.internal.eval;

import dev.rubric.core.Decimal;
import dev.rubric.core.message.Arg;
import java.math.BigDecimal;
import java.math.RoundingMode;

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
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    if (d.scale() > 0) {
      // A whole denominator (0.6 becomes 6, the numerator ten times larger): sums then add over a
      // common multiple of whole denominators instead of multiplying them.
      int s = d.scale();
      n = n.movePointRight(s);
      d = d.movePointRight(s);
    }
    return reduced(n, d);
  }

  /**
   * Returns {@code n / d} for a whole positive {@code d}, in lowest terms when both fit in a long
   * (cheap, and it keeps later sums and products small).
   */
  private static Num reduced(BigDecimal n, BigDecimal d) {
    if (n.scale() > 0 && n.scale() <= 9 && d.precision() <= 9) {
      // 4.90 / 6 is 490 / 600, then 49 / 60.
      d = d.movePointRight(n.scale());
      n = new BigDecimal(n.unscaledValue());
    }
    if (n.scale() == 0 && d.scale() == 0 && n.precision() <= 18 && d.precision() <= 18) {
      long a = n.longValue();
      long b = d.longValue();
      long g = gcd(Math.abs(a), b);
      if (g > 1) {
        return new Num(BigDecimal.valueOf(a / g), BigDecimal.valueOf(b / g));
      }
    }
    return new Num(n, d);
  }

  /**
   * The most significant digits a numerator or denominator may have. Catalog numbers and evidence
   * have at most 1,000 characters, and no score needs more; past it, a chain of products (each
   * {@code let} the square of the one before) would double its digits at every step.
   */
  static final int MAX_DIGITS = 1000;

  /** Returns whether the numerator or the denominator has more than {@link #MAX_DIGITS} digits. */
  boolean isTooLarge() {
    return numerator.precision() > MAX_DIGITS || denominator.precision() > MAX_DIGITS;
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
    long a = smallWhole(denominator);
    long b = smallWhole(o.denominator);
    if (a > 0 && b > 0) {
      // Over the least common multiple, so that sums of many fractions whose denominators share
      // factors (rates over 420, 60, 8 …) keep small denominators instead of their product.
      long g = gcd(a, b);
      long fa = b / g;
      long fb = a / g;
      if (fa <= SMALL_FACTOR && fb <= SMALL_FACTOR) {
        return new Num(
            numerator
                .multiply(BigDecimal.valueOf(fa))
                .add(o.numerator.multiply(BigDecimal.valueOf(fb))),
            BigDecimal.valueOf(a * fa));
      }
    }
    return ratio(
        numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
        denominator.multiply(o.denominator));
  }

  /** The largest factor {@link #plus} scales a denominator by; a · factor stays within a long. */
  private static final long SMALL_FACTOR = 1L << 30;

  /** Returns {@code d} as a long when it is a whole number below 2^31, else 0. */
  private static long smallWhole(BigDecimal d) {
    if (d.scale() != 0 || d.precision() > 9) {
      return 0;
    }
    return d.longValue();
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  Num negate() {
    return new Num(numerator.negate(), denominator);
  }

  Num minus(Num o) {
    return plus(o.negate());
  }

  Num times(Num o) {
    if (isWhole() && o.isWhole()) {
      return new Num(numerator.multiply(o.numerator), BigDecimal.ONE);
    }
    return ratio(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
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

  /** Returns the value as a decimal with {@link Decimal#DIVISION_SCALE} digits when not exact. */
  Decimal toDecimal() {
    if (isWhole()) {
      return Decimal.of(numerator);
    }
    return Decimal.of(
        numerator.divide(denominator, Decimal.DIVISION_SCALE, RoundingMode.HALF_EVEN));
  }

  /** Returns the value rounded to {@code decimals} places with {@code mode}, exactly. */
  Decimal round(int decimals, RoundingMode mode) {
    return Decimal.of(numerator.divide(denominator, decimals, mode));
  }

  /** Returns this value as a message argument, shown as a number or a percentage. */
  Arg.Amount arg(boolean percent) {
    return new Arg.Amount(numerator, denominator, percent);
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
