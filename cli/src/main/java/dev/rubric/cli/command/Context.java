package dev.rubric.cli.command;

import dev.rubric.core.Language;
import dev.rubric.cli.cli.Arguments;
import dev.rubric.cli.io.TextFiles;
import dev.rubric.report.Ansi;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a command writes and what the terminal can do.
 *
 * @param out standard output: the command's result
 * @param err standard error: errors and diagnostics of failed runs
 * @param colourCapable whether {@code out} is a terminal that may be coloured (no {@code NO_COLOR})
 */
public record Context(PrintStream out, PrintStream err, boolean colourCapable) {

  /** Validates the components. */
  public Context {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
  }

  /** Returns the language chosen with {@code --lang}, Vietnamese by default. */
  public static Language language(Arguments args) {
    return Language.fromTag(args.value(Commands.LANG, "vi"));
  }

  /**
   * Returns colour for text on {@code out}: on for a colour-capable terminal unless {@code
   * --no-color} or {@code --out}.
   */
  public Ansi ansi(Arguments args) {
    return colourCapable && !args.has(Commands.NO_COLOR) && args.value(Commands.OUT).isEmpty()
        ? Ansi.ON
        : Ansi.OFF;
  }

  /** Writes a command's result to the file named by {@code --out}, or else to {@link #out}. */
  public void emit(Arguments args, String content) {
    if (args.value(Commands.OUT).isPresent()) {
      TextFiles.write(Path.of(args.value(Commands.OUT).get()), content);
    } else {
      out.print(content);
      out.flush();
    }
  }
}
