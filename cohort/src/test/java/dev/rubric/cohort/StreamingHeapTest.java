package dev.rubric.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Streaming a cohort through evaluation and ranking takes memory for the ranking's small rows, not
 * for the units' scorecards: a JVM of its own with a 64 MiB heap ({@value #HEAP}) ranks {@value
 * #UNITS} units that {@link StreamingHeapMain} generates one by one, for a catalog with {@code
 * best(…)}, so that the units are read twice, and exits 0.
 *
 * <p>The numbers, measured on that catalog: a scorecard took about 2.5 KiB of heap while the
 * evaluator shared node results between units, and takes more now that it shares nothing; what the
 * ranking keeps of a unit (the compact record of what its {@link Ranking.Summary} shows, and its
 * place in the order) about 50 bytes; it was about 0.5 KiB while the accumulator kept {@code
 * Summary} objects. Holding the scorecards of {@value #UNITS} units would take some 120 MiB, twice
 * the heap, and the child would die of an {@code OutOfMemoryError} (exit status 3); the ranking's
 * records take some 3 MiB. The count is chosen for the run time, not the memory: the child takes
 * about 6 s on one free core (JVM start, compiling the catalog, two passes over the units, the
 * final sort) and 10 to 15 s on two busy ones, and is given two minutes before the test fails.
 */
class StreamingHeapTest {

  private static final int UNITS = 50_000;
  private static final String HEAP = "-Xmx64m";

  @Test
  void evaluateAllIntoAccumulator_50000UnitsIn64MiBHeap_exitsZero() throws Exception {
    // given
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            HEAP,
            "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError",
            "-cp",
            classPath(),
            StreamingHeapMain.class.getName(),
            Integer.toString(UNITS));
    // when
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    child.getOutputStream().close();
    String out;
    boolean finished;
    try {
      out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      finished = child.waitFor(2, TimeUnit.MINUTES);
    } finally {
      child.destroyForcibly();
    }
    // then
    assertThat(finished).as("the child finished; it printed:%n%s", out).isTrue();
    assertThat(child.exitValue()).as("the child's exit status; it printed:%n%s", out).isZero();
    assertThat(out).startsWith("ranked " + UNITS + " units; first ");
  }

  /**
   * Returns this test's class path for a plain {@code java -cp}: the class path and module path of
   * this JVM, and the places this module's, rules-dsl's and core's classes come from.
   */
  private static String classPath() throws URISyntaxException {
    Set<String> entries = new LinkedHashSet<>();
    for (String property : List.of("java.class.path", "jdk.module.path")) {
      for (String entry : System.getProperty(property, "").split(File.pathSeparator, -1)) {
        if (!entry.isBlank()) {
          entries.add(entry);
        }
      }
    }
    for (Class<?> c :
        List.of(
            StreamingHeapMain.class,
            RankingAccumulator.class,
            CompiledCatalog.class,
            Scorecard.class)) {
      entries.add(
          Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    return String.join(File.pathSeparator, entries);
  }
}
