package dev.rubric.cli.command;

import dev.rubric.cohort.Ranking;
import dev.rubric.cohort.RankingAccumulator;
import dev.rubric.cohort.robust.RankRobustness;
import dev.rubric.cohort.robust.RobustnessAccumulator;
import dev.rubric.cohort.robust.RobustnessOptions;
import dev.rubric.core.Language;
import dev.rubric.core.io.InvalidInputException;
import dev.rubric.dsl.DataQualityException;
import dev.rubric.report.RankingCsv;
import dev.rubric.report.RankingHtml;
import dev.rubric.report.RankingJson;
import dev.rubric.report.RankingText;
import dev.rubric.report.RobustnessCsv;
import dev.rubric.report.RobustnessHtml;
import dev.rubric.report.RobustnessJson;
import dev.rubric.report.RobustnessText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rubric rank}: evaluates many units and ranks them by index. */
@Command(
    name = "rank",
    mixinStandardHelpOptions = true,
    footer = {
      "  rubric rank --catalog examples/data/catalogs/cchc-xa-2022.rubric \\",
      "      --evidence examples/data/evidence/bach-thong-2022.csv",
      "  rubric rank --catalog examples/data/catalogs/cchc-xa-2022.rubric \\",
      "      --evidence examples/data/evidence/bach-thong-2022 --format html --out bach-thong.html",
      "  rubric rank --catalog examples/data/catalogs/cchc-xa-2022.rubric \\",
      "      --evidence examples/data/evidence/bach-thong-2022.csv --robustness --perturb 20%% --seed 7"
    })
final class RankCommand implements Callable<Integer> {

  @Mixin private Inputs inputs;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      completionCandidates = Choices.RankingFormats.class,
      descriptionKey = "format")
  private String format = "text";

  @Option(names = "--robustness", descriptionKey = "rank-robustness")
  private boolean robustness;

  @Option(names = "--runs", paramLabel = "N", descriptionKey = "rank-runs")
  private @Nullable Integer runs;

  @Option(names = "--perturb", paramLabel = "PERCENT", descriptionKey = "rank-perturb")
  private @Nullable String perturb;

  @Option(
      names = "--perturb-area",
      paramLabel = "CODE=PERCENT",
      descriptionKey = "rank-perturb-area")
  private List<String> perturbAreas = new ArrayList<>();

  @Option(names = "--seed", paramLabel = "N", descriptionKey = "rank-seed")
  private @Nullable Long seed;

  @Option(names = "--stable-width", paramLabel = "N", descriptionKey = "rank-stable-width")
  private @Nullable Integer stableWidth;

  @Mixin private Output output;

  @Mixin private StrictOption strict;

  @ParentCommand private RubricCommand rubric;

  @Spec private CommandSpec spec;

  /** A spread: a percentage from 0 to 99.9 with at most one decimal, the sign optional. */
  private static final Pattern PERCENT = Pattern.compile("([0-9]{1,2})(?:[.,]([0-9]))?%?");

  @Override
  public Integer call() {
    if (!robustness) {
      String stray =
          runs != null
              ? "--runs"
              : perturb != null
                  ? "--perturb"
                  : !perturbAreas.isEmpty()
                      ? "--perturb-area"
                      : seed != null ? "--seed" : stableWidth != null ? "--stable-width" : null;
      if (stray != null) {
        throw new ParameterException(
            spec.commandLine(), stray + ": expected --robustness with it but found none");
      }
      return rank();
    }
    RobustnessOptions options = options();
    Loaded loaded = inputs.load().strict(strict);
    RobustnessAccumulator accumulator;
    try {
      accumulator = new RobustnessAccumulator(loaded.catalog().catalog());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "catalog '" + loaded.catalog().catalog().id() + "': " + e.getMessage());
    }
    RankRobustness analysis;
    try {
      // each unit is evaluated once, streamed; the runs recompute indexes from its kept terms
      loaded.catalog().evaluateAll(loaded.cohort(), accumulator);
      if (accumulator.size() == 0) {
        throw new InvalidInputException("'" + loaded.source() + "' holds no unit to rank");
      }
      analysis = accumulator.analyse(options);
    } catch (DataQualityException problems) {
      return StrictOption.fail(problems, rubric);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(String.valueOf(e.getMessage()));
    }
    Language lang = rubric.language();
    String rendered =
        switch (format) {
          case "json" -> RobustnessJson.render(analysis);
          case "csv" -> RobustnessCsv.render(analysis, lang);
          case "html" -> RobustnessHtml.render(analysis, lang);
          default -> RobustnessText.render(analysis, lang, output.ansi(rubric));
        };
    output.emit(rubric, rendered);
    return 0;
  }

  private RobustnessOptions options() {
    RobustnessOptions o = RobustnessOptions.defaults();
    if (runs != null) {
      if (runs < 1 || runs > RobustnessOptions.MAX_RUNS) {
        throw new ParameterException(
            spec.commandLine(),
            "--runs: expected a number of runs from 1 to "
                + RobustnessOptions.MAX_RUNS
                + " but found "
                + runs);
      }
      o = o.withRuns(runs);
    }
    if (perturb != null) {
      o = o.withSpread(perMille("--perturb", perturb));
    }
    for (String area : perturbAreas) {
      int eq = area.lastIndexOf('=');
      if (eq <= 0) {
        throw new ParameterException(
            spec.commandLine(),
            "--perturb-area: expected CODE=PERCENT, e.g. 3=10%, but found '" + area + "'");
      }
      o =
          o.withAreaSpread(
              area.substring(0, eq), perMille("--perturb-area " + area, area.substring(eq + 1)));
    }
    if (seed != null) {
      o = o.withSeed(seed);
    }
    if (stableWidth != null) {
      if (stableWidth < 0) {
        throw new ParameterException(
            spec.commandLine(),
            "--stable-width: expected a number of ranks of at least 0 but found " + stableWidth);
      }
      o = o.withStableWidth(stableWidth);
    }
    return o;
  }

  /** Reads a spread such as {@code 20%}, {@code 12.5} or {@code 12,5%} as per mille. */
  private int perMille(String option, String text) {
    Matcher m = PERCENT.matcher(text.strip());
    if (!m.matches()) {
      throw new ParameterException(
          spec.commandLine(),
          option
              + ": expected a percentage from 0 to 99.9 with at most one decimal, e.g. 20%, but"
              + " found '"
              + text
              + "'");
    }
    int tenths = m.group(2) == null ? 0 : m.group(2).charAt(0) - '0';
    return Integer.parseInt(m.group(1)) * 10 + tenths;
  }

  private Integer rank() {
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
      throw new InvalidInputException("'" + loaded.source() + "' holds no unit to rank");
    }
    Ranking ranking = accumulator.ranking();
    Language lang = rubric.language();
    String rendered =
        switch (format) {
          case "json" -> RankingJson.render(ranking);
          case "csv" -> RankingCsv.render(ranking, lang);
          case "html" -> RankingHtml.render(ranking, lang);
          default -> RankingText.render(ranking, lang, output.ansi(rubric));
        };
    output.emit(rubric, rendered);
    return 0;
  }
}
