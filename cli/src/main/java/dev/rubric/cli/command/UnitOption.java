package dev.rubric.cli.command;

import dev.rubric.core.waiver.Waivers;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The option {@code --unit} of {@code evaluate} and {@code explain}. A picocli mixin. */
final class UnitOption {

  @Option(names = "--unit", paramLabel = "CODE", descriptionKey = "unit")
  private @Nullable String code;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  /**
   * Returns the scorecard of the unit chosen with {@code --unit}, or of the only unit of {@code
   * loaded}; see {@link Loaded#evaluate}.
   */
  Evaluated evaluate(Loaded loaded) {
    return loaded.evaluate(Optional.ofNullable(code), command);
  }

  /** Returns the same with {@code waivers} applied, when present; see {@link Loaded#evaluate}. */
  Evaluated evaluate(Loaded loaded, Optional<Waivers> waivers) {
    return loaded.evaluate(Optional.ofNullable(code), command, waivers);
  }
}
