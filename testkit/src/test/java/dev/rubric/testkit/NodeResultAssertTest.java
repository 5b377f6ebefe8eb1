package dev.rubric.testkit;

import static dev.rubric.testkit.RubricAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import org.junit.jupiter.api.Test;

class NodeResultAssertTest {

  private static final Scorecard CARD =
      SampleCatalog.COMPILED.evaluate(SampleCatalog.phuThong2022());

  @Test
  void node_matchingValues_passes() {
    assertThat(CARD).node("3.2").hasEarned("3.0").hasApplicableMax("4").hasMax("4");
  }

  @Test
  void hasEarned_otherPoints_fails() {
    assertThatThrownBy(() -> assertThat(CARD).node("3.2").hasEarned("4"))
        .hasMessage(
            String.join(
                "\n",
                "",
                "Expecting node \"3.2\" (Tỷ lệ hồ sơ giải quyết đúng hạn)",
                "to have earned:",
                "  4",
                "but had earned:",
                "  3"));
  }

  @Test
  void hasStatus_otherStatus_fails() {
    assertThatThrownBy(() -> assertThat(CARD).node("3.2").hasStatus(NodeStatus.MET))
        .hasMessage(
            String.join(
                "\n",
                "",
                "Expecting node \"3.2\" (Tỷ lệ hồ sơ giải quyết đúng hạn)",
                "to have status:",
                "  MET",
                "but had status:",
                "  PARTIAL"));
  }

  @Test
  void hasApplicableMax_otherPoints_fails() {
    assertThatThrownBy(() -> assertThat(CARD.node("S.1").orElseThrow()).hasApplicableMax("0"))
        .hasMessage(
            String.join(
                "\n",
                "",
                "Expecting node \"S.1\" (Chỉ số hài lòng về sự phục vụ của UBND cấp xã)",
                "to have applicable max:",
                "  0",
                "but had applicable max:",
                "  30"));
  }
}
