package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.result.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

  static Unit unit(int i) {
    return Unit.builder()
        .code(String.format("%05d", 1000 + i))
        .name("Xã số " + i)
        .level("commune")
        .kind(i % 3 == 0 ? "thi_tran" : "xa")
        .putAttributes("co_mot_cua", new AttributeValue.Flag(i % 2 == 0))
        .putAttributes("ban_hanh_qppl", new AttributeValue.Flag(i % 4 == 0))
        .putAttributes("co_thu_phi", new AttributeValue.Flag(true))
        .build();
  }

  static EvidenceSet evidence(Unit u, int i) {
    return EvidenceSet.builder()
        .unitCode(u.code())
        .periodId("2022")
        .putEvidence("ho_so_dung_han", Evidence.provided(EvidenceValue.Ratio.of(400 + i % 21, 420)))
        .putEvidence("hop_ban_chi_dao_cds", Evidence.provided(new EvidenceValue.Count(i % 5)))
        .putEvidence("nv_ke_hoach", Evidence.provided(new EvidenceValue.Count(20)))
        .putEvidence("nv_hoan_thanh", Evidence.provided(new EvidenceValue.Count(10 + i % 11)))
        .putEvidence("hai_long", Evidence.provided(EvidenceValue.Ratio.of(60 + i % 40, 100)))
        .putEvidence("vi_pham_ky_luat", Evidence.provided(new EvidenceValue.Count(i % 4)))
        .build();
  }

  @Test
  void evaluate_eightThreadsSharedAndDistinctInputs_matchSequentialRun() throws Exception {
    // given
    CompiledCatalog catalog = SampleCatalogTest.compileSample().orElseThrow();
    int n = 64;
    List<Scorecard> sequential = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Unit u = unit(i);
      sequential.add(catalog.evaluate(u, Period.year(2022), evidence(u, i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      // when: every thread evaluates every unit (shared inputs) in its own order (distinct
      // interleaving)
      List<Future<List<Scorecard>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        futures.add(
            pool.submit(
                () -> {
                  Scorecard[] out = new Scorecard[n];
                  for (int k = 0; k < n; k++) {
                    int i = (k * 7 + offset) % n;
                    Unit u = unit(i);
                    out[i] = catalog.evaluate(u, Period.year(2022), evidence(u, i));
                  }
                  return List.of(out);
                }));
      }
      // then
      for (Future<List<Scorecard>> f : futures) {
        assertThat(f.get()).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void evaluateAll_cohort_keepsOrderAndMatchesSingleEvaluations() throws Exception {
    CompiledCatalog catalog = SampleCatalogTest.compileSample().orElseThrow();
    List<dev.rubric.core.evidence.EvidenceFile> cohort = new ArrayList<>();
    List<Scorecard> single = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Unit u = unit(i);
      cohort.add(new dev.rubric.core.evidence.EvidenceFile(u, Period.year(2022), evidence(u, i)));
      single.add(catalog.evaluate(u, Period.year(2022), evidence(u, i)));
    }

    assertThat(catalog.evaluateAll(cohort)).isEqualTo(single);
  }
}
