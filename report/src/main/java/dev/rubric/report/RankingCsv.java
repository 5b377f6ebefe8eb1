package dev.rubric.report;

import dev.rubric.cohort.Ranking;
import dev.rubric.core.Language;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Ranking} as CSV, one row per unit, best first: {@code rank, unit_code,
 * unit_name, period, total, index, band}, then {@code earned_<code>} per top-level node. Numbers
 * use a decimal point; the index is rounded as the catalog prescribes; the band is in the chosen
 * language.
 */
public final class RankingCsv {
  private RankingCsv() {}

  /** Returns the CSV text, starting with a byte order mark. */
  public static String render(Ranking ranking, Language lang) {
    List<String> header =
        new ArrayList<>(
            List.of("rank", "unit_code", "unit_name", "period", "total", "index", "band"));
    for (Ranking.AreaAverage a : ranking.areas()) {
      header.add("earned_" + a.code());
    }
    CsvText csv = new CsvText().row(header);
    for (Ranking.Row r : ranking.rows()) {
      Scorecard c = r.card();
      List<String> row =
          new ArrayList<>(
              List.of(
                  Integer.toString(r.rank()),
                  c.unitCode(),
                  c.unitName(),
                  c.periodId(),
                  c.total().toString(),
                  c.indexRounded().toString(c.indexDecimals()),
                  c.band().map(b -> b.in(lang)).orElse("")));
      for (Ranking.AreaAverage a : ranking.areas()) {
        row.add(c.node(a.code()).map(NodeResult::earned).map(Object::toString).orElse(""));
      }
      csv.row(row);
    }
    return csv.toString();
  }
}
