package dev.rubric.examples.workbook;

// guide:workbook-imports
import dev.rubric.core.Language;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.EvidenceFormat;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.core.io.EvidenceSource;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.xlsx.EvidenceWorkbook;
import dev.rubric.xlsx.XlsxLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

// end guide:workbook-imports

/**
 * The example of {@code docs/guide.md}, "Evidence workbooks": writes the {@code .xlsx} template of
 * a catalog for a list of units, and evaluates the evidence of a filled workbook, read through the
 * same {@link EvidenceLoader} as JSON and CSV files. The regions between the {@code guide:} marker
 * comments appear in the guide verbatim; {@code WorkbookExampleTest} checks that, and runs both
 * steps on the bundled data.
 */
public final class WorkbookExample {
  private WorkbookExample() {}

  /**
   * Writes the template of {@code catalog} for {@code units} and the year 2023 to {@code out}.
   *
   * @throws IOException if the file cannot be written
   */
  // guide:template
  static void template(CompiledCatalog catalog, List<Unit> units, Path out) throws IOException {
    // Vietnamese labels first, English below them; the year pre-filled in each unit's row
    byte[] xlsx =
        EvidenceWorkbook.template(catalog, units, Optional.of(Period.year(2023)), Language.VI);
    Files.write(out, xlsx); // the same arguments give the same bytes
  }

  // end guide:template

  /**
   * Evaluates every unit of the evidence at {@code path} (a workbook, a CSV or JSON file, or a
   * directory of them).
   *
   * @throws dev.rubric.core.io.InvalidInputException if a file is unreadable or a cell is wrong;
   *     its message names the sheet and cell, e.g. {@code filled.xlsx:Evidence!K5: …}
   */
  // guide:evaluate
  static List<Scorecard> evaluate(CompiledCatalog catalog, Path path) {
    // .xlsx files are evidence wherever .json and .csv files are: alone or in a directory
    Map<String, EvidenceFormat> formats =
        Map.of("xlsx", EvidenceWorkbook.format(XlsxLimits.defaults()));
    EvidenceSource cohort =
        EvidenceLoader.source(path, path.toString(), catalog.catalog(), formats);
    List<Scorecard> cards = new ArrayList<>();
    catalog.evaluateAll(cohort, cards::add); // reads one row at a time
    return cards;
  }

  // end guide:evaluate

  /** Returns the units of an evidence file, for a template of the next year. */
  static List<Unit> units(CompiledCatalog catalog, Path evidence) {
    return EvidenceLoader.load(evidence, evidence.toString(), catalog.catalog()).stream()
        .map(EvidenceFile::unit)
        .toList();
  }
}
