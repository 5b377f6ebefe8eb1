package dev.rubric.dsl;

import static dev.rubric.dsl.EvaluationFixtures.YEAR_2022;
import static dev.rubric.dsl.EvaluationFixtures.catalog;
import static dev.rubric.dsl.EvaluationFixtures.compile;
import static dev.rubric.dsl.EvaluationFixtures.count;
import static dev.rubric.dsl.EvaluationFixtures.dec;
import static dev.rubric.dsl.EvaluationFixtures.evaluate;
import static dev.rubric.dsl.EvaluationFixtures.evidence;
import static dev.rubric.dsl.EvaluationFixtures.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rubric.core.Unit;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ratio-to-best in the cohort: {@code points = x / best(x) * max}. */
class CohortTest {

  static final CompiledCatalog SHARE_OF_BEST =
      compile(
          catalog(
              "    count dich_vu_cong \"Số dịch vụ công trực tuyến phát sinh hồ sơ\"",
              "  area \"1\" \"Dịch vụ công trực tuyến\" max 10 {\n"
                  + "    points = dich_vu_cong / best(dich_vu_cong) * max\n"
                  + "  }"));

  private static EvidenceFile file(String code, long services) {
    Unit unit = Unit.builder().code(code).name("Xã " + code).level("commune").kind("xa").build();
    EvidenceSet evidence =
        EvidenceSet.builder()
            .unitCode(code)
            .periodId("2022")
            .putEvidence("dich_vu_cong", count(services))
            .build();
    return new EvidenceFile(unit, YEAR_2022, evidence);
  }

  @Test
  void compiledCatalog_withBest_needsACohort() {
    assertThat(SHARE_OF_BEST.needsCohort()).isTrue();
  }

  @Test
  void evaluate_singleUnit_isAnErrorThatNeedsTheCohort() {
    Scorecard card = evaluate(SHARE_OF_BEST, evidence().putEvidence("dich_vu_cong", count(40)));

    assertThat(node(card, "1"))
        .extracting(NodeResult::earned, NodeResult::status)
        .containsExactly(dec("0"), NodeStatus.ERROR);
    assertThat(card.findings())
        .extracting(Finding::code, Finding::kind, Finding::severity, Finding::messageKey)
        .containsExactly(
            tuple("1.needs-cohort", FindingKind.NEEDS_COHORT, Severity.INFO, "eval.RB502"));
  }

  @Test
  void evaluateAll_threeUnits_scoresEachAgainstTheBestInOrder() {
    List<EvidenceFile> cohort = List.of(file("00001", 50), file("00002", 80), file("00003", 100));

    List<Scorecard> cards = SHARE_OF_BEST.evaluateAll(cohort);

    // 50/100 × 10, 80/100 × 10, 100/100 × 10
    assertThat(cards)
        .extracting(Scorecard::unitCode, c -> node(c, "1").earned(), Scorecard::index)
        .containsExactly(
            tuple("00001", dec("5"), dec("50")),
            tuple("00002", dec("8"), dec("80")),
            tuple("00003", dec("10"), dec("100")));
  }

  @Test
  void evaluateAll_bestFirst_keepsTheGivenOrder() {
    List<EvidenceFile> cohort = List.of(file("00003", 120), file("00001", 30), file("00002", 90));

    List<Scorecard> cards = SHARE_OF_BEST.evaluateAll(cohort);

    assertThat(cards)
        .extracting(Scorecard::unitCode, c -> node(c, "1").earned())
        .containsExactly(
            tuple("00003", dec("10")), tuple("00001", dec("2.5")), tuple("00002", dec("7.5")));
  }

  @Test
  void evaluateAll_bestIsZero_isAnErrorWithRB501() {
    List<Scorecard> cards = SHARE_OF_BEST.evaluateAll(List.of(file("00001", 0), file("00002", 0)));

    assertThat(cards)
        .extracting(c -> node(c, "1").status(), c -> c.findings().get(0).messageKey())
        .containsExactly(
            tuple(NodeStatus.ERROR, "eval.RB501"), tuple(NodeStatus.ERROR, "eval.RB501"));
  }
}
