package dev.rubric.report;

import static dev.rubric.report.Labels.tr;

import dev.rubric.cohort.reconcile.CriterionLine;
import dev.rubric.cohort.reconcile.GapKind;
import dev.rubric.cohort.reconcile.Ratio;
import dev.rubric.cohort.reconcile.Reconciliation;
import dev.rubric.cohort.reconcile.ScoreSource;
import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.assessment.Round;
import java.util.Optional;
import java.util.stream.Collectors;

/** Words the reconciliation reports share. */
final class ReconcileLabels {
  private ReconcileLabels() {}

  static String gap(GapKind k, Language lang) {
    return switch (k) {
      case AGREED -> tr(lang, "khớp", "agreed");
      case OVER_CLAIMED -> tr(lang, "tự chấm cao hơn minh chứng", "claimed but not evidenced");
      case UNDER_CLAIMED -> tr(lang, "tự chấm thấp hơn minh chứng", "under-claimed");
      case COUNCIL_OVERRODE -> tr(lang, "hội đồng chấm khác", "council overrode");
      case CHANGED_BY_EXPLANATION -> tr(lang, "đổi sau giải trình", "changed by explanation");
    };
  }

  static String gaps(CriterionLine l, Language lang) {
    return l.gaps().stream().map(k -> gap(k, lang)).collect(Collectors.joining("; "));
  }

  static String source(ScoreSource s, Language lang) {
    return switch (s) {
      case COMPUTED -> tr(lang, "tính từ minh chứng", "computed");
      case APPRAISED -> tr(lang, "hội đồng thẩm định", "appraised");
      case ACCEPTED_EXPLANATION -> tr(lang, "giải trình được chấp nhận", "accepted explanation");
    };
  }

  static String view(String view, Language lang) {
    if (view.equals(Reconciliation.COMPUTED)) {
      return tr(lang, "tính từ minh chứng", "computed");
    }
    if (view.equals(Reconciliation.FINAL_RESULT)) {
      return tr(lang, "kết quả cuối cùng", "final result");
    }
    return Round.fromCode(view).map(r -> r.title().in(lang)).orElse(view);
  }

  static String points(Optional<Decimal> d, Language lang) {
    return d.map(x -> Labels.number(x, lang)).orElse("–");
  }

  /** A rate as a percentage with one decimal, e.g. {@code 66,7%}. */
  static String percent(Ratio r, Language lang) {
    Decimal p = Ratio.of(1, 1).equals(r) ? Decimal.HUNDRED : r.round(6).times(Decimal.HUNDRED);
    String s = p.round(1, java.math.RoundingMode.HALF_UP).toString(1);
    return (lang == Language.VI ? s.replace('.', ',') : s) + "%";
  }

  /** A statistic rounded to 4 places, e.g. {@code 0,6053}; {@code –} when undefined. */
  static String statistic(Optional<Ratio> r, Language lang) {
    return r.map(
            x -> {
              String s = x.round(4).toString(4);
              return lang == Language.VI ? s.replace('.', ',') : s;
            })
        .orElse("–");
  }

  static String level(int level, Language lang) {
    return switch (level) {
      case 0 -> tr(lang, "0 điểm", "0 points");
      case 1 -> "≤ 25%";
      case 2 -> "≤ 50%";
      case 3 -> "≤ 75%";
      default -> "≤ 100%";
    };
  }
}
