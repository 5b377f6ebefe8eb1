package dev.rubric.cli.command;

import dev.rubric.cli.io.ErrorWords;
import dev.rubric.cohort.reconcile.Reconciliation;
import dev.rubric.core.Language;
import dev.rubric.core.assessment.Assessment;
import dev.rubric.core.csv.CsvAssessmentReader;
import dev.rubric.core.csv.CsvFormatException;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.InvalidInputException;
import dev.rubric.core.io.TextFiles;
import dev.rubric.core.json.Json;
import dev.rubric.core.json.JsonFormatException;
import dev.rubric.core.message.Arg;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.MessageKey;
import dev.rubric.core.result.Scorecard;
import dev.rubric.report.ReconciliationCsv;
import dev.rubric.report.ReconciliationHtml;
import dev.rubric.report.ReconciliationJson;
import dev.rubric.report.ReconciliationText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rubric reconcile}: reconciles the units' assessments (self-assessment, appraisal,
 * explanation, re-appraisal, final) with the points computed from their evidence.
 */
@Command(
    name = "reconcile",
    mixinStandardHelpOptions = true,
    footer = {
      "  rubric reconcile --catalog examples/data/catalogs/cchc-xa-2022.rubric \\",
      "      --evidence examples/data/evidence/bach-thong-2022.csv \\",
      "      --assessment examples/data/assessments/bach-thong-2022.csv",
      "  rubric reconcile --catalog examples/data/catalogs/cchc-xa-2022.rubric \\",
      "      --evidence examples/data/evidence/bach-thong-2022.csv \\",
      "      --assessment examples/data/assessments/bach-thong-2022.csv --format html --out r.html"
    })
final class ReconcileCommand implements Callable<Integer> {

  @Mixin private Inputs inputs;

  @Option(
      names = "--assessment",
      paramLabel = "FILE",
      required = true,
      descriptionKey = "assessment")
  private List<Path> assessments = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      completionCandidates = Choices.ReconciliationFormats.class,
      descriptionKey = "format")
  private String format = "text";

  @Mixin private Output output;

  @Mixin private CsvDialectOption csvDialect;

  @ParentCommand private RubricCommand rubric;

  @Override
  public Integer call() {
    Loaded loaded = inputs.load();
    List<EvidenceFile> cohort = new ArrayList<>();
    loaded.cohort().forEach(cohort::add);
    if (cohort.isEmpty()) {
      throw ErrorWords.noUnits(loaded.source(), "reconcile");
    }
    List<Scorecard> cards = loaded.catalog().evaluateAll(cohort);
    List<Assessment> read = new ArrayList<>();
    for (Path p : assessments) {
      read.addAll(read(p, p.toString()));
    }
    Reconciliation r = Reconciliation.of(loaded.catalog(), cards, read);
    Language lang = rubric.language();
    String rendered =
        switch (format) {
          case "json" -> ReconciliationJson.render(r);
          case "csv" -> ReconciliationCsv.render(r, lang, csvDialect.dialect());
          case "html" -> ReconciliationHtml.render(r, lang);
          default -> ReconciliationText.render(r, lang, output.ansi(rubric));
        };
    output.emit(rubric, rendered);
    return 0;
  }

  /**
   * Reads the assessments of {@code path}: a {@code rubric-assessment/1} JSON file, a CSV file, or
   * a directory of them (in name order).
   */
  private static List<Assessment> read(Path path, String name) {
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> s = Files.list(path)) {
        files = s.filter(p -> type(p.getFileName().toString()) != null).sorted().toList();
      } catch (IOException e) {
        throw new InvalidInputException(
            Message.of(
                MessageKey.READ_DIRECTORY_FAILED,
                Arg.text(name),
                Arg.text(String.valueOf(e.getMessage()))));
      }
      if (files.isEmpty()) {
        throw ErrorWords.input("input.noAssessments", name);
      }
      List<Assessment> out = new ArrayList<>();
      for (Path f : files) {
        out.addAll(read(f, path.resolve(f.getFileName()).toString()));
      }
      return out;
    }
    String type = type(name);
    if (type == null) {
      throw ErrorWords.input("input.notAssessment", name);
    }
    String text = TextFiles.read(path, name);
    try {
      return type.equals("json")
          ? List.of(Json.readAssessment(name, text))
          : CsvAssessmentReader.read(name, text);
    } catch (JsonFormatException e) {
      throw new InvalidInputException(e.text());
    } catch (CsvFormatException e) {
      throw new InvalidInputException(e.text());
    }
  }

  private static @org.jspecify.annotations.Nullable String type(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") ? "json" : lower.endsWith(".csv") ? "csv" : null;
  }
}
