package dev.rubric.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a property fails: carries the minimal counterexample found by shrinking, the original
 * one, and the seed that reproduces the run. Its message reads:
 *
 * <pre>
 * Property failed after 1 try (seed 1234567, shrunk in 13 steps)
 *   minimal counterexample: 1001
 *   original counterexample: 596025
 *   cause: java.lang.AssertionError:
 *     Expecting actual:
 *       1001
 *     to be less than or equal to:
 *       1000
 *   rerun with: -Drubric.seed=1234567</pre>
 *
 * <p>The header counts the tries up to the failing one and the successful shrinks, and adds
 * "stopped at the shrink limit" when shrinking ran out of budget before reaching a local minimum.
 * Continuation lines of a multi-line cause are indented.
 *
 * <p>Strings in the message are quoted, and values longer than a few hundred characters are cut.
 * For properties of two values ({@link Properties#forAll(Gen, Gen)}) the message shows the pair as
 * {@code (a, b)} and {@link #original()} and {@link #shrunk()} return a two-element list. The
 * counterexamples are not serialised with the exception; its message is.
 */
public final class PropertyFailure extends AssertionError {

  private static final long serialVersionUID = 1L;

  /** The seed of the run. */
  private final long seed;

  /** The number of tries made, counting the failing one. */
  private final int tries;

  private final transient @Nullable Object original;
  private final transient @Nullable Object shrunk;

  /** The number of successful shrinks. */
  private final int shrinkSteps;

  PropertyFailure(
      String message,
      long seed,
      int tries,
      @Nullable Object original,
      @Nullable Object shrunk,
      int shrinkSteps,
      Throwable cause) {
    super(message, cause);
    this.seed = seed;
    this.tries = tries;
    this.original = original;
    this.shrunk = shrunk;
    this.shrinkSteps = shrinkSteps;
  }

  /**
   * Returns the seed of the run; {@code -Drubric.seed=<seed>} or {@code .seed(seed)} replays it.
   *
   * @return the run seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the number of tries made, counting the failing one.
   *
   * @return the 1-based index of the failing try
   */
  public int tries() {
    return tries;
  }

  /**
   * Returns the first failing value, as generated.
   *
   * @return the original counterexample, or a list of both values for two-value properties
   */
  public @Nullable Object original() {
    return original;
  }

  /**
   * Returns the minimal failing value found by shrinking.
   *
   * @return the shrunk counterexample, or a list of both values for two-value properties
   */
  public @Nullable Object shrunk() {
    return shrunk;
  }

  /**
   * Returns the number of successful shrinks from the original to the minimal value.
   *
   * @return the number of shrink steps
   */
  public int shrinkSteps() {
    return shrinkSteps;
  }

  /**
   * Returns what the property threw for the minimal value; the same as {@link #getCause()}.
   *
   * @return the failure of the minimal counterexample
   */
  public Throwable cause() {
    return Objects.requireNonNull(getCause(), "constructed with a cause");
  }

  /** Renders the message described in the class documentation. */
  static String message(
      long seed,
      int tries,
      String original,
      String shrunk,
      int shrinkSteps,
      boolean limitReached,
      Throwable cause) {
    StringBuilder out = new StringBuilder();
    out.append("Property failed after ")
        .append(tries)
        .append(tries == 1 ? " try" : " tries")
        .append(" (seed ")
        .append(seed)
        .append(", shrunk in ")
        .append(shrinkSteps)
        .append(shrinkSteps == 1 ? " step" : " steps")
        .append(limitReached ? ", stopped at the shrink limit" : "")
        .append(")\n");
    out.append("  minimal counterexample: ").append(shrunk).append('\n');
    out.append("  original counterexample: ").append(original).append('\n');
    out.append("  cause: ").append(String.join("\n    ", lines(cause.toString()))).append('\n');
    out.append("  rerun with: -D").append(Seeds.SEED_PROPERTY).append('=').append(seed);
    return out.toString();
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\\R", -1)) {
      lines.add(line.stripTrailing());
    }
    while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }
}
