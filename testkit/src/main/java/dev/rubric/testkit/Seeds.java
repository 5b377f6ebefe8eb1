package dev.rubric.testkit;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Seeds of property runs: derivation per try, and the {@code rubric.*} system properties. */
final class Seeds {

  /** System property that fixes the seed of every property run that does not set its own. */
  static final String SEED_PROPERTY = "rubric.seed";

  /** System property that overrides the default number of tries. */
  static final String TRIES_PROPERTY = "rubric.tries";

  private Seeds() {}

  /**
   * Returns the seed of try {@code index} (0-based) of a run seeded with {@code seed}. Tries are
   * independent: replaying try {@code i} needs only the run seed and {@code i}.
   */
  static long forTry(long seed, int index) {
    return mix(seed + (index + 1L) * 0x9E3779B97F4A7C15L);
  }

  /** Returns a fresh non-negative seed. */
  static long fresh() {
    return ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
  }

  /** Returns the seed from {@code rubric.seed}, or {@code null} if the property is not set. */
  static @Nullable Long seedFromSystemProperty() {
    return read(SEED_PROPERTY, "an integer such as 1234567", Long::valueOf, Long.MIN_VALUE);
  }

  /** Returns the number of tries from {@code rubric.tries}, or {@code null} if it is not set. */
  static @Nullable Integer triesFromSystemProperty() {
    return read(TRIES_PROPERTY, "a positive integer", Integer::valueOf, 1);
  }

  private static <N extends Number> @Nullable N read(
      String property, String expected, Function<String, N> parse, long minimum) {
    String text = System.getProperty(property);
    if (text == null || text.isBlank()) {
      return null;
    }
    N value;
    try {
      value = parse.apply(text.strip());
    } catch (NumberFormatException e) {
      throw invalid(property, expected, text, e);
    }
    if (value.longValue() < minimum) {
      throw invalid(property, expected, text, null);
    }
    return value;
  }

  private static IllegalArgumentException invalid(
      String property, String expected, String text, @Nullable Throwable cause) {
    return new IllegalArgumentException(
        "system property " + property + ": expected " + expected + " but found '" + text + "'",
        cause);
  }

  /** Applies the SplitMix64 finaliser (Steele, Lea and Flood, OOPSLA 2014). */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
