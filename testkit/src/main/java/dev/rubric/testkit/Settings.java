package dev.rubric.testkit;

import org.jspecify.annotations.Nullable;

/**
 * The configuration of a property run. A null seed or tries means "not set": the {@code rubric.*}
 * system properties or the defaults apply when the property is checked.
 */
record Settings(@Nullable Long seed, @Nullable Integer tries, int maxShrinkSteps) {

  static final int DEFAULT_TRIES = 100;
  static final int DEFAULT_MAX_SHRINK_STEPS = 1000;
  static final Settings DEFAULTS = new Settings(null, null, DEFAULT_MAX_SHRINK_STEPS);

  Settings withTries(int value) {
    if (value < 1) {
      throw new IllegalArgumentException("tries must be at least 1: " + value);
    }
    return new Settings(seed, value, maxShrinkSteps);
  }

  Settings withSeed(long value) {
    return new Settings(value, tries, maxShrinkSteps);
  }

  Settings withMaxShrinkSteps(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("maxShrinkSteps must not be negative: " + value);
    }
    return new Settings(seed, tries, value);
  }

  /** Returns the seed to use: the configured one, else {@code rubric.seed}, else a fresh one. */
  long resolveSeed() {
    if (seed != null) {
      return seed;
    }
    Long fromProperty = Seeds.seedFromSystemProperty();
    return fromProperty != null ? fromProperty : Seeds.fresh();
  }

  /** Returns the tries to make: the configured number, else {@code rubric.tries}, else 100. */
  int resolveTries() {
    if (tries != null) {
      return tries;
    }
    Integer fromProperty = Seeds.triesFromSystemProperty();
    return fromProperty != null ? fromProperty : DEFAULT_TRIES;
  }
}
