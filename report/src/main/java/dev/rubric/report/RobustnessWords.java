package dev.rubric.report;

import static dev.rubric.report.Labels.tr;

import dev.rubric.cohort.robust.AreaInfluence;
import dev.rubric.cohort.robust.RankRobustness;
import dev.rubric.cohort.robust.RobustnessOptions;
import dev.rubric.cohort.robust.UnitRobustness;
import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** Words and numbers the rank-robustness reports share. */
final class RobustnessWords {
  private RobustnessWords() {}

  /** A spread in per mille as a percentage, e.g. {@code ±20%} or {@code ±12,5%}. */
  static String spread(int perMille, Language lang) {
    return "±" + Labels.number(percent(perMille), lang) + "%";
  }

  /** A spread in per mille as a percentage, e.g. {@code 20} or {@code 12.5}. */
  static Decimal percent(int perMille) {
    return Decimal.of(BigDecimal.valueOf(perMille, 1));
  }

  /** The probability of changing band as a percentage with one decimal, e.g. {@code 12,3%}. */
  static String probability(UnitRobustness u, Language lang) {
    String s =
        BigDecimal.valueOf(100L * u.bandChanges())
            .divide(BigDecimal.valueOf(u.runs()), 1, RoundingMode.HALF_UP)
            .toPlainString();
    return (lang == Language.VI ? s.replace('.', ',') : s) + "%";
  }

  /** The 5–95% interval, e.g. {@code 2–5}, or one rank when both ends agree. */
  static String interval(UnitRobustness u) {
    return u.lowRank() == u.highRank()
        ? Integer.toString(u.lowRank())
        : u.lowRank() + "–" + u.highRank();
  }

  static String yesNo(boolean b, Language lang) {
    return b ? tr(lang, "có", "yes") : tr(lang, "không", "no");
  }

  /** The decimals a report shows of a mean rank shift. */
  static final int RANK_SHIFT_DECIMALS = 2;

  /** A mean rank shift for people, rounded half-up to two decimals, e.g. {@code 0,06}. */
  static String meanRankShift(AreaInfluence a, Language lang) {
    return Labels.number(a.meanRankShift(RANK_SHIFT_DECIMALS), lang);
  }

  /** A mean index shift for people: rounded half-up to two decimals more than the index. */
  static Decimal meanIndexShift(RankRobustness r, AreaInfluence a) {
    return a.meanIndexShift(r.catalog().rounding().decimals() + 2);
  }

  /** The index with the catalog's decimals, in the language's notation. */
  static String index(RankRobustness r, UnitRobustness u, Language lang) {
    return Labels.index(u.index(), r.catalog().rounding().decimals(), lang);
  }

  /** One line saying how the weights were perturbed. */
  static String method(RankRobustness r, Language lang) {
    RobustnessOptions o = r.options();
    StringBuilder b = new StringBuilder();
    b.append(o.runs())
        .append(tr(lang, " lần chạy", o.runs() == 1 ? " run" : " runs"))
        .append(tr(lang, " · trọng số ", " · weights "))
        .append(spread(o.spreadPerMille(), lang));
    for (Map.Entry<String, Integer> e : o.areaSpreads().entrySet()) {
      b.append(", ").append(e.getKey()).append(' ').append(spread(e.getValue(), lang));
    }
    b.append(tr(lang, " (đều) · hạt giống ", " (uniform) · seed ")).append(o.seed());
    return b.toString();
  }

  /** The definition of a stable unit. */
  static String stableRule(RankRobustness r, Language lang) {
    int k = r.options().stableWidth();
    return tr(
        lang,
        "Khoảng 5–95%: phân vị hạng thứ 5 và 95 (hạng gần nhất). Ổn định: khoảng rộng không quá "
            + k
            + " hạng và xác suất đổi xếp loại dưới 5%.",
        "5–95%: the 5th and 95th percentiles of the ranks (nearest rank). Stable: an interval at"
            + " most "
            + k
            + (k == 1 ? " rank" : " ranks")
            + " wide and a chance of changing band below 5%.");
  }
}
