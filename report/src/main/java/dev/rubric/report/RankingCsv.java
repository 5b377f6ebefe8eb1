package dev.rubric.report;

import dev.rubric.cohort.Ranking;
import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.csv.CsvDialect;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Ranking} as CSV, one row per unit, best first: {@code rank, unit_code,
 * unit_name, period, total, index, index_rounded, band}, then {@code earned_<code>} per top-level
 * node. Numbers are exact, like the JSON document's, with a decimal point (a comma in the {@link
 * CsvDialect#VI} dialects); {@code index_rounded} is the index rounded as the catalog prescribes,
 * with its decimals, the number the ranking is by and the other reports show. The band is in the
 * chosen language. Text that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return first) gets a single quote in front; numbers stay numbers.
 */
public final class RankingCsv {
  private RankingCsv() {}

  /** Returns the CSV text in the standard dialect, starting with a byte order mark. */
  public static String render(Ranking ranking, Language lang) {
    return render(ranking, lang, CsvDialect.STANDARD);
  }

  /** Returns the CSV text in {@code dialect}, starting with a byte order mark. */
  public static String render(Ranking ranking, Language lang, CsvDialect dialect) {
    List<String> header =
        new ArrayList<>(
            List.of(
                "rank",
                "unit_code",
                "unit_name",
                "period",
                "total",
                "index",
                "index_rounded",
                "band"));
    for (Ranking.AreaAverage a : ranking.areas()) {
      header.add("earned_" + a.code());
    }
    CsvText csv = new CsvText(dialect).row(header);
    for (Ranking.Row r : ranking.rows()) {
      Ranking.Summary c = r.summary();
      List<String> row =
          new ArrayList<>(
              List.of(
                  Integer.toString(r.rank()),
                  c.unitCode(),
                  c.unitName(),
                  c.periodId(),
                  csv.number(c.total().toString()),
                  csv.number(c.index().toString()),
                  csv.number(c.indexRounded().toString(c.indexDecimals())),
                  c.band().map(b -> b.in(lang)).orElse("")));
      for (Decimal earned : c.earned()) {
        row.add(csv.number(earned.toString()));
      }
      csv.row(row);
    }
    return csv.toString();
  }
}
