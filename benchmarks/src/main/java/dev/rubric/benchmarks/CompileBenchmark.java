package dev.rubric.benchmarks;

import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.dsl.Compilation;
import dev.rubric.dsl.Rubric;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures compiling catalog text into a {@code CompiledCatalog}: lexing, parsing, checking (names,
 * types, tier order, maxima, bands), lowering to the evaluation plan, canonical printing and the
 * content hash; everything {@link Rubric#compile(SourceText)} does.
 *
 * <p>Data: {@link #sample} compiles the bundled sample catalog ({@code cchc-xa-2022.rubric}: 49
 * inputs, 8 areas, 40 leaf criteria, bonus, penalty, bands). {@link #generated} compiles text from
 * {@link CatalogGenerator} with {@code size} criteria in areas of ten, each with its own inputs and
 * the sample's mix of rule kinds (about 320 characters of text per criterion). The target is
 * compiling 500 criteria in under 50 ms.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CompileBenchmark -f 1 -wi 6 -w 1s -i 3
 * -r 1s -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx512m"})
public class CompileBenchmark {

  /** The sample catalog's text. */
  @State(Scope.Benchmark)
  public static class Sample {
    SourceText source;

    @Setup
    public void setUp() {
      source = SampleData.sampleSource();
      if (Rubric.standard().compile(source).hasErrors()) {
        throw new IllegalStateException("bug: the sample catalog does not compile");
      }
    }
  }

  /** A generated catalog of {@code size} criteria. */
  @State(Scope.Benchmark)
  public static class Generated {
    @Param({"100", "500", "2000"})
    int size;

    SourceText source;

    @Setup
    public void setUp() {
      source = SourceText.of("gen-" + size + ".rubric", CatalogGenerator.generate(size));
      Compilation c = Rubric.standard().compile(source);
      if (c.hasErrors()
          || c.orElseThrow().catalog().nodes().stream().mapToInt(n -> n.children().size()).sum()
              != size) {
        throw new IllegalStateException(
            "bug: the generated catalog of " + size + " criteria does not compile\n" + c.render());
      }
    }
  }

  /** Compiles the sample catalog. */
  @Benchmark
  public Compilation sample(Sample s) {
    return Rubric.standard().compile(s.source);
  }

  /** Compiles a generated catalog of {@code size} criteria. */
  @Benchmark
  public Compilation generated(Generated g) {
    return Rubric.standard().compile(g.source);
  }
}
