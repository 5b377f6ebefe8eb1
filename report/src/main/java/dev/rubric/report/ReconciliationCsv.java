package dev.rubric.report;

import dev.rubric.cohort.reconcile.CriterionLine;
import dev.rubric.cohort.reconcile.GapKind;
import dev.rubric.cohort.reconcile.Reconciliation;
import dev.rubric.cohort.reconcile.UnitReconciliation;
import dev.rubric.core.Language;
import dev.rubric.core.csv.CsvDialect;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a {@link Reconciliation} as CSV, one row per unit and criterion, in the units' and the
 * catalog's order: {@code unit_code, unit_name, criterion, title, max, claimed, computed,
 * appraised, appraised_in, explained, final, source, gaps, remark}. Points use a decimal point and
 * an empty cell for a round that did not score; {@code gaps} joins the gap codes with {@code ';'};
 * the title is in the chosen language. Text a spreadsheet would run as a formula gets a single
 * quote in front ({@link CsvText}).
 */
public final class ReconciliationCsv {
  private ReconciliationCsv() {}

  /** Returns the CSV text in the standard dialect, starting with a byte order mark. */
  public static String render(Reconciliation r, Language lang) {
    return render(r, lang, CsvDialect.STANDARD);
  }

  /** Returns the CSV text in {@code dialect}, starting with a byte order mark. */
  public static String render(Reconciliation r, Language lang, CsvDialect dialect) {
    CsvText csv =
        new CsvText(dialect)
            .row(
                List.of(
                    "unit_code",
                    "unit_name",
                    "criterion",
                    "title",
                    "max",
                    "claimed",
                    "computed",
                    "appraised",
                    "appraised_in",
                    "explained",
                    "final",
                    "source",
                    "gaps",
                    "remark"));
    for (UnitReconciliation u : r.units()) {
      for (CriterionLine l : u.lines()) {
        csv.row(
            List.of(
                u.unitCode(),
                u.unitName(),
                l.code(),
                l.title().in(lang),
                csv.number(l.max().toString()),
                l.claimed().map(d -> csv.number(d.toString())).orElse(""),
                csv.number(l.computed().toString()),
                l.appraised().map(d -> csv.number(d.toString())).orElse(""),
                l.appraisedIn().map(x -> x.code()).orElse(""),
                l.explained().map(d -> csv.number(d.toString())).orElse(""),
                csv.number(l.finalPoints().toString()),
                l.source().code(),
                l.gaps().stream().map(GapKind::code).collect(Collectors.joining(";")),
                l.remark().orElse("")));
      }
    }
    return csv.toString();
  }
}
