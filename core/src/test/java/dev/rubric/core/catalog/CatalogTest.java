package dev.rubric.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogTest {

  private static final Rule ONE = new Rule.Formula(Expr.Number.of(Decimal.ONE));

  private static Node leaf(String code, String max) {
    return Node.builder(code)
        .title(LocalizedText.of("Tiêu chí " + code))
        .max(Decimal.parse(max))
        .rule(ONE)
        .build();
  }

  private static Band band(String label, String from, String to) {
    return new Band(
        LocalizedText.of(label),
        Optional.ofNullable(from).map(Decimal::parse),
        Optional.ofNullable(to).map(Decimal::parse));
  }

  private static Catalog.Builder catalog() {
    return Catalog.builder("cchc-xa", "2022.1.0")
        .title(LocalizedText.of("Bộ tiêu chí"))
        .addAppliesTo("commune");
  }

  @Test
  void node_negativeMax_isRejectedNamingFieldAndValue() {
    assertThatThrownBy(() -> leaf("1.1", "-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("node 1.1.max: expected a non-negative number of points but found -1");
  }

  @Test
  void node_childrenNotAddingUpToParentMax_isRejected() {
    assertThatThrownBy(
            () ->
                Node.builder("1")
                    .kind(NodeKind.AREA)
                    .title(LocalizedText.of("Lĩnh vực 1"))
                    .max(Decimal.of(12))
                    .addChild(leaf("1.1", "1"))
                    .addChild(leaf("1.2", "2.5"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("node 1.max: expected the sum of its children's max (3.5) but found 12");
  }

  @Test
  void node_parentWithoutMax_takesTheSumOfItsChildren() {
    Node area =
        Node.builder("1")
            .kind(NodeKind.AREA)
            .title(LocalizedText.of("Lĩnh vực 1"))
            .addChild(leaf("1.1", "0.25"))
            .addChild(leaf("1.2", "1.5"))
            .build();

    assertThat(area.max()).isEqualTo(Decimal.parse("1.75"));
  }

  @Test
  void node_ruleAndChildren_isRejected() {
    assertThatThrownBy(
            () ->
                Node.builder("1")
                    .title(LocalizedText.of("X"))
                    .max(Decimal.ONE)
                    .rule(ONE)
                    .addChild(leaf("1.1", "1"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("node 1: expected either a rule or children but found both");
  }

  @Test
  void catalog_duplicateCodes_isRejectedNamingTheCode() {
    assertThatThrownBy(
            () ->
                catalog()
                    .addNode(
                        Node.builder("1")
                            .kind(NodeKind.AREA)
                            .title(LocalizedText.of("A"))
                            .addChild(leaf("1.1", "1"))
                            .build())
                    .addBonus(leaf("1.1", "2"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("catalog.nodes: duplicate code '1.1'");
  }

  @Test
  void catalog_duplicateInputKeys_isRejected() {
    InputDecl in = InputDecl.of("ho_so", InputType.RATIO, LocalizedText.of("Hồ sơ"));
    assertThatThrownBy(() -> catalog().addInput(in).addInput(in).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("catalog.inputs: duplicate input key 'ho_so'");
  }

  @Test
  void catalog_bandGap_isRejected() {
    assertThatThrownBy(
            () ->
                catalog()
                    .addBand(band("nâng cao", "264", null))
                    .addBand(band("hình thành", "199", "264"))
                    .addBand(band("khởi động", null, "198"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "catalog.bands: gap between band 'hình thành' (from 199) and band 'khởi động' (to 198)");
  }

  @Test
  void catalog_bandOverlap_isRejected() {
    assertThatThrownBy(
            () ->
                catalog().addBand(band("Tốt", "90", null)).addBand(band("Khá", "70", "95")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("catalog.bands: overlap between band 'Tốt' (from 90) and band 'Khá' (to 95)");
  }

  @Test
  void band_emptyInterval_isRejected() {
    assertThatThrownBy(() -> band("Khá", "90", "70"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("band 'Khá': expected from < to but found from 90 and to 70");
  }

  @Test
  void catalog_contiguousBands_classifyHalfOpen() {
    Catalog c =
        catalog()
            .addBand(band("Tốt", "90", null))
            .addBand(band("Khá", "70", "90"))
            .addBand(band("Kém", null, "70"))
            .build();

    assertThat(c.bandOf(Decimal.parse("90.00")).orElseThrow().label().vi()).isEqualTo("Tốt");
    assertThat(c.bandOf(Decimal.parse("89.99")).orElseThrow().label().vi()).isEqualTo("Khá");
    assertThat(c.bandOf(Decimal.parse("69.99")).orElseThrow().label().vi()).isEqualTo("Kém");
  }

  @Test
  void provenance_dateOutsideSaneRange_isRejected() {
    assertThatThrownBy(
            () ->
                new Provenance(
                    Optional.empty(),
                    Optional.of("905/QĐ-UBND"),
                    Optional.of(LocalDate.of(1850, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "provenance.date: expected a date from 1900-01-01 to 2199-12-31 but found 1850-01-01");
  }

  @Test
  void catalog_badVersion_isRejected() {
    assertThatThrownBy(() -> Catalog.builder("x", "v1").title(LocalizedText.of("X")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "catalog.version: expected a semantic version such as '2022.1.0' but found 'v1'");
  }

  @Test
  void rounding_outOfRangeDecimals_isRejected() {
    assertThatThrownBy(() -> new Rounding(11, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rounding.decimals: expected a number of decimals from 0 to 10 but found 11");
  }

  @Test
  void weightedIndex_weightNamingNoTopLevelNode_isRejected() {
    assertThatThrownBy(
            () ->
                catalog()
                    .addNode(leaf("1", "1"))
                    .index(
                        new IndexFormula.WeightedSum(
                            List.of(new IndexFormula.Weight("2", Decimal.ONE))))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("catalog.index: weight names '2', which is not a top-level node");
  }

  @Test
  void inputDecl_choiceWithoutOptions_isRejected() {
    assertThatThrownBy(() -> InputDecl.of("vai_tro", InputType.CHOICE, LocalizedText.of("Vai trò")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "input.vai_tro.options: expected at least one option for a choice input but found none");
  }

  @Test
  void catalog_nfdText_equalsNfc() {
    String vi = "Công tác chỉ đạo, điều hành CCHC";
    Node nfc = Node.builder("1").title(LocalizedText.of(vi)).max(Decimal.ONE).rule(ONE).build();
    Node nfd =
        Node.builder("1")
            .title(LocalizedText.of(Normalizer.normalize(vi, Normalizer.Form.NFD)))
            .max(Decimal.ONE)
            .rule(ONE)
            .build();

    assertThat(nfd).isEqualTo(nfc);
  }
}
