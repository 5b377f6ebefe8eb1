package dev.rubric.cohort;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.util.stream.IntStream;

/**
 * The program {@link StreamingHeapTest} runs in a JVM of its own with a small heap: it generates
 * {@code args[0]} synthetic communes one by one (nothing holds them), streams them through {@link
 * CompiledCatalog#evaluateAll(Iterable, java.util.function.Consumer)} into a {@link
 * RankingAccumulator} and prints a line about the ranking. The catalog compares each unit with the
 * best of the cohort, so the generator is read twice.
 */
final class StreamingHeapMain {

  /** A small catalog with a cohort rule, a tiered rule, an attribute and bands. */
  static final String CATALOG =
      """
      catalog "heap" version "1.0.0" {
        title "Bộ tiêu chí thử bộ nhớ" en "Heap test criteria"
        applies-to commune
        inputs {
          count dich_vu_cong "Số dịch vụ công trực tuyến có hồ sơ" en "Online services used"
          ratio dung_han "Hồ sơ giải quyết đúng hạn" en "Dossiers resolved on time"
        }
        attributes {
          flag co_mot_cua "Có bộ phận một cửa" en "Has a one-stop desk"
        }
        area "1" "Dịch vụ công trực tuyến" en "Online services" max 10 {
          points = dich_vu_cong / best(dich_vu_cong) * max
        }
        area "2" "Thủ tục hành chính" en "Procedures" max 4 {
          criterion "2.1" "Hồ sơ đúng hạn" en "On time" max 4
              applies-when unit.co_mot_cua else exclude {
            tiers dung_han { >= 100%: 4, >= 95%: 3, >= 90%: 2, otherwise: 0 }
          }
        }
        index percent
        round 2 half-up
        bands { "Tốt" en "Good" >= 90, "Khá" en "Fair" >= 70, otherwise "Kém" en "Poor" }
      }
      """;

  private static final Period YEAR = Period.year(2022);

  private StreamingHeapMain() {}

  /**
   * Ranks {@code args[0]} generated units and prints {@code ranked N units; first CODE NAME INDEX;
   * heap used M MiB of X MiB}.
   */
  public static void main(String[] args) {
    int units = Integer.parseInt(args[0]);
    CompiledCatalog catalog =
        Rubric.standard().compile(SourceText.of("heap.rubric", CATALOG)).orElseThrow();
    RankingAccumulator accumulator = new RankingAccumulator(catalog.catalog());
    // each pass makes the units afresh, one at a time, as a reader of files would read them
    catalog.evaluateAll(
        () -> IntStream.range(0, units).mapToObj(StreamingHeapMain::unit).iterator(), accumulator);
    Ranking ranking = accumulator.ranking();
    Ranking.Summary first = ranking.rows().get(0).summary();
    Runtime rt = Runtime.getRuntime();
    System.gc();
    System.out.println(
        "ranked "
            + ranking.rows().size()
            + " units; first "
            + first.unitCode()
            + " "
            + first.unitName()
            + " "
            + first.indexRounded()
            + "; heap used "
            + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024)
            + " MiB of "
            + rt.maxMemory() / (1024 * 1024)
            + " MiB");
  }

  /** Unit {@code i}: a commune with a Vietnamese name and values that vary with {@code i}. */
  static EvidenceFile unit(int i) {
    String code = String.format("%06d", i);
    Unit unit =
        Unit.builder()
            .code(code)
            .name("Xã Đồng Tâm " + i)
            .level("commune")
            .kind("xa")
            .putAttributes("co_mot_cua", new AttributeValue.Flag(i % 5 != 0))
            .build();
    EvidenceSet evidence =
        EvidenceSet.builder()
            .unitCode(code)
            .periodId(YEAR.id())
            .putEvidence(
                "dich_vu_cong", Evidence.provided(new EvidenceValue.Count((i * 7919L) % 4_001)))
            .putEvidence("dung_han", Evidence.provided(EvidenceValue.Ratio.of(380 + i % 41, 420)))
            .build();
    return new EvidenceFile(unit, YEAR, evidence);
  }
}
