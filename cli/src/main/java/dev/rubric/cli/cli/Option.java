package dev.rubric.cli.cli;

import dev.rubric.core.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A command-line option: a flag such as {@code --no-color} or an option with a value such as {@code
 * --format html} (also written {@code --format=html}).
 *
 * @param name the long name, e.g. {@code --format}
 * @param shortName the one-letter alias, e.g. {@code -h}
 * @param valueLabel the placeholder of the value in help, e.g. {@code FILE}; empty for a flag
 * @param help what the option does
 * @param choices the allowed values; empty for any value
 * @param required whether the command needs the option
 */
public record Option(
    String name,
    Optional<String> shortName,
    Optional<String> valueLabel,
    LocalizedText help,
    List<String> choices,
    boolean required) {

  /** Validates and copies the components. */
  public Option {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shortName, "shortName");
    Objects.requireNonNull(valueLabel, "valueLabel");
    Objects.requireNonNull(help, "help");
    choices = List.copyOf(choices);
  }

  /** Returns an optional flag. */
  public static Option flag(String name, String vi, String en) {
    return new Option(
        name, Optional.empty(), Optional.empty(), LocalizedText.of(vi, en), List.of(), false);
  }

  /** Returns an optional option taking a value shown as {@code label}. */
  public static Option value(String name, String label, String vi, String en) {
    return new Option(
        name, Optional.empty(), Optional.of(label), LocalizedText.of(vi, en), List.of(), false);
  }

  /** Returns a copy that the command requires. */
  public Option asRequired() {
    return new Option(name, shortName, valueLabel, help, choices, true);
  }

  /** Returns a copy whose value must be one of {@code allowed}. */
  public Option withChoices(String... allowed) {
    return new Option(name, shortName, valueLabel, help, List.of(allowed), required);
  }

  /** Returns a copy with the one-letter alias {@code alias}, e.g. {@code -h}. */
  public Option withShortName(String alias) {
    return new Option(name, Optional.of(alias), valueLabel, help, choices, required);
  }

  /** Returns whether the option takes a value. */
  public boolean takesValue() {
    return valueLabel.isPresent();
  }

  /** Returns the option as in a usage line, e.g. {@code --catalog FILE}. */
  public String synopsis() {
    return valueLabel.map(v -> name + " " + v).orElse(name);
  }
}
