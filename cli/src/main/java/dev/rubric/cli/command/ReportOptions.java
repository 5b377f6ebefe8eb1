package dev.rubric.cli.command;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options {@code --format} (text, json, csv or html) and {@code --out} of {@code evaluate} and
 * {@code rank}. A picocli mixin.
 */
final class ReportOptions {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      completionCandidates = Choices.ReportFormats.class,
      descriptionKey = "format")
  private String format = "text";

  @Mixin private Output output;

  /** Returns the format chosen with {@code --format}: text by default. */
  String format() {
    return format;
  }

  /** Returns where the report goes. */
  Output output() {
    return output;
  }
}
