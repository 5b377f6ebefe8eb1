package dev.rubric.cli.command;

import dev.rubric.cli.Version;
import dev.rubric.core.Language;
import dev.rubric.core.csv.CsvDialect;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.report.Ansi;
import dev.rubric.report.Sarif;
import dev.rubric.report.ScorecardCsv;
import dev.rubric.report.ScorecardHtml;
import dev.rubric.report.ScorecardText;
import java.util.Optional;

/**
 * A unit's evidence and its scorecard.
 *
 * @param file the evidence
 * @param card the scorecard; with waivers when {@code withoutWaivers} is present
 * @param withoutWaivers the scorecard without waivers, when the unit was evaluated with waivers
 * @param catalog the catalog it was evaluated against
 * @param source how the evidence file or directory was named on the command line
 */
record Evaluated(
    EvidenceFile file,
    Scorecard card,
    Optional<Scorecard> withoutWaivers,
    CompiledCatalog catalog,
    String source) {

  /** Returns the report of the scorecard in {@code format}: text, json, csv, html or sarif. */
  String report(String format, Language lang, Ansi ansi) {
    return report(format, lang, ansi, CsvDialect.STANDARD);
  }

  /**
   * Returns the report of the scorecard in {@code format}: text, json, csv (in {@code dialect}),
   * html or sarif.
   */
  String report(String format, Language lang, Ansi ansi, CsvDialect dialect) {
    return switch (format) {
      case "json" -> Json.write(card);
      case "csv" -> ScorecardCsv.render(card, catalog.catalog(), lang, dialect);
      case "html" ->
          withoutWaivers.isPresent()
              ? ScorecardHtml.renderWithWaivers(
                  card, withoutWaivers.get(), catalog.catalog(), file.evidence().note(), lang)
              : ScorecardHtml.render(card, catalog.catalog(), file.evidence().note(), lang);
      case "sarif" ->
          Sarif.scorecard(Sarif.Tool.rubric(Version.number()), card, Optional.of(source), lang);
      case "text" ->
          withoutWaivers.isPresent()
              ? ScorecardText.renderWithWaivers(
                  card, withoutWaivers.get(), catalog.catalog(), file.evidence().note(), lang, ansi)
              : ScorecardText.render(card, catalog.catalog(), file.evidence().note(), lang, ansi);
      default ->
          throw new IllegalStateException(
              "bug: format '" + format + "' passed the option's choices");
    };
  }
}
