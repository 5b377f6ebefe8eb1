package dev.rubric.cli;

import dev.rubric.cli.io.ErrorWords;
import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.Suggestions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.ScopeType;

/**
 * How a parsed command line runs: help or version if asked for (whatever else the line holds), else
 * three checks picocli does not make, then the last command named ({@link RunLast}). The checks: an
 * option with completion candidates takes only one of them; {@code --csv-dialect} comes only with
 * {@code --format csv}; and an option of the demo ({@code rubric --format json}) does not stand
 * before another command.
 */
final class Execution implements IExecutionStrategy {

  private final Language lang;

  /** Creates the strategy of a run whose errors are in {@code lang}. */
  Execution(Language lang) {
    this.lang = lang;
  }

  @Override
  public int execute(ParseResult parsed) {
    Integer help = CommandLine.executeHelpRequest(parsed);
    if (help != null) {
      return help;
    }
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      for (OptionSpec option : p.matchedOptions()) {
        checkChoice(p.commandSpec().commandLine(), option, lang);
      }
      checkCsvDialect(p, lang);
    }
    if (parsed.hasSubcommand()) {
      for (OptionSpec option : parsed.matchedOptions()) {
        if (option.scopeType() != ScopeType.INHERIT) {
          throw new ParameterException(
              parsed.commandSpec().commandLine(),
              ErrorWords.text(
                  lang,
                  "usage.demoOption",
                  option.longestName(),
                  parsed.subcommand().commandSpec().name()),
              option,
              null);
        }
      }
    }
    return new RunLast().execute(parsed);
  }

  /**
   * Refuses {@code --csv-dialect} on a command line whose {@code --format} (given or by default) is
   * not {@code csv}: the dialect would change nothing, and the user who gave it expects a CSV.
   */
  private static void checkCsvDialect(ParseResult p, Language lang) {
    OptionSpec dialect = p.matchedOption("--csv-dialect");
    OptionSpec format = p.commandSpec().findOption("--format");
    if (dialect == null || format == null) {
      return;
    }
    Object value = format.getValue();
    String chosen = String.valueOf(value);
    if (!chosen.equals("csv")) {
      throw new ParameterException(
          p.commandSpec().commandLine(),
          ErrorWords.text(lang, "usage.csvDialectFormat", chosen),
          dialect,
          dialect.originalStringValues().isEmpty() ? null : dialect.originalStringValues().get(0));
    }
  }

  private static void checkChoice(CommandLine command, OptionSpec option, Language lang) {
    Iterable<String> candidates = option.completionCandidates();
    if (candidates == null) {
      return;
    }
    List<String> choices = new ArrayList<>();
    candidates.forEach(choices::add);
    for (String value : option.originalStringValues()) {
      if (!choices.contains(value)) {
        throw new ParameterException(
            command,
            ErrorWords.text(
                    lang, "usage.choice", option.longestName(), String.join(", ", choices), value)
                + Suggestions.closest(value, choices)
                    .map(c -> "; " + ErrorWords.didYouMean(lang, c))
                    .orElse(""),
            option,
            value);
      }
    }
  }
}
