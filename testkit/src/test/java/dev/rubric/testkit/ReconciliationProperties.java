package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cohort.reconcile.CriterionLine;
import dev.rubric.cohort.reconcile.GapKind;
import dev.rubric.cohort.reconcile.Reconciliation;
import dev.rubric.cohort.reconcile.UnitReconciliation;
import dev.rubric.core.Decimal;
import dev.rubric.core.assessment.AssessedScore;
import dev.rubric.core.assessment.Assessment;
import dev.rubric.core.assessment.AssessmentCheck;
import dev.rubric.core.assessment.Round;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of reconciling generated assessments against the bundled sample catalog. */
class ReconciliationProperties {

  private static final CompiledCatalog COMPILED = SampleCatalog.COMPILED;
  private static final Catalog CATALOG = COMPILED.catalog();

  /** Evidence files of the sample catalog and their scorecards. */
  private static Gen<Scorecard> cards() {
    return EvidenceGens.files(COMPILED).map((EvidenceFile f) -> COMPILED.evaluate(f));
  }

  private static UnitReconciliation reconcile(Scorecard card, Assessment a) {
    return Reconciliation.of(COMPILED, List.of(card), List.of(a)).units().get(0);
  }

  @Test
  void claimsEqualToComputedScores_reconcileWithNoGaps() {
    Properties.forAll(cards())
        .tries(50)
        .check(
            card -> {
              UnitReconciliation u =
                  reconcile(card, AssessmentGens.claimingComputed(CATALOG, card));

              assertThat(u.problems()).isEmpty();
              assertThat(u.findings()).isEmpty();
              assertThat(u.lines())
                  .allSatisfy(l -> assertThat(l.gaps()).containsExactly(GapKind.AGREED));
              assertThat(u.overClaimedPoints()).isEqualTo(Decimal.ZERO);
              assertThat(u.index("self_assessment").orElseThrow().indexRounded())
                  .isEqualTo(card.indexRounded());
            });
  }

  @Test
  void generatedAssessments_passTheCheckAgainstTheCatalog() {
    Properties.forAll(cards().flatMap(card -> AssessmentGens.assessments(CATALOG, card)))
        .tries(50)
        .check(a -> assertThat(AssessmentCheck.of(CATALOG, a).findings()).isEmpty());
  }

  @Test
  void raisingAClaim_neverLowersTheOverClaimMeasure() {
    Gen<Scorecard> cards = cards();
    Gen<Object[]> cases =
        cards.flatMap(
            card ->
                Gen.combine(
                    AssessmentGens.assessments(CATALOG, card),
                    Gen.integers(0, AssessmentGens.leaves(card).size() - 1),
                    Gen.decimals(Decimal.ZERO, Decimal.of(3), 2),
                    (a, leaf, raise) -> new Object[] {card, a, leaf, raise}));

    Properties.forAll(cases)
        .tries(60)
        .check(
            c -> {
              Scorecard card = (Scorecard) c[0];
              Assessment a = (Assessment) c[1];
              String code = AssessmentGens.leaves(card).get((Integer) c[2]).code();
              Decimal raise = (Decimal) c[3];
              UnitReconciliation before = reconcile(card, a);
              CriterionLine line = before.line(code).orElseThrow();
              if (line.claimed().isEmpty()) {
                return;
              }
              // raised within the criterion's range (a claim above it is rejected, RB802)
              Decimal ceiling =
                  CATALOG.penalties().stream()
                          .anyMatch(p -> p.flatten().stream().anyMatch(n -> n.code().equals(code)))
                      ? Decimal.ZERO
                      : line.max();
              Decimal raised = line.claimed().get().plus(raise).min(ceiling);

              UnitReconciliation after = reconcile(card, withClaim(a, code, raised));

              assertThat(after.overClaimedPoints())
                  .as("over-claim after raising %s's claim by %s", code, raise)
                  .isGreaterThanOrEqualTo(before.overClaimedPoints());
            });
  }

  private static Assessment withClaim(Assessment a, String code, Decimal points) {
    List<AssessedScore> scores = new ArrayList<>();
    for (AssessedScore s : a.scores()) {
      scores.add(
          s.criterionCode().equals(code) && s.round() == Round.SELF_ASSESSMENT
              ? AssessedScore.of(code, Round.SELF_ASSESSMENT, points)
              : s);
    }
    return Assessment.builder().from(a).scores(scores).build();
  }
}
