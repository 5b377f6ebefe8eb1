package dev.rubric.cli.cli;

import dev.rubric.core.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a command accepts: its options, its positional arguments, and the text of its help.
 *
 * @param name the command's name, e.g. {@code evaluate}
 * @param summary one line for the command list
 * @param description a paragraph for the command's help
 * @param options the options, including those common to every command
 * @param operands the positional arguments, if the command takes any
 * @param examples example command lines, without the leading {@code rubric}
 */
public record CommandSpec(
    String name,
    LocalizedText summary,
    LocalizedText description,
    List<Option> options,
    Optional<Operands> operands,
    List<String> examples) {

  /**
   * Positional arguments.
   *
   * @param label the placeholder in help, e.g. {@code CATALOG}
   * @param min the fewest the command needs
   * @param help what they are
   */
  public record Operands(String label, int min, LocalizedText help) {}

  /** Validates and copies the components. */
  public CommandSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(description, "description");
    options = List.copyOf(options);
    Objects.requireNonNull(operands, "operands");
    examples = List.copyOf(examples);
  }

  /** Returns the option named {@code name} (long or short), if the command has it. */
  public Optional<Option> option(String name) {
    return options.stream()
        .filter(o -> o.name().equals(name) || o.shortName().equals(Optional.of(name)))
        .findFirst();
  }
}
