package dev.rubric.report;

import static dev.rubric.report.Labels.tr;

import dev.rubric.cohort.advice.Change;
import dev.rubric.cohort.advice.Fix;
import dev.rubric.cohort.advice.UnsolvedReason;
import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.evidence.EvidenceValue;
import java.util.Optional;

/** The words of the advice reports, shared by their formats. */
final class AdviceWords {
  private AdviceWords() {}

  /** Returns the input's label in {@code lang}, or its key when the catalog does not declare it. */
  static String input(Catalog catalog, String key, Language lang) {
    return catalog.input(key).map(d -> d.label().in(lang)).orElse(key);
  }

  /** Returns a value for people, e.g. {@code 1284/1302}, {@code có}, {@code 2022-12-31}. */
  static String value(Optional<EvidenceValue> value, Language lang) {
    if (value.isEmpty()) {
      return tr(lang, "chưa có", "none");
    }
    EvidenceValue v = value.get();
    if (v instanceof EvidenceValue.Count c) {
      return Long.toString(c.value());
    }
    if (v instanceof EvidenceValue.Quantity q) {
      return Labels.number(q.amount(), lang) + " " + q.unit();
    }
    if (v instanceof EvidenceValue.Ratio r) {
      return plain(r.numerator(), lang) + "/" + plain(r.denominator(), lang);
    }
    if (v instanceof EvidenceValue.Flag f) {
      return f.value() ? tr(lang, "có", "yes") : tr(lang, "không", "no");
    }
    if (v instanceof EvidenceValue.Choice c) {
      return c.option();
    }
    if (v instanceof EvidenceValue.DateValue d) {
      return d.value().toString();
    }
    if (v instanceof EvidenceValue.Document d) {
      return d.issued()
          .map(i -> tr(lang, "ban hành ngày ", "issued ") + i)
          .orElse(tr(lang, "có văn bản", "provided"));
    }
    return tr(lang, "có", "provided");
  }

  /** Returns a decimal as written, with a decimal comma in Vietnamese. */
  private static String plain(Decimal d, Language lang) {
    String s = d.toString();
    return lang == Language.VI ? s.replace('.', ',') : s;
  }

  /**
   * Returns a change for people: {@code Label: 1284/1302 → 1302/1302}, or {@code Label: 3 (provided
   * complete)} when incomplete evidence provided as it is is the fix.
   */
  static String change(Catalog catalog, Change c, Language lang) {
    if (c.from().equals(Optional.of(c.to()))) {
      // incomplete evidence whose value, provided complete, is the fix
      return input(catalog, c.inputKey(), lang)
          + ": "
          + value(c.from(), lang)
          + tr(lang, " (nộp đầy đủ)", " (provided complete)");
    }
    return input(catalog, c.inputKey(), lang)
        + ": "
        + value(c.from(), lang)
        + " → "
        + value(Optional.of(c.to()), lang);
  }

  /** Returns the changes of a fix, joined by {@code "; "}. */
  static String changes(Catalog catalog, Fix fix, Language lang) {
    StringBuilder out = new StringBuilder();
    for (Change c : fix.changes()) {
      if (out.length() > 0) {
        out.append("; ");
      }
      out.append(change(catalog, c, lang));
    }
    return out.toString();
  }

  /** Returns a gain with its sign, rounded for people: {@code +4,29}. */
  static String gain(Decimal d, Language lang) {
    return (d.signum() >= 0 ? "+" : "−") + Labels.number(d.signum() >= 0 ? d : d.negate(), lang);
  }

  /** Returns why no fix was found, in {@code lang}. */
  static String reason(UnsolvedReason reason, Language lang) {
    return switch (reason) {
      case NO_INPUT ->
          tr(lang, "điểm không phụ thuộc tài liệu kiểm chứng", "no evidence decides the points");
      case COHORT_RELATIVE ->
          tr(lang, "so sánh với các đơn vị khác", "compared with the other units");
      case EMPTY_RATIO ->
          tr(lang, "tỷ lệ trống (0/0) hoặc chưa có", "the ratio is empty (0/0) or missing");
      case NOT_LINEAR ->
          tr(
              lang,
              "quy tắc không tuyến tính theo đầu vào, không giải chính xác được",
              "the rule is not linear in its input and cannot be solved exactly");
      case NEEDS_SEVERAL_INPUTS ->
          tr(lang, "cần thay đổi đồng thời nhiều đầu vào", "several inputs must change together");
      case EVALUATION_ERROR ->
          tr(lang, "lỗi khi tính điểm tiêu chí", "the criterion could not be evaluated");
    };
  }
}
