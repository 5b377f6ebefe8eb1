package dev.rubric.cli.command;

import dev.rubric.core.io.TextFiles;
import dev.rubric.report.Ansi;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The option {@code --out}: where a command writes its report. A picocli mixin. */
final class Output {

  @Option(names = "--out", paramLabel = "FILE", descriptionKey = "out")
  private @Nullable Path file;

  /**
   * Returns colour for a text report: as {@link RubricCommand#ansi()} on standard output, never in
   * a file.
   */
  Ansi ansi(RubricCommand rubric) {
    return file == null ? rubric.ansi() : Ansi.OFF;
  }

  /**
   * Writes {@code content} to the file named by {@code --out}, or else to standard output.
   *
   * @throws dev.rubric.core.io.InvalidInputException if the file cannot be written
   */
  void emit(RubricCommand rubric, String content) {
    if (file != null) {
      TextFiles.write(file, content);
    } else {
      PrintWriter out = rubric.out();
      out.print(content);
      out.flush();
    }
  }
}
