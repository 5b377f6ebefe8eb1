package dev.rubric.cohort.robust;

import dev.rubric.cohort.internal.Cards;
import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Band;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.IndexFormula;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Collects what a robustness analysis needs of each evaluated unit, then analyses the ranking: an
 * uncertainty analysis by Monte Carlo over the areas' weights, leave-one-area-out ranks, and the
 * influence of each area's weight (see {@link RankRobustness}).
 *
 * <p>It is a {@code Consumer<Scorecard>}, so it takes a streamed evaluation's scorecards directly;
 * each unit is evaluated once. Of each scorecard it keeps only the unit's codes and name, its
 * rounded index and, per perturbed area, the exact terms its index is made of, as integers: the
 * index of every run is then recomputed from those numbers, never from the evidence.
 *
 * <pre>{@code
 * RobustnessAccumulator robustness = new RobustnessAccumulator(compiled.catalog());
 * compiled.evaluateAll(cohort, robustness);
 * RankRobustness analysis = robustness.analyse(RobustnessOptions.defaults());
 * }</pre>
 *
 * <p><b>The index as a function of the weights.</b> With {@code qᵢ} the factor of area i's weight
 * (1 nominally), every supported formula is a ratio of two sums:
 *
 * <ul>
 *   <li>percent of the applicable maximum: {@code 100 × (Σ qᵢ·earnedᵢ + bonus − penalty) / Σ
 *       qᵢ·applicableᵢ}, clamped to 0–100 when the catalog says so;
 *   <li>weighted: {@code scale × Σ qᵢ·wᵢ·shareᵢ / Σ qᵢ·wᵢ} over the weighted areas that apply, with
 *       the share of an area as the engine computes it (nested weights included);
 *   <li>sum of points: {@code Σ qᵢ·earnedᵢ + bonus − penalty}.
 * </ul>
 *
 * Bonus and penalty items are not perturbed. Leaving area j out sets {@code qⱼ = 0}: the ratio
 * formulas renormalise over the remaining areas; the sum simply loses the area's points. The XCCDF
 * models are not supported. Each index is rounded as the catalog says and ranked with ties sharing
 * a rank, so the nominal ranks are those of the published ranking; every scorecard is checked when
 * it is accepted: the terms must give back its rounded index, else it is refused (e.g. a catalog
 * whose survey channel was dropped for a unit, or whose areas round their points).
 *
 * <p><b>Exact and deterministic.</b> Factors are per-mille integers, the terms are integers (the
 * unit's exact fractions times a common denominator), and the sums are computed in {@code long}
 * with overflow checks, in {@code BigInteger} when they would overflow: every index and so every
 * rank is exact. The runs' factors are drawn in order from one {@link SplittableRandom} of the
 * options' seed before any run starts, and each run's ranks depend only on its factors, so the
 * result is the same for any number of threads.
 *
 * <p>Not thread-safe: accept scorecards from one thread at a time.
 */
public final class RobustnessAccumulator implements Consumer<Scorecard> {

  /** The factor of a nominal weight, in per mille. */
  static final int NOMINAL = 1000;

  /** How many values the one-at-a-time influence gives each weight. */
  static final int INFLUENCE_STEPS = 10;

  private final Catalog catalog;
  private final IndexFormula formula;
  private final List<Node> areas;

  /** Where each perturbed area is among the catalog's top-level nodes, and so a scorecard's. */
  private final int[] positions;

  private final List<Node> extras;
  private final int k;
  private final int decimals;
  private final RoundingMode mode;

  /** The index's multiplier: its scale (100 or 1) times 10^decimals. */
  private final long multiplier;

  private final boolean clamp;
  private final long emptyKey;
  private final long[] bandFrom;
  private final long[] bandTo;

  private final List<Unit> units = new ArrayList<>();

  /** The catalog hash of the first scorecard accepted. */
  private @Nullable String catalogHash;

  /**
   * Starts an empty analysis of units of {@code catalog}.
   *
   * @throws IllegalArgumentException if the catalog's index formula is an XCCDF model, or it has no
   *     area to perturb
   */
  public RobustnessAccumulator(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.formula = catalog.index();
    if (formula instanceof IndexFormula.Xccdf) {
      throw new IllegalArgumentException(
          "index: expected a formula robustness can perturb (percent, weighted or sum) but found"
              + " xccdf");
    }
    List<Node> perturbed = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < catalog.nodes().size(); i++) {
      Node n = catalog.nodes().get(i);
      if (!(formula instanceof IndexFormula.WeightedSum w) || weight(w, n).isPresent()) {
        perturbed.add(n);
        at.add(i);
      }
    }
    if (perturbed.isEmpty()) {
      throw new IllegalArgumentException(
          "areas: expected at least one area whose weight enters the index but found none");
    }
    this.areas = List.copyOf(perturbed);
    this.positions = new int[perturbed.size()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = at.get(i);
    }
    List<Node> bonusAndPenalties = new ArrayList<>(catalog.bonus());
    bonusAndPenalties.addAll(catalog.penalties());
    this.extras = List.copyOf(bonusAndPenalties);
    this.k = areas.size();
    this.decimals = catalog.rounding().decimals();
    this.mode = catalog.rounding().mode();
    boolean hundred =
        formula instanceof IndexFormula.PercentOfApplicableMax
            || (formula instanceof IndexFormula.WeightedSum w
                && w.scale() == IndexFormula.Scale.PERCENT);
    this.multiplier = (hundred ? 100L : 1L) * BigInteger.TEN.pow(decimals).longValueExact();
    this.clamp = formula instanceof IndexFormula.PercentOfApplicableMax p && p.clamp();
    this.emptyKey = key(formula.empty().round(decimals, mode));
    List<Band> bands = catalog.bands();
    this.bandFrom = new long[bands.size()];
    this.bandTo = new long[bands.size()];
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      bandFrom[i] = b.from().map(this::ceilingKey).orElse(Long.MIN_VALUE);
      bandTo[i] = b.to().map(this::ceilingKey).orElse(Long.MAX_VALUE);
    }
  }

  private static Optional<Decimal> weight(IndexFormula.WeightedSum w, Node n) {
    return w.weightOf(n.code()).or(n::weight);
  }

  /** The rounded index {@code d} as an integer: d × 10^decimals. */
  private long key(Decimal d) {
    return d.toBigDecimal()
        .movePointRight(decimals)
        .setScale(0, RoundingMode.UNNECESSARY)
        .longValueExact();
  }

  /** The least key whose index is at least {@code d}. */
  private long ceilingKey(Decimal d) {
    BigDecimal k = d.toBigDecimal().movePointRight(decimals).setScale(0, RoundingMode.CEILING);
    return k.max(BigDecimal.valueOf(Long.MIN_VALUE / 2))
        .min(BigDecimal.valueOf(Long.MAX_VALUE / 2))
        .longValueExact();
  }

  /**
   * Adds a unit's scorecard.
   *
   * @throws IllegalArgumentException if {@code card} lacks a top-level node of the catalog, or the
   *     terms of its index do not give back its rounded index; nothing is added then
   */
  @Override
  public void accept(Scorecard card) {
    Objects.requireNonNull(card, "card");
    Fraction[] a = new Fraction[k];
    Fraction[] b = new Fraction[k];
    boolean[] applies = new boolean[k];
    Fraction c = Fraction.ZERO;
    Fraction d = Fraction.ZERO;
    for (int i = 0; i < k; i++) {
      Node n = areas.get(i);
      NodeResult r = Cards.node(card, positions[i], n.code());
      Fraction earned = Fraction.of(r.earned());
      Fraction applicable = Fraction.of(r.applicableMax());
      if (formula instanceof IndexFormula.WeightedSum w) {
        Fraction weight = Fraction.of(weight(w, n).orElseThrow());
        @Nullable Fraction share = share(n, r);
        applies[i] = share != null;
        a[i] = share == null ? Fraction.ZERO : weight.times(share);
        b[i] = share == null ? Fraction.ZERO : weight;
      } else {
        applies[i] = r.applicableMax().signum() > 0;
        a[i] = earned;
        b[i] = formula instanceof IndexFormula.PointsSum ? Fraction.ZERO : applicable;
      }
    }
    if (!(formula instanceof IndexFormula.WeightedSum)) {
      for (Node n : extras) {
        c = c.plus(Fraction.of(Cards.node(card, -1, n.code()).earned()));
      }
      if (formula instanceof IndexFormula.PointsSum) {
        d = Fraction.ONE;
      }
    }
    BigInteger common = d.denominator().multiply(c.denominator());
    for (int i = 0; i < k; i++) {
      common = lcm(lcm(common, a[i].denominator()), b[i].denominator());
    }
    common = lcm(common, c.denominator());
    BigInteger[] bigA = new BigInteger[k];
    BigInteger[] bigB = new BigInteger[k];
    for (int i = 0; i < k; i++) {
      bigA[i] = a[i].scaledBy(common);
      bigB[i] = b[i].scaledBy(common);
    }
    Unit u =
        new Unit(
            card.unitCode(),
            card.unitName(),
            card.periodId(),
            card.indexRounded(),
            card.band(),
            bigA,
            bigB,
            c.scaledBy(common),
            d.scaledBy(common),
            applies);
    int[] nominal = new int[k];
    Arrays.fill(nominal, NOMINAL);
    long computed = key(u, nominal);
    long published = key(card.indexRounded().round(decimals, mode));
    if (computed != published) {
      throw new IllegalArgumentException(
          "unit '"
              + card.unitCode()
              + "': expected its index to follow from its areas' points as the formula "
              + formulaName()
              + " says, for a robustness analysis, but the areas give "
              + BigDecimal.valueOf(computed, decimals).toPlainString()
              + " and the scorecard "
              + card.indexRounded()
              + " (a dropped channel or rounded areas change the index)");
    }
    if (catalogHash == null) {
      catalogHash = card.catalogHash();
    }
    units.add(u);
  }

  private String formulaName() {
    if (formula instanceof IndexFormula.WeightedSum) {
      return "weighted";
    }
    return formula instanceof IndexFormula.PointsSum ? "sum" : "percent";
  }

  /** Returns the number of scorecards accepted. */
  public int size() {
    return units.size();
  }

  /** Returns the areas whose weights the analysis perturbs, in catalog order. */
  public List<Node> areas() {
    return areas;
  }

  /**
   * Checks that {@code options} fit this analysis: every area given its own spread is one whose
   * weight it perturbs ({@link #areas()}). {@link #analyse} checks the same; a host calls this
   * first to refuse bad options before it evaluates a cohort.
   *
   * @throws UnknownAreaException for the first area code, in code order, that is no perturbed area
   */
  public void check(RobustnessOptions options) {
    List<String> codes = areas.stream().map(Node::code).toList();
    for (String code : options.areaSpreads().keySet()) {
      if (!codes.contains(code)) {
        throw new UnknownAreaException(code, codes);
      }
    }
  }

  /** Analyses the units accepted so far, on as many threads as the machine has processors. */
  public RankRobustness analyse(RobustnessOptions options) {
    return analyse(options, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Analyses the units accepted so far, running the Monte Carlo runs on {@code threads} threads;
   * the result does not depend on {@code threads}.
   *
   * @throws UnknownAreaException if an area spread of the options names no perturbed area
   * @throws IllegalArgumentException if no unit was accepted or {@code threads} is below 1
   */
  public RankRobustness analyse(RobustnessOptions options, int threads) {
    Objects.requireNonNull(options, "options");
    if (threads < 1) {
      throw new IllegalArgumentException(
          "threads: expected at least 1 thread but found " + threads);
    }
    if (units.isEmpty()) {
      throw new IllegalArgumentException("units: expected at least one unit but found none");
    }
    check(options);
    String hash = Objects.requireNonNull(catalogHash, "catalogHash");
    Kernel kernel = new Kernel(List.copyOf(units));
    int n = units.size();
    int[] spreads = new int[k];
    for (int i = 0; i < k; i++) {
      spreads[i] = options.spreadOf(areas.get(i).code());
    }

    int[] nominalFactors = new int[k];
    Arrays.fill(nominalFactors, NOMINAL);
    long[] nominalKeys = new long[n];
    int[] nominalRanks = new int[n];
    kernel.rank(nominalFactors, nominalKeys, nominalRanks, new long[n]);
    int[] nominalBands = new int[n];
    for (int u = 0; u < n; u++) {
      nominalBands[u] = band(nominalKeys[u]);
    }

    // the runs' factors, drawn in order before any run
    int runs = options.runs();
    int[][] factors = new int[runs][k];
    SplittableRandom random = new SplittableRandom(options.seed());
    for (int r = 0; r < runs; r++) {
      for (int i = 0; i < k; i++) {
        factors[r][i] = NOMINAL + random.nextInt(-spreads[i], spreads[i] + 1);
      }
    }
    int[][] ranks = new int[runs][];
    int[] bandChanges = runAll(kernel, factors, ranks, nominalBands, threads);

    // leave one area out
    int[][] leaveOut = new int[k][n];
    long[] scratchKeys = new long[n];
    long[] sorted = new long[n];
    for (int j = 0; j < k; j++) {
      int[] q = nominalFactors.clone();
      q[j] = 0;
      kernel.rank(q, scratchKeys, leaveOut[j], sorted);
    }

    // one weight at a time
    List<AreaInfluence> influences = new ArrayList<>();
    int[] oatRanks = new int[n];
    for (int j = 0; j < k; j++) {
      long rankShift = 0;
      long keyShift = 0;
      int maxShift = 0;
      for (int t = -INFLUENCE_STEPS / 2; t <= INFLUENCE_STEPS / 2; t++) {
        if (t == 0) {
          continue;
        }
        int[] q = nominalFactors.clone();
        q[j] = NOMINAL + t * spreads[j] / (INFLUENCE_STEPS / 2);
        kernel.rank(q, scratchKeys, oatRanks, sorted);
        for (int u = 0; u < n; u++) {
          int shift = Math.abs(oatRanks[u] - nominalRanks[u]);
          rankShift += shift;
          maxShift = Math.max(maxShift, shift);
          keyShift += Math.abs(scratchKeys[u] - nominalKeys[u]);
        }
      }
      Node area = areas.get(j);
      influences.add(
          new AreaInfluence(
              area.code(),
              area.title(),
              formula instanceof IndexFormula.WeightedSum w
                  ? weight(w, area).orElseThrow()
                  : area.max(),
              spreads[j],
              (long) n * INFLUENCE_STEPS,
              rankShift,
              maxShift,
              Decimal.of(BigDecimal.valueOf(keyShift, decimals))));
    }

    // per unit: percentiles of its ranks
    Integer[] order = new Integer[n];
    for (int u = 0; u < n; u++) {
      order[u] = u;
    }
    Arrays.sort(
        order,
        (x, y) -> {
          int byRank = Integer.compare(nominalRanks[x], nominalRanks[y]);
          if (byRank != 0) {
            return byRank;
          }
          int byCode = units.get(x).code().compareTo(units.get(y).code());
          if (byCode != 0) {
            return byCode;
          }
          int byPeriod = units.get(x).period().compareTo(units.get(y).period());
          return byPeriod != 0 ? byPeriod : Integer.compare(x, y);
        });
    List<UnitRobustness> results = new ArrayList<>(n);
    int[] column = new int[runs];
    for (int u : order) {
      for (int r = 0; r < runs; r++) {
        column[r] = ranks[r][u];
      }
      Arrays.sort(column);
      int low = column[nearestRank(5, runs)];
      int median = column[nearestRank(50, runs)];
      int high = column[nearestRank(95, runs)];
      List<Integer> loo = new ArrayList<>(k);
      for (int j = 0; j < k; j++) {
        loo.add(leaveOut[j][u]);
      }
      Unit unit = units.get(u);
      boolean stable = high - low <= options.stableWidth() && 20L * bandChanges[u] < runs;
      results.add(
          new UnitRobustness(
              unit.code(),
              unit.name(),
              unit.period(),
              unit.indexRounded(),
              unit.band(),
              nominalRanks[u],
              median,
              low,
              high,
              bandChanges[u],
              runs,
              stable,
              loo));
    }
    return new RankRobustness(catalog, hash, options, influences, results);
  }

  /**
   * Returns the 0-based position of the nearest-rank {@code p}th percentile of {@code n} values.
   */
  static int nearestRank(int p, int n) {
    long position = ((long) p * n + 99) / 100;
    return (int) Math.max(1, position) - 1;
  }

  private int[] runAll(
      Kernel kernel, int[][] factors, int[][] ranks, int[] nominalBands, int threads) {
    int n = nominalBands.length;
    int runs = factors.length;
    int workers = Math.min(threads, runs);
    int[][] changes = new int[workers][n];
    if (workers == 1) {
      runSome(kernel, factors, ranks, nominalBands, changes[0], 0, 1);
      return changes[0];
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        int first = w;
        done.add(
            pool.submit(
                () ->
                    runSome(kernel, factors, ranks, nominalBands, changes[first], first, workers)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("robustness: interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("robustness: a run failed", cause);
    } finally {
      pool.shutdownNow();
    }
    int[] total = new int[n];
    for (int[] c : changes) {
      for (int u = 0; u < n; u++) {
        total[u] += c[u];
      }
    }
    return total;
  }

  /** Runs {@code first}, {@code first + step}, … and counts band changes into {@code changes}. */
  private void runSome(
      Kernel kernel,
      int[][] factors,
      int[][] ranks,
      int[] nominalBands,
      int[] changes,
      int first,
      int step) {
    int n = nominalBands.length;
    long[] keys = new long[n];
    long[] sorted = new long[n];
    for (int r = first; r < factors.length; r += step) {
      int[] rank = new int[n];
      kernel.rank(factors[r], keys, rank, sorted);
      ranks[r] = rank;
      for (int u = 0; u < n; u++) {
        if (band(keys[u]) != nominalBands[u]) {
          changes[u]++;
        }
      }
    }
  }

  /** Returns the first band containing the index of {@code key}, or -1. */
  private int band(long key) {
    for (int i = 0; i < bandFrom.length; i++) {
      if (key >= bandFrom[i] && key < bandTo[i]) {
        return i;
      }
    }
    return -1;
  }

  /** Returns a unit's rounded-index key for the factors {@code q}. */
  private long key(Unit u, int[] q) {
    return new Kernel(List.of(u)).key(0, q);
  }

  /** The units' terms in flat arrays, and the arithmetic of an index and of a ranking. */
  private final class Kernel {
    private final int n;
    private final long[] a;
    private final long[] b;
    private final long[] c;
    private final long[] d;
    private final boolean[] applies;
    private final boolean[] fits;

    /**
     * The terms of the units that do not fit a {@code long}, split as {@code hi·2^48 + lo} with
     * {@code 0 ≤ lo < 2^48}, for units whose terms have at most {@value #SPLIT_BITS} bits.
     */
    private final long[] aHi;

    private final long[] aLo;
    private final long[] bHi;
    private final long[] bLo;
    private final long[] cHi;
    private final long[] cLo;
    private final long[] dHi;
    private final long[] dLo;
    private final boolean[] split;
    private final List<Unit> units;

    Kernel(List<Unit> units) {
      this.units = units;
      this.n = units.size();
      this.a = new long[n * k];
      this.b = new long[n * k];
      this.c = new long[n];
      this.d = new long[n];
      this.applies = new boolean[n * k];
      this.fits = new boolean[n];
      this.aHi = new long[n * k];
      this.aLo = new long[n * k];
      this.bHi = new long[n * k];
      this.bLo = new long[n * k];
      this.cHi = new long[n];
      this.cLo = new long[n];
      this.dHi = new long[n];
      this.dLo = new long[n];
      this.split = new boolean[n];
      for (int u = 0; u < n; u++) {
        Unit unit = units.get(u);
        boolean f = fitsLong(unit.c()) && fitsLong(unit.d());
        for (int i = 0; i < k; i++) {
          f &= fitsLong(unit.a()[i]) && fitsLong(unit.b()[i]);
          applies[u * k + i] = unit.applies()[i];
        }
        fits[u] = f;
        if (f) {
          for (int i = 0; i < k; i++) {
            a[u * k + i] = unit.a()[i].longValue();
            b[u * k + i] = unit.b()[i].longValue();
          }
          c[u] = unit.c().longValue();
          d[u] = unit.d().longValue();
        } else if (k <= MAX_SPLIT_AREAS && splits(unit)) {
          split[u] = true;
          for (int i = 0; i < k; i++) {
            aHi[u * k + i] = unit.a()[i].shiftRight(LOW_BITS).longValueExact();
            aLo[u * k + i] = low(unit.a()[i]);
            bHi[u * k + i] = unit.b()[i].shiftRight(LOW_BITS).longValueExact();
            bLo[u * k + i] = low(unit.b()[i]);
          }
          cHi[u] = unit.c().shiftRight(LOW_BITS).longValueExact();
          cLo[u] = low(unit.c());
          dHi[u] = unit.d().shiftRight(LOW_BITS).longValueExact();
          dLo[u] = low(unit.d());
        }
      }
    }

    private boolean splits(Unit unit) {
      boolean f = unit.c().bitLength() <= SPLIT_BITS && unit.d().bitLength() <= SPLIT_BITS;
      for (int i = 0; i < k; i++) {
        f &= unit.a()[i].bitLength() <= SPLIT_BITS && unit.b()[i].bitLength() <= SPLIT_BITS;
      }
      return f;
    }

    /** Fills {@code keys} and the competition {@code ranks} of every unit for the factors. */
    void rank(int[] q, long[] keys, int[] ranks, long[] sorted) {
      for (int u = 0; u < n; u++) {
        keys[u] = key(u, q);
      }
      System.arraycopy(keys, 0, sorted, 0, n);
      Arrays.sort(sorted, 0, n);
      for (int u = 0; u < n; u++) {
        // 1 + the number of keys above this one
        ranks[u] = 1 + n - upperBound(sorted, n, keys[u]);
      }
    }

    long key(int u, int[] q) {
      if (fits[u]) {
        try {
          return fastKey(u, q);
        } catch (ArithmeticException overflow) {
          // exact below, in BigInteger
        }
      }
      if (split[u]) {
        return splitKey(u, q);
      }
      return bigKey(units.get(u), q);
    }

    /**
     * The key from the split terms: the low and high halves are summed in {@code long}s, which
     * cannot overflow (at most {@value #MAX_SPLIT_AREAS} + 1 terms of less than 2^59 each, and high
     * halves below 2^40 times factors below 2^11), then joined once into a {@code BigInteger}.
     */
    private long splitKey(int u, int[] q) {
      long numHi = cHi[u] * NOMINAL;
      long numLo = cLo[u] * NOMINAL;
      long denHi = dHi[u] * NOMINAL;
      long denLo = dLo[u] * NOMINAL;
      boolean any = false;
      int base = u * k;
      for (int i = 0; i < k; i++) {
        long f = q[i];
        if (f == 0) {
          continue;
        }
        any |= applies[base + i];
        numHi += f * aHi[base + i];
        numLo += f * aLo[base + i];
        denHi += f * bHi[base + i];
        denLo += f * bLo[base + i];
      }
      if (!any) {
        return emptyKey;
      }
      return finish(join(numHi, numLo), join(denHi, denLo));
    }

    private long fastKey(int u, int[] q) {
      long num = Math.multiplyExact(c[u], NOMINAL);
      long den = Math.multiplyExact(d[u], NOMINAL);
      boolean any = false;
      int base = u * k;
      for (int i = 0; i < k; i++) {
        int f = q[i];
        if (f == 0) {
          continue;
        }
        any |= applies[base + i];
        num = Math.addExact(num, Math.multiplyExact(a[base + i], f));
        den = Math.addExact(den, Math.multiplyExact(b[base + i], f));
      }
      if (!any || den == 0) {
        return emptyKey;
      }
      if (clamp) {
        if (num < 0) {
          return 0;
        }
        if (num > den) {
          return multiplier;
        }
      }
      return divide(Math.multiplyExact(num, multiplier), den, mode);
    }

    private long bigKey(Unit u, int[] q) {
      BigInteger num = u.c().multiply(BigInteger.valueOf(NOMINAL));
      BigInteger den = u.d().multiply(BigInteger.valueOf(NOMINAL));
      boolean any = false;
      for (int i = 0; i < k; i++) {
        if (q[i] == 0) {
          continue;
        }
        any |= u.applies()[i];
        BigInteger f = BigInteger.valueOf(q[i]);
        num = num.add(u.a()[i].multiply(f));
        den = den.add(u.b()[i].multiply(f));
      }
      if (!any) {
        return emptyKey;
      }
      return finish(num, den);
    }

    /** The rounded key of the index {@code multiplier × num / den}, clamped when the formula is. */
    private long finish(BigInteger num, BigInteger den) {
      if (den.signum() == 0) {
        return emptyKey;
      }
      if (clamp) {
        if (num.signum() < 0) {
          return 0;
        }
        if (num.compareTo(den) > 0) {
          return multiplier;
        }
      }
      return divide(num.multiply(BigInteger.valueOf(multiplier)), den, mode);
    }
  }

  /** Returns the number of {@code sorted[0..n)} at most {@code key}. */
  private static int upperBound(long[] sorted, int n, long key) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The bits of the low half of a split term. */
  private static final int LOW_BITS = 48;

  private static final long LOW_MASK = (1L << LOW_BITS) - 1;

  /** The most bits of a term kept split: the high half then has at most 40 bits. */
  private static final int SPLIT_BITS = 88;

  /** The most areas of a catalog whose terms are kept split, so that the sums cannot overflow. */
  private static final int MAX_SPLIT_AREAS = 14;

  private static long low(BigInteger v) {
    return v.and(BigInteger.valueOf(LOW_MASK)).longValue();
  }

  private static BigInteger join(long hi, long lo) {
    return BigInteger.valueOf(hi).shiftLeft(LOW_BITS).add(BigInteger.valueOf(lo));
  }

  /** Returns {@code num / den} rounded to an integer by {@code mode}. */
  static long divide(BigInteger num, BigInteger den, RoundingMode mode) {
    if (num.bitLength() < 63 && den.bitLength() < 63) {
      return divide(num.longValue(), den.longValue(), mode);
    }
    if (den.signum() < 0) {
      return divide(num.negate(), den.negate(), mode);
    }
    BigInteger[] qr = num.divideAndRemainder(den);
    BigInteger q = qr[0];
    BigInteger r = qr[1];
    if (r.signum() < 0) {
      q = q.subtract(BigInteger.ONE);
      r = r.add(den);
    }
    if (r.signum() == 0) {
      return q.longValueExact();
    }
    boolean positive = num.signum() > 0;
    int half = r.shiftLeft(1).compareTo(den);
    boolean up = roundsUp(mode, positive, half, q.testBit(0));
    return (up ? q.add(BigInteger.ONE) : q).longValueExact();
  }

  private static boolean roundsUp(RoundingMode mode, boolean positive, int half, boolean odd) {
    return switch (mode) {
      case FLOOR -> false;
      case CEILING -> true;
      case DOWN -> !positive;
      case UP -> positive;
      case HALF_UP -> half > 0 || (half == 0 && positive);
      case HALF_DOWN -> half > 0 || (half == 0 && !positive);
      case HALF_EVEN -> half > 0 || (half == 0 && odd);
      case UNNECESSARY -> throw new ArithmeticException("rounding necessary");
    };
  }

  private static boolean fitsLong(BigInteger v) {
    return v.bitLength() < 63;
  }

  /** Returns {@code num / den} rounded to an integer by {@code mode}; {@code den} is positive. */
  static long divide(long num, long den, RoundingMode mode) {
    if (den < 0) {
      return divide(Math.negateExact(num), Math.negateExact(den), mode);
    }
    long q = Math.floorDiv(num, den);
    long r = num - q * den; // 0 ≤ r < den
    if (r == 0) {
      return q;
    }
    boolean positive = num > 0;
    int half = Long.compare(r, den - r); // the fraction against one half
    boolean up = roundsUp(mode, positive, half, (q & 1) != 0);
    return up ? q + 1 : q;
  }

  /**
   * Returns a node's share from 0 to 1 as the engine computes it, or null when it does not count:
   * the weighted mean of its weighted children's shares when some child carries a weight, else its
   * earned / applicable maximum limited to [0, 1].
   */
  private static @Nullable Fraction share(Node n, NodeResult r) {
    if (r.applicableMax().signum() == 0) {
      return null;
    }
    boolean composite = false;
    for (Node c : n.children()) {
      composite |= c.weight().isPresent();
    }
    if (!composite || r.children().size() != n.children().size()) {
      return Fraction.of(r.earned()).dividedBy(Fraction.of(r.applicableMax())).clampToUnit();
    }
    Fraction sum = Fraction.ZERO;
    Fraction weights = Fraction.ZERO;
    for (int i = 0; i < n.children().size(); i++) {
      Node c = n.children().get(i);
      if (c.weight().isEmpty()) {
        continue;
      }
      @Nullable Fraction v = share(c, r.children().get(i));
      if (v != null) {
        Fraction w = Fraction.of(c.weight().get());
        sum = sum.plus(w.times(v));
        weights = weights.plus(w);
      }
    }
    return weights.signum() == 0 ? null : sum.dividedBy(weights);
  }

  private static BigInteger lcm(BigInteger x, BigInteger y) {
    return x.divide(x.gcd(y)).multiply(y);
  }

  /** What the analysis keeps of one unit: who it is, and its index's integer terms. */
  private static final class Unit {
    private final String code;
    private final String name;
    private final String period;
    private final Decimal indexRounded;
    private final Optional<LocalizedText> band;
    private final BigInteger[] a;
    private final BigInteger[] b;
    private final BigInteger c;
    private final BigInteger d;
    private final boolean[] applies;

    Unit(
        String code,
        String name,
        String period,
        Decimal indexRounded,
        Optional<LocalizedText> band,
        BigInteger[] a,
        BigInteger[] b,
        BigInteger c,
        BigInteger d,
        boolean[] applies) {
      this.code = code;
      this.name = name;
      this.period = period;
      this.indexRounded = indexRounded;
      this.band = band;
      this.a = a;
      this.b = b;
      this.c = c;
      this.d = d;
      this.applies = applies;
    }

    String code() {
      return code;
    }

    String name() {
      return name;
    }

    String period() {
      return period;
    }

    Decimal indexRounded() {
      return indexRounded;
    }

    Optional<LocalizedText> band() {
      return band;
    }

    BigInteger[] a() {
      return a;
    }

    BigInteger[] b() {
      return b;
    }

    BigInteger c() {
      return c;
    }

    BigInteger d() {
      return d;
    }

    boolean[] applies() {
      return applies;
    }
  }
}
