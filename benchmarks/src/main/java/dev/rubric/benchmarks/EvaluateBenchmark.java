package dev.rubric.benchmarks;

import dev.rubric.core.Language;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures evaluating one unit against the sample catalog, on one thread, for the engine and its
 * peers on the same rules and data.
 *
 * <ul>
 *   <li>{@link #rubric}: {@code CompiledCatalog.evaluate}, the full {@code Scorecard}: every node's
 *       points and status, findings with their messages (typed values, not yet worded) and
 *       recommendations, channel totals, index, band. Explanations are available but not made: each
 *       is replayed when first read.
 *   <li>{@link #rubricRendered}: the same, then every explanation and every finding message
 *       rendered in Vietnamese and English, as a host that shows or stores everything pays.
 *   <li>{@link #handWritten}: {@link HandWritten}, the catalog's rules written directly in Java
 *       with exact {@code BigDecimal} arithmetic, computing only the index: the floor.
 *   <li>{@link #cel}: {@link CelPeer}, the catalog's conditions as compiled CEL programs (cel-java
 *       0.14.0, standard runtime) over a per-unit activation map, with the points added in Java.
 * </ul>
 *
 * <p>Data: 10,000 distinct synthetic commune-level units ({@link SampleData#cohort}: evidence for
 * all 49 inputs, about 3% of items missing, a sixth without a one-stop shop, a fifth without a
 * survey), visited round-robin so that no benchmark sees the same unit twice in a row and no cache
 * can hold every unit. {@code @Setup} checks that both peers give every unit the engine's index.
 * Targets: the engine within 2× of {@link #handWritten} and at least 2× faster than {@link #cel}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EvaluateBenchmark -f 1 -wi 6 -w 1s -i 3
 * -r 1s -prof gc} ({@code gc.alloc.rate.norm} is the allocation per unit).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx512m"})
@State(Scope.Thread)
public class EvaluateBenchmark {
  static final int UNITS = 10_000;

  private CompiledCatalog catalog;
  private HandWritten hand;
  private CelPeer cel;
  private EvidenceFile[] units;
  private int next;

  @Setup
  public void setUp() {
    catalog = SampleData.compileSample();
    hand = new HandWritten();
    cel = new CelPeer();
    List<EvidenceFile> cohort = SampleData.cohort(UNITS, 2022);
    Agreement.check(catalog, hand, cel, cohort);
    units = cohort.toArray(new EvidenceFile[0]);
  }

  private EvidenceFile nextUnit() {
    EvidenceFile f = units[next];
    next = next + 1 == units.length ? 0 : next + 1;
    return f;
  }

  /** Evaluates one unit with the engine: a full scorecard whose explanations are made when read. */
  @Benchmark
  public Scorecard rubric() {
    return catalog.evaluate(nextUnit());
  }

  /**
   * Evaluates one unit with the engine, then renders every node's explanation and every finding's
   * message in both languages; returns the number of characters rendered.
   */
  @Benchmark
  public int rubricRendered() {
    Scorecard card = catalog.evaluate(nextUnit());
    int chars = 0;
    for (Language lang : Language.values()) {
      for (NodeResult top : card.nodes()) {
        for (NodeResult n : top.flatten()) {
          chars += n.explanation().render(lang).length();
        }
      }
      for (Finding f : card.findings()) {
        chars += f.message().in(lang).length();
      }
    }
    return chars;
  }

  /** Scores one unit with the hand-written rules: the index only. */
  @Benchmark
  public PeerIndex.PeerResult handWritten() {
    return hand.score(nextUnit());
  }

  /** Scores one unit with CEL conditions and Java arithmetic: the index only. */
  @Benchmark
  public PeerIndex.PeerResult cel() {
    return cel.score(nextUnit());
  }
}
