package dev.rubric.core.message;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * How exact numbers read in messages, in English (the Vietnamese form swaps the decimal point for a
 * comma): by the rule of {@link DisplayNumbers}, a value of an explanation's arithmetic exactly
 * when it has at most {@value DisplayNumbers#EXACT_DECIMALS} decimals, else with {@value
 * DisplayNumbers#DECIMALS} decimals and {@code ≈} in front; a percentage with up to {@value
 * DisplayNumbers#DECIMALS} decimals; both rounded half-up, without trailing zeros.
 */
final class Numbers {
  private Numbers() {}

  static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /**
   * Returns {@code n / d} (d > 0) as a number: exactly when it has at most {@value
   * DisplayNumbers#EXACT_DECIMALS} decimals ({@code 98.1}, {@code 0.375}), else rounded half-up to
   * {@value DisplayNumbers#DECIMALS} with {@code ≈} in front ({@code ≈0.33}).
   */
  static String number(BigDecimal n, BigDecimal d) {
    boolean whole = d.compareTo(BigDecimal.ONE) == 0;
    if (whole && n.scale() <= DisplayNumbers.EXACT_DECIMALS && n.precision() <= 64) {
      return plain(n);
    }
    BigDecimal exact = rounded(n, d, DisplayNumbers.EXACT_DECIMALS);
    if (exact.multiply(d).compareTo(n) == 0) {
      return plain(exact);
    }
    BigDecimal b = rounded(n, d, DisplayNumbers.DECIMALS).stripTrailingZeros();
    if (b.scale() < 0) {
      b = b.setScale(0);
    }
    return "≈" + b.toPlainString();
  }

  /** Returns {@code n / d} (d > 0) as a percentage: {@code 98%}, {@code 98.10%}. */
  static String percent(BigDecimal n, BigDecimal d) {
    String fast = percentIfSmall(n, d);
    if (fast != null) {
      return fast;
    }
    BigDecimal hundred = n.multiply(BigDecimal.valueOf(100));
    BigDecimal whole = rounded(hundred, d, 0);
    BigDecimal shown =
        whole.multiply(d).compareTo(hundred) == 0
            ? whole
            : rounded(hundred, d, DisplayNumbers.DECIMALS);
    return shown.toPlainString() + "%";
  }

  /** Returns a hash of the value {@code n / d} that equal values share. */
  static int valueHash(BigDecimal n, BigDecimal d) {
    BigDecimal q = d.compareTo(BigDecimal.ONE) == 0 ? n : n.divide(d, MathContext.DECIMAL128);
    return q.signum() == 0 ? 0 : q.stripTrailingZeros().hashCode();
  }

  private static String plain(BigDecimal n) {
    BigDecimal b = n.stripTrailingZeros();
    return (b.scale() < 0 ? b.setScale(0) : b).toPlainString();
  }

  /**
   * Returns {@code n / d} rounded half-up to {@code decimals} places: the quotient rounded to 64
   * significant digits (half-even), then to {@code decimals} places (half-up), computed directly
   * when that gives the same number.
   */
  static BigDecimal rounded(BigDecimal n, BigDecimal d, int decimals) {
    if (d.compareTo(BigDecimal.ONE) == 0 && n.precision() <= 64) {
      return n.setScale(decimals, RoundingMode.HALF_UP);
    }
    if (directRoundingIsExact(n, d, decimals)) {
      return n.divide(d, decimals, RoundingMode.HALF_UP);
    }
    return n.divide(d, new MathContext(64, RoundingMode.HALF_EVEN))
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
  private static boolean directRoundingIsExact(BigDecimal n, BigDecimal d, int decimals) {
    int shift = d.scale() - n.scale();
    int e = shift + decimals;
    long bound =
        (long) n.precision() + d.precision() + decimals + Math.max(0, -e) + Math.max(0, shift);
    return bound < 60;
  }

  private static final long SMALL = 100_000_000_000_000L;

  /**
   * Returns {@link #percent} computed with longs when both parts are integers below 10^14, or null.
   */
  private static @Nullable String percentIfSmall(BigDecimal n, BigDecimal d) {
    if (n.scale() != 0 || d.scale() != 0 || n.precision() > 14 || d.precision() > 14) {
      return null;
    }
    long a = n.longValue();
    long b = d.longValue();
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
}
