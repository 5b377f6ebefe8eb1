package dev.rubric.cli;

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
 * two checks picocli does not make, then the last command named ({@link RunLast}). The checks: an
 * option with completion candidates takes only one of them; and an option of the demo ({@code
 * rubric --format json}) does not stand before another command.
 */
final class Execution implements IExecutionStrategy {

  @Override
  public int execute(ParseResult parsed) {
    Integer help = CommandLine.executeHelpRequest(parsed);
    if (help != null) {
      return help;
    }
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      for (OptionSpec option : p.matchedOptions()) {
        checkChoice(p.commandSpec().commandLine(), option);
      }
    }
    if (parsed.hasSubcommand()) {
      for (OptionSpec option : parsed.matchedOptions()) {
        if (option.scopeType() != ScopeType.INHERIT) {
          throw new ParameterException(
              parsed.commandSpec().commandLine(),
              "option '"
                  + option.longestName()
                  + "' before the command '"
                  + parsed.subcommand().commandSpec().name()
                  + "' belongs to the demo; write a command's options after its name",
              option,
              null);
        }
      }
    }
    return new RunLast().execute(parsed);
  }

  private static void checkChoice(CommandLine command, OptionSpec option) {
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
            "option '"
                + option.longestName()
                + "' expects "
                + String.join(", ", choices)
                + " but found '"
                + value
                + "'"
                + Suggestions.didYouMean(value, choices).map(h -> "; " + h).orElse(""),
            option,
            value);
      }
    }
  }
}
