package dev.rubric.benchmarks;

import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures the heap one scorecard keeps alive, the figure that decides how many scorecards a
 * program can hold (the target of issue 11: at most 3 KiB), and the bytes allocated to evaluate one
 * unit.
 *
 * <p><b>What "kept" means.</b> The marginal bytes of a scorecard: heap in use after full
 * collections while holding {@code n} scorecards, minus heap in use before they were made, divided
 * by {@code n}. What every scorecard shares with the compiled catalog (its strings, and the
 * memoised results the evaluator keeps in its bounded per-node tables) is in both readings and so
 * not counted; what a scorecard shares only with its own unit's evidence (its code and name) is
 * counted, since the units are dropped as soon as they are evaluated, as when evaluating a stream.
 * The array holding the scorecards is allocated before the first reading.
 *
 * <p><b>Data.</b> {@link SampleData#unit SampleData.unit(i, seed)} for {@code i} below {@code n}
 * (20,000 unless given), evaluated one at a time on the calling thread with {@link
 * CompiledCatalog#evaluate(EvidenceFile)}; catalog {@code cchc-xa-2022.rubric}.
 *
 * <p><b>Method.</b> One JVM: compile the catalog and warm up by evaluating 60,000 units of another
 * seed (JIT, and the evaluator's memo tables, which reach their steady state there); then three
 * rounds, each with a fresh seed: the heap in use after full collections ({@link Jvm#usedAfterGc}:
 * {@link System#gc()} repeated until the reading settles), {@code n} units built and evaluated,
 * every scorecard kept in the array, the heap in use after full collections again. Per round it
 * prints the kept bytes per scorecard, and from HotSpot's per-thread allocation counter the bytes
 * allocated per unit by {@code evaluate} alone and by building the unit, and the single-thread time
 * per evaluation (indicative only: this is not a timing harness). The array is cleared between
 * rounds.
 *
 * <p><b>Run</b> (from the repository root, after {@code mvn -B -ntp -pl benchmarks -am package
 * -DskipTests}, or as {@code bash benchmarks/run.sh scale}). The heap must hold {@code n}
 * scorecards with room to spare; 1 GiB holds 20,000 of up to 25 KiB:
 *
 * <pre>{@code
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar dev.rubric.benchmarks.ScorecardFootprint [n]
 * }</pre>
 *
 * <p>Under a minute on the 2-core reference machine.
 */
public final class ScorecardFootprint {
  private static final int DEFAULT_UNITS = 20_000;
  private static final int WARM_UP_UNITS = 60_000;
  private static final long WARM_UP_SEED = 7;
  private static final int ROUNDS = 3;

  private ScorecardFootprint() {}

  /** Runs the measurement; see the class comment. */
  public static void main(String[] args) {
    int n = args.length == 0 ? DEFAULT_UNITS : Integer.parseInt(args[0]);
    System.out.println(Jvm.describe());
    CompiledCatalog catalog = SampleData.compileSample();
    long start = System.nanoTime();
    int check = 0;
    for (int i = 0; i < WARM_UP_UNITS; i++) {
      check += catalog.evaluate(SampleData.unit(i, WARM_UP_SEED)).nodes().size();
    }
    System.out.printf(
        Locale.ROOT,
        "warm-up: %,d units evaluated in %.1f s (%d nodes)%n",
        WARM_UP_UNITS,
        (System.nanoTime() - start) / 1e9,
        check);

    System.out.println();
    System.out.println(
        "| Round | Scorecards | Kept/scorecard | Alloc/unit, evaluate | Alloc/unit, building the"
            + " unit | µs/unit, evaluate (1 thread) |");
    System.out.println("|---:|---:|---:|---:|---:|---:|");
    Scorecard[] cards = new Scorecard[n];
    List<Double> kept = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      Arrays.fill(cards, null);
      long seed = StreamingScale.SEED + round;
      long before = Jvm.usedAfterGc();
      long buildBytes = 0;
      long evalBytes = 0;
      long evalNanos = 0;
      for (int i = 0; i < n; i++) {
        long a0 = Jvm.allocatedByThisThread();
        EvidenceFile file = SampleData.unit(i, seed);
        long a1 = Jvm.allocatedByThisThread();
        long t0 = System.nanoTime();
        cards[i] = catalog.evaluate(file);
        evalNanos += System.nanoTime() - t0;
        evalBytes += Jvm.allocatedByThisThread() - a1;
        buildBytes += a1 - a0;
      }
      long after;
      try {
        after = Jvm.usedAfterGc();
      } finally {
        Reference.reachabilityFence(cards);
      }
      double perCard = (double) (after - before) / n;
      kept.add(perCard);
      System.out.printf(
          Locale.ROOT,
          "| %d | %,d | %,.0f B (%.2f KiB) | %.1f KiB | %.1f KiB | %.1f |%n",
          round,
          n,
          perCard,
          perCard / 1024,
          evalBytes / 1024.0 / n,
          buildBytes / 1024.0 / n,
          evalNanos / 1e3 / n);
    }
    kept.sort(null);
    double median = kept.get(kept.size() / 2);
    System.out.printf(
        Locale.ROOT,
        "%nkept per scorecard, median of %d rounds: %.2f KiB (target ≤ 3 KiB: %s)%n",
        ROUNDS,
        median / 1024,
        median <= 3 * 1024 ? "met" : "not met");
  }
}
