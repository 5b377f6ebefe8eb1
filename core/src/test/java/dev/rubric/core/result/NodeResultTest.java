package dev.rubric.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.finding.Explanation;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeResultTest {

  private static final String WORKING_RULES_VI = "Thực hiện quy chế làm việc chưa đầy đủ";

  private static NodeResult leaf(String code, String earned, String max) {
    return node(code, earned, max, max, List.of());
  }

  private static NodeResult node(
      String code, String earned, String max, String applicableMax, List<NodeResult> children) {
    return new NodeResult(
        code,
        LocalizedText.of("Tiêu chí " + code),
        Channel.APPRAISAL,
        Decimal.parse(earned),
        Decimal.parse(max),
        Decimal.parse(applicableMax),
        NodeStatus.PARTIAL,
        Explanation.of(LocalizedText.of("điểm = " + earned)),
        children);
  }

  /** Area 1 with 1.1 (leaves 1.1.1, 1.1.2) and 1.2. */
  private static NodeResult area() {
    NodeResult c11 =
        node("1.1", "1.5", "3", "3", List.of(leaf("1.1.1", "1", "1"), leaf("1.1.2", "0.5", "2")));
    return node("1", "2.5", "5", "5", List.of(c11, leaf("1.2", "1", "2")));
  }

  @Test
  void constructor_negativeMax_throwsNamingFieldValueAndRule() {
    assertThatThrownBy(() -> node("1", "0", "-1", "0", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max: expected a non-negative number of points but found -1");
  }

  @Test
  void constructor_applicableMaxAboveMax_throwsNamingBounds() {
    assertThatThrownBy(() -> node("1", "0", "4", "4.5", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("applicableMax: expected a number of points from 0 to max 4 but found 4.5");
  }

  @Test
  void constructor_negativeApplicableMax_throwsNamingBounds() {
    assertThatThrownBy(() -> node("1", "0", "4", "-1", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("applicableMax: expected a number of points from 0 to max 4 but found -1");
  }

  @Test
  void constructor_blankCode_throws() {
    assertThatThrownBy(() -> leaf(" ", "0", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code: expected a non-blank code without surrounding spaces but found ' '");
  }

  @Test
  void constructor_nullStatus_throwsNamingIt() {
    assertThatThrownBy(
            () ->
                new NodeResult(
                    "1",
                    LocalizedText.of("a"),
                    Channel.SURVEY,
                    Decimal.ZERO,
                    Decimal.ONE,
                    Decimal.ONE,
                    null,
                    Explanation.of(LocalizedText.of("a")),
                    List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("status");
  }

  @Test
  void constructor_negativeEarnedOnPenaltyNode_isAccepted() {
    assertThat(node("P1", "-2", "0", "0", List.of()).earned()).isEqualTo(Decimal.of(-2));
  }

  @Test
  void constructor_nfdTitleAndCode_equalsNfcNode() {
    // given
    String nfd = Normalizer.normalize(WORKING_RULES_VI, Normalizer.Form.NFD);
    String code = "ư.1";
    NodeResult nfc = withTitle(code, LocalizedText.of(WORKING_RULES_VI));

    // when
    NodeResult fromNfd =
        withTitle(Normalizer.normalize(code, Normalizer.Form.NFD), LocalizedText.of(nfd));

    // then
    assertThat(fromNfd).isEqualTo(nfc).hasSameHashCodeAs(nfc);
    assertThat(fromNfd.title().vi()).isEqualTo(WORKING_RULES_VI);
  }

  private static NodeResult withTitle(String code, LocalizedText title) {
    return new NodeResult(
        code,
        title,
        Channel.APPRAISAL,
        Decimal.ZERO,
        Decimal.ONE,
        Decimal.ONE,
        NodeStatus.NOT_MET,
        Explanation.of(LocalizedText.of("quy chế làm việc = chưa đầy đủ")),
        List.of());
  }

  @Test
  void constructor_mutableChildren_copiesThem() {
    // given
    List<NodeResult> children = new ArrayList<>(List.of(leaf("1.1", "1", "1")));
    NodeResult parent = node("1", "1", "1", "1", children);

    // when
    children.clear();

    // then
    assertThat(parent.children()).hasSize(1);
  }

  @Test
  void pointsLost_partialScore_isApplicableMaxMinusEarned() {
    assertThat(node("3.2", "3", "4", "4", List.of()).pointsLost()).isEqualTo(Decimal.ONE);
  }

  @Test
  void pointsLost_earnedAboveApplicableMax_isZero() {
    assertThat(node("3.2", "2", "4", "1", List.of()).pointsLost()).isEqualTo(Decimal.ZERO);
  }

  @Test
  void pointsLost_excludedNode_isZero() {
    assertThat(node("3.2", "0", "4", "0", List.of()).pointsLost()).isEqualTo(Decimal.ZERO);
  }

  @Test
  void pointsLost_negativeEarnedOnPenaltyNode_isPenaltyMagnitude() {
    assertThat(node("P1", "-1.5", "0", "0", List.of()).pointsLost())
        .isEqualTo(Decimal.parse("1.5"));
  }

  @Test
  void find_ownCode_returnsSelf() {
    NodeResult area = area();

    assertThat(area.find("1")).containsSame(area);
  }

  @Test
  void find_grandchildCode_returnsGrandchild() {
    assertThat(area().find("1.1.2")).map(NodeResult::earned).contains(Decimal.parse("0.5"));
  }

  @Test
  void find_absentCode_isEmpty() {
    assertThat(area().find("2.1")).isEmpty();
  }

  @Test
  void find_nfdCode_findsNfcNode() {
    NodeResult n = node("a", "0", "1", "1", List.of(leaf("ư.1", "0", "1")));

    assertThat(n.find(Normalizer.normalize("ư.1", Normalizer.Form.NFD)))
        .map(NodeResult::code)
        .contains("ư.1");
  }

  @Test
  void flatten_threeLevelTree_listsNodesInPreOrder() {
    assertThat(area().flatten())
        .extracting(NodeResult::code)
        .containsExactly("1", "1.1", "1.1.1", "1.1.2", "1.2");
  }

  @Test
  void flatten_leaf_isItself() {
    NodeResult leaf = leaf("1.2", "1", "2");

    assertThat(leaf.flatten()).containsExactly(leaf);
  }
}
