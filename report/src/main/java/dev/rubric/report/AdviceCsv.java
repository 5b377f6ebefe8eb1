package dev.rubric.report;

import dev.rubric.cohort.advice.CohortAdvice;
import dev.rubric.cohort.advice.Fix;
import dev.rubric.cohort.advice.UnitAdvice;
import dev.rubric.cohort.advice.Unsolved;
import dev.rubric.core.Language;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.csv.CsvDialect;
import dev.rubric.core.result.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders advice as CSV, one row per fix, units in the order given and each unit's fixes best
 * first: {@code unit_code, unit_name, period, rank, criterion_code, criterion, input, input_label,
 * from, to, points_before, points_after, index_before, index_after, index_gain,
 * index_rounded_after, band_after, changes_band, unsolved_reason}. A criterion without a fix is a
 * row with an empty rank and change and its reason code. Numbers are exact with a decimal point;
 * values and words are in the chosen language. For a cohort, each unit's first fixes; the Pareto
 * table is in the text, JSON and HTML reports. Text that a spreadsheet would run as a formula gets
 * a single quote in front.
 */
public final class AdviceCsv {
  private AdviceCsv() {}

  /** Returns the CSV text of one unit's advice (every fix), starting with a byte order mark. */
  public static String render(Catalog catalog, UnitAdvice advice, Language lang) {
    return render(catalog, List.of(advice), Integer.MAX_VALUE, lang, CsvDialect.STANDARD);
  }

  /** Returns the CSV text of one unit's advice (every fix) in {@code dialect}. */
  public static String render(
      Catalog catalog, UnitAdvice advice, Language lang, CsvDialect dialect) {
    return render(catalog, List.of(advice), Integer.MAX_VALUE, lang, dialect);
  }

  /**
   * Returns the CSV text of each unit's first {@code top} fixes, starting with a byte order mark.
   */
  public static String render(Catalog catalog, CohortAdvice advice, int top, Language lang) {
    return render(catalog, advice.units(), top, lang, CsvDialect.STANDARD);
  }

  /** Returns the CSV text of each unit's first {@code top} fixes in {@code dialect}. */
  public static String render(
      Catalog catalog, CohortAdvice advice, int top, Language lang, CsvDialect dialect) {
    return render(catalog, advice.units(), top, lang, dialect);
  }

  private static String render(
      Catalog catalog, List<UnitAdvice> units, int top, Language lang, CsvDialect dialect) {
    CsvText csv =
        new CsvText(dialect)
            .row(
                List.of(
                    "unit_code",
                    "unit_name",
                    "period",
                    "rank",
                    "criterion_code",
                    "criterion",
                    "input",
                    "input_label",
                    "from",
                    "to",
                    "points_before",
                    "points_after",
                    "index_before",
                    "index_after",
                    "index_gain",
                    "index_rounded_after",
                    "band_after",
                    "changes_band",
                    "unsolved_reason"));
    for (UnitAdvice u : units) {
      Scorecard c = u.scorecard();
      int rank = 1;
      for (Fix f : u.top(top)) {
        List<String> row = new ArrayList<>(List.of(c.unitCode(), c.unitName(), c.periodId()));
        row.add(Integer.toString(rank++));
        row.add(f.criterionCode());
        row.add(f.title().in(lang));
        row.add(f.changes().get(0).inputKey());
        row.add(AdviceWords.input(catalog, f.changes().get(0).inputKey(), lang));
        row.add(AdviceWords.value(f.changes().get(0).from(), lang));
        row.add(AdviceWords.value(Optional.of(f.changes().get(0).to()), lang));
        row.add(csv.number(f.pointsBefore().toString()));
        row.add(csv.number(f.pointsAfter().toString()));
        row.add(csv.number(f.indexBefore().toString()));
        row.add(csv.number(f.indexAfter().toString()));
        row.add(csv.number(f.indexGained().toString()));
        row.add(csv.number(f.indexRoundedAfter().toString(c.indexDecimals())));
        row.add(f.bandAfter().map(b -> b.in(lang)).orElse(""));
        row.add(Boolean.toString(f.changesBand()));
        row.add("");
        csv.row(row);
      }
      if (top == Integer.MAX_VALUE) {
        for (Unsolved s : u.unsolved()) {
          List<String> row = new ArrayList<>(List.of(c.unitCode(), c.unitName(), c.periodId()));
          row.addAll(List.of("", s.criterionCode(), s.title().in(lang)));
          row.addAll(List.of("", "", "", "", "", "", "", "", "", "", "", ""));
          row.add(s.reason().code());
          csv.row(row);
        }
      }
    }
    return csv.toString();
  }
}
