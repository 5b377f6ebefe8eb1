package dev.rubric.report;

import dev.rubric.core.Language;
import dev.rubric.core.csv.CsvDialect;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;

/**
 * Renders a scorecard as CSV, one row per node in catalog order (pre-order): {@code unit_code,
 * unit_name, period, code, depth, title, channel, earned, max, applicable_max, status,
 * status_label}. Numbers use a decimal point; {@code depth} is 1 for areas; {@code title} and
 * {@code status_label} are in the chosen language, {@code status} is the stable code. Text that a
 * spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage
 * return first) gets a single quote in front; numbers stay numbers.
 */
public final class ScorecardCsv {
  private ScorecardCsv() {}

  /** Returns the CSV text in the standard dialect, starting with a byte order mark. */
  public static String render(Scorecard card, Language lang) {
    return render(card, lang, CsvDialect.STANDARD);
  }

  /** Returns the CSV text in {@code dialect}, starting with a byte order mark. */
  public static String render(Scorecard card, Language lang, CsvDialect dialect) {
    CsvText csv =
        new CsvText(dialect)
            .row(
                "unit_code",
                "unit_name",
                "period",
                "code",
                "depth",
                "title",
                "channel",
                "earned",
                "max",
                "applicable_max",
                "status",
                "status_label");
    for (NodeResult area : card.nodes()) {
      rows(csv, card, area, 1, lang);
    }
    return csv.toString();
  }

  private static void rows(CsvText csv, Scorecard card, NodeResult n, int depth, Language lang) {
    csv.row(
        card.unitCode(),
        card.unitName(),
        card.periodId(),
        n.code(),
        Integer.toString(depth),
        n.title().in(lang),
        n.channel().keyword(),
        csv.number(n.earned().toString()),
        csv.number(n.max().toString()),
        csv.number(n.applicableMax().toString()),
        Labels.code(n.status()),
        n.status().label(lang));
    for (NodeResult child : n.children()) {
      rows(csv, card, child, depth + 1, lang);
    }
  }
}
