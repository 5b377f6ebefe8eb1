package dev.rubric.dsl.internal.eval;

import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.diagnostic.DiagnosticCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runtime values of the evaluator and their display. A value is a {@link Num}, a {@link Boolean}, a
 * {@link LocalDate}, a {@link String}, a {@link Doc}, a {@link Ratio} or {@link #MISSING}.
 */
final class Values {
  private Values() {}

  /** The value of an input or attribute for which no usable evidence exists. */
  static final Object MISSING =
      new Object() {
        @Override
        public String toString() {
          return "missing";
        }
      };

  /** A {@code let} whose value could not be computed; reading it raises the original error. */
  record Failed(EvaluationError error) {}

  /** A document; {@code issued} is null when the document carries no issue date. */
  record Doc(@Nullable LocalDate issued) {}

  /** A proportion from evidence: numerator of denominator. */
  record Ratio(Num numerator, Num denominator) {
    Ratio {
      Objects.requireNonNull(numerator, "numerator");
      Objects.requireNonNull(denominator, "denominator");
    }

    /** Returns numerator / denominator, or throws {@link EvaluationError} RB501 for x/0. */
    Num value(String what) {
      if (denominator.signum() == 0) {
        throw new EvaluationError(
            DiagnosticCode.EVALUATION_DIVISION_BY_ZERO,
            LocalizedText.of(
                what + " = " + numerator + "/0: không xác định được tỷ lệ vì mẫu số bằng 0",
                what
                    + " = "
                    + numerator
                    + "/0: the rate is undefined because the denominator is 0"));
      }
      return numerator.dividedBy(denominator);
    }
  }

  private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Formats a value for explanations and finding messages. */
  static String format(Object v, Language lang, boolean percent) {
    if (v == MISSING) {
      return lang == Language.VI ? "(thiếu)" : "(missing)";
    }
    if (v instanceof Failed) {
      return lang == Language.VI ? "(không tính được)" : "(cannot be computed)";
    }
    if (v instanceof Num num) {
      return percent ? percent(num, lang) : number(num, lang);
    }
    if (v instanceof Ratio r) {
      String frac = number(r.numerator(), lang) + "/" + number(r.denominator(), lang);
      return r.denominator().signum() == 0
          ? frac
          : frac + " = " + percent(r.numerator().dividedBy(r.denominator()), lang);
    }
    if (v instanceof Boolean b) {
      return lang == Language.VI ? (b ? "có" : "không") : (b ? "yes" : "no");
    }
    if (v instanceof LocalDate localDate) {
      return date(localDate, lang);
    }
    if (v instanceof Doc doc) {
      LocalDate d = doc.issued();
      return d == null
          ? (lang == Language.VI ? "có văn bản (không rõ ngày)" : "document (no date)")
          : (lang == Language.VI ? "văn bản ngày " : "document of ") + date(d, lang);
    }
    if (v instanceof String) {
      return "'" + v + "'";
    }
    return String.valueOf(v);
  }

  static String date(LocalDate d, Language lang) {
    return lang == Language.VI ? VI_DATE.format(d) : d.toString();
  }

  /** Formats a number with at most 4 decimals, no trailing zeros; decimal comma in Vietnamese. */
  static String number(Num n, Language lang) {
    String exact = n.plainIfShort();
    if (exact != null) {
      return lang == Language.VI ? exact.replace('.', ',') : exact;
    }
    BigDecimal b = n.rounded(4).stripTrailingZeros();
    if (b.scale() < 0) {
      b = b.setScale(0);
    }
    String s = b.toPlainString();
    if (!Num.of(b).equals(n)) {
      s = "≈" + s;
    }
    return lang == Language.VI ? s.replace('.', ',') : s;
  }

  /** Formats a proportion as a percentage with 2 decimals: {@code 98.10%}, {@code 98,10%}. */
  static String percent(Num n, Language lang) {
    String fast = n.percentIfSmall();
    if (fast != null) {
      return lang == Language.VI ? fast.replace('.', ',') : fast;
    }
    Num hundredths = n.times(Num.of(100));
    BigDecimal whole = hundredths.rounded(0);
    String s =
        (Num.of(whole).equals(hundredths) ? whole : hundredths.rounded(2)).toPlainString() + "%";
    return lang == Language.VI ? s.replace('.', ',') : s;
  }

  /**
   * Returns the Vietnamese form of a number, percentage or rate formatted in English: the same
   * digits with a decimal comma.
   */
  static String vi(String english) {
    return english.replace('.', ',');
  }

  /**
   * Formats {@code v} in Vietnamese given its English form {@code en}: numbers, percentages and
   * rates differ only in the decimal separator, so only other values are formatted again.
   */
  static String vi(Object v, String en, boolean percent) {
    return v instanceof Num || v instanceof Ratio ? vi(en) : format(v, Language.VI, percent);
  }

  /** Formats points for messages: {@code 1.5}, {@code 1,5}. */
  static String points(dev.rubric.core.Decimal d, Language lang) {
    String s = d.toString();
    if (d.scale() > 4) {
      s = d.round(4, java.math.RoundingMode.HALF_UP).toString();
    }
    return lang == Language.VI ? s.replace('.', ',') : s;
  }

  /** Returns the display of a comparison operator. */
  static String op(dev.rubric.core.catalog.Expr.BinaryOp op) {
    return switch (op) {
      case GE -> "≥";
      case LE -> "≤";
      case NE -> "≠";
      case EQ -> "=";
      default -> op.symbol();
    };
  }

  static String yesNo(Object v, Language lang) {
    if (v == MISSING) {
      return lang == Language.VI ? "thiếu dữ liệu" : "missing data";
    }
    boolean b = Boolean.TRUE.equals(v);
    return lang == Language.VI ? (b ? "đúng" : "sai") : (b ? "true" : "false");
  }
}
