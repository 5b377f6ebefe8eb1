package dev.rubric.cli.command;

import dev.rubric.cli.io.ErrorWords;
import dev.rubric.cohort.Ranking;
import dev.rubric.cohort.RankingAccumulator;
import dev.rubric.cohort.robust.RankRobustness;
import dev.rubric.cohort.robust.RobustnessAccumulator;
import dev.rubric.cohort.robust.RobustnessOptions;
import dev.rubric.cohort.robust.UnknownAreaException;
import dev.rubric.core.Language;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.io.InvalidInputException;
import dev.rubric.core.io.TextFiles;
import dev.rubric.core.message.Arg;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.MessageKey;
import dev.rubric.dsl.DataQualityException;
import dev.rubric.report.RankingCsv;
import dev.rubric.report.RankingHtml;
import dev.rubric.report.RankingJson;
import dev.rubric.report.RankingText;
import dev.rubric.report.RobustnessCsv;
import dev.rubric.report.RobustnessHtml;
import dev.rubric.report.RobustnessJson;
import dev.rubric.report.RobustnessText;
import dev.rubric.report.ScorecardHtml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

  @Mixin private CsvDialectOption csvDialect;

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
            spec.commandLine(), ErrorWords.text(rubric.language(), "usage.robustnessOnly", stray));
      }
      return rank();
    }
    RobustnessOptions options = options();
    Loaded loaded = inputs.load().strict(strict);
    RobustnessAccumulator accumulator;
    try {
      accumulator = new RobustnessAccumulator(loaded.catalog().catalog());
    } catch (IllegalArgumentException e) {
      throw ErrorWords.input(
          "input.robustnessCatalog",
          loaded.catalog().catalog().id(),
          String.valueOf(e.getMessage()));
    }
    try {
      // the library's one check, made before the cohort is evaluated
      accumulator.check(options);
    } catch (UnknownAreaException e) {
      throw new ParameterException(
          spec.commandLine(),
          ErrorWords.text(
              rubric.language(), "usage.perturbAreaCode", e.code(), String.join(", ", e.areas())));
    }
    RankRobustness analysis;
    try {
      // each unit is evaluated once, streamed; the runs recompute indexes from its kept terms
      loaded.catalog().evaluateAll(loaded.cohort(), accumulator);
      if (accumulator.size() == 0) {
        throw ErrorWords.noUnits(loaded.source(), "rank");
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
          case "csv" -> RobustnessCsv.render(analysis, lang, csvDialect.dialect());
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
            ErrorWords.text(rubric.language(), "usage.runs", RobustnessOptions.MAX_RUNS, runs));
      }
      o = o.withRuns(runs);
    }
    if (perturb != null) {
      o = o.withSpread(perMille("--perturb", perturb));
    }
    Map<String, String> given = new HashMap<>();
    for (String area : perturbAreas) {
      int eq = area.lastIndexOf('=');
      if (eq <= 0) {
        throw new ParameterException(
            spec.commandLine(), ErrorWords.text(rubric.language(), "usage.perturbArea", area));
      }
      String code = area.substring(0, eq);
      String before = given.putIfAbsent(code, area);
      if (before != null) {
        throw new ParameterException(
            spec.commandLine(),
            ErrorWords.text(rubric.language(), "usage.perturbAreaTwice", code, before, area));
      }
      o = o.withAreaSpread(code, perMille("--perturb-area " + area, area.substring(eq + 1)));
    }
    if (seed != null) {
      o = o.withSeed(seed);
    }
    if (stableWidth != null) {
      if (stableWidth < 0) {
        throw new ParameterException(
            spec.commandLine(),
            ErrorWords.text(rubric.language(), "usage.stableWidth", stableWidth));
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
          spec.commandLine(), ErrorWords.text(rubric.language(), "usage.percent", option, text));
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
    Language lang = rubric.language();
    Optional<Path> directory = format.equals("html") ? output.directory() : Optional.empty();
    if (directory.isPresent()) {
      return bundle(loaded, accumulator, directory.get(), lang);
    }
    try {
      loaded.catalog().evaluateAll(loaded.cohort(), accumulator);
    } catch (DataQualityException problems) {
      return StrictOption.fail(problems, rubric);
    }
    if (accumulator.size() == 0) {
      throw ErrorWords.noUnits(loaded.source(), "rank");
    }
    Ranking ranking = accumulator.ranking();
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

  /**
   * Writes the ranking as a bundle of pages into {@code dir}: {@code index.html}, the ranking page
   * whose units link to their pages, and one scorecard page per unit, {@code unit-CODE-PERIOD.html}
   * (characters other than ASCII letters, digits, {@code .}, {@code _} and {@code -} become {@code
   * _}; a name already taken gets {@code -2}, {@code -3}…). The pages are written as the units are
   * evaluated, into a staging folder inside {@code dir}, and moved into place only when every unit
   * has been evaluated: a problem in the evidence leaves no page behind.
   */
  private int bundle(Loaded loaded, RankingAccumulator accumulator, Path dir, Language lang) {
    Path staging;
    try {
      Files.createDirectories(dir);
      staging = Files.createTempDirectory(dir, ".rubric-pages-");
    } catch (IOException e) {
      throw cannotWrite(dir, e);
    }
    Map<String, String> pages = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>(Set.of("index.html"));
    Catalog catalog = loaded.catalog().catalog();
    try {
      try {
        loaded
            .catalog()
            .evaluateAll(
                loaded.cohort(),
                card -> {
                  accumulator.accept(card);
                  String name = pageName(card.unitCode(), card.periodId(), taken);
                  pages.put(key(card.unitCode(), card.periodId()), name);
                  TextFiles.write(
                      staging.resolve(name),
                      ScorecardHtml.renderInBundle(card, catalog, lang, "index.html"));
                });
      } catch (DataQualityException problems) {
        return StrictOption.fail(problems, rubric);
      }
      if (accumulator.size() == 0) {
        throw ErrorWords.noUnits(loaded.source(), "rank");
      }
      String index =
          RankingHtml.render(
              accumulator.ranking(),
              lang,
              unit -> Optional.ofNullable(pages.get(key(unit.unitCode(), unit.periodId()))));
      TextFiles.write(staging.resolve("index.html"), index);
      for (String name : taken) {
        Files.move(staging.resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw cannotWrite(dir, e);
    } finally {
      deleteQuietly(staging);
    }
    return 0;
  }

  private static String key(String unitCode, String periodId) {
    return unitCode + "\u0000" + periodId;
  }

  /** Returns a file name for a unit's page that no other page of the bundle has, and takes it. */
  static String pageName(String unitCode, String periodId, Set<String> taken) {
    StringBuilder b = new StringBuilder("unit-");
    String raw = unitCode + "-" + periodId;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean safe =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '-';
      b.append(safe ? c : '_');
    }
    String base = b.toString();
    String name = base + ".html";
    for (int n = 2; !taken.add(name); n++) {
      name = base + "-" + n + ".html";
    }
    return name;
  }

  /** Deletes the staging folder and what is left in it; a leftover is harmless. */
  private static void deleteQuietly(Path staging) {
    try (Stream<Path> paths = Files.walk(staging)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // a staging folder left behind holds only pages of this run
    }
  }

  private static InvalidInputException cannotWrite(Path dir, IOException e) {
    return new InvalidInputException(
        Message.of(
            MessageKey.WRITE_FAILED,
            Arg.text(dir.toString()),
            Arg.text(String.valueOf(e.getMessage()))));
  }
}
