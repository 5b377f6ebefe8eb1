package dev.rubric.cli.command;

import dev.rubric.cli.io.BundledData;
import dev.rubric.cli.io.Catalogs;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.dsl.CompiledCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The Phủ Thông inspection and its options, {@code --format} and {@code --out}: a picocli mixin of
 * {@code rubric demo} and of {@code rubric} without a command. Evaluates the bundled evidence of
 * Thị trấn Phủ Thông against the bundled sample catalog.
 */
final class Demo {

  /** The name of the bundled unit the demo evaluates. */
  static final String UNIT_NAME = "Thị trấn Phủ Thông";

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      completionCandidates = Choices.DemoFormats.class,
      descriptionKey = "format")
  private String format = "text";

  @Mixin private Output output;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  /** Prints the scorecard, findings and recommendations of Thị trấn Phủ Thông; returns 0. */
  int run(RubricCommand rubric) {
    Path catalogFile = BundledData.catalog();
    CompiledCatalog catalog =
        Catalogs.compile(catalogFile, BundledData.name(catalogFile)).orElseThrow();
    List<EvidenceFile> cohort = BundledData.cohortOf(UNIT_NAME);
    Evaluated e =
        new Loaded(catalog, "data/" + BundledData.EVIDENCE, cohort)
            .evaluate(Optional.of(cohort.get(0).unit().code()), command);
    output.emit(rubric, e.report(format, rubric.language(), output.ansi(rubric)));
    return 0;
  }
}
