package dev.rubric.cli.command;

import dev.rubric.cli.io.Catalogs;
import dev.rubric.cli.io.ErrorWords;
import dev.rubric.cohort.compare.CodeMapping;
import dev.rubric.cohort.compare.Edition;
import dev.rubric.cohort.compare.History;
import dev.rubric.cohort.compare.Succession;
import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.Suggestions;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.core.io.EvidenceSource;
import dev.rubric.core.io.InvalidInputException;
import dev.rubric.core.io.TextFiles;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.report.ComparisonHtml;
import dev.rubric.report.ComparisonReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rubric compare}: a cohort, or one unit of it, over two or more periods, each period given
 * as a catalog and the evidence evaluated against it ({@code --catalog} and {@code --evidence} in
 * pairs, in order). Criteria are matched through {@code --mapping} files, units through a {@code
 * --succession} table (issue 15).
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    footer = {
      "  rubric compare \\",
      "      --catalog examples/data/catalogs/cchc-xa-2021.rubric \\",
      "      --evidence examples/data/evidence/bach-thong-2021.csv \\",
      "      --catalog examples/data/catalogs/cchc-xa-2022.rubric \\",
      "      --evidence examples/data/evidence/bach-thong-2022.csv \\",
      "      --mapping examples/data/catalogs/cchc-xa-2021-to-2022.mapping.json --unit 01969",
      "  rubric compare --catalog … --evidence … --catalog … --evidence … \\",
      "      --mapping … --format html --out bach-thong-2021-2022.html"
    })
final class CompareCommand implements Callable<Integer> {

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      required = true,
      descriptionKey = "compare-catalog")
  private List<Path> catalogs = new ArrayList<>();

  @Option(
      names = "--evidence",
      paramLabel = "FILE",
      required = true,
      descriptionKey = "compare-evidence")
  private List<Path> evidence = new ArrayList<>();

  @Option(names = "--mapping", paramLabel = "FILE", descriptionKey = "compare-mapping")
  private List<Path> mappings = new ArrayList<>();

  @Option(names = "--succession", paramLabel = "FILE", descriptionKey = "succession")
  private @Nullable Path succession;

  @Option(names = "--unit", paramLabel = "CODE", descriptionKey = "compare-unit")
  private @Nullable String unit;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      completionCandidates = Choices.ComparisonFormats.class,
      descriptionKey = "format")
  private String format = "text";

  @Mixin private Output output;

  @Mixin private CsvDialectOption csvDialect;

  @ParentCommand private RubricCommand rubric;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    if (catalogs.size() != evidence.size()) {
      throw new ParameterException(
          spec.commandLine(),
          ErrorWords.text(
              rubric.language(), "usage.comparePairs", catalogs.size(), evidence.size()));
    }
    if (catalogs.size() < 2) {
      throw new ParameterException(
          spec.commandLine(),
          ErrorWords.text(rubric.language(), "usage.comparePeriods", catalogs.size()));
    }
    List<Edition> editions = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < catalogs.size(); i++) {
      Path c = catalogs.get(i);
      CompiledCatalog compiled = Catalogs.compile(c, c.toString()).orElseThrow();
      String source = evidence.get(i).toString();
      EvidenceSource files =
          EvidenceLoader.source(evidence.get(i), source, compiled.catalog(), Inputs.FORMATS);
      List<Scorecard> cards = new ArrayList<>();
      compiled.evaluateAll(files, cards::add);
      if (cards.isEmpty()) {
        throw ErrorWords.noUnits(source, "compare");
      }
      List<String> periods = cards.stream().map(Scorecard::periodId).distinct().sorted().toList();
      if (periods.size() > 1) {
        throw ErrorWords.input("input.periodsInOne", source, String.join(", ", periods));
      }
      List<String> codes = cards.stream().map(Scorecard::unitCode).toList();
      List<String> twice =
          codes.stream().filter(x -> codes.indexOf(x) != codes.lastIndexOf(x)).distinct().toList();
      if (!twice.isEmpty()) {
        throw ErrorWords.input("input.unitTwice", source, twice.get(0));
      }
      editions.add(Edition.of(compiled.catalog(), cards));
      sources.add(source);
    }
    List<Edition> sorted =
        editions.stream().sorted(Comparator.comparing(Edition::periodId)).toList();
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).periodId().equals(sorted.get(i - 1).periodId())) {
        throw ErrorWords.input(
            "input.periodTwice",
            sorted.get(i).periodId(),
            sources.get(editions.indexOf(sorted.get(i - 1))),
            sources.get(editions.indexOf(sorted.get(i))));
      }
    }
    List<CodeMapping> maps = mappings.stream().map(CompareCommand::readMapping).toList();
    for (int m = 0; m < maps.size(); m++) {
      CodeMapping map = maps.get(m);
      boolean used = false;
      for (int i = 1; i < sorted.size(); i++) {
        used |=
            map.catalogId().equals(sorted.get(i).catalog().id())
                && map.from().equals(sorted.get(i - 1).catalog().version())
                && map.to().equals(sorted.get(i).catalog().version());
      }
      if (!used) {
        throw ErrorWords.input(
            "input.unusedMapping", mappings.get(m), map.catalogId(), map.from(), map.to());
      }
    }
    Succession table =
        succession == null
            ? Succession.NONE
            : Succession.read(
                succession.toString(), TextFiles.read(succession, succession.toString()));
    History history = History.of(sorted, maps, table);
    Language lang = rubric.language();
    String rendered;
    if (unit != null) {
      String code = unit;
      if (history.series(code).isEmpty()) {
        List<String> known = history.units().stream().map(History.UnitSeries::unitCode).toList();
        throw new InvalidInputException(
            ErrorWords.text(lang, "input.noSuchUnitCompared", code)
                + Suggestions.closest(code, known)
                    .map(c -> "; " + ErrorWords.didYouMean(lang, c))
                    .orElse(""));
      }
      rendered =
          switch (format) {
            case "json" -> ComparisonReport.unitJson(history, code);
            case "csv" -> ComparisonReport.unitCsv(history, code, lang, csvDialect.dialect());
            case "html" -> ComparisonHtml.unit(history, code, lang);
            default -> ComparisonReport.unitText(history, code, lang, output.ansi(rubric));
          };
    } else {
      rendered =
          switch (format) {
            case "json" -> ComparisonReport.cohortJson(history);
            case "csv" -> ComparisonReport.cohortCsv(history, lang, csvDialect.dialect());
            case "html" -> ComparisonHtml.district(history, lang);
            default -> ComparisonReport.cohortText(history, lang, output.ansi(rubric));
          };
    }
    output.emit(rubric, rendered);
    return 0;
  }

  /** Reads a code mapping file; its problems are positioned input errors. */
  static CodeMapping readMapping(Path path) {
    String name = path.toString();
    return CodeMapping.read(name, TextFiles.read(path, name));
  }
}
