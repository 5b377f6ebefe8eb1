package dev.rubric.core.result;

import static dev.rubric.core.result.ScorecardFixtures.area;
import static dev.rubric.core.result.ScorecardFixtures.dataQuality;
import static dev.rubric.core.result.ScorecardFixtures.leaf;
import static dev.rubric.core.result.ScorecardFixtures.partial12;
import static dev.rubric.core.result.ScorecardFixtures.partial32;
import static dev.rubric.core.result.ScorecardFixtures.phuThong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.Severity;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  @Test
  void build_allAttributes_keepsNodesInCatalogOrder() {
    assertThat(phuThong().build().nodes()).extracting(NodeResult::code).containsExactly("1", "3");
  }

  @Test
  void build_withoutOptionalAttributes_hasEmptyCollectionsAndNoBand() {
    // given
    Scorecard full = phuThong().build();

    // when
    Scorecard bare =
        Scorecard.builder()
            .from(full)
            .nodes(List.of())
            .channelTotals(Map.of())
            .findings(List.of())
            .band(Optional.empty())
            .build();

    // then
    assertThat(bare)
        .extracting(
            Scorecard::nodes, Scorecard::channelTotals, Scorecard::findings, Scorecard::band)
        .containsExactly(List.of(), Map.of(), List.of(), Optional.empty());
  }

  @Test
  void build_missingRequiredAttributes_throwsNamingThem() {
    assertThatThrownBy(() -> Scorecard.builder().unitCode("01975").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContainingAll("unitName", "catalogHash", "indexDecimals", "surveyIncluded");
  }

  @Test
  void channelTotals_addedOutOfOrder_iterateInChannelOrder() {
    Scorecard s =
        phuThong()
            .channelTotals(Map.of())
            .putChannelTotals(
                Channel.SYSTEM_MEASURED, new ChannelTotal(Decimal.of(3), Decimal.of(4)))
            .putChannelTotals(Channel.APPRAISAL, new ChannelTotal(Decimal.of(2), Decimal.of(3)))
            .build();

    assertThat(s.channelTotals().keySet())
        .containsExactly(Channel.APPRAISAL, Channel.SYSTEM_MEASURED);
  }

  @Test
  void node_nestedCode_returnsNode() {
    assertThat(phuThong().build().node("3.2")).map(NodeResult::pointsLost).contains(Decimal.ONE);
  }

  @Test
  void node_rootCode_returnsArea() {
    assertThat(phuThong().build().node("3"))
        .map(n -> n.title().vi())
        .contains("Cải cách thủ tục hành chính");
  }

  @Test
  void node_absentCode_isEmpty() {
    assertThat(phuThong().build().node("9.9")).isEmpty();
  }

  @Test
  void nodesFlattened_wholeTree_listAllNodesInCatalogOrder() {
    List<String> codes =
        phuThong().build().nodes().stream()
            .flatMap(n -> n.flatten().stream())
            .map(NodeResult::code)
            .toList();

    assertThat(codes).containsExactly("1", "1.1", "1.2", "3", "3.1", "3.2");
  }

  @Test
  void pointsLost_perNode_isApplicableMaxMinusEarned() {
    Scorecard s = phuThong().build();

    assertThat(List.of("1", "1.1", "1.2", "3", "3.1", "3.2"))
        .map(code -> s.node(code).orElseThrow().pointsLost().toString())
        .containsExactly("1", "0", "1", "1", "0", "1");
  }

  @Test
  void findings_bySeverity_returnsMatchingInOrder() {
    Finding minor32 = Finding.builder().from(partial32()).severity(Severity.MINOR).build();

    Scorecard s = phuThong().addFindings(minor32).build();

    assertThat(s.findings(Severity.MINOR))
        .extracting(Finding::code)
        .containsExactly("1.2.partial", "3.2.partial");
  }

  @Test
  void findings_severityWithoutFindings_isEmpty() {
    assertThat(phuThong().build().findings(Severity.CRITICAL)).isEmpty();
  }

  @Test
  void findingsFor_criterionCode_returnsItsFindings() {
    assertThat(phuThong().build().findingsFor("3.2")).containsExactly(partial32());
  }

  @Test
  void findingsFor_codeWithoutFindings_isEmpty() {
    assertThat(phuThong().build().findingsFor("1.1")).isEmpty();
  }

  @Test
  void findings_givenOrder_isKept() {
    assertThat(phuThong().build().findings())
        .containsExactly(partial32(), partial12(), dataQuality());
  }

  @Test
  void build_duplicateCodeAcrossAreas_throwsNamingCode() {
    // given
    NodeResult otherArea =
        area(
            "2",
            "Xây dựng và tổ chức thực hiện văn bản",
            "1",
            "2",
            leaf("1.2", "Trùng mã", Channel.APPRAISAL, "1", "2"));

    // when, then
    assertThatThrownBy(() -> phuThong().addNodes(otherArea).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nodes: duplicate code '1.2'");
  }

  @Test
  void build_duplicateCodeBetweenParentAndChild_throwsNamingCode() {
    NodeResult area =
        area(
            "4",
            "Cải cách tổ chức bộ máy",
            "1",
            "1",
            leaf("4", "Trùng mã", Channel.APPRAISAL, "1", "1"));

    assertThatThrownBy(() -> phuThong().addNodes(area).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nodes: duplicate code '4'");
  }

  @Test
  void build_malformedCatalogHash_throwsNamingExpectedForm() {
    assertThatThrownBy(() -> phuThong().catalogHash("sha256:ABC").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "catalogHash: expected 'sha256:' followed by 64 lowercase hexadecimal digits but found"
                + " 'sha256:ABC'");
  }

  @Test
  void build_negativeBonus_throwsNamingFieldValueAndRule() {
    assertThatThrownBy(() -> phuThong().bonus(Decimal.parse("-0.5")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bonus: expected a non-negative number of points but found -0.5");
  }

  @Test
  void build_negativePenalty_throwsNamingFieldValueAndRule() {
    assertThatThrownBy(() -> phuThong().penalty(Decimal.of(-2)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("penalty: expected a non-negative number of points but found -2");
  }

  @Test
  void build_indexDecimalsAboveTen_throws() {
    assertThatThrownBy(() -> phuThong().indexDecimals(11).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indexDecimals: expected 0 to 10 but found 11");
  }

  @Test
  void build_negativeIndexDecimals_throws() {
    assertThatThrownBy(() -> phuThong().indexDecimals(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indexDecimals: expected 0 to 10 but found -1");
  }

  @Test
  void build_indexRoundedFinerThanIndexDecimals_throws() {
    assertThatThrownBy(
            () -> phuThong().indexRounded(Decimal.parse("79.310")).indexDecimals(1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indexRounded: expected at most 1 fractional digits but found 79.31");
  }

  @Test
  void build_indexRoundedWithTrailingZeros_isAccepted() {
    Scorecard s = phuThong().indexRounded(Decimal.parse("90.00")).indexDecimals(0).build();

    assertThat(s.indexRounded().toString(s.indexDecimals())).isEqualTo("90");
  }

  @Test
  void build_blankUnitName_throws() {
    assertThatThrownBy(() -> phuThong().unitName("  ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unitName: expected non-blank text but found '  '");
  }

  @Test
  void build_unitKindNotLowercaseCode_throws() {
    assertThatThrownBy(() -> phuThong().unitKind("Thị trấn").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unitKind: expected a lowercase code such as 'commune' or 'thi_tran' (a-z, 0-9, '_') but"
                + " found 'Thị trấn'");
  }

  @Test
  void build_unitCodeWithSpaces_throws() {
    assertThatThrownBy(() -> phuThong().unitCode(" 01975").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unitCode: expected a non-blank code without surrounding spaces but found ' 01975'");
  }

  @Test
  void build_nfdStrings_equalsNfcScorecard() {
    // given
    Scorecard nfc = phuThong().build();

    // when
    Scorecard fromNfd =
        phuThong()
            .unitName(nfd("Thị trấn Phủ Thông"))
            .band(LocalizedText.of(nfd("Khá"), "Fair"))
            .build();

    // then
    assertThat(fromNfd).isEqualTo(nfc).hasSameHashCodeAs(nfc);
  }

  @Test
  void build_nfdUnitName_storesNfc() {
    assertThat(phuThong().unitName(nfd("Thị trấn Phủ Thông")).build().unitName())
        .isEqualTo("Thị trấn Phủ Thông");
  }

  private static String nfd(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD);
    assertThat(n).isNotEqualTo(s);
    return n;
  }
}
