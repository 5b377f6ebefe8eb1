package dev.rubric.cli.command;

import dev.rubric.core.io.InvalidInputException;
import dev.rubric.core.io.TextFiles;
import dev.rubric.core.message.Arg;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.MessageKey;
import dev.rubric.report.Ansi;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The option {@code --out}: where a command writes its report. A picocli mixin. */
final class Output {

  // kept as written: a trailing '/' (a directory) does not survive the conversion to a Path
  @Option(names = "--out", paramLabel = "FILE", descriptionKey = "out")
  private @Nullable String file;

  /**
   * Returns colour for a text report: as {@link RubricCommand#ansi()} on standard output, never in
   * a file.
   */
  Ansi ansi(RubricCommand rubric) {
    return file == null ? rubric.ansi() : Ansi.OFF;
  }

  /**
   * Returns the directory named by {@code --out}, if it names one: a directory that exists, or a
   * path written with a trailing {@code /}. A command that writes a bundle of pages writes there.
   */
  Optional<Path> directory() {
    if (file == null) {
      return Optional.empty();
    }
    Path path = path(file);
    boolean slash = file.endsWith("/") || file.endsWith(File.separator);
    return slash || Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
  }

  /**
   * Writes {@code content} to the file named by {@code --out}, or else to standard output. A path
   * written as a directory (a trailing {@code /}) is refused: only a bundle of pages goes there.
   *
   * @throws dev.rubric.core.io.InvalidInputException if the file cannot be written
   */
  void emit(RubricCommand rubric, String content) {
    if (file != null) {
      if (file.endsWith("/") || file.endsWith(File.separator)) {
        // a directory is for a bundle of pages (rank --format html); one report is one file
        throw new InvalidInputException(Message.of(MessageKey.WRITE_DIRECTORY, Arg.text(file)));
      }
      TextFiles.write(path(file), content);
    } else {
      PrintWriter out = rubric.out();
      out.print(content);
      out.flush();
    }
  }

  private static Path path(String written) {
    try {
      return Path.of(written);
    } catch (InvalidPathException e) {
      throw new InvalidInputException(
          Message.of(MessageKey.WRITE_FAILED, Arg.text(written), Arg.text(e.getReason())));
    }
  }
}
