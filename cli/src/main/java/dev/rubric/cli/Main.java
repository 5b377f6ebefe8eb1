package dev.rubric.cli;

import dev.rubric.core.Language;
import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code rubric} command-line application: {@code demo} (also run without a command), {@code
 * check}, {@code evaluate}, {@code rank}, {@code explain} and {@code help}. Run {@code rubric
 * --help}.
 *
 * <p>Exit status: 0 on success; 1 for invalid input (a catalog with errors, a missing or malformed
 * file), after printing the diagnostics or an {@code error:} line that names the file and position;
 * 2 for a command line that does not fit (unknown command or option, missing or invalid value),
 * after printing the usage. Nothing prints a stack trace.
 */
public final class Main {

  private Main() {}

  /**
   * Runs the application on the process's standard streams, as UTF-8, and exits with its status.
   * Even a broken installation (a class missing from the jar) or an exhausted JVM ends in one
   * {@code error:} line rather than a stack trace.
   */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)),
            false,
            StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status;
    try {
      status = run(args, out, err, colourCapable());
    } catch (LinkageError | VirtualMachineError e) {
      err.println(RunErrors.internalError(e, helpLanguage(args)));
      status = 1;
    }
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the application on {@code args}, writing UTF-8 to {@code out} and {@code err} without
   * colour, and returns the exit status (0, 1 or 2). For tests and hosts that embed the CLI.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, false);
  }

  /**
   * Runs the application; {@code colourCapable} says whether {@code out} is a terminal that may be
   * coloured.
   */
  static int run(String[] args, PrintStream out, PrintStream err, boolean colourCapable) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
    try {
      return Application.create(helpLanguage(args), colourCapable, o, e).execute(args);
    } catch (RuntimeException bug) {
      o.flush();
      e.println(RunErrors.internalError(bug, helpLanguage(args)));
      return 1;
    } finally {
      o.flush();
      e.flush();
    }
  }

  /**
   * Returns the language of help and usage: the value of the first {@code --lang} before any {@code
   * --} if it is {@code vi} or {@code en}, else Vietnamese. Picocli builds help from texts chosen
   * before it parses, so this looks ahead.
   */
  static Language helpLanguage(String[] args) {
    for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
      String value;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      } else {
        continue;
      }
      return value.equals("en") ? Language.EN : Language.VI;
    }
    return Language.VI;
  }

  /** Returns whether standard output is an interactive terminal that may be coloured. */
  private static boolean colourCapable() {
    String noColor = System.getenv("NO_COLOR");
    String term = System.getenv("TERM");
    return isTerminal() && (noColor == null || noColor.isEmpty()) && !"dumb".equals(term);
  }

  /**
   * Returns whether the standard streams are an interactive terminal. Up to JDK 21 the JVM has a
   * console exactly when they are; from JDK 22 on it has one for redirected streams too, and {@code
   * Console.isTerminal()} (new in JDK 22, so called reflectively) tells.
   */
  @SuppressWarnings("SystemConsoleNull") // null answers up to JDK 21; isTerminal() covers JDK 22 on
  private static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return Boolean.TRUE.equals(Console.class.getMethod("isTerminal").invoke(console));
    } catch (NoSuchMethodException e) {
      return true; // JDK 21 or older: the console exists only for a terminal
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
