package dev.rubric.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.Compilation;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Limits;
import dev.rubric.dsl.Rubric;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Compiling and evaluating grow linearly with the catalog: the work for catalogs of 1,000, 10,000
 * and 100,000 criteria, counted as the bytes the calling thread allocates (a measure of work that,
 * unlike time, does not depend on what else the machine is doing), grows about tenfold per tenfold
 * step. A pass that walked shared parts again, or compared every node with every other, would grow
 * a hundredfold.
 */
class GrowthTest {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static final Rubric LARGE =
      Rubric.withLimits(new Limits(64 << 20, 64, 200_000, 2_000_000, 256));

  /** A catalog of {@code n} criteria in areas of ten, each reading the same input. */
  private static String catalog(int n) {
    StringBuilder sb =
        new StringBuilder(
            "catalog \"g\" version \"1.0\" {\n  title \"Tăng trưởng\"\n  applies-to commune\n"
                + "  inputs {\n    count a \"Số hồ sơ\" required\n  }\n  let gap = a - 2\n");
    for (int area = 0; area < n / 10; area++) {
      sb.append("  area \"").append(area).append("\" \"Lĩnh vực\" {\n");
      for (int c = 0; c < 10; c++) {
        sb.append("    criterion \"")
            .append(area)
            .append('.')
            .append(c)
            .append("\" \"Tiêu chí\" max 2 {\n      tiers gap { >= ")
            .append(c % 3)
            .append(": 2, otherwise: 0 }\n    }\n");
      }
      sb.append("  }\n");
    }
    return sb.append("}\n").toString();
  }

  private record Work(long compile, long evaluate) {}

  private static Work work(int n) {
    String text = catalog(n);
    long before = THREADS.getCurrentThreadAllocatedBytes();
    Compilation c = LARGE.compile(SourceText.of("g.rubric", text));
    long compiled = THREADS.getCurrentThreadAllocatedBytes();
    assertThat(c.hasErrors()).as(c.render()).isFalse();
    CompiledCatalog catalog = c.orElseThrow();
    long start = THREADS.getCurrentThreadAllocatedBytes();
    Unit town =
        Unit.builder()
            .code("01969")
            .name("Thị trấn Phủ Thông")
            .level("commune")
            .kind("thi_tran")
            .build();
    EvidenceSet evidence =
        EvidenceSet.builder()
            .unitCode("01969")
            .periodId("2022")
            .putEvidence("a", Evidence.provided(new EvidenceValue.Count(3)))
            .build();
    Scorecard card = catalog.evaluate(town, Period.year(2022), evidence);
    long evaluated = THREADS.getCurrentThreadAllocatedBytes();
    assertThat(card.nodes()).hasSize(n / 10);
    // per area of ten, the criteria with thresholds 0 and 1 (seven) earn 2 points each
    assertThat(Json.write(card)).contains("\"total\": " + (n / 10 * 14) + ",");
    return new Work(compiled - before, evaluated - start);
  }

  @Test
  void compileAndEvaluate_growLinearlyFromOneThousandToOneHundredThousandCriteria() {
    work(1_000); // warm up: class loading and the JIT's own allocations are not the catalog's
    Work thousand = work(1_000);
    Work tenThousand = work(10_000);
    Work hundredThousand = work(100_000);

    assertThat((double) tenThousand.compile() / thousand.compile()).isBetween(5.0, 15.0);
    assertThat((double) hundredThousand.compile() / tenThousand.compile()).isBetween(5.0, 15.0);
    assertThat((double) tenThousand.evaluate() / thousand.evaluate()).isBetween(5.0, 15.0);
    assertThat((double) hundredThousand.evaluate() / tenThousand.evaluate()).isBetween(5.0, 15.0);
  }
}
