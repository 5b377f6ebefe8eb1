package dev.rubric.cli.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed command line: option values by long name, the flags given and the positional arguments.
 * Immutable.
 */
public final class Arguments {
  private final Map<String, String> values;
  private final Set<String> flags;
  private final List<String> operands;

  Arguments(Map<String, String> values, Set<String> flags, List<String> operands) {
    this.values = Map.copyOf(values);
    this.flags = Set.copyOf(flags);
    this.operands = List.copyOf(operands);
  }

  /** Returns the value of option {@code name} (its long name), if given. */
  public Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** Returns the value of option {@code name}, or {@code fallback} when it was not given. */
  public String value(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  /**
   * Returns the value of an option the command declares as required.
   *
   * @throws IllegalStateException if the option is not required by the command, so was not checked
   */
  public String required(String name) {
    String v = values.get(name);
    if (v == null) {
      throw new IllegalStateException("bug: option " + name + " is not declared as required");
    }
    return v;
  }

  /** Returns whether the flag {@code name} (its long name) was given. */
  public boolean has(String name) {
    return flags.contains(name);
  }

  /** Returns the positional arguments in order. */
  public List<String> operands() {
    return operands;
  }
}
