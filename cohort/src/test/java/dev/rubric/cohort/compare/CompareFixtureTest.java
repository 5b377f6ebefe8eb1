package dev.rubric.cohort.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.result.NodeStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Pins the deltas of the small fixture in {@code fixtures/compare}, computed by hand.
 *
 * <p>Version 1 → 2: A.2's tiers tightened (90%/50% → 95%/60%), B.9 renumbered B.1 and its max 4 → 5
 * (so B's max 4 → 5). Units: U1 in both years; U2 (2021) continues as U3 (2022) by the succession
 * table. By hand:
 *
 * <pre>
 * U1 2021: A.1 2 (plan), A.2 4 (92% ≥ 90%), B.9 2 (1/2 × 4)      = 8/10     → 80    Tốt, rank 1
 * U2 2021: A.1 0, A.2 0 (40%), B.9 0 (0/2 × 4)                     = 0/10     → 0     Kém, rank 2
 * U1 2022: A.1 0 (no plan), A.2 2 (92% ≥ 60%), B.1 3.75 (3/4 × 5) = 5.75/11  → 52.27 Khá, rank 2
 * U3 2022: A.1 2, A.2 2 (70% ≥ 60%), B.1 2.5 (2/4 × 5)            = 6.5/11   → 59.09 Khá, rank 1
 * </pre>
 *
 * <p>Shares over the two continuing units: A (6 + 0)/12 = 50% → (2 + 4)/12 = 50% (not comparable:
 * A.2's rule changed); A.1 (2 + 0)/4 = 50% → (0 + 2)/4 = 50%; B.1 (2 + 0)/8 = 25% → (3.75 + 2.5)/10
 * = 62.5%.
 */
class CompareFixtureTest {

  @Test
  void diff_withMapping_classifiesEachChange() {
    CatalogDiff diff =
        CatalogDiff.of(
            Mini.catalog("mini-1.rubric").catalog(),
            Mini.catalog("mini-2.rubric").catalog(),
            Optional.of(Mini.mapping()));

    assertThat(diff.changes())
        .extracting(
            c ->
                c.kind().code()
                    + " "
                    + c.fromCode().orElse("-")
                    + "→"
                    + c.toCode().orElse("-")
                    + " "
                    + c.before().orElse("")
                    + " | "
                    + c.after().orElse(""))
        .containsExactly(
            "rule-changed A.2→A.2 tiers dung_han { >= 90%: 4, >= 50%: 2, otherwise: 0 }"
                + " | tiers dung_han { >= 95%: 4, >= 60%: 2, otherwise: 0 }",
            "max-changed B→B 4 | 5",
            "node-renumbered B.9→B.1 B.9 | B.1",
            "max-changed B.9→B.1 4 | 5");
    assertThat(diff.nodes().entrySet())
        .extracting(e -> e.getKey() + " " + e.getValue().code())
        .containsExactly(
            "A not-comparable",
            "A.1 comparable",
            "A.2 not-comparable",
            "B rescaled",
            "B.1 rescaled");
    assertThat(diff.required()).isEqualTo(Bump.MAJOR);
    assertThat(diff.declared()).isEqualTo(Bump.MAJOR);
    assertThat(diff.isBumpSufficient()).isTrue();
    assertThat(diff.warnings()).isEmpty();
  }

  @Test
  void diff_withoutMapping_removesAndAddsAndSuggestsTheMapping() {
    CatalogDiff diff =
        CatalogDiff.of(
            Mini.catalog("mini-1.rubric").catalog(),
            Mini.catalog("mini-2.rubric").catalog(),
            Optional.empty());

    assertThat(diff.changes())
        .extracting(c -> c.kind().code() + " " + c.code())
        .containsExactly("rule-changed A.2", "max-changed B", "node-added B.1", "node-removed B.9");
    assertThat(diff.comparability("B")).isEqualTo(Comparability.NOT_COMPARABLE);
    assertThat(diff.warnings())
        .extracting(w -> w.text(Language.EN))
        .containsExactly(
            "Node 'B.9' of the older version is gone and the new 'B.1' has its title: renumbered?"
                + " Map \"B.9\" to \"B.1\" in the mapping file");
  }

  @Test
  void history_unit_pinsTheDeltasComputedByHand() {
    History h = Mini.history();
    History.UnitStep u1 = h.unitSteps("U1").get(0);

    assertThat(u1.before().index()).isEqualTo(Decimal.parse("80"));
    assertThat(u1.after().index()).isEqualTo(Decimal.parse("52.27"));
    assertThat(u1.indexDelta()).contains(Decimal.parse("-27.73"));
    assertThat(u1.before().band().orElseThrow().vi()).isEqualTo("Tốt");
    assertThat(u1.after().band().orElseThrow().vi()).isEqualTo("Khá");
    assertThat(u1.before().rank()).isEqualTo(1);
    assertThat(u1.after().rank()).isEqualTo(2);
    assertThat(u1.rankChange()).isEqualTo(-1);
    assertThat(u1.nodes())
        .extracting(
            d ->
                d.code()
                    + " "
                    + d.comparability().code()
                    + " "
                    + d.pointsDelta().map(Decimal::toString).orElse("-")
                    + " "
                    + d.shareDelta().map(Decimal::toString).orElse("-"))
        .containsExactly(
            "A not-comparable - -",
            "A.1 comparable -2 -100",
            "A.2 not-comparable - -",
            "B rescaled - 25",
            "B.1 rescaled - 25");
    NodeDelta a1 = u1.nodes().get(1);
    assertThat(a1.before().orElseThrow().status()).isEqualTo(NodeStatus.MET);
    assertThat(a1.after().orElseThrow().status()).isEqualTo(NodeStatus.NOT_MET);
    assertThat(a1.statusChanged()).isTrue();
    assertThat(u1.nodes().get(4).fromCode()).contains("B.9");
  }

  @Test
  void history_findings_matchThroughTheMapping() {
    History.UnitStep u1 = Mini.history().unitSteps("U1").get(0);

    assertThat(u1.findings())
        .extracting(f -> f.status().code() + " " + f.key())
        .containsExactly("new A.1.not-met", "new A.2.partial", "persisting B.1.partial");
  }

  @Test
  void history_succession_linksRenamedUnitsNeverByName() {
    History h = Mini.history();
    History.UnitStep u3 = h.unitSteps("U3").get(0);

    assertThat(u3.before().unitCode()).isEqualTo("U2");
    assertThat(u3.after().unitCode()).isEqualTo("U3");
    assertThat(u3.indexDelta()).contains(Decimal.parse("59.09"));
    assertThat(u3.rankChange()).isEqualTo(1);
    assertThat(h.warnings()).isEmpty();

    History unlinked =
        History.of(
            List.of(
                Mini.edition("mini-1.rubric", "mini-2021.csv"),
                Mini.edition("mini-2.rubric", "mini-2022.csv")),
            List.of(Mini.mapping()),
            Succession.NONE);
    assertThat(unlinked.unitSteps("U3")).isEmpty();
    assertThat(unlinked.warnings())
        .extracting(w -> w.kind().code() + " " + w.args())
        .containsExactly("unit-new [U3, 2021, 2022]", "unit-ended [U2, 2021, 2022]");
  }

  @Test
  void history_cohort_transitionsMoversAndCriteria() {
    History h = Mini.history();
    History.Step step = h.steps().get(0);

    assertThat(step.bands().counts())
        .containsExactly(List.of(0, 1, 0), List.of(0, 0, 0), List.of(0, 1, 0));
    assertThat(h.movers())
        .extracting(m -> m.unitCode() + " " + m.delta())
        .containsExactly("U3 59.09", "U1 -27.73");
    assertThat(h.mostImproved(3)).extracting(History.Mover::unitCode).containsExactly("U3");
    assertThat(h.mostDeclined(3)).extracting(History.Mover::unitCode).containsExactly("U1");
    // shares over both continuing units: B.1 (2 + 0)/(4 + 4) = 25% → (3.75 + 2.5)/(5 + 5) = 62.5%
    assertThat(step.criteria())
        .extracting(
            c ->
                c.code()
                    + " "
                    + c.shareBefore()
                    + "→"
                    + c.shareAfter()
                    + " "
                    + c.delta().map(Decimal::toString).orElse("-"))
        .containsExactly(
            "B 25→62.5 37.5", "B.1 25→62.5 37.5", "A.1 50→50 0", "A 50→50 -", "A.2 50→50 -");
    assertThat(h.units())
        .extracting(u -> u.unitCode() + " " + u.points().get(0).map(Point::unitCode).orElse("-"))
        .containsExactly("U3 U2", "U1 U1");
  }
}
