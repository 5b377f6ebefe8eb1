package dev.rubric.benchmarks;

import dev.rubric.cohort.RankingAccumulator;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures evaluating and ranking a cohort of 10,000 units in a 512 MiB heap, the way a province
 * publishes its index: every unit's scorecard, then the ranking by published index, highest first,
 * with ties sharing a rank ({@link Ranking}).
 *
 * <ul>
 *   <li>{@link #rubric}: {@code CompiledCatalog.evaluateAll} (parallel over the common fork-join
 *       pool, every scorecard kept, as the API returns them) and the ranking.
 *   <li>{@link #rubricStreaming}: the streaming {@code CompiledCatalog.evaluateAll(Iterable,
 *       Consumer)} into rubric-cohort's {@code RankingAccumulator}, which keeps one small summary
 *       per unit and no scorecard: the path {@code rubric rank} takes.
 *   <li>{@link #handWritten} and {@link #cel}: the peers of {@link EvaluateBenchmark} over the same
 *       units, also in a parallel stream, then the same ranking.
 * </ul>
 *
 * <p>Data: {@link SampleData#cohort} of {@code units} synthetic units (about 6 KiB of evidence
 * objects each), built once per trial; the peers' agreement with the engine is checked on the first
 * 500 units. The JVM runs with {@code -Xmx512m} on the machine's cores (2 on the reference
 * machine); the target is under 0.5 s for 10,000 units on the streaming path ({@link
 * #rubricStreaming}). Each iteration's peak heap is the secondary result {@code peakHeapMiB}
 * ({@link HeapCounters}).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CohortBenchmark -f 1 -wi 6 -w 1s -i 3
 * -r 1s -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx512m"})
@State(Scope.Benchmark)
public class CohortBenchmark {
  @Param({"10000"})
  int units;

  CompiledCatalog catalog;
  HandWritten hand;
  CelPeer cel;
  List<EvidenceFile> cohort;

  @Setup(Level.Trial)
  public void setUp() {
    catalog = SampleData.compileSample();
    hand = new HandWritten();
    cel = new CelPeer();
    cohort = SampleData.cohort(units, 2023);
    Agreement.check(catalog, hand, cel, cohort.subList(0, Math.min(500, units)));
    System.gc();
  }

  /** Evaluates every unit with the engine and ranks them. */
  @Benchmark
  public List<Ranking.Place> rubric(HeapCounters heap) {
    List<Scorecard> cards = catalog.evaluateAll(cohort);
    List<Ranking.Place> ranking =
        Ranking.rank(
            cards.stream().map(c -> c.indexRounded().toBigDecimal()).collect(Collectors.toList()));
    heap.record();
    return ranking;
  }

  /** Streams every unit through the engine into the cohort module's ranking accumulator. */
  @Benchmark
  public dev.rubric.cohort.Ranking rubricStreaming(HeapCounters heap) {
    RankingAccumulator ranking = new RankingAccumulator(catalog.catalog());
    catalog.evaluateAll(cohort, ranking);
    heap.record();
    return ranking.ranking();
  }

  /** Scores every unit with the hand-written rules and ranks them. */
  @Benchmark
  public List<Ranking.Place> handWritten(HeapCounters heap) {
    List<BigDecimal> indexes =
        cohort.parallelStream().map(f -> hand.score(f).indexRounded()).collect(Collectors.toList());
    List<Ranking.Place> ranking = Ranking.rank(indexes);
    heap.record();
    return ranking;
  }

  /** Scores every unit with CEL conditions and ranks them. */
  @Benchmark
  public List<Ranking.Place> cel(HeapCounters heap) {
    List<BigDecimal> indexes =
        cohort.parallelStream().map(f -> cel.score(f).indexRounded()).collect(Collectors.toList());
    List<Ranking.Place> ranking = Ranking.rank(indexes);
    heap.record();
    return ranking;
  }
}
