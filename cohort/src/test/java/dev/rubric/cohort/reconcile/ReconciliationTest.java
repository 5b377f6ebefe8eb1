package dev.rubric.cohort.reconcile;

import static dev.rubric.cohort.reconcile.ReconcileFixtures.CATALOG;
import static dev.rubric.cohort.reconcile.ReconcileFixtures.assessment;
import static dev.rubric.cohort.reconcile.ReconcileFixtures.card;
import static dev.rubric.cohort.reconcile.ReconcileFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.assessment.AssessedScore;
import dev.rubric.core.assessment.Assessment;
import dev.rubric.core.assessment.Round;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.Severity;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

  /**
   * Three units, two criteria of 4 points each; with a maximum of 4, whole points are their own
   * level. Self and final (= computed) points:
   *
   * <pre>
   *   unit   1.1 self→final   1.2 self→final
   *   A        4 → 4            3 → 2
   *   B        2 → 2            4 → 1
   *   C        1 → 1            0 → 0
   * </pre>
   *
   * Hand computation of the quadratically weighted kappa, weights (i − j)²:
   *
   * <pre>
   *   N = 6 pairs; the matrix O (row = self level, column = final level) has a 1 at
   *   (4,4) (3,2) (2,2) (4,1) (1,1) (0,0).
   *   Row totals r = (1, 1, 1, 1, 2); column totals c = (1, 2, 2, 0, 1).
   *   A = Σ (i−j)²·Oᵢⱼ = (3−2)²·1 + (4−1)²·1 = 1 + 9 = 10.
   *   B = Σᵢ Σⱼ (i−j)²·rᵢ·cⱼ:
   *     i=0: 1·(0·1 + 1·2 + 4·2 + 9·0 + 16·1) = 26
   *     i=1: 1·(1·1 + 0·2 + 1·2 + 4·0 +  9·1) = 12
   *     i=2: 1·(4·1 + 1·2 + 0·2 + 1·0 +  4·1) = 10
   *     i=3: 1·(9·1 + 4·2 + 1·2 + 0·0 +  1·1) = 20
   *     i=4: 2·(16·1 + 9·2 + 4·2 + 1·0 + 0·1) = 84      → B = 152
   *   κ = 1 − N·A / B = 1 − 60/152 = 92/152 = 23/38 ≈ 0.6053.
   * </pre>
   */
  private static Reconciliation threeUnits() {
    return Reconciliation.of(
        CATALOG,
        List.of(card("A", "Xã A", 4, 2), card("B", "Xã B", 2, 1), card("C", "Xã C", 1, 0)),
        List.of(
            assessment("A")
                .addScores(
                    score("1.1", Round.SELF_ASSESSMENT, 4), score("1.2", Round.SELF_ASSESSMENT, 3))
                .build(),
            assessment("B")
                .addScores(
                    score("1.1", Round.SELF_ASSESSMENT, 2), score("1.2", Round.SELF_ASSESSMENT, 4))
                .build(),
            assessment("C")
                .addScores(
                    score("1.1", Round.SELF_ASSESSMENT, 1), score("1.2", Round.SELF_ASSESSMENT, 0))
                .build()));
  }

  @Test
  void agreement_smallFixture_matchesTheHandComputedKappaExactly() {
    Agreement a = threeUnits().agreement();

    assertThat(a.pairs()).isEqualTo(6);
    assertThat(a.matrix())
        .containsExactly(
            List.of(1, 0, 0, 0, 0),
            List.of(0, 1, 0, 0, 0),
            List.of(0, 0, 1, 0, 0),
            List.of(0, 0, 1, 0, 0),
            List.of(0, 1, 0, 0, 1));
    assertThat(a.kappa()).contains(new Ratio(BigInteger.valueOf(23), BigInteger.valueOf(38)));
    assertThat(a.kappa().orElseThrow().round(4)).isEqualTo(Decimal.parse("0.6053"));
    assertThat(a.meanAbsoluteGap()).contains(Ratio.of(2, 3));
  }

  @Test
  void agreement_perCriterion_ratesAndMeansOfOverClaiming() {
    Agreement a = threeUnits().agreement();

    assertThat(a.criteria()).extracting(CriterionAgreement::code).containsExactly("1.1", "1.2");
    CriterionAgreement plan = a.criteria().get(0);
    CriterionAgreement regulations = a.criteria().get(1);
    assertThat(plan.overClaimRate()).isEqualTo(Ratio.ZERO);
    assertThat(plan.meanOverClaim()).isEmpty();
    // every pair of 1.1 agrees, all in different levels: kappa 1
    assertThat(plan.kappa()).contains(Ratio.of(1, 1));
    assertThat(regulations.claims()).isEqualTo(3);
    assertThat(regulations.overClaims()).isEqualTo(2);
    assertThat(regulations.overClaimRate()).isEqualTo(Ratio.of(2, 3));
    assertThat(regulations.meanOverClaim()).contains(Ratio.of(2, 1)); // (1 + 3) / 2
    assertThat(regulations.meanAbsoluteGap()).isEqualTo(Ratio.of(4, 3));
    assertThat(a.leastReliable()).containsExactly("1.2");
    assertThat(a.furthestUnits()).extracting(UnitDistance::unitCode).containsExactly("B", "A", "C");
    // B claims 2 + 4 of 8 appraisal points plus 2 survey points: (6 + 2)/10 vs (3 + 2)/10
    assertThat(a.furthestUnits().get(0).indexGap()).isEqualTo(Decimal.parse("30.00"));
  }

  @Test
  void quadraticKappa_allPairsInOneLevel_isUndefined() {
    int[][] m = new int[5][5];
    m[2][2] = 4;

    assertThat(Agreement.quadraticKappa(m)).isEmpty();
  }

  @Test
  void level_quartersOfTheMaximum() {
    Decimal max = Decimal.parse("0.5");

    assertThat(Agreement.level(Decimal.ZERO, max)).isZero();
    assertThat(Agreement.level(Decimal.parse("0.125"), max)).isEqualTo(1);
    assertThat(Agreement.level(Decimal.parse("0.13"), max)).isEqualTo(2);
    assertThat(Agreement.level(Decimal.parse("0.375"), max)).isEqualTo(3);
    assertThat(Agreement.level(Decimal.parse("0.4"), max)).isEqualTo(4);
    assertThat(Agreement.level(Decimal.parse("-0.5"), max)).isEqualTo(4);
  }

  /** 1.1: claimed 4 of computed 2; appraised 2; explained 4; re-appraised 3; final 3. */
  private static UnitReconciliation phuThong() {
    Assessment a =
        assessment("01969")
            .addScores(
                score("1.1", Round.SELF_ASSESSMENT, 4),
                AssessedScore.builder()
                    .criterionCode("1.1")
                    .round(Round.APPRAISAL)
                    .points(Decimal.of(2))
                    .remark("Kế hoạch chưa có nội dung chuyển đổi số")
                    .build(),
                score("1.1", Round.EXPLANATION, 4),
                score("1.1", Round.RE_APPRAISAL, 3),
                score("1.1", Round.FINAL, 3),
                score("1.2", Round.SELF_ASSESSMENT, 1),
                score("1.2", Round.APPRAISAL, 2))
            .build();
    return Reconciliation.of(
            CATALOG, List.of(card("01969", "Thị trấn Phủ Thông", 2, 2)), List.of(a))
        .unit("01969")
        .orElseThrow();
  }

  @Test
  void unit_everyRound_classifiesGapsAndSources() {
    UnitReconciliation u = phuThong();

    CriterionLine plan = u.line("1.1").orElseThrow();
    assertThat(plan.claimed()).contains(Decimal.of(4));
    assertThat(plan.computed()).isEqualTo(Decimal.of(2));
    assertThat(plan.appraised()).contains(Decimal.of(3));
    assertThat(plan.appraisedIn()).contains(Round.RE_APPRAISAL);
    assertThat(plan.finalPoints()).isEqualTo(Decimal.of(3));
    assertThat(plan.source()).isEqualTo(ScoreSource.APPRAISED);
    assertThat(plan.gaps())
        .containsExactly(
            GapKind.OVER_CLAIMED, GapKind.COUNCIL_OVERRODE, GapKind.CHANGED_BY_EXPLANATION);
    CriterionLine regulations = u.line("1.2").orElseThrow();
    assertThat(regulations.gaps()).containsExactly(GapKind.UNDER_CLAIMED);
    assertThat(regulations.source()).isEqualTo(ScoreSource.COMPUTED);
    assertThat(u.line("S.1").orElseThrow().gaps()).containsExactly(GapKind.AGREED);
    assertThat(u.overClaimedPoints()).isEqualTo(Decimal.of(2));
  }

  @Test
  void unit_gapFindings_haveCodesSeverityByStakeAndRecommendations() {
    UnitReconciliation u = phuThong();

    assertThat(u.findings())
        .extracting(Finding::code, Finding::severity, f -> f.criterionCode().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("RB821", Severity.MAJOR, "1.1"),
            org.assertj.core.groups.Tuple.tuple("RB823", Severity.INFO, "1.1"),
            org.assertj.core.groups.Tuple.tuple("RB824", Severity.INFO, "1.1"),
            org.assertj.core.groups.Tuple.tuple("RB822", Severity.INFO, "1.2"));
    assertThat(u.findings().get(0).message().in(Language.VI))
        .isEqualTo(
            "Kế hoạch CCHC: tự chấm 4 điểm nhưng tài liệu kiểm chứng chỉ cho 2 điểm (RB821)");
    assertThat(u.findings().get(0).pointsLost()).isEqualTo(Decimal.of(2));
    assertThat(u.findings().get(1).message().in(Language.EN))
        .isEqualTo(
            "PAR plan: the council gave 3 points (final round), not the 2 computed from the"
                + " evidence; remark: Kế hoạch chưa có nội dung chuyển đổi số (RB823)");
    assertThat(u.findings().get(2).message().in(Language.EN))
        .isEqualTo(
            "PAR plan: after the explanation the council changed 2 to 3 points; remark: Kế"
                + " hoạch chưa có nội dung chuyển đổi số (RB824)");
    assertThat(u.findings().get(0).recommendation().orElseThrow().in(Language.EN))
        .isEqualTo(
            "Claim only what the evidence shows: add the missing evidence or lower the"
                + " self-score");
  }

  @Test
  void unit_indexOfEveryRound_usesTheCatalogsFormula() {
    UnitReconciliation u = phuThong();

    assertThat(u.indexes())
        .extracting(RoundIndex::view)
        .containsExactly(
            "computed",
            "self_assessment",
            "appraisal",
            "explanation",
            "re_appraisal",
            "final",
            "final_result");
    // computed: (2 + 2 + 2) / 10; self: (4 + 1 + 2) / 10; final: (3 + 2 + 2) / 10
    assertThat(u.index("computed").orElseThrow().indexRounded()).isEqualTo(Decimal.parse("60.00"));
    assertThat(u.index("self_assessment").orElseThrow().indexRounded())
        .isEqualTo(Decimal.parse("70.00"));
    assertThat(u.index("self_assessment").orElseThrow().band().orElseThrow().in(Language.VI))
        .isEqualTo("Khá");
    assertThat(u.index("final_result").orElseThrow().indexRounded())
        .isEqualTo(Decimal.parse("70.00"));
  }

  @Test
  void of_unitsMissingOnEitherSide_areReportedNotDropped() {
    Reconciliation r =
        Reconciliation.of(
            CATALOG,
            List.of(card("A", "Xã A", 1, 1)),
            List.of(
                assessment("Z").addScores(score("1.1", Round.SELF_ASSESSMENT, 1)).build(),
                assessment("A").periodId("2021").build()));

    assertThat(r.problems()).extracting(Finding::code).containsExactly("RB806", "RB807", "RB809");
    assertThat(r.unit("A").orElseThrow().assessed()).isFalse();
    assertThat(r.problems().get(1).message().in(Language.EN))
        .isEqualTo(
            "Assessment: expected period '2022' but found '2021'; the assessment is ignored"
                + " ($.period, RB807)");
  }

  @Test
  void of_twoAssessmentsOfAUnit_areMergedAndAConflictReported() {
    Reconciliation r =
        Reconciliation.of(
            CATALOG,
            List.of(card("A", "Xã A", 1, 1)),
            List.of(
                assessment("A").addScores(score("1.1", Round.SELF_ASSESSMENT, 2)).build(),
                assessment("A")
                    .addScores(
                        score("1.1", Round.APPRAISAL, 1), score("1.1", Round.SELF_ASSESSMENT, 3))
                    .build()));

    UnitReconciliation a = r.unit("A").orElseThrow();
    assertThat(a.line("1.1").orElseThrow().claimed()).contains(Decimal.of(2));
    assertThat(a.line("1.1").orElseThrow().appraised()).contains(Decimal.ONE);
    assertThat(a.problems()).extracting(Finding::code).containsExactly("RB804");
    assertThat(r.problems()).isEmpty();
    assertThat(Optional.of(a.problems().get(0).message().in(Language.EN)))
        .contains(
            "Criterion 1.1: scored twice in the self-assessment round, 2 and 3 points; the second"
                + " is ignored ($.scores[1], RB804)");
  }
}
