package dev.rubric.benchmarks;

import dev.rubric.cohort.robust.RankRobustness;
import dev.rubric.cohort.robust.RobustnessAccumulator;
import dev.rubric.cohort.robust.RobustnessOptions;
import dev.rubric.dsl.CompiledCatalog;
import java.util.concurrent.TimeUnit;
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
 * Measures the rank-robustness analysis of {@code rubric rank --robustness}: 10,000 units × 1,000
 * Monte Carlo runs of ±20% weights (seed 1) on 2 threads, with the leave-one-area-out ranks and the
 * one-at-a-time influence of each of the sample catalog's 9 areas (90 more rankings).
 *
 * <p>What is timed is {@link RobustnessAccumulator#analyse}: the units are evaluated once, in the
 * trial's setup, streamed into the accumulator (evaluating 10,000 units is {@link
 * CohortBenchmark}'s); each run recomputes every unit's index exactly from its kept integer terms,
 * ranks the units and counts band changes, then every unit's ranks are sorted for the percentiles.
 * Data: {@link SampleData#cohort} of {@code units} synthetic units. {@code -Xmx1g}: the runs' ranks
 * take 4 bytes per unit and run (40 MB here).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RobustnessBenchmark -f 1 -wi 2 -i 3}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Benchmark)
public class RobustnessBenchmark {
  @Param({"10000"})
  int units;

  @Param({"1000"})
  int runs;

  @Param({"2"})
  int threads;

  RobustnessAccumulator accumulator;

  @Setup(Level.Trial)
  public void setUp() {
    CompiledCatalog catalog = SampleData.compileSample();
    accumulator = new RobustnessAccumulator(catalog.catalog());
    catalog.evaluateAll(SampleData.cohort(units, 2023), accumulator);
    System.gc();
  }

  /** Analyses the cohort: the runs, leave one area out, the weights' influence, percentiles. */
  @Benchmark
  public RankRobustness analyse() {
    return accumulator.analyse(RobustnessOptions.defaults().withRuns(runs), threads);
  }
}
