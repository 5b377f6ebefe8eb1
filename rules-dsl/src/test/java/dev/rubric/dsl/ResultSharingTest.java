package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Decimal;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.result.Scorecard;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A compiled catalog keeps nothing between evaluations (it once remembered node results in memo
 * tables; they are gone, and this test keeps it that way): a catalog that has evaluated a thousand
 * and more units gives exactly what a freshly compiled catalog gives on its first evaluation,
 * explanations included.
 */
class ResultSharingTest {
  private static final Period YEAR = Period.year(2022);

  @Test
  void evaluate_catalogSharedByManyUnits_equalsFreshCatalogPerUnit() throws IOException {
    // given: a catalog that has evaluated 1,500 varied units
    CompiledCatalog shared = SampleCatalogTest.compileSample().orElseThrow();
    List<InputDecl> inputs = shared.catalog().inputs();
    for (int i = 0; i < 1_500; i++) {
      shared.evaluate(unit(i, inputs));
    }
    // when, then: every unit after that equals its evaluation by a fresh catalog
    for (int i = 1_500; i < 1_560; i++) {
      EvidenceFile file = unit(i, inputs);
      Scorecard fresh = SampleCatalogTest.compileSample().orElseThrow().evaluate(file);
      assertThat(shared.evaluate(file)).isEqualTo(fresh);
    }
  }

  /** A unit whose evidence for every input is drawn at random: any status, odd values, 0/0. */
  private static EvidenceFile unit(int i, List<InputDecl> inputs) {
    SplittableRandom r = new SplittableRandom(7_919L * i);
    String code = String.format("%05d", i);
    Unit.Builder u =
        Unit.builder()
            .code(code)
            .name("Xã " + i)
            .level("commune")
            .kind(new String[] {"xa", "phuong", "thi_tran"}[r.nextInt(3)]);
    for (String attribute : new String[] {"co_mot_cua", "ban_hanh_qppl", "co_thu_phi"}) {
      if (r.nextInt(20) != 0) {
        u.putAttributes(attribute, AttributeValue.of(r.nextInt(4) != 0));
      }
    }
    EvidenceSet.Builder e = EvidenceSet.builder().unitCode(code).periodId("2022");
    for (InputDecl d : inputs) {
      int dice = r.nextInt(40);
      if (dice == 0) {
        continue; // no evidence at all for this input
      }
      if (dice == 1) {
        e.putEvidence(d.key(), Evidence.missing());
      } else if (dice == 2) {
        e.putEvidence(d.key(), Evidence.missingExplained("Chưa có số liệu " + r.nextInt(3)));
      } else if (dice == 3) {
        e.putEvidence(d.key(), Evidence.incomplete(value(d, r), "Mới có một phần"));
      } else {
        e.putEvidence(d.key(), Evidence.provided(value(d, r)));
      }
    }
    return new EvidenceFile(u.build(), YEAR, e.build());
  }

  private static EvidenceValue value(InputDecl d, SplittableRandom r) {
    switch (d.type()) {
      case COUNT -> {
        return new EvidenceValue.Count(r.nextInt(6));
      }
      case QUANTITY -> {
        return new EvidenceValue.Quantity(
            Decimal.of(r.nextInt(3) * 50L + r.nextInt(2)), d.unit().orElse("cái"));
      }
      case RATIO -> {
        int den = r.nextInt(6) == 0 ? 0 : 1 + r.nextInt(r.nextBoolean() ? 8 : 500);
        return EvidenceValue.Ratio.of(den == 0 ? 0 : den - r.nextInt(Math.min(den, 4) + 1), den);
      }
      case FLAG -> {
        return new EvidenceValue.Flag(r.nextBoolean());
      }
      case DOCUMENT -> {
        return r.nextInt(8) == 0
            ? EvidenceValue.Document.builder().title("Văn bản không ghi ngày").build()
            : EvidenceValue.Document.builder()
                .number("1/QĐ")
                .issued(LocalDate.of(2022, 1, 1).plusDays(r.nextInt(400)))
                .build();
      }
      case DATE -> {
        return new EvidenceValue.DateValue(LocalDate.of(2022, 1, 1).plusDays(r.nextInt(365)));
      }
      case CHOICE -> {
        return new EvidenceValue.Choice(
            d.options().isEmpty() ? "x" : d.options().get(r.nextInt(d.options().size())));
      }
      default -> {
        return new EvidenceValue.TextValue("nội dung " + r.nextInt(3));
      }
    }
  }

  @Test
  void evaluateAll_afterSingleEvaluations_equalsFreshCatalog() throws IOException {
    CompiledCatalog shared = SampleCatalogTest.compileSample().orElseThrow();
    List<InputDecl> inputs = shared.catalog().inputs();
    List<EvidenceFile> cohort = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      cohort.add(unit(i, inputs));
      shared.evaluate(unit(i + 10_000, inputs));
    }

    assertThat(shared.evaluateAll(cohort))
        .isEqualTo(SampleCatalogTest.compileSample().orElseThrow().evaluateAll(cohort));
  }
}
