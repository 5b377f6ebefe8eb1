package dev.rubric.benchmarks;

import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
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
 * Measures how the cost of evaluating and ranking a cohort grows with its size: the work of {@link
 * CohortBenchmark#rubric} for 1,000, 10,000 and 100,000 units. Time per unit is the score divided
 * by {@code units}; it should stay flat. Allocation per unit is {@code gc.alloc.rate.norm} divided
 * by {@code units}.
 *
 * <p>Data: {@link SampleData#cohort} of {@code units} units, built once per trial. 100,000 units
 * hold about 600 MiB of evidence objects and every scorecard is kept until ranked, so the JVM gets
 * {@code -Xmx4g}; each iteration's peak heap is the secondary result {@code peakHeapMiB} ({@link
 * HeapCounters}).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ScalingBenchmark -f 1 -wi 6 -w 1s -i 3
 * -r 1s -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
@State(Scope.Benchmark)
public class ScalingBenchmark {
  @Param({"1000", "10000", "100000"})
  int units;

  CompiledCatalog catalog;
  List<EvidenceFile> cohort;

  @Setup(Level.Trial)
  public void setUp() {
    catalog = SampleData.compileSample();
    cohort = SampleData.cohort(units, 2024);
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
}
