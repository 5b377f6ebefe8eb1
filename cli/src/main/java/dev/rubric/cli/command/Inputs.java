package dev.rubric.cli.command;

import dev.rubric.cli.io.Catalogs;
import dev.rubric.core.io.EvidenceFormat;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.xlsx.EvidenceWorkbook;
import dev.rubric.xlsx.XlsxLimits;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options {@code --catalog} and {@code --evidence} of {@code evaluate}, {@code rank} and {@code
 * explain}, and the one place that loads them. A picocli mixin.
 */
final class Inputs {

  /** The evidence types read besides JSON and CSV: {@code .xlsx} workbooks. */
  static final Map<String, EvidenceFormat> FORMATS =
      Map.of("xlsx", EvidenceWorkbook.format(XlsxLimits.defaults()));

  @Option(names = "--catalog", paramLabel = "FILE", required = true, descriptionKey = "catalog")
  private Path catalog;

  @Option(names = "--evidence", paramLabel = "FILE", required = true, descriptionKey = "evidence")
  private Path evidence;

  @Option(names = "--bases", paramLabel = "DIR", descriptionKey = "bases")
  private @Nullable Path bases;

  /**
   * Compiles {@code --catalog} (resolving the bases it extends from {@code --bases}, by default the
   * catalog's folder) and opens {@code --evidence}, a JSON file, a CSV file, an {@code .xlsx}
   * workbook or a directory of them, as an {@link dev.rubric.core.io.EvidenceSource}: its units are
   * read one at a time when the cohort is iterated, and a problem in a file is thrown then, where
   * the reading meets it. Files are named in messages as the user typed them.
   *
   * @throws dev.rubric.dsl.InvalidCatalogException carrying the rendered diagnostics, if the
   *     catalog has errors
   * @throws dev.rubric.core.io.InvalidInputException if {@code --evidence} is missing, of another
   *     type, or a directory without evidence files
   */
  Loaded load() {
    CompiledCatalog compiled =
        Catalogs.compile(catalog, catalog.toString(), Optional.ofNullable(bases)).orElseThrow();
    String source = evidence.toString();
    return new Loaded(
        compiled, source, EvidenceLoader.source(evidence, source, compiled.catalog(), FORMATS));
  }
}
