package dev.rubric.report;

import dev.rubric.core.Language;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.csv.CsvDialect;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import java.util.Optional;

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

  /**
   * Returns the CSV text in the standard dialect, starting with a byte order mark; {@code
   * status_label} reads as for a criterion whatever the node (use {@link #render(Scorecard,
   * Catalog, Language, CsvDialect)} to word bonus and penalty items as the other reports do).
   */
  public static String render(Scorecard card, Language lang) {
    return render(card, Optional.empty(), lang, CsvDialect.STANDARD);
  }

  /** Returns the CSV text in {@code dialect}, as {@link #render(Scorecard, Language)} does. */
  public static String render(Scorecard card, Language lang, CsvDialect dialect) {
    return render(card, Optional.empty(), lang, dialect);
  }

  /**
   * Returns the CSV text in {@code dialect}, starting with a byte order mark, with each {@code
   * status_label} worded for the kind of node in {@code catalog}, the catalog {@code card} was
   * evaluated against: {@code Not earned} for a bonus item without points, {@code No deduction} for
   * a penalty item without deduction ({@link Labels#status}).
   */
  public static String render(Scorecard card, Catalog catalog, Language lang, CsvDialect dialect) {
    return render(card, Optional.of(catalog), lang, dialect);
  }

  private static String render(
      Scorecard card, Optional<Catalog> catalog, Language lang, CsvDialect dialect) {
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
      rows(csv, card, catalog, area, 1, lang);
    }
    return csv.toString();
  }

  private static void rows(
      CsvText csv,
      Scorecard card,
      Optional<Catalog> catalog,
      NodeResult n,
      int depth,
      Language lang) {
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
        catalog.map(c -> Labels.status(n, c, lang)).orElseGet(() -> n.status().label(lang)));
    for (NodeResult child : n.children()) {
      rows(csv, card, catalog, child, depth + 1, lang);
    }
  }
}
