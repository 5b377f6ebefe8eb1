package dev.rubric.core.message;

import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The one rule by which Rubric shows a number to people, in every text, explanation and page: at
 * most {@value #DECIMALS} decimals, rounded half-up, without trailing zeros; a decimal comma in
 * Vietnamese and a point in English; a negative number with the minus sign U+2212 ({@code −1,5}).
 * An index is shown with its catalog's number of decimals, already rounded by the catalog's rule.
 * JSON and CSV keep the exact values.
 *
 * <p>Points ({@link #points}, {@link Arg.Points}) and shares ({@link #percent}) follow it, so the
 * same quantity reads the same wherever it appears. The values of an explanation's arithmetic
 * ({@link Arg.Amount}: inputs, constants, ratios, intermediate results) are shown exactly when they
 * have at most {@value #EXACT_DECIMALS} decimals, so that the arithmetic can be checked by hand
 * ({@code 0.375 × 5 = 1.875}), and otherwise by the same rule with {@code ≈} in front ({@code
 * ≈1.83}).
 */
public final class DisplayNumbers {
  private DisplayNumbers() {}

  /** The most decimals a number shown to people has. */
  public static final int DECIMALS = 2;

  /**
   * The most decimals a value of an explanation's arithmetic is shown with exactly; one with more
   * is rounded to {@value #DECIMALS} and marked {@code ≈}.
   */
  public static final int EXACT_DECIMALS = 4;

  /** The minus sign of a negative number shown to people (U+2212). */
  public static final char MINUS = '\u2212';

  /**
   * Returns {@code d} rounded half-up to at most {@value #DECIMALS} decimals: {@code 13,35}, {@code
   * 0,5}, {@code −0,21}.
   */
  public static String points(Decimal d, Language language) {
    Objects.requireNonNull(d, "d");
    return localize(d.round(DECIMALS, RoundingMode.HALF_UP).toString(), language);
  }

  /**
   * Returns {@code part / whole} as a percentage rounded half-up to at most {@value #DECIMALS}
   * decimals, with its sign: {@code 86,48%}, {@code −7%}; {@code –} (no share) when {@code whole}
   * is not positive.
   */
  public static String percent(Decimal part, Decimal whole, Language language) {
    Objects.requireNonNull(part, "part");
    if (whole.signum() <= 0) {
      return "–";
    }
    Decimal p = part.times(Decimal.HUNDRED).divide(whole).round(DECIMALS, RoundingMode.HALF_UP);
    return localize(p.toString(), language) + "%";
  }

  /**
   * Returns an already rounded value with exactly {@code decimals} decimals, as an index is shown:
   * {@code 60,80}.
   */
  public static String fixed(Decimal rounded, int decimals, Language language) {
    return localize(rounded.toString(decimals), language);
  }

  /**
   * Returns a plain English number ({@code -1.5}) as people read it in {@code language}: a decimal
   * comma in Vietnamese, and {@link #MINUS} for the hyphen-minus of its sign.
   */
  public static String localize(String plain, Language language) {
    String s = plain.replace('-', MINUS);
    return language == Language.VI ? s.replace('.', ',') : s;
  }
}
