package dev.rubric.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact decimal number: points, thresholds, ratios and indexes in Rubric are {@code Decimal}s,
 * never binary floating point.
 *
 * <p>Addition, subtraction, multiplication, comparison and {@link #min}/{@link #max} are exact.
 * Division is the only operation that may not terminate; {@link #divide} keeps {@value
 * #DIVISION_SCALE} fractional digits (half-even), which is far below any published precision
 * (indexes are published with 2 or 4 decimals). Comparisons of a ratio with a threshold never
 * divide: callers compare {@code numerator} with {@code threshold × denominator}, which is exact.
 * Rounding to a catalog's published precision happens once, through {@link #round}.
 *
 * <p>Equality is numeric: {@code 2.0} equals {@code 2.00}, and both have the same hash code and the
 * same {@link #toString()} ({@code "2"}). Instances are immutable and thread-safe.
 */
public final class Decimal implements Comparable<Decimal> {

  /** Fractional digits kept by {@link #divide}. */
  public static final int DIVISION_SCALE = 20;

  /** Zero. */
  public static final Decimal ZERO = new Decimal(BigDecimal.ZERO);

  /** One. */
  public static final Decimal ONE = new Decimal(BigDecimal.ONE);

  /** One hundred. */
  public static final Decimal HUNDRED = new Decimal(BigDecimal.valueOf(100));

  private final BigDecimal value;

  /** The most digits before the decimal point a decimal may have; beyond it construction fails. */
  public static final int MAX_INTEGER_DIGITS = 1000;

  private Decimal(BigDecimal value) {
    if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
      // Guards setScale below: 1E+999999999 would otherwise expand to a billion digits.
      throw new IllegalArgumentException(
          "decimal: expected at most "
              + MAX_INTEGER_DIGITS
              + " digits before the decimal point but found "
              + (value.precision() - value.scale()));
    }
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    this.value = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Whole numbers from {@code -SMALL} to {@code SMALL}, made once: most points, maxima and counts
   * are among them, and a scorecard keeps thousands.
   */
  private static final int SMALL = 128;

  private static final Decimal[] SMALL_WHOLE = new Decimal[2 * SMALL + 1];

  static {
    for (int i = -SMALL; i <= SMALL; i++) {
      SMALL_WHOLE[i + SMALL] =
          i == 0 ? ZERO : i == 1 ? ONE : i == 100 ? HUNDRED : new Decimal(BigDecimal.valueOf(i));
    }
  }

  /** Returns the decimal equal to {@code value}. */
  public static Decimal of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.scale() == 0 && value.precision() <= 3) {
      long v = value.longValue();
      if (v >= -SMALL && v <= SMALL) {
        return SMALL_WHOLE[(int) v + SMALL];
      }
    }
    return new Decimal(value);
  }

  /** Returns the decimal equal to {@code value}. */
  public static Decimal of(long value) {
    if (value >= -SMALL && value <= SMALL) {
      return SMALL_WHOLE[(int) value + SMALL];
    }
    return new Decimal(BigDecimal.valueOf(value));
  }

  /**
   * Parses a plain decimal literal such as {@code "0.25"}, {@code "-3"} or {@code "98.5"}.
   *
   * @throws IllegalArgumentException if {@code text} is not a plain decimal literal (no exponent,
   *     no grouping, at most 64 characters)
   */
  public static Decimal parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty() || text.length() > 64 || !text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
      throw new IllegalArgumentException(
          "decimal: expected a plain decimal literal such as '0.25' but found '" + text + "'");
    }
    return new Decimal(new BigDecimal(text));
  }

  /** Returns this value as a {@link BigDecimal} without trailing zeros (scale ≥ 0). */
  public BigDecimal toBigDecimal() {
    return value;
  }

  /** Returns {@code this + other}, exactly. */
  public Decimal plus(Decimal other) {
    return new Decimal(value.add(other.value));
  }

  /** Returns {@code this - other}, exactly. */
  public Decimal minus(Decimal other) {
    return new Decimal(value.subtract(other.value));
  }

  /** Returns {@code this × other}, exactly. */
  public Decimal times(Decimal other) {
    return new Decimal(value.multiply(other.value));
  }

  /**
   * Returns {@code this / divisor} with {@value #DIVISION_SCALE} fractional digits, half-even.
   *
   * @throws ArithmeticException if {@code divisor} is zero
   */
  public Decimal divide(Decimal divisor) {
    if (divisor.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    return new Decimal(value.divide(divisor.value, DIVISION_SCALE, RoundingMode.HALF_EVEN));
  }

  /** Returns {@code -this}. */
  public Decimal negate() {
    return new Decimal(value.negate());
  }

  /** Returns the smaller of this value and {@code other}. */
  public Decimal min(Decimal other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /** Returns the larger of this value and {@code other}. */
  public Decimal max(Decimal other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** Returns -1, 0 or 1 as this value is negative, zero or positive. */
  public int signum() {
    return value.signum();
  }

  /** Returns whether this value has no fractional part. */
  public boolean isInteger() {
    return value.scale() <= 0;
  }

  /** Returns this value as a {@link BigInteger}, if it has no fractional part. */
  public BigInteger toBigIntegerExact() {
    return value.toBigIntegerExact();
  }

  /** Returns the number of fractional digits of this value (0 for integers). */
  public int scale() {
    return value.scale();
  }

  /** Returns this value rounded to {@code decimals} fractional digits with {@code mode}. */
  public Decimal round(int decimals, RoundingMode mode) {
    return new Decimal(value.setScale(decimals, mode));
  }

  /**
   * Returns this value written with exactly {@code decimals} fractional digits, without rounding
   * first; use {@link #round} to round. Example: {@code Decimal.parse("90").toString(2)} is {@code
   * "90.00"}.
   */
  public String toString(int decimals) {
    return value
        .setScale(Math.max(decimals, value.scale()), RoundingMode.UNNECESSARY)
        .toPlainString();
  }

  @Override
  public int compareTo(Decimal other) {
    return value.compareTo(other.value);
  }

  /** Returns whether this value is numerically below {@code other}. */
  public boolean isLessThan(Decimal other) {
    return compareTo(other) < 0;
  }

  /** Returns whether this value is numerically above {@code other}. */
  public boolean isGreaterThan(Decimal other) {
    return compareTo(other) > 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Decimal decimal && value.equals(decimal.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the plain (non-scientific) form without trailing zeros, e.g. {@code "0.25"}. */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
