package dev.rubric.cli.command;

import dev.rubric.core.Language;
import dev.rubric.report.Ansi;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code rubric} command: its subcommands, the options every command inherits ({@code --lang},
 * {@code --no-color}) and, without a subcommand, the demo. Subcommands reach the run's language,
 * colour and output streams through it (their {@code @ParentCommand}).
 *
 * <p>The help texts are not in the annotations but in the resource bundles {@code
 * dev/rubric/cli/Help_vi.properties} and {@code Help_en.properties}.
 */
@Command(
    name = "rubric",
    mixinStandardHelpOptions = true,
    subcommands = {
      DemoCommand.class,
      CheckCommand.class,
      EvaluateCommand.class,
      RankCommand.class,
      AdviseCommand.class,
      ExplainCommand.class,
      TemplateCommand.class,
      DiffCommand.class,
      CompareCommand.class,
      ReconcileCommand.class,
      HelpCommand.class,
      GenerateCompletion.class
    })
public final class RubricCommand implements Callable<Integer> {

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      scope = ScopeType.INHERIT,
      completionCandidates = Choices.Languages.class,
      descriptionKey = "lang")
  private @Nullable String lang;

  @Option(names = "--no-color", scope = ScopeType.INHERIT, descriptionKey = "no-color")
  private boolean noColor;

  @Mixin private Demo demo;

  @Spec private CommandSpec spec;

  private final boolean colourCapable;

  /**
   * Creates the command for a run whose standard output may ({@code colourCapable}) or may not be a
   * terminal that can be coloured.
   */
  public RubricCommand(boolean colourCapable) {
    this.colourCapable = colourCapable;
  }

  /** Runs the demo: {@code rubric} without a command is {@code rubric demo}. */
  @Override
  public Integer call() {
    return demo.run(this);
  }

  /** Returns the language of reports, chosen with {@code --lang}: Vietnamese by default. */
  Language language() {
    return lang == null ? Language.VI : Language.fromTag(lang);
  }

  /** Returns the language of the run that {@code command} belongs to. */
  static Language languageOf(CommandSpec command) {
    return command.root().userObject() instanceof RubricCommand r ? r.language() : Language.VI;
  }

  /**
   * Returns colour for text on standard output: on for a colour-capable terminal unless {@code
   * --no-color}.
   */
  Ansi ansi() {
    return colourCapable && !noColor ? Ansi.ON : Ansi.OFF;
  }

  /** Returns standard output. */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Returns standard error. */
  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
