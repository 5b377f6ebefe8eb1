package dev.rubric.cli;

import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.Suggestions;
import dev.rubric.dsl.InvalidCatalogException;
import dev.rubric.cli.cli.ArgumentParser;
import dev.rubric.cli.cli.Arguments;
import dev.rubric.cli.cli.Help;
import dev.rubric.cli.cli.UsageException;
import dev.rubric.cli.command.Command;
import dev.rubric.cli.command.Commands;
import dev.rubric.cli.command.Context;
import dev.rubric.cli.io.InvalidInputException;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The {@code rubric} command-line application: {@code demo} (also run without arguments), {@code
 * check}, {@code evaluate}, {@code rank} and {@code explain}. Run {@code rubric --help}.
 *
 * <p>Exit status: 0 on success; 1 for invalid input (a catalog with errors, a missing or malformed
 * file), after printing the diagnostics or an {@code error:} line that names the file and position;
 * 2 for a command line that does not fit (unknown command or option, missing value), after printing
 * the usage. Bad input never prints a stack trace.
 */
public final class Main {

  /** The global options that may stand before the command. */
  private static final Set<String> GLOBAL_FLAGS =
      Set.of("--no-color", "-h", "--help", "-V", "--version");

  private Main() {}

  /**
   * Runs the application on the process's standard streams, as UTF-8, and exits with its status.
   */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)),
            false,
            StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(args, out, err, colourCapable());
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the application on {@code args}, writing to {@code out} and {@code err} without colour,
   * and returns the exit status (0, 1 or 2). For tests and hosts that embed the CLI.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, false);
  }

  /**
   * Runs the application; {@code colourCapable} says whether {@code out} is a terminal that may be
   * coloured.
   */
  static int run(String[] args, PrintStream out, PrintStream err, boolean colourCapable) {
    List<String> list = List.of(args);
    Language lang = helpLanguage(list);
    Context context = new Context(out, err, colourCapable);
    try {
      return dispatch(list, context, lang);
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      if (e.command().isPresent()) {
        err.println(Help.usage(e.command().get(), lang));
        err.println(Help.tryHelp(e.command().get(), lang));
      } else {
        err.println(
            lang == Language.EN
                ? "Try 'rubric --help' for more information."
                : "Xem 'rubric --help' để biết thêm.");
      }
      return 2;
    } catch (InvalidInputException e) {
      out.flush();
      err.println("error: " + e.getMessage());
      return 1;
    } catch (InvalidCatalogException e) {
      out.flush();
      err.println(e.getMessage().stripTrailing());
      return 1;
    }
  }

  /*
   * The command is the first argument that is neither a global option (--lang X, --no-color,
   * --help, --version) nor after one; with no command, or when a command's own option comes first
   * (rubric --format html), the command is demo.
   */
  private static int dispatch(List<String> args, Context context, Language lang) {
    int i = 0;
    while (i < args.size()) {
      String a = args.get(i);
      if (a.equals("--lang")) {
        i += 2;
      } else if (a.startsWith("--lang=") || GLOBAL_FLAGS.contains(a)) {
        i++;
      } else {
        break;
      }
    }
    List<String> leading = args.subList(0, Math.min(i, args.size()));
    if (i >= args.size() || args.get(i).startsWith("-")) {
      if (ArgumentParser.asksFor(leading, "-V", "--version")) {
        return version(context);
      }
      if (i >= args.size() && ArgumentParser.asksFor(leading, "-h", "--help")) {
        context
            .out()
            .print(
                Help.overview(
                    Commands.all().stream().map(Command::spec).toList(), lang, version()));
        context.out().flush();
        return 0;
      }
      return run(Commands.named("demo").orElseThrow(), args, context, lang);
    }
    String name = args.get(i);
    Optional<Command> command = Commands.named(name);
    if (command.isEmpty()) {
      List<String> names = Commands.all().stream().map(c -> c.spec().name()).toList();
      throw new UsageException(
          "unknown command '"
              + name
              + "'; "
              + Suggestions.didYouMean(name, names)
                  .orElse("expected one of " + String.join(", ", names)),
          Optional.empty());
    }
    List<String> rest = new ArrayList<>(leading);
    rest.addAll(args.subList(i + 1, args.size()));
    return run(command.get(), rest, context, lang);
  }

  private static int run(Command command, List<String> args, Context context, Language lang) {
    if (ArgumentParser.asksFor(args, "-h", "--help")) {
      context.out().print(Help.render(command.spec(), lang));
      context.out().flush();
      return 0;
    }
    if (ArgumentParser.asksFor(args, "-V", "--version")) {
      return version(context);
    }
    Arguments parsed = ArgumentParser.parse(command.spec(), args);
    return command.run(parsed, context);
  }

  private static int version(Context context) {
    context.out().println("rubric " + version());
    context.out().flush();
    return 0;
  }

  /** Returns the application's version, from the build's {@code version.properties}. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to the manifest
    }
    String v = p.getProperty("version");
    if (v == null) {
      v = Main.class.getPackage().getImplementationVersion();
    }
    return v == null ? "(unknown version)" : v;
  }

  /** Returns the language of help and usage: the valid value of {@code --lang}, else Vietnamese. */
  private static Language helpLanguage(List<String> args) {
    return ArgumentParser.peek(args, "--lang")
        .filter(v -> v.equals("en") || v.equals("vi"))
        .map(Language::fromTag)
        .orElse(Language.VI);
  }

  /** Returns whether standard output is an interactive terminal that may be coloured. */
  private static boolean colourCapable() {
    String noColor = System.getenv("NO_COLOR");
    String term = System.getenv("TERM");
    return System.console() != null
        && (noColor == null || noColor.isEmpty())
        && !"dumb".equals(term);
  }
}
