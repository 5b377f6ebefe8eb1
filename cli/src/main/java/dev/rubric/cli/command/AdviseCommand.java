package dev.rubric.cli.command;

import dev.rubric.cli.io.ErrorWords;
import dev.rubric.cohort.advice.Advisor;
import dev.rubric.cohort.advice.CohortAdvice;
import dev.rubric.cohort.advice.UnitAdvice;
import dev.rubric.core.Language;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.InvalidInputException;
import dev.rubric.dsl.DataQualityException;
import dev.rubric.report.AdviceCsv;
import dev.rubric.report.AdviceHtml;
import dev.rubric.report.AdviceJson;
import dev.rubric.report.AdviceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * {@code rubric advise}: which fix gains most, for one unit (every fix) or a cohort (the criteria
 * losing most points, and each unit's first fixes).
 */
@Command(
    name = "advise",
    mixinStandardHelpOptions = true,
    footer = {
      "  rubric advise --catalog examples/data/catalogs/cchc-xa-2022.rubric \\",
      "      --evidence examples/data/evidence/bach-thong-2022.csv --unit 01969",
      "  rubric advise --catalog examples/data/catalogs/cchc-xa-2022.rubric \\",
      "      --evidence examples/data/evidence/bach-thong-2022 --format html --out advice.html"
    })
final class AdviseCommand implements Callable<Integer> {

  @Mixin private Inputs inputs;

  @Option(names = "--unit", paramLabel = "CODE", descriptionKey = "advise-unit")
  private @Nullable String unit;

  @Option(names = "--top", paramLabel = "N", descriptionKey = "advise-top")
  private int top = 3;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      completionCandidates = Choices.AdviceFormats.class,
      descriptionKey = "format")
  private String format = "text";

  @Mixin private Output output;

  @Mixin private StrictOption strict;

  @Mixin private CsvDialectOption csvDialect;

  @ParentCommand private RubricCommand rubric;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    if (top < 1) {
      throw new ParameterException(
          spec.commandLine(), ErrorWords.text(rubric.language(), "usage.top", top));
    }
    Loaded loaded = inputs.load().strict(strict);
    Advisor advisor;
    try {
      advisor = Advisor.of(loaded.catalog());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(String.valueOf(e.getMessage()));
    }
    Catalog catalog = loaded.catalog().catalog();
    Language lang = rubric.language();
    String rendered;
    try {
      if (unit != null) {
        Evaluated e = loaded.evaluate(Optional.of(unit), spec);
        rendered = unit(catalog, advisor.advise(e.file(), e.card()), lang);
      } else {
        // The advice of a cohort holds every unit's scorecard; a district's fits easily.
        List<UnitAdvice> units = new ArrayList<>();
        for (EvidenceFile f : loaded.cohort()) {
          units.add(advisor.advise(f));
        }
        if (units.isEmpty()) {
          throw ErrorWords.noUnits(loaded.source(), "advise");
        }
        rendered =
            units.size() == 1
                ? unit(catalog, units.get(0), lang)
                : cohort(catalog, CohortAdvice.of(catalog, units), lang);
      }
    } catch (DataQualityException problems) {
      return StrictOption.fail(problems, rubric);
    }
    output.emit(rubric, rendered);
    return 0;
  }

  private String unit(Catalog catalog, UnitAdvice advice, Language lang) {
    return switch (format) {
      case "json" -> AdviceJson.render(advice);
      case "csv" -> AdviceCsv.render(catalog, advice, lang, csvDialect.dialect());
      case "html" -> AdviceHtml.render(catalog, advice, lang);
      default -> AdviceText.render(catalog, advice, lang, output.ansi(rubric));
    };
  }

  private String cohort(Catalog catalog, CohortAdvice advice, Language lang) {
    return switch (format) {
      case "json" -> AdviceJson.render(advice, top);
      case "csv" -> AdviceCsv.render(catalog, advice, top, lang, csvDialect.dialect());
      case "html" -> AdviceHtml.render(catalog, advice, top, lang);
      default -> AdviceText.render(catalog, advice, top, lang, output.ansi(rubric));
    };
  }
}
