package dev.rubric.cohort.robust;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How a {@link RankRobustness} analysis perturbs the index: how many Monte Carlo runs, the seed of
 * their random numbers, how far each area's weight may move, and what counts as a stable rank.
 *
 * <p>A spread is given in per-mille steps: a spread of 200 lets an area's weight take, in each run,
 * one of the factors 0.800, 0.801, …, 1.200 of its nominal weight, each equally likely (a uniform
 * ±20% perturbation). Factors are exact decimals, so every perturbed index is exact. An area's
 * weight is its weight in a weighted index and its maximum in a percent-of-maximum or sum index
 * (its earned points move with it, so its share is unchanged). A spread of 0 keeps an area's weight
 * fixed; {@link #withAreaSpread} sets one area's spread, overriding the default spread.
 *
 * @param runs the number of Monte Carlo runs, from 1 to {@value #MAX_RUNS}
 * @param seed the seed of the runs' random numbers; the same seed gives the same analysis
 * @param spreadPerMille the default spread of every area's weight, from 0 to {@value #MAX_SPREAD}
 * @param areaSpreads spreads of particular areas, by area code; an immutable sorted copy
 * @param stableWidth the widest 5–95% rank interval ({@code high − low}) a stable unit may have
 */
public record RobustnessOptions(
    int runs, long seed, int spreadPerMille, Map<String, Integer> areaSpreads, int stableWidth) {

  /** The default number of runs. */
  public static final int DEFAULT_RUNS = 1000;

  /** The most runs an analysis makes. */
  public static final int MAX_RUNS = 1_000_000;

  /** The default spread: ±20%. */
  public static final int DEFAULT_SPREAD = 200;

  /** The largest spread: ±99.9%, so that every weight stays positive. */
  public static final int MAX_SPREAD = 999;

  /** The default seed. */
  public static final long DEFAULT_SEED = 1;

  /** The default widest interval of a stable unit, in ranks. */
  public static final int DEFAULT_STABLE_WIDTH = 2;

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if a number is out of its range
   */
  public RobustnessOptions {
    if (runs < 1 || runs > MAX_RUNS) {
      throw new IllegalArgumentException(
          "runs: expected a number of runs from 1 to " + MAX_RUNS + " but found " + runs);
    }
    checkSpread("spread", spreadPerMille);
    TreeMap<String, Integer> copy = new TreeMap<>();
    for (Map.Entry<String, Integer> e : areaSpreads.entrySet()) {
      checkSpread("spread of area '" + e.getKey() + "'", e.getValue());
      copy.put(Objects.requireNonNull(e.getKey(), "area code"), e.getValue());
    }
    areaSpreads = java.util.Collections.unmodifiableSortedMap(copy);
    if (stableWidth < 0) {
      throw new IllegalArgumentException(
          "stableWidth: expected a number of ranks of at least 0 but found " + stableWidth);
    }
  }

  private static void checkSpread(String what, int perMille) {
    if (perMille < 0 || perMille > MAX_SPREAD) {
      throw new IllegalArgumentException(
          what
              + ": expected a spread from 0 to "
              + MAX_SPREAD
              + " per mille (0% to 99.9%) but found "
              + perMille);
    }
  }

  /** Returns the defaults: 1000 runs, seed 1, every weight ±20%, stable within 2 ranks. */
  public static RobustnessOptions defaults() {
    return new RobustnessOptions(
        DEFAULT_RUNS, DEFAULT_SEED, DEFAULT_SPREAD, Map.of(), DEFAULT_STABLE_WIDTH);
  }

  /** Returns these options with {@code runs} runs. */
  public RobustnessOptions withRuns(int runs) {
    return new RobustnessOptions(runs, seed, spreadPerMille, areaSpreads, stableWidth);
  }

  /** Returns these options with the seed {@code seed}. */
  public RobustnessOptions withSeed(long seed) {
    return new RobustnessOptions(runs, seed, spreadPerMille, areaSpreads, stableWidth);
  }

  /** Returns these options with the default spread {@code perMille}. */
  public RobustnessOptions withSpread(int perMille) {
    return new RobustnessOptions(runs, seed, perMille, areaSpreads, stableWidth);
  }

  /** Returns these options with area {@code code}'s spread {@code perMille}. */
  public RobustnessOptions withAreaSpread(String code, int perMille) {
    Map<String, Integer> spreads = new TreeMap<>(areaSpreads);
    spreads.put(code, perMille);
    return new RobustnessOptions(runs, seed, spreadPerMille, spreads, stableWidth);
  }

  /** Returns these options with the widest stable interval {@code ranks}. */
  public RobustnessOptions withStableWidth(int ranks) {
    return new RobustnessOptions(runs, seed, spreadPerMille, areaSpreads, ranks);
  }

  /** Returns the spread of area {@code code}: its own, else the default. */
  public int spreadOf(String code) {
    return areaSpreads.getOrDefault(code, spreadPerMille);
  }
}
