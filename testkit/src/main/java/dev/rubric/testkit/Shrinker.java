package dev.rubric.testkit;

import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Minimises the choice sequence behind a failing value.
 *
 * <p>Values are never shrunk directly. Every generated value comes from a sequence of non-negative
 * choices (see {@link ChoiceSource}), and generators map smaller choices to simpler values. The
 * shrinker therefore searches for a failing choice sequence that is smaller in <em>shortlex</em>
 * order (shorter, or as long and lexicographically smaller), replays it through the unchanged
 * generator, and keeps it if the property still fails. Because the generator itself interprets
 * every candidate, shrinking works through {@code map}, {@code flatMap} and {@code filter}, and
 * every shrunk value is one the generator can produce.
 */
final class Shrinker<T> {

  /*
   * Implementation notes.
   *
   * The approach is "integrated shrinking by recording choices" as popularised by Hypothesis
   * (MacIver and Donaldson, "Test-Case Reduction via Test-Case Generation: Insights from the
   * Hypothesis Reducer", ECOOP 2020); this is an independent, much smaller implementation.
   *
   * Invariant: `best` always holds a sequence whose replay fails with the same exception class as
   * the original failure, and every accepted candidate is strictly smaller in shortlex order than
   * `best`. Shortlex is a well-order on sequences of naturals, so shrinking terminates even without
   * the step and evaluation budgets; the budgets only bound the time spent.
   *
   * A candidate is compared with `best` after replay, using the choices the replay actually made
   * without trailing zeros: a replay clamps choices that exceed a draw's bound and reads 0 once the
   * candidate runs out, so that trimmed record is the canonical form of the candidate. Trailing
   * zeros are therefore free: for "a + b <= 100" over two integers the minimum is (101, 0), whose
   * canonical sequence [101] is shorter than the [0, 101] of (0, 101).
   *
   * Passes, repeated until a full round makes no progress:
   *  1. delete chunks of 8, 4, 2 and 1 consecutive choices (removes list elements together with
   *     their "one more element?" choice, drops filter retries, shortens strings);
   *  2. zero chunks of 8, 4 and 2 choices (collapses whole sub-values at once);
   *  3. minimise each choice: try 0, then binary-search the smallest failing value below the
   *     current one, then try a few small decrements, because filters and duplicates make the
   *     failing values non-monotone (an odd-only filter fails for 101 but is invalid for 100);
   *  4. minimise duplicates: lower all occurrences of a repeated choice together (binary search as
   *     in 3), so that a failure needing two equal values, [648, 648], shrinks to [0, 0];
   *  5. redistribute: move the whole value of a choice into one of the next 8 choices, so that
   *     [51, 50] for "sum > 100" becomes [0, 101] and the 0 can then be deleted;
   *  6. swap an out-of-order pair within 8 positions (lexicographic minimisation).
   *
   * Replays of a deterministic property are deterministic, so a cache of candidates already
   * evaluated avoids repeating work within a pass and across passes.
   */

  private static final int[] CHUNK_SIZES = {8, 4, 2, 1};
  private static final int WINDOW = 8;
  private static final int EVALUATIONS_PER_STEP = 10;

  /** Replays a candidate choice sequence and reports whether the property still fails. */
  @FunctionalInterface
  interface Oracle<T> {

    /** Returns the failing counterexample replayed from {@code choices}, or null. */
    @Nullable Counterexample<T> test(long[] choices);
  }

  /** A failing value with the choices that produced it and the failure it caused. */
  static final class Counterexample<T> {
    final long[] choices;
    final T value;
    final Throwable failure;

    Counterexample(long[] choices, T value, Throwable failure) {
      this.choices = choices;
      this.value = value;
      this.failure = failure;
    }
  }

  private final Oracle<T> oracle;
  private final int maxSteps;
  private final long maxEvaluations;
  private final Set<LongBuffer> evaluated = new HashSet<>();
  private Counterexample<T> best;
  private int steps;
  private long evaluations;

  Shrinker(Oracle<T> oracle, Counterexample<T> initial, int maxSteps) {
    this.oracle = oracle;
    this.best = initial;
    this.maxSteps = maxSteps;
    this.maxEvaluations = (long) EVALUATIONS_PER_STEP * maxSteps;
  }

  /**
   * Shrinks until no pass makes progress or a budget runs out, and returns the smallest failure.
   */
  Counterexample<T> shrink() {
    boolean progress = true;
    while (progress && !exhausted()) {
      progress = deleteChunks();
      progress |= zeroChunks();
      progress |= minimiseEachChoice();
      progress |= minimiseDuplicates();
      progress |= redistribute();
      progress |= swapOutOfOrderPairs();
    }
    return best;
  }

  /** Returns the number of accepted shrinks. */
  int steps() {
    return steps;
  }

  /** Returns whether shrinking stopped because a budget ran out rather than at a local minimum. */
  boolean exhausted() {
    return steps >= maxSteps || evaluations >= maxEvaluations;
  }

  private boolean deleteChunks() {
    boolean progress = false;
    for (int size : CHUNK_SIZES) {
      int start = 0;
      while (start + size <= best.choices.length && !exhausted()) {
        long[] current = best.choices;
        long[] candidate = new long[current.length - size];
        System.arraycopy(current, 0, candidate, 0, start);
        System.arraycopy(current, start + size, candidate, start, current.length - start - size);
        if (consider(candidate)) {
          progress = true;
        } else {
          start++;
        }
      }
    }
    return progress;
  }

  private boolean zeroChunks() {
    boolean progress = false;
    for (int size : CHUNK_SIZES) {
      if (size == 1) {
        continue;
      }
      for (int start = 0; start + size <= best.choices.length && !exhausted(); start++) {
        long[] candidate = best.choices.clone();
        Arrays.fill(candidate, start, start + size, 0);
        progress |= consider(candidate);
      }
    }
    return progress;
  }

  private boolean minimiseEachChoice() {
    boolean progress = false;
    for (int i = 0; i < best.choices.length && !exhausted(); i++) {
      progress |= minimiseChoice(i);
    }
    return progress;
  }

  private boolean minimiseChoice(int index) {
    boolean progress = false;
    search:
    while (index < best.choices.length && best.choices[index] > 0 && !exhausted()) {
      if (consider(with(index, 0))) {
        progress = true;
        continue;
      }
      long failing = best.choices[index];
      long passing = 0;
      while (failing - passing > 1) {
        long middle = passing + (failing - passing) / 2;
        if (consider(with(index, middle))) {
          progress = true;
          if (index >= best.choices.length || best.choices[index] != middle) {
            continue search; // the replay changed shape; start again from the new value
          }
          failing = middle;
        } else {
          passing = middle;
        }
      }
      boolean stepped = false;
      for (long decrement = 2; decrement <= 4 && failing - decrement >= 0; decrement++) {
        if (consider(with(index, failing - decrement))) {
          progress = true;
          stepped = true;
          break;
        }
      }
      if (!stepped) {
        break;
      }
    }
    return progress;
  }

  private boolean minimiseDuplicates() {
    boolean progress = false;
    long[] values = Arrays.stream(best.choices).filter(v -> v > 0).sorted().toArray();
    for (int i = 1; i < values.length && !exhausted(); i++) {
      if (values[i] == values[i - 1] && (i == 1 || values[i] != values[i - 2])) {
        progress |= lowerTogether(values[i]);
      }
    }
    return progress;
  }

  /** Binary-searches the smallest value that can replace every occurrence of {@code value}. */
  private boolean lowerTogether(long value) {
    long[] original = best.choices;
    long failing = value;
    long passing = -1;
    while (failing - passing > 1 && !exhausted()) {
      long middle = passing + (failing - passing) / 2;
      long[] candidate = original.clone();
      for (int i = 0; i < candidate.length; i++) {
        if (candidate[i] == value) {
          candidate[i] = middle;
        }
      }
      if (consider(candidate)) {
        failing = middle;
      } else {
        passing = middle;
      }
    }
    return failing < value;
  }

  private boolean redistribute() {
    boolean progress = false;
    for (int i = 0; i < best.choices.length && !exhausted(); i++) {
      for (int j = i + 1; j <= i + WINDOW && j < best.choices.length && !exhausted(); j++) {
        long moved = best.choices[i];
        if (moved == 0) {
          break;
        }
        if (best.choices[j] > Long.MAX_VALUE - moved) {
          continue;
        }
        long[] candidate = best.choices.clone();
        candidate[i] = 0;
        candidate[j] += moved;
        progress |= consider(candidate);
      }
    }
    return progress;
  }

  private boolean swapOutOfOrderPairs() {
    boolean progress = false;
    for (int i = 0; i < best.choices.length && !exhausted(); i++) {
      for (int j = i + 1; j <= i + WINDOW && j < best.choices.length && !exhausted(); j++) {
        long[] current = best.choices;
        if (current[i] > current[j]) {
          long[] candidate = current.clone();
          candidate[i] = current[j];
          candidate[j] = current[i];
          progress |= consider(candidate);
        }
      }
    }
    return progress;
  }

  private long[] with(int index, long value) {
    long[] candidate = best.choices.clone();
    candidate[index] = value;
    return candidate;
  }

  /** Replays {@code candidate} and makes it the best if it still fails and is simpler. */
  private boolean consider(long[] candidate) {
    if (exhausted()
        || compareShortlex(candidate, best.choices) >= 0
        || !evaluated.add(LongBuffer.wrap(candidate))) {
      return false;
    }
    evaluations++;
    Counterexample<T> result = oracle.test(candidate);
    if (result == null || compareShortlex(result.choices, best.choices) >= 0) {
      return false;
    }
    best = result;
    steps++;
    return true;
  }

  /** Compares by length first, then lexicographically. */
  static int compareShortlex(long[] a, long[] b) {
    if (a.length != b.length) {
      return Integer.compare(a.length, b.length);
    }
    return Arrays.compare(a, b);
  }
}
