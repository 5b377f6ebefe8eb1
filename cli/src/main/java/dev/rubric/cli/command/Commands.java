package dev.rubric.cli.command;

import dev.rubric.cli.cli.Arguments;
import dev.rubric.cli.io.EvidenceLoader;
import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.Suggestions;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.cli.cli.CommandSpec;
import dev.rubric.cli.cli.Option;
import dev.rubric.cli.cli.UsageException;
import dev.rubric.cli.io.Catalogs;
import dev.rubric.cli.io.InvalidInputException;
import dev.rubric.report.Ansi;
import dev.rubric.report.ScorecardCsv;
import dev.rubric.report.ScorecardHtml;
import dev.rubric.report.ScorecardText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The commands of the CLI, their shared options and the steps they share. */
public final class Commands {

  static final String LANG = "--lang";
  static final String NO_COLOR = "--no-color";
  static final String HELP = "--help";
  static final String VERSION = "--version";
  static final String FORMAT = "--format";
  static final String OUT = "--out";
  static final String CATALOG = "--catalog";
  static final String EVIDENCE = "--evidence";
  static final String UNIT = "--unit";
  static final String CRITERION = "--criterion";

  private Commands() {}

  /** Returns every command, in the order of the help overview. */
  public static List<Command> all() {
    return List.of(
        new DemoCommand(),
        new CheckCommand(),
        new EvaluateCommand(),
        new RankCommand(),
        new ExplainCommand());
  }

  /** Returns the command named {@code name}, if there is one. */
  public static Optional<Command> named(String name) {
    return all().stream().filter(c -> c.spec().name().equals(name)).findFirst();
  }

  /** Returns {@code own} followed by the options every command accepts. */
  static List<Option> withCommon(Option... own) {
    List<Option> all = new ArrayList<>(List.of(own));
    all.add(
        Option.value(
                LANG, "LANG", "Ngôn ngữ: vi (mặc định) hoặc en", "Language: vi (default) or en")
            .withChoices("vi", "en"));
    all.add(Option.flag(NO_COLOR, "Không tô màu", "Never colour the output"));
    all.add(Option.flag(HELP, "In trợ giúp này", "Print this help").withShortName("-h"));
    all.add(Option.flag(VERSION, "In phiên bản", "Print the version").withShortName("-V"));
    return all;
  }

  static Option format(String... formats) {
    return Option.value(
            FORMAT,
            "FORMAT",
            "Định dạng: " + String.join(", ", formats) + " (mặc định: text)",
            "Output format: " + String.join(", ", formats) + " (default: text)")
        .withChoices(formats);
  }

  static Option out() {
    return Option.value(
        OUT,
        "FILE",
        "Ghi kết quả vào tệp thay vì ra màn hình",
        "Write the result to a file instead of standard output");
  }

  static Option catalog() {
    return Option.value(CATALOG, "FILE", "Tệp bộ tiêu chí .rubric", "The .rubric catalog file")
        .asRequired();
  }

  static Option unit() {
    return Option.value(
        UNIT,
        "CODE",
        "Mã đơn vị cần đánh giá khi tệp bằng chứng có nhiều đơn vị",
        "Code of the unit to evaluate when the evidence holds several units");
  }

  /**
   * Compiles the catalog file {@code file} as the user named it.
   *
   * @throws dev.rubric.dsl.InvalidCatalogException carrying the rendered diagnostics, if it has
   *     errors
   */
  static CompiledCatalog compile(String file) {
    return Catalogs.compile(Path.of(file), file).orElseThrow();
  }

  /**
   * Returns the scorecard of one unit of {@code cohort}: the only unit, or the one with code {@code
   * unit}. When the catalog compares units with their cohort, the whole cohort is evaluated.
   *
   * @param source how the evidence is named in messages
   * @throws InvalidInputException if no unit or several have the code
   * @throws UsageException if the cohort holds several units and none was chosen
   */
  static Evaluated evaluateOne(
      CompiledCatalog catalog,
      List<EvidenceFile> cohort,
      Optional<String> unit,
      String source,
      CommandSpec spec) {
    int index;
    if (unit.isPresent()) {
      List<Integer> matches = new ArrayList<>();
      for (int i = 0; i < cohort.size(); i++) {
        if (cohort.get(i).unit().code().equals(unit.get())) {
          matches.add(i);
        }
      }
      if (matches.isEmpty()) {
        List<String> codes = cohort.stream().map(f -> f.unit().code()).toList();
        throw new InvalidInputException(
            "no unit with code '"
                + unit.get()
                + "' in '"
                + source
                + "'"
                + Suggestions.didYouMean(unit.get(), codes).map(h -> "; " + h).orElse(""));
      }
      if (matches.size() > 1) {
        throw new InvalidInputException(
            "unit '"
                + unit.get()
                + "' has evidence for "
                + matches.size()
                + " periods in '"
                + source
                + "'; keep one period per file");
      }
      index = matches.get(0);
    } else if (cohort.size() == 1) {
      index = 0;
    } else {
      throw new UsageException(
          "'"
              + source
              + "' holds the evidence of "
              + cohort.size()
              + " units; choose one with '--unit CODE' or rank them with 'rubric rank'",
          Optional.of(spec));
    }
    EvidenceFile file = cohort.get(index);
    Scorecard card =
        catalog.needsCohort() ? catalog.evaluateAll(cohort).get(index) : catalog.evaluate(file);
    return new Evaluated(file, card);
  }

  /** Returns the report of one unit's scorecard in {@code format}: text, json, csv or html. */
  static String report(
      String format, Evaluated e, CompiledCatalog catalog, Language lang, Ansi ansi) {
    switch (format) {
      case "json":
        return Json.write(e.card());
      case "csv":
        return ScorecardCsv.render(e.card(), lang);
      case "html":
        return ScorecardHtml.render(e.card(), catalog.catalog(), e.file().evidence().note(), lang);
      case "text":
        return ScorecardText.render(
            e.card(), catalog.catalog(), e.file().evidence().note(), lang, ansi);
      default:
        throw new IllegalStateException("bug: format '" + format + "' passed the option's choices");
    }
  }

  /**
   * A unit's evidence and its scorecard.
   *
   * @param file the evidence
   * @param card the scorecard
   */
  record Evaluated(EvidenceFile file, Scorecard card) {}

  /** The compiled catalog and the evidence a command was given with --catalog and --evidence. */
  record Loaded(CompiledCatalog catalog, String evidence, List<EvidenceFile> cohort) {}

  /** Compiles --catalog and loads every unit of --evidence (a JSON file, a CSV file or a directory). */
  static Loaded load(Arguments args) {
    CompiledCatalog catalog = compile(args.required(CATALOG));
    String evidence = args.required(EVIDENCE);
    return new Loaded(catalog, evidence, EvidenceLoader.load(Path.of(evidence), evidence, catalog.catalog()));
  }
}
