package dev.rubric.cli;

import dev.rubric.cli.io.ErrorWords;
import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.Suggestions;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that does not fit: prints {@code error:} and what was expected and found, the
 * command's usage line and a pointer to its help, all to standard error, and returns status 2.
 * Picocli's messages are reworded in Rubric's style and in the run's language, with a "did you
 * mean" hint for misspelt commands and options; messages of the application's own usage errors
 * (already in the run's language) are kept.
 */
final class UsageErrors implements IParameterExceptionHandler {

  /** Picocli's words for a value its converter refused, e.g. {@code 'abc' is not an int}. */
  private static final Pattern INVALID_VALUE =
      Pattern.compile("^Invalid value for option '([^']+)': '(.*)' is not ");

  /** Picocli's words for an option followed by another option instead of its value. */
  private static final Pattern EXPECTED_VALUE =
      Pattern.compile("Expected parameter for option '([^']+)' but found '(.*)'$");

  private final ResourceBundle texts;
  private final Language lang;

  /**
   * Creates the handler; {@code texts} holds the pointer to help in the help's language, {@code
   * lang}.
   */
  UsageErrors(ResourceBundle texts, Language lang) {
    this.texts = texts;
    this.lang = lang;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    command.getOut().flush();
    PrintWriter err = command.getErr();
    err.println(ErrorWords.line(lang, message(ex, lang)));
    if (!isUnknownCommand(ex)) {
      err.println(HelpLayout.usage(command));
    }
    err.println(
        String.format(texts.getString("cli.tryHelp"), command.getCommandSpec().qualifiedName()));
    err.flush();
    return 2;
  }

  /**
   * Returns what {@code ex} means to the user in {@code lang}, e.g. {@code unknown option
   * '--frmat'; did you mean '--format'?}.
   */
  static String message(ParameterException ex, Language lang) {
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    String picocli = String.valueOf(ex.getMessage());
    Matcher expected = EXPECTED_VALUE.matcher(picocli);
    boolean foundOther = expected.find();
    if (ex instanceof UnmatchedArgumentException unmatchedArgumentException) {
      OptionSpec option = foundOther ? spec.findOption(expected.group(1)) : null;
      if (option != null) {
        return needsValue(option, expected.group(2), lang);
      }
      List<String> unmatched = unmatchedArgumentException.getUnmatched();
      String arg = unmatched.isEmpty() ? "" : unmatched.get(0);
      if (arg.length() > 1 && arg.startsWith("-")) {
        int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
        String name = eq < 0 ? arg : arg.substring(0, eq);
        List<String> names = spec.options().stream().map(OptionSpec::longestName).toList();
        return ErrorWords.text(lang, "usage.unknownOption", name) + hint(name, names, lang);
      }
      return isUnknownCommand(ex)
          ? unknownCommand(spec, arg, lang)
          : ErrorWords.text(lang, "usage.unexpectedArgument", arg);
    }
    if (ex instanceof MissingParameterException missingParameterException) {
      // a misspelt required option ('--evidnce') leaves the option missing: name the misspelling
      for (String arg : ex.getCommandLine().getUnmatchedArguments()) {
        if (arg.length() > 2 && arg.startsWith("--")) {
          int eq = arg.indexOf('=');
          String name = eq < 0 ? arg : arg.substring(0, eq);
          List<String> names = spec.options().stream().map(OptionSpec::longestName).toList();
          return ErrorWords.text(lang, "usage.unknownOption", name) + hint(name, names, lang);
        }
      }
      ArgSpec missing = missingParameterException.getMissing().get(0);
      if (!missing.isOption()) {
        return ErrorWords.text(lang, "usage.missingArgument", missing.paramLabel());
      }
      OptionSpec option = (OptionSpec) missing;
      if (picocli.startsWith("Missing required option")) {
        return ErrorWords.text(
            lang, "usage.missingOption", option.longestName(), option.paramLabel());
      }
      return needsValue(option, foundOther ? expected.group(2) : null, lang);
    }
    if (ex instanceof OverwrittenOptionException overwrittenOptionException) {
      ArgSpec option = overwrittenOptionException.getOverwritten();
      return ErrorWords.text(lang, "usage.givenTwice", name(option));
    }
    if (ex.getArgSpec() != null && ex.getArgSpec().isOption() && ex.getValue() != null) {
      OptionSpec option = (OptionSpec) ex.getArgSpec();
      if (option.arity().max() == 0) {
        return ErrorWords.text(lang, "usage.takesNoValue", option.longestName(), ex.getValue());
      }
    }
    Matcher invalid = INVALID_VALUE.matcher(picocli);
    if (invalid.find()) {
      OptionSpec option = spec.findOption(invalid.group(1));
      String label = option == null ? invalid.group(1) : option.paramLabel();
      return ErrorWords.text(lang, "usage.invalidValue", invalid.group(1), label, invalid.group(2));
    }
    if (isUnknownCommand(ex)) {
      return unknownCommand(spec, String.valueOf(ex.getValue()), lang);
    }
    return picocli;
  }

  /**
   * Returns whether {@code ex} is about a word where {@code rubric} expects a command: an unmatched
   * argument of {@code rubric} itself, or the unknown command of {@code rubric help}.
   */
  private static boolean isUnknownCommand(ParameterException ex) {
    CommandLine command = ex.getCommandLine();
    if (command.getParent() != null) {
      return false;
    }
    if (ex instanceof UnmatchedArgumentException unmatchedArgumentException) {
      List<String> unmatched = unmatchedArgumentException.getUnmatched();
      return !unmatched.isEmpty() && !unmatched.get(0).startsWith("-");
    }
    return ex.getArgSpec() == null
        && ex.getValue() != null
        && String.valueOf(ex.getMessage()).startsWith("Unknown subcommand");
  }

  private static String unknownCommand(CommandSpec root, String name, Language lang) {
    List<Map.Entry<String, CommandLine>> shown =
        root.subcommands().entrySet().stream()
            .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden())
            .toList();
    List<String> visible = shown.stream().map(e -> e.getKey()).toList();
    List<String> commands =
        shown.stream()
            .filter(e -> !e.getValue().getCommandSpec().helpCommand())
            .map(e -> e.getKey())
            .toList();
    return ErrorWords.text(lang, "usage.unknownCommand", name)
        + "; "
        + Suggestions.closest(name, visible)
            .map(c -> ErrorWords.didYouMean(lang, c))
            .orElseGet(
                () -> ErrorWords.text(lang, "usage.expectedCommand", String.join(", ", commands)));
  }

  private static String needsValue(OptionSpec option, @Nullable String found, Language lang) {
    return found == null
        ? ErrorWords.text(lang, "usage.needsValue", option.longestName(), option.paramLabel())
        : ErrorWords.text(
            lang, "usage.needsValueFound", option.longestName(), option.paramLabel(), found);
  }

  private static String name(ArgSpec arg) {
    return arg.isOption() ? ((OptionSpec) arg).longestName() : arg.paramLabel();
  }

  private static String hint(String found, List<String> candidates, Language lang) {
    return Suggestions.closest(found, candidates)
        .map(c -> "; " + ErrorWords.didYouMean(lang, c))
        .orElse("");
  }
}
