package dev.rubric.cli;

import dev.rubric.cli.command.RubricCommand;
import dev.rubric.core.Language;
import java.io.PrintWriter;
import java.util.ResourceBundle;
import picocli.CommandLine;

/**
 * The {@code rubric} command line: {@link RubricCommand} and its subcommands as picocli runs them,
 * with help in one language, the hidden {@code generate-completion} command, and the exit statuses
 * of {@link UsageErrors} (2) and {@link RunErrors} (1).
 */
final class Application {
  private Application() {}

  /**
   * Returns the command line of a run that writes to {@code out} and {@code err}, with help in
   * {@code lang}; {@code colourCapable} says whether {@code out} is a terminal that may be
   * coloured.
   */
  static CommandLine create(
      Language lang, boolean colourCapable, PrintWriter out, PrintWriter err) {
    ResourceBundle texts = HelpLayout.bundle(lang);
    CommandLine root = new CommandLine(new RubricCommand(colourCapable));
    CommandLine completion = root.getSubcommands().get("generate-completion");
    if (completion != null) {
      completion.getCommandSpec().usageMessage().hidden(true);
    }
    HelpLayout.apply(root, texts);
    HelpLayout.forEach(
        root,
        command -> {
          command.getCommandSpec().versionProvider(new Version());
          command.getCommandSpec().parser().expandAtFiles(false);
        });
    return root.setOut(out)
        .setErr(err)
        .setUnmatchedOptionsAllowedAsOptionParameters(false)
        .setParameterExceptionHandler(new UsageErrors(texts, lang))
        .setExecutionExceptionHandler(new RunErrors(lang))
        .setExecutionStrategy(new Execution(lang));
  }
}
