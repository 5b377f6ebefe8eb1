package dev.rubric.cli.command;

import dev.rubric.core.waiver.Waivers;
import dev.rubric.dsl.DataQualityException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rubric evaluate}: one unit's scorecard as text, JSON, CSV, HTML or SARIF. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    footer = {
      "  rubric evaluate --catalog examples/data/catalogs/cchc-xa-2022.rubric \\",
      "      --evidence examples/data/evidence/bach-thong-2022/01969-phu-thong.json",
      "  rubric evaluate --catalog examples/data/catalogs/cchc-xa-2022.rubric \\",
      "      --evidence examples/data/evidence/bach-thong-2022.csv --unit 01969 \\",
      "      --format html --out phu-thong.html",
      "  rubric evaluate --catalog examples/data/catalogs/cchc-xa-2022.rubric \\",
      "      --evidence examples/data/evidence/bach-thong-2022/02002-cao-son.json \\",
      "      --waivers examples/data/waivers/02002-cao-son-2022.json"
    })
final class EvaluateCommand implements Callable<Integer> {

  @Mixin private Inputs inputs;

  @Mixin private UnitOption unit;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      completionCandidates = Choices.ScorecardFormats.class,
      descriptionKey = "format")
  private String format = "text";

  @Mixin private Output output;

  @Mixin private StrictOption strict;

  @Mixin private CsvDialectOption csvDialect;

  @Option(names = "--waivers", paramLabel = "FILE", descriptionKey = "waivers")
  private @Nullable Path waivers;

  @ParentCommand private RubricCommand rubric;

  @Override
  public Integer call() {
    // Read first and strictly: a waivers file that cannot be read stops the run before anything is
    // evaluated, never falling back to no waivers.
    Optional<Waivers> read =
        waivers == null ? Optional.empty() : Optional.of(Waivers.read(waivers, waivers.toString()));
    Evaluated e;
    try {
      e = unit.evaluate(inputs.load().strict(strict), read);
    } catch (DataQualityException problems) {
      return StrictOption.fail(problems, rubric);
    }
    output.emit(
        rubric, e.report(format, rubric.language(), output.ansi(rubric), csvDialect.dialect()));
    return 0;
  }
}
