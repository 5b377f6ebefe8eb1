package dev.rubric.cli.command;

import dev.rubric.cli.io.Catalogs;
import dev.rubric.cohort.compare.CatalogDiff;
import dev.rubric.cohort.compare.CodeMapping;
import dev.rubric.core.Language;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.report.CatalogDiffReport;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rubric diff}: what changed between two versions of a catalog, each change classified by
 * the version bump it requires and its effect on comparing results (issue 15).
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    footer = {
      "  rubric diff examples/data/catalogs/cchc-xa-2021.rubric \\",
      "      examples/data/catalogs/cchc-xa-2022.rubric \\",
      "      --mapping examples/data/catalogs/cchc-xa-2021-to-2022.mapping.json"
    })
final class DiffCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "diff-old")
  private Path older;

  @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "diff-new")
  private Path newer;

  @Option(names = "--mapping", paramLabel = "FILE", descriptionKey = "diff-mapping")
  private @Nullable Path mapping;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      completionCandidates = Choices.ComparisonFormats.class,
      descriptionKey = "format")
  private String format = "text";

  @Mixin private Output output;

  @Mixin private CsvDialectOption csvDialect;

  @ParentCommand private RubricCommand rubric;

  @Override
  public Integer call() {
    Catalog a = Catalogs.compile(older, older.toString()).orElseThrow().catalog();
    Catalog b = Catalogs.compile(newer, newer.toString()).orElseThrow().catalog();
    Optional<CodeMapping> m = Optional.ofNullable(mapping).map(CompareCommand::readMapping);
    CatalogDiff diff = CatalogDiff.of(a, b, m);
    Language lang = rubric.language();
    String rendered =
        switch (format) {
          case "json" -> CatalogDiffReport.json(diff);
          case "csv" -> CatalogDiffReport.csv(diff, lang, csvDialect.dialect());
          case "html" -> CatalogDiffReport.html(diff, lang);
          default -> CatalogDiffReport.text(diff, lang, output.ansi(rubric));
        };
    output.emit(rubric, rendered);
    return 0;
  }
}
