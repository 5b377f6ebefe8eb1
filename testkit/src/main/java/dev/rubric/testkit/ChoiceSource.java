package dev.rubric.testkit;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The sequence of choices that generators draw from while building one value, and the record of the
 * choices they made.
 *
 * <p>Every primitive draw is a non-negative {@code long} in {@code [0, max]}. In random mode the
 * choice comes from a seeded {@link SplittableRandom}; in replay mode it is read from a recorded
 * sequence, clamped to {@code max}, and a sequence that has run out yields 0. Generators map
 * smaller choices to simpler values, so a choice sequence that is smaller in shortlex order replays
 * to a simpler value. That is the contract the {@link Shrinker} relies on.
 *
 * <p>Not thread-safe: one source builds one value on one thread.
 */
final class ChoiceSource {

  /** Maximum number of choices one value may draw; guards against unbounded generators. */
  static final int MAX_CHOICES = 100_000;

  private final @Nullable SplittableRandom random;
  private final long[] prefix;
  private long[] recorded = new long[16];
  private int size;

  private ChoiceSource(@Nullable SplittableRandom random, long[] prefix) {
    this.random = random;
    this.prefix = prefix;
  }

  /** Returns a source that draws fresh choices from a random generator seeded with {@code seed}. */
  static ChoiceSource random(long seed) {
    return new ChoiceSource(new SplittableRandom(seed), new long[0]);
  }

  /** Returns a source that replays {@code choices} and then yields 0. */
  static ChoiceSource replay(long[] choices) {
    return new ChoiceSource(null, choices);
  }

  /** Returns a choice in {@code [0, max]}, uniformly distributed in random mode. */
  long choose(long max) {
    return next(max, random == null ? 0 : uniform(random, max));
  }

  /**
   * Returns a choice in {@code [0, max]} that, in random mode, favours 0, {@code max} and small
   * magnitudes over a uniform spread, so that boundaries and small numbers appear often even in
   * huge ranges.
   */
  long chooseMagnitude(long max) {
    if (random == null) {
      return next(max, 0);
    }
    int kind = random.nextInt(16);
    long value;
    if (kind == 0) {
      value = 0;
    } else if (kind == 1) {
      value = max;
    } else if (kind <= 3) {
      value = uniform(random, Math.min(max, 16));
    } else if (kind <= 7) {
      int bits = random.nextInt(64);
      long limit = bits == 63 ? Long.MAX_VALUE : (1L << bits) - 1;
      value = uniform(random, Math.min(max, limit));
    } else {
      value = uniform(random, max);
    }
    return next(max, value);
  }

  /** Returns {@code true} (choice 1) with probability {@code probability} in random mode. */
  boolean chooseBoolean(double probability) {
    return next(1, random == null ? 0 : random.nextDouble() < probability ? 1 : 0) == 1;
  }

  /**
   * Returns the choices made so far, in order, without trailing zeros: a replay reads 0 past the
   * end of its sequence, so both forms replay identically and the shorter one is canonical.
   */
  long[] choices() {
    int end = size;
    while (end > 0 && recorded[end - 1] == 0) {
      end--;
    }
    return Arrays.copyOf(recorded, end);
  }

  private long next(long max, long sampled) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative: " + max);
    }
    if (size >= MAX_CHOICES) {
      throw new Overrun();
    }
    long value;
    if (random != null) {
      value = sampled;
    } else if (size < prefix.length) {
      value = Math.max(0, Math.min(prefix[size], max));
    } else {
      value = 0;
    }
    if (size == recorded.length) {
      recorded = Arrays.copyOf(recorded, size * 2);
    }
    recorded[size++] = value;
    return value;
  }

  private static long uniform(SplittableRandom random, long max) {
    return max == Long.MAX_VALUE ? random.nextLong() & Long.MAX_VALUE : random.nextLong(max + 1);
  }

  /** Thrown when one value needs more than {@link #MAX_CHOICES} choices. */
  static final class Overrun extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Overrun() {
      super(
          "a generator drew more than "
              + MAX_CHOICES
              + " random choices for one value; bound its sizes or its recursion",
          null,
          false,
          false);
    }
  }
}
