package dev.rubric.benchmarks;

import dev.rubric.cohort.Ranking;
import dev.rubric.cohort.RankingAccumulator;
import dev.rubric.core.Decimal;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Measures whether a large cohort streams through evaluation and ranking in a small heap, and how
 * the time per unit changes with the cohort's size: 10,000, 100,000 and 1,000,000 synthetic units,
 * each cohort streamed through {@link CompiledCatalog#evaluateAll(Iterable,
 * java.util.function.Consumer)} into rubric-cohort's {@link RankingAccumulator}, then {@link
 * RankingAccumulator#ranking()}: the path {@code rubric rank} takes. The targets (issue 11): the
 * 1,000,000-unit cohort completes with {@code -Xmx256m}, and its time per unit is within 20% of the
 * 10,000-unit cohort's.
 *
 * <p><b>Data.</b> {@link SampleData#lazyCohort SampleData.lazyCohort(n, 2025)}: the units of {@link
 * SampleData#cohort}, each built from its seed when the engine's iterator reaches it and dropped
 * after its batch, so no cohort is ever held; the catalog is the sample {@code cchc-xa-2022.rubric}
 * (it has no {@code best(…)}, so each cohort is read once). Building a unit happens on the calling
 * thread between batches and is included in the times; its cost alone is printed too.
 *
 * <p><b>Method.</b> One JVM: compile the catalog; warm up by streaming 100,000 units of another
 * seed (four runs of 25,000; the evaluator reaches its steady state after some 50,000 evaluations);
 * then, per size, smallest first, {@code runs} runs (5 for 10,000, 3 for 100,000, 1 for 1,000,000:
 * {@code max(1, min(5, 300,000 / n))}), each after a full collection, timing the call to {@code
 * evaluateAll} and {@code ranking()} together with {@link System#nanoTime()}. Per size it prints
 * the median run's figures: total ms, µs per unit (wall time on all cores divided by units), the
 * spread of the runs, bytes allocated per unit by all threads (HotSpot's per-thread counters; this
 * includes building the units), the collections during the run and their pause time, the peak heap
 * ({@link Heap#peakMb}: the sum of the heap pools' peaks, an upper bound that can exceed {@code
 * -Xmx}), and what the finished ranking and accumulator keep (heap in use after full collections
 * with them held, minus before the run). The engine holds one batch of units at a time, but the
 * accumulator keeps a summary of every unit until {@code ranking()}, so that last column, divided
 * by {@code n}, is what decides whether a cohort fits in the heap. Then the ratio of the largest
 * size's µs per unit to the smallest's. Every run checks that the ranking has {@code n} rows and
 * that repeated runs of one size rank the same unit first.
 *
 * <p><b>Why not JMH.</b> Each measurement here is one call of seconds to a minute whose result is
 * checked, so the dangers JMH guards against (dead code, loop hoisting, timer granularity) do not
 * arise. What matters is that all sizes are measured in one equally warm JVM with the same heap:
 * JMH forks a JVM per {@code @Param} value, so the 10,000-unit case would either be measured cold
 * (single shot, mostly JIT warm-up, and the ratio would measure warm-up rather than scaling) or
 * need warm-up iterations that, for the 1,000,000-unit case, cost another full run each. On the
 * 2-core reference machine, shared with other work, this main took four to seven and a half
 * minutes, most of it in the 1,000,000-unit cohort (a cohort that runs out of memory takes longest:
 * G1 first runs full collections back to back).
 *
 * <p><b>Run</b> (from the repository root, after {@code mvn -B -ntp -pl benchmarks -am package
 * -DskipTests}, or as {@code bash benchmarks/run.sh scale}):
 *
 * <pre>{@code
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.rubric.benchmarks.StreamingScale
 * }</pre>
 *
 * <p>Arguments, both optional: the sizes, comma-separated ({@code 10000,100000,1000000}); the mode,
 * {@code rank} (the default, the measurement above) or {@code evaluate}, a control that counts the
 * scorecards and drops them, ranking nothing, to tell the engine's streaming from what the ranking
 * keeps (e.g. {@code java -Xmx256m -cp … StreamingScale 10000,1000000 evaluate}). Cohorts of
 * 200,000 units or more log their progress (time, heap in use, collections) to standard error every
 * 100,000 units. A cohort that runs out of memory is reported in the table as not completed, with
 * the number of units handed over by then, and the program exits with status 1.
 */
public final class StreamingScale {
  /** The seed of the measured cohorts. */
  static final long SEED = 2025;

  private static final long WARM_UP_SEED = 7;
  private static final int WARM_UP_RUNS = 4;
  private static final int WARM_UP_UNITS = 25_000;

  /** Units of the run that times building units alone. */
  private static final int GENERATION_UNITS = 100_000;

  private StreamingScale() {}

  /** Runs the measurement; see the class comment. Exits with status 1 if a cohort failed. */
  public static void main(String[] args) {
    List<Integer> sizes = new ArrayList<>();
    for (String s : (args.length == 0 ? "10000,100000,1000000" : args[0]).split(",", -1)) {
      sizes.add(Integer.parseInt(s.strip()));
    }
    boolean rank = args.length < 2 || args[1].equals("rank");
    if (!rank && !args[1].equals("evaluate")) {
      throw new IllegalArgumentException("mode: expected rank or evaluate but found " + args[1]);
    }
    System.out.println(Jvm.describe());
    System.out.println(
        rank
            ? "mode rank: scorecards into a RankingAccumulator, then ranking()"
            : "mode evaluate (a control): scorecards counted and dropped, nothing ranked");
    if (Heap.maxMb() > 300) {
      System.out.println("note: the target is for -Xmx256m; this JVM has more heap");
    }
    CompiledCatalog catalog = SampleData.compileSample();
    long start = System.nanoTime();
    for (int i = 0; i < WARM_UP_RUNS; i++) {
      Run r =
          run(catalog, SampleData.lazyCohort(WARM_UP_UNITS, WARM_UP_SEED + i), WARM_UP_UNITS, rank);
      if (r.failure != null) {
        throw new IllegalStateException("the warm-up failed: " + r.failure);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "warm-up: %,d units in %.1f s%n",
        WARM_UP_RUNS * WARM_UP_UNITS,
        (System.nanoTime() - start) / 1e9);
    System.out.printf(
        Locale.ROOT,
        "building a unit alone (calling thread, included below): %.2f µs%n",
        generationMicros());

    System.out.println();
    System.out.println(
        "| Units | Runs | Total ms (median) | µs/unit | Runs' spread ms | Alloc/unit"
            + " | GC pauses | GC pause ms | Peak heap MiB | Kept after the run MiB |");
    System.out.println("|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|");
    List<Run> medians = new ArrayList<>();
    boolean failed = false;
    for (int n : sizes) {
      int runs = Math.max(1, Math.min(5, 300_000 / n));
      List<Run> results = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        Run r = run(catalog, SampleData.lazyCohort(n, SEED), n, rank);
        System.err.printf(
            Locale.ROOT,
            "  %,d units, run %d: %,d ms; GC %s; %s%n",
            n,
            i + 1,
            r.nanos / 1_000_000,
            r.gcDetail,
            r.failure == null ? "first " + r.first : r.failure);
        if (r.failure != null) {
          System.out.printf(
              Locale.ROOT,
              "| %,d | %d | did not complete: %s | | | %.1f KiB | %d | %,d | %d | |%n",
              n,
              i + 1,
              r.failure,
              r.allocated / 1024.0 / Math.max(1, r.reached),
              r.gcCount,
              r.gcMillis,
              r.peakMb);
          failed = true;
          break;
        }
        if (!results.isEmpty() && !results.get(0).first.equals(r.first)) {
          throw new IllegalStateException(
              "runs of " + n + " units ranked " + results.get(0).first + " and " + r.first);
        }
        results.add(r);
      }
      if (results.size() < runs) {
        continue;
      }
      List<Run> sorted = new ArrayList<>(results);
      sorted.sort(Comparator.comparingLong(Run::nanos));
      Run m = sorted.get(sorted.size() / 2);
      medians.add(m);
      System.out.printf(
          Locale.ROOT,
          "| %,d | %d | %,d | %.1f | %s | %.1f KiB | %d | %,d | %d | %.1f |%n",
          n,
          runs,
          m.nanos / 1_000_000,
          m.nanos / 1e3 / n,
          runs == 1
              ? ""
              : String.format(
                  Locale.ROOT,
                  "%,d–%,d",
                  sorted.get(0).nanos / 1_000_000,
                  sorted.get(runs - 1).nanos / 1_000_000),
          m.allocated / 1024.0 / n,
          m.gcCount,
          m.gcMillis,
          m.peakMb,
          m.keptBytes / (1024.0 * 1024));
      System.out.flush();
    }
    System.out.println();
    if (medians.size() > 1) {
      Run small = medians.get(0);
      Run large = medians.get(medians.size() - 1);
      double ratio = ((double) large.nanos / large.units) / ((double) small.nanos / small.units);
      System.out.printf(
          Locale.ROOT,
          "time per unit, %,d vs %,d units: %.2f (target ≤ 1.20: %s)%n",
          large.units,
          small.units,
          ratio,
          ratio <= 1.2 ? "met" : "not met");
      System.out.printf(
          Locale.ROOT,
          "kept after the run per unit at %,d units: %.0f bytes%n",
          large.units,
          (double) large.keptBytes / large.units);
    }
    if (failed) {
      System.out.println("a cohort did not complete; see the table");
      System.exit(1);
    }
  }

  /**
   * Streams {@code cohort} ({@code n} units) into a ranking accumulator and ranks it ({@code
   * rank}), or only counts the scorecards, timing that and reading the counters around it. An
   * {@code OutOfMemoryError} is caught and reported as the run's failure, with the number of units
   * handed over by then; the accumulator is garbage afterwards, so the JVM can go on. Cohorts of
   * 200,000 units or more log their progress to standard error every 100,000 units.
   */
  private static Run run(
      CompiledCatalog catalog, Iterable<EvidenceFile> cohort, int n, boolean rank) {
    long usedBefore = Jvm.usedAfterGc();
    Heap.resetPeak();
    Jvm.Gc gcBefore = Jvm.Gc.now();
    Map<Long, Long> allocBefore = Jvm.allocatedByThread();
    long t0 = System.nanoTime();
    Sink sink = rank ? new RankSink(catalog) : new CountSink();
    Consumer<Scorecard> consumer = n < 200_000 ? sink : progress(sink, t0, gcBefore, 100_000);
    String first;
    try {
      catalog.evaluateAll(cohort, consumer);
      first = sink.finish(n);
    } catch (OutOfMemoryError e) {
      long nanos = System.nanoTime() - t0;
      int reached = sink.size();
      Jvm.Gc gcAfter = Jvm.Gc.now();
      return new Run(
          n,
          nanos,
          Jvm.allocatedBetween(allocBefore, Jvm.allocatedByThread()),
          gcAfter.countSince(gcBefore),
          gcAfter.millisSince(gcBefore),
          gcAfter.detailSince(gcBefore),
          Heap.peakMb(),
          0,
          "",
          String.format(
              Locale.ROOT,
              "OutOfMemoryError (%s) after %,d units were handed over, at %.1f s",
              e.getMessage(),
              reached,
              nanos / 1e9),
          reached);
    }
    long nanos = System.nanoTime() - t0;
    long allocated = Jvm.allocatedBetween(allocBefore, Jvm.allocatedByThread());
    Jvm.Gc gcAfter = Jvm.Gc.now();
    long peakMb = Heap.peakMb();
    long kept;
    try {
      kept = Jvm.usedAfterGc() - usedBefore;
    } finally {
      Reference.reachabilityFence(sink);
    }
    return new Run(
        n,
        nanos,
        allocated,
        gcAfter.countSince(gcBefore),
        gcAfter.millisSince(gcBefore),
        gcAfter.detailSince(gcBefore),
        peakMb,
        kept,
        first,
        null,
        n);
  }

  /** Where a run's scorecards go. */
  private interface Sink extends Consumer<Scorecard> {
    /** Returns the number of scorecards accepted. */
    int size();

    /**
     * Ends the run, checks that {@code n} scorecards came, and returns the code and rounded index
     * of the unit ranked first (or the best one), for the check that runs agree.
     */
    String finish(int n);
  }

  /**
   * The path measured: rubric-cohort's accumulator, then its ranking, which this keeps (with the
   * accumulator) so that the heap they hold is measured after the run.
   */
  private static final class RankSink implements Sink {
    private final RankingAccumulator accumulator;
    private @Nullable Ranking ranking;

    RankSink(CompiledCatalog catalog) {
      accumulator = new RankingAccumulator(catalog.catalog());
    }

    @Override
    public void accept(Scorecard card) {
      accumulator.accept(card);
    }

    @Override
    public int size() {
      Ranking r = ranking;
      return r != null ? r.rows().size() : accumulator.size();
    }

    @Override
    public String finish(int n) {
      Ranking r = accumulator.ranking();
      ranking = r;
      if (r.rows().size() != n) {
        throw new IllegalStateException(
            "ranked " + r.rows().size() + " units where " + n + " were streamed");
      }
      Ranking.Summary top = r.rows().get(0).summary();
      return top.unitCode() + " " + top.indexRounded();
    }
  }

  /** The control: counts the scorecards and remembers the best index, nothing else. */
  private static final class CountSink implements Sink {
    private int size;
    private String best = "";
    private @Nullable Decimal bestIndex;

    @Override
    public void accept(Scorecard card) {
      size++;
      Decimal index = card.indexRounded();
      if (bestIndex == null || index.compareTo(bestIndex) > 0) {
        bestIndex = index;
        best = card.unitCode();
      }
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public String finish(int n) {
      if (size != n) {
        throw new IllegalStateException("counted " + size + " units where " + n + " were streamed");
      }
      return best + " " + bestIndex;
    }
  }

  /**
   * Returns {@code sink} with a line to standard error every {@code every} scorecards: the time
   * since {@code t0}, the heap in use and the collections since {@code gcBefore}.
   */
  private static Consumer<Scorecard> progress(Sink sink, long t0, Jvm.Gc gcBefore, int every) {
    return card -> {
      sink.accept(card);
      if (sink.size() % every == 0) {
        Jvm.Gc now = Jvm.Gc.now();
        System.err.printf(
            Locale.ROOT,
            "    %,d units handed over at %.1f s; heap in use %d MiB; GC since start %s%n",
            sink.size(),
            (System.nanoTime() - t0) / 1e9,
            ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20,
            now.detailSince(gcBefore));
      }
    };
  }

  /** Returns the time to build one unit of a lazy cohort, in µs, from a run of 100,000. */
  private static double generationMicros() {
    Jvm.usedAfterGc();
    long t0 = System.nanoTime();
    int count = 0;
    for (EvidenceFile f : SampleData.lazyCohort(GENERATION_UNITS, SEED)) {
      count += f.unit().code().length() > 0 ? 1 : 0;
    }
    long nanos = System.nanoTime() - t0;
    if (count != GENERATION_UNITS) {
      throw new IllegalStateException("built " + count + " units");
    }
    return nanos / 1e3 / GENERATION_UNITS;
  }

  /**
   * One timed run: its size, time, allocation, collections, peak heap, what it kept, the unit
   * ranked first; for a run that failed, why ({@code failure}, else null) and how many units had
   * been ranked ({@code reached}).
   */
  private record Run(
      int units,
      long nanos,
      long allocated,
      long gcCount,
      long gcMillis,
      String gcDetail,
      long peakMb,
      long keptBytes,
      String first,
      @Nullable String failure,
      int reached) {}
}
