package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.catalog.InputType;
import dev.rubric.core.catalog.Node;
import dev.rubric.dsl.CompiledCatalog;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogGensTest {

  @Test
  void areas_fixedCount_givesThatManyAreas() {
    assertThat(CatalogGens.catalogs().areas(2, 2).compiled().samples(20, 1))
        .allSatisfy(c -> assertThat(c.catalog().nodes()).hasSize(2));
  }

  @Test
  void fanOutAndDepthOne_givesOneLeafPerArea() {
    List<CompiledCatalog> catalogs =
        CatalogGens.catalogs().fanOut(1).depth(1).compiled().samples(20, 2);

    assertThat(catalogs)
        .flatExtracting(c -> c.catalog().nodes())
        .allSatisfy(
            area -> {
              assertThat(area.children()).hasSize(1);
              assertThat(area.children().get(0).rule()).isPresent();
            });
  }

  @Test
  void catalogs_declareInputsOfEveryType() {
    CompiledCatalog c = CatalogGens.catalogs().compiled().samples(1, 3).get(0);

    assertThat(c.catalog().inputs())
        .extracting(i -> i.type())
        .containsAll(Arrays.asList(InputType.values()));
  }

  @Test
  void catalogs_coverEveryRuleKindAndPolicy() {
    List<CompiledCatalog> catalogs = CatalogGens.catalogs().compiled().samples(60, 4);
    List<String> texts = catalogs.stream().map(CompiledCatalog::print).toList();

    assertThat(String.join("\n", texts))
        .contains("score ", "tiers ", "points = ", "award ", "deduct ", "best of {", "sum of {")
        .contains("only if ", "else exclude", "else full", "else renormalise")
        .contains("index weighted", "index percent unclamped", "bonus \"B.1\"", "penalty \"P.1\"")
        .contains("channel survey", "channel system", "bands {");
  }

  @Test
  void catalogs_nestCriteria() {
    assertThat(CatalogGens.catalogs().compiled().samples(30, 5))
        .flatExtracting(c -> c.catalog().allNodes())
        .extracting(Node::code)
        .anyMatch(code -> code.chars().filter(ch -> ch == '.').count() >= 2);
  }

  @Test
  void areas_invalidSizes_areRejected() {
    assertThatThrownBy(() -> CatalogGens.catalogs().areas(0, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("areas: sizes must satisfy 1 <= min <= max but were 0, 2");
  }

  @Test
  void depth_outOfRange_isRejected() {
    assertThatThrownBy(() -> CatalogGens.catalogs().depth(5))
        .hasMessage("depth: expected 1 to 4 but found 5");
  }

  @Test
  void mutations_emptyAndShortTexts_neverFail() {
    assertThat(CatalogGens.mutations(Gen.elements("", "a", "{}")).samples(500, 6)).hasSize(500);
  }

  @Test
  void mutations_sampleText_produceNulBytesAndDecomposedText() {
    List<String> mutated = CatalogGens.mutations(Gen.constant(SampleCatalog.TEXT)).samples(200, 7);

    assertThat(mutated).anyMatch(t -> t.indexOf('\u0000') >= 0);
    assertThat(mutated).anyMatch(t -> t.contains("e\u0302"));
  }
}
