package dev.rubric.cli.command;

import dev.rubric.cli.io.ErrorWords;
import dev.rubric.cohort.Ranking;
import dev.rubric.cohort.RankingAccumulator;
import dev.rubric.core.Language;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.io.InvalidInputException;
import dev.rubric.core.io.TextFiles;
import dev.rubric.dsl.DataQualityException;
import dev.rubric.report.RankingCsv;
import dev.rubric.report.RankingHtml;
import dev.rubric.report.RankingJson;
import dev.rubric.report.RankingText;
import dev.rubric.report.ScorecardHtml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
      throw new InvalidInputException("cannot write '" + dir + "': " + e.getMessage());
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
                      ScorecardHtml.render(card, catalog, Optional.empty(), lang));
                });
      } catch (DataQualityException problems) {
        return StrictOption.fail(problems, rubric);
      }
      if (accumulator.size() == 0) {
        throw new InvalidInputException("'" + loaded.source() + "' holds no unit to rank");
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
      throw new InvalidInputException("cannot write '" + dir + "': " + e.getMessage());
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
}
