package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Decimal;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link CompiledCatalog#rescore}: a scorecard's totals from other points per criterion. */
class RescoreTest {

  private static CompiledCatalog catalog;
  private static List<Scorecard> cards;

  @BeforeAll
  static void evaluateBachThong() throws IOException {
    catalog = SampleCatalogTest.compileSample().orElseThrow();
    List<EvidenceFile> files =
        EvidenceLoader.load(
            Path.of("../examples/data/evidence/bach-thong-2022.csv"),
            "bach-thong-2022.csv",
            catalog.catalog());
    cards = catalog.evaluateAll(files);
  }

  private static Map<String, Decimal> leaves(Scorecard card) {
    Map<String, Decimal> out = new HashMap<>();
    for (NodeResult top : card.nodes()) {
      for (NodeResult n : top.flatten()) {
        if (n.children().isEmpty()) {
          out.put(n.code(), n.earned());
        }
      }
    }
    return out;
  }

  @Test
  void rescore_nothingOrTheSamePoints_givesTheEvaluatedIndex() {
    for (Scorecard card : cards) {
      Rescored none = catalog.rescore(card, Map.of());
      Rescored same = catalog.rescore(card, leaves(card));

      for (Rescored r : List.of(none, same)) {
        // A leaf's points that do not terminate are shown to 20 places, and rescoring starts
        // from what the scorecard shows: the exact index may differ in its last places only.
        assertThat(r.index().minus(card.index()).toBigDecimal().abs())
            .as(card.unitCode())
            .isLessThan(new java.math.BigDecimal("1e-18"));
        assertThat(r.indexRounded()).as(card.unitCode()).isEqualTo(card.indexRounded());
        assertThat(r.total().minus(card.total()).toBigDecimal().abs())
            .as(card.unitCode())
            .isLessThan(new java.math.BigDecimal("1e-18"));
        assertThat(r.band()).as(card.unitCode()).isEqualTo(card.band());
      }
    }
  }

  @Test
  void rescore_onePointMore_addsItToTheParentsAndTheTotal() {
    Scorecard phuThong =
        cards.stream().filter(c -> c.unitCode().equals("01969")).findFirst().orElseThrow();
    Decimal was = phuThong.node("2.3").orElseThrow().earned();
    Decimal area = phuThong.node("2").orElseThrow().earned();

    Rescored r = catalog.rescore(phuThong, Map.of("2.3", was.plus(Decimal.ONE)));

    assertThat(r.points().get("2.3")).isEqualTo(was.plus(Decimal.ONE));
    assertThat(r.points().get("2")).isEqualTo(area.plus(Decimal.ONE));
    assertThat(r.total()).isEqualTo(phuThong.total().plus(Decimal.ONE));
    assertThat(r.index()).isGreaterThan(phuThong.index());
  }

  @Test
  void rescore_pointsAboveMax_areLimitedToTheMax() {
    Scorecard card = cards.get(0);
    Decimal max = card.node("2.3").orElseThrow().max();

    Rescored r = catalog.rescore(card, Map.of("2.3", max.plus(Decimal.of(5))));

    assertThat(r.points().get("2.3")).isEqualTo(max);
  }

  @Test
  void rescore_cardOfAnotherCatalog_isRejected() {
    Scorecard other =
        Scorecard.builder().from(cards.get(0)).catalogHash("sha256:" + "0".repeat(64)).build();

    assertThatThrownBy(() -> catalog.rescore(other, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a scorecard of catalog cchc-xa");
  }
}
