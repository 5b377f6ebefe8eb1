package dev.rubric.report;

import dev.rubric.cohort.robust.AreaInfluence;
import dev.rubric.cohort.robust.RankRobustness;
import dev.rubric.cohort.robust.UnitRobustness;
import dev.rubric.core.Language;
import dev.rubric.core.csv.CsvDialect;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link RankRobustness} as CSV, one row per unit by nominal rank: {@code rank,
 * unit_code, unit_name, period, index, band, median_rank, low_rank, high_rank, band_changes,
 * band_change_probability, stable}, then {@code rank_without_<code>} per perturbed area. Numbers
 * use a decimal point; the probability is rounded half-up to 4 places; the band is in the chosen
 * language; text a spreadsheet would run as a formula gets a single quote in front.
 */
public final class RobustnessCsv {
  private RobustnessCsv() {}

  /** Returns the CSV text in the standard dialect, starting with a byte order mark. */
  public static String render(RankRobustness r, Language lang) {
    return render(r, lang, CsvDialect.STANDARD);
  }

  /**
   * Returns the CSV text in {@code dialect}, starting with a byte order mark: the index and the
   * probability are numbers of the dialect (a decimal comma in the {@link CsvDialect#VI} dialects).
   */
  public static String render(RankRobustness r, Language lang, CsvDialect dialect) {
    List<String> header =
        new ArrayList<>(
            List.of(
                "rank",
                "unit_code",
                "unit_name",
                "period",
                "index",
                "band",
                "median_rank",
                "low_rank",
                "high_rank",
                "band_changes",
                "band_change_probability",
                "stable"));
    for (AreaInfluence a : r.areas()) {
      header.add("rank_without_" + a.code());
    }
    CsvText csv = new CsvText(dialect).row(header);
    int decimals = r.catalog().rounding().decimals();
    for (UnitRobustness u : r.units()) {
      List<String> row =
          new ArrayList<>(
              List.of(
                  Integer.toString(u.rank()),
                  u.unitCode(),
                  u.unitName(),
                  u.periodId(),
                  csv.number(u.index().toString(decimals)),
                  u.band().map(b -> b.in(lang)).orElse(""),
                  Integer.toString(u.medianRank()),
                  Integer.toString(u.lowRank()),
                  Integer.toString(u.highRank()),
                  Integer.toString(u.bandChanges()),
                  csv.number(
                      u.bandChangeProbability(RobustnessJson.PROBABILITY_DECIMALS)
                          .toString(RobustnessJson.PROBABILITY_DECIMALS)),
                  Boolean.toString(u.stable())));
      for (int rank : u.leaveOneOut()) {
        row.add(Integer.toString(rank));
      }
      csv.row(row);
    }
    return csv.toString();
  }
}
