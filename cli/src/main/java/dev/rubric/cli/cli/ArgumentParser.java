package dev.rubric.cli.cli;

import dev.rubric.core.diagnostic.Suggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses a command's arguments against its {@link CommandSpec}.
 *
 * <p>Accepted forms: {@code --name value}, {@code --name=value}, flags {@code --name}, one-letter
 * aliases such as {@code -h}, positional arguments anywhere, and {@code --} after which every
 * argument is positional. A value may not start with {@code '-'} unless it is attached with {@code
 * '='}. Every problem is a {@link UsageException} whose message says what was expected and what was
 * found, with a "did you mean" hint for misspelt option names and values.
 */
public final class ArgumentParser {
  private ArgumentParser() {}

  /**
   * Returns the parsed {@code args} of {@code spec}.
   *
   * @throws UsageException if an option is unknown, repeated, missing its value or given a value
   *     outside its choices, a required option or operand is missing, or an operand is not expected
   */
  public static Arguments parse(CommandSpec spec, List<String> args) {
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> flags = new HashSet<>();
    List<String> operands = new ArrayList<>();
    boolean onlyOperands = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (onlyOperands || arg.equals("-") || !arg.startsWith("-")) {
        operand(spec, operands, arg);
        continue;
      }
      if (arg.equals("--")) {
        onlyOperands = true;
        continue;
      }
      int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
      String name = eq < 0 ? arg : arg.substring(0, eq);
      Option option = spec.option(name).orElseThrow(() -> unknownOption(spec, name));
      if (!option.takesValue()) {
        if (eq >= 0) {
          throw usage(
              spec,
              "option '"
                  + option.name()
                  + "' takes no value but found '"
                  + arg.substring(eq + 1)
                  + "'");
        }
        flags.add(option.name());
        continue;
      }
      String value;
      if (eq >= 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.size() && !looksLikeOption(args.get(i + 1))) {
        value = args.get(++i);
      } else {
        throw usage(
            spec,
            "option '"
                + option.name()
                + "' needs a value "
                + option.valueLabel().orElseThrow()
                + (i + 1 < args.size() ? " but found '" + args.get(i + 1) + "'" : ""));
      }
      if (values.containsKey(option.name())) {
        throw usage(spec, "option '" + option.name() + "' is given more than once");
      }
      if (!option.choices().isEmpty() && !option.choices().contains(value)) {
        throw usage(
            spec,
            "option '"
                + option.name()
                + "' expects "
                + String.join(", ", option.choices())
                + " but found '"
                + value
                + "'"
                + hint(value, option.choices()));
      }
      values.put(option.name(), value);
    }
    for (Option o : spec.options()) {
      if (o.required() && !values.containsKey(o.name())) {
        throw usage(spec, "missing required option '" + o.synopsis() + "'");
      }
    }
    if (spec.operands().isPresent() && operands.size() < spec.operands().get().min()) {
      throw usage(spec, "missing argument " + spec.operands().get().label());
    }
    return new Arguments(values, flags, operands);
  }

  /**
   * Returns whether {@code args} asks for help ({@code -h} or {@code --help} before any {@code
   * --}).
   */
  public static boolean asksFor(List<String> args, String... names) {
    for (String a : args) {
      if (a.equals("--")) {
        return false;
      }
      for (String n : names) {
        if (a.equals(n)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns the value given for option {@code name} ({@code name value} or {@code name=value})
   * before any {@code --}, without checking anything else.
   */
  public static Optional<String> peek(List<String> args, String name) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--")) {
        break;
      }
      if (a.equals(name) && i + 1 < args.size()) {
        return Optional.of(args.get(i + 1));
      }
      if (a.startsWith(name + "=")) {
        return Optional.of(a.substring(name.length() + 1));
      }
    }
    return Optional.empty();
  }

  private static void operand(CommandSpec spec, List<String> operands, String arg) {
    if (spec.operands().isEmpty()) {
      throw usage(spec, "unexpected argument '" + arg + "'");
    }
    operands.add(arg);
  }

  private static boolean looksLikeOption(String arg) {
    return arg.length() > 1 && arg.startsWith("-");
  }

  private static UsageException unknownOption(CommandSpec spec, String name) {
    List<String> names = new ArrayList<>();
    spec.options().forEach(o -> names.add(o.name()));
    return usage(spec, "unknown option '" + name + "'" + hint(name, names));
  }

  private static String hint(String found, List<String> candidates) {
    return Suggestions.didYouMean(found, candidates).map(h -> "; " + h).orElse("");
  }

  private static UsageException usage(CommandSpec spec, String message) {
    return new UsageException(message, Optional.of(spec));
  }
}
