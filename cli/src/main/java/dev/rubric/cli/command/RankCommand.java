package dev.rubric.cli.command;

import dev.rubric.cli.io.ErrorWords;
import dev.rubric.cohort.Ranking;
import dev.rubric.cohort.RankingAccumulator;
import dev.rubric.core.Language;
import dev.rubric.dsl.DataQualityException;
import dev.rubric.report.RankingCsv;
import dev.rubric.report.RankingHtml;
import dev.rubric.report.RankingJson;
import dev.rubric.report.RankingText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rubric rank}: evaluates many units and ranks them by index. */
@Command(
    name = "rank",
    mixinStandardHelpOptions = true,
    footer = {
      "  rubric rank --catalog examples/data/catalogs/cchc-xa-2022.rubric \\",
      "      --evidence examples/data/evidence/bach-thong-2022.csv",
      "  rubric rank --catalog examples/data/catalogs/cchc-xa-2022.rubric \\",
      "      --evidence examples/data/evidence/bach-thong-2022 --format html --out bach-thong.html"
    })
final class RankCommand implements Callable<Integer> {

  @Mixin private Inputs inputs;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      completionCandidates = Choices.RankingFormats.class,
      descriptionKey = "format")
  private String format = "text";

  @Mixin private Output output;

  @Mixin private StrictOption strict;

  @Mixin private CsvDialectOption csvDialect;

  @ParentCommand private RubricCommand rubric;

  @Override
  public Integer call() {
    Loaded loaded = inputs.load().strict(strict);
    // Streamed: the evidence is read a unit at a time (twice for a catalog with best(…)), and the
    // ranking keeps a summary of each unit, never the cohort's evidence or scorecards. A problem in
    // the evidence stops the evaluation where the reading meets it; nothing has been written then.
    RankingAccumulator accumulator = new RankingAccumulator(loaded.catalog().catalog());
    try {
      loaded.catalog().evaluateAll(loaded.cohort(), accumulator);
    } catch (DataQualityException problems) {
      return StrictOption.fail(problems, rubric);
    }
    if (accumulator.size() == 0) {
      throw ErrorWords.noUnits(loaded.source(), "rank");
    }
    Ranking ranking = accumulator.ranking();
    Language lang = rubric.language();
    String rendered =
        switch (format) {
          case "json" -> RankingJson.render(ranking);
          case "csv" -> RankingCsv.render(ranking, lang, csvDialect.dialect());
          case "html" -> RankingHtml.render(ranking, lang);
          default -> RankingText.render(ranking, lang, output.ansi(rubric));
        };
    output.emit(rubric, rendered);
    return 0;
  }
}
