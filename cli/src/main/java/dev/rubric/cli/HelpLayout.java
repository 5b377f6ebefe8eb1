package dev.rubric.cli;

import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION_HEADING;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST_HEADING;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS_HEADING;

import dev.rubric.core.Language;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.IParamLabelRenderer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ScopeType;

/**
 * The help of every command, as picocli renders it with a few changes: texts from the resource
 * bundle of the language ({@code dev/rubric/cli/Help_vi.properties} or {@code Help_en.properties});
 * a short synopsis ({@code rubric rank --catalog FILE --evidence FILE [options]}); option values
 * shown as {@code --format FORMAT}; a command's own options before those all commands take; the
 * examples (a command's footer) before the exit status; and for {@code rubric} itself a header with
 * the version, the commands before the options, and only the options all commands take.
 */
final class HelpLayout {

  /** The width of help text, in columns. */
  static final int WIDTH = 100;

  private static final String BUNDLE = "dev.rubric.cli.Help";

  private static final List<String> COMMAND_SECTIONS =
      List.of(
          SECTION_KEY_SYNOPSIS_HEADING,
          SECTION_KEY_SYNOPSIS,
          SECTION_KEY_DESCRIPTION_HEADING,
          SECTION_KEY_DESCRIPTION,
          SECTION_KEY_PARAMETER_LIST_HEADING,
          SECTION_KEY_PARAMETER_LIST,
          SECTION_KEY_OPTION_LIST_HEADING,
          SECTION_KEY_OPTION_LIST,
          SECTION_KEY_FOOTER_HEADING,
          SECTION_KEY_FOOTER,
          SECTION_KEY_EXIT_CODE_LIST_HEADING);

  private static final List<String> ROOT_SECTIONS =
      List.of(
          SECTION_KEY_HEADER,
          SECTION_KEY_SYNOPSIS_HEADING,
          SECTION_KEY_SYNOPSIS,
          SECTION_KEY_DESCRIPTION_HEADING,
          SECTION_KEY_DESCRIPTION,
          SECTION_KEY_COMMAND_LIST_HEADING,
          SECTION_KEY_COMMAND_LIST,
          SECTION_KEY_OPTION_LIST_HEADING,
          SECTION_KEY_OPTION_LIST,
          SECTION_KEY_FOOTER_HEADING,
          SECTION_KEY_FOOTER,
          SECTION_KEY_EXIT_CODE_LIST_HEADING);

  private HelpLayout() {}

  /** Returns the help texts in {@code lang}. */
  static ResourceBundle bundle(Language lang) {
    return ResourceBundle.getBundle(
        BUNDLE,
        Locale.forLanguageTag(lang.tag()),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Sets the help of {@code root} and of all its subcommands, in the language of {@code texts}. */
  static void apply(CommandLine root, ResourceBundle texts) {
    root.setResourceBundle(texts);
    root.setHelpFactory(HelpLayout::help);
    root.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    forEach(
        root,
        command -> {
          UsageMessageSpec usage = command.getCommandSpec().usageMessage();
          usage.width(WIDTH).sortOptions(false).customSynopsis(synopsis(command, texts));
          usage.sectionKeys(COMMAND_SECTIONS);
          usage.sectionMap().put(SECTION_KEY_OPTION_LIST, HelpLayout::options);
          usage.sectionMap().put(SECTION_KEY_FOOTER_HEADING, HelpLayout::examplesHeading);
        });
    UsageMessageSpec usage = root.getCommandSpec().usageMessage();
    usage.sectionKeys(ROOT_SECTIONS);
    usage.sectionMap().put(SECTION_KEY_HEADER, help -> help.header(Version.number()));
  }

  /** Returns the usage line of {@code command} as a usage error shows it, without a newline. */
  static String usage(CommandLine command) {
    Help help = command.getHelp();
    return (help.synopsisHeading() + help.synopsis(0)).strip();
  }

  /** Runs {@code action} on {@code command} and each of its subcommands, deeply. */
  static void forEach(CommandLine command, Consumer<CommandLine> action) {
    action.accept(command);
    command.getSubcommands().values().forEach(sub -> forEach(sub, action));
  }

  /**
   * Returns the synopsis of {@code command}: its name, {@code [COMMAND]} if it has subcommands, its
   * required options with their values, {@code [options]} and its positional parameters.
   */
  private static String synopsis(CommandLine command, ResourceBundle texts) {
    CommandSpec spec = command.getCommandSpec();
    StringBuilder b = new StringBuilder(spec.qualifiedName());
    if (!spec.subcommands().isEmpty()) {
      b.append(' ').append(texts.getString("cli.synopsis.command"));
    }
    for (OptionSpec o : spec.options()) {
      if (o.required()) {
        b.append(' ').append(o.longestName()).append(' ').append(o.paramLabel());
      }
    }
    b.append(' ').append(texts.getString("cli.synopsis.options"));
    for (PositionalParamSpec p : spec.positionalParameters()) {
      String label = p.paramLabel() + (p.isMultiValue() ? "..." : "");
      b.append(' ').append(p.arity().min() > 0 ? label : "[" + label + "]");
    }
    return b.toString();
  }

  /** Returns the heading of the examples, or nothing for a command without examples. */
  private static String examplesHeading(Help help) {
    return help.commandSpec().usageMessage().footer().length == 0 ? "" : help.footerHeading();
  }

  /**
   * Lists the options of a command: its own, then those every command takes ({@code --lang}, {@code
   * --no-color}, {@code --help}, {@code --version}); for {@code rubric} itself, only the latter.
   */
  private static String options(Help help) {
    CommandSpec spec = help.commandSpec();
    boolean root = spec.parent() == null;
    return help.optionListExcludingGroups(
        spec.options().stream()
            .filter(o -> !root || rank(o) > 0)
            .sorted(Comparator.comparingInt(HelpLayout::rank))
            .toList(),
        help.createDefaultLayout(),
        null,
        help.parameterLabelRenderer());
  }

  /** Returns 0 for a command's own option, 1 for an inherited one, 2 for help and version. */
  private static int rank(OptionSpec option) {
    if (option.usageHelp() || option.versionHelp()) {
      return 2;
    }
    return option.scopeType() == ScopeType.INHERIT ? 1 : 0;
  }

  private static Help help(CommandSpec spec, Help.ColorScheme colors) {
    return new Help(spec, colors) {
      private final IParamLabelRenderer labels = new SpacedLabels(super.parameterLabelRenderer());

      @Override
      public IParamLabelRenderer parameterLabelRenderer() {
        return labels;
      }
    };
  }

  /** Shows an option's value after a space, {@code --format FORMAT}, rather than {@code =}. */
  private record SpacedLabels(IParamLabelRenderer labels) implements IParamLabelRenderer {
    @Override
    public Text renderParameterLabel(ArgSpec arg, Ansi ansi, List<IStyle> styles) {
      Text label = labels.renderParameterLabel(arg, ansi, styles);
      String separator = labels.separator();
      return arg.isOption() && label.plainString().startsWith(separator)
          ? ansi.new Text(" ").concat(label.substring(separator.length()))
          : label;
    }

    @Override
    public String separator() {
      return " ";
    }
  }
}
