package dev.rubric.testkit;

import static dev.rubric.testkit.RubricAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.finding.Severity;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import org.junit.jupiter.api.Test;

class ScorecardAssertTest {

  private static final Scorecard CARD =
      SampleCatalog.COMPILED.evaluate(SampleCatalog.phuThong2022());

  // tag::assertions[]
  @Test
  void assertions_phuThong2022_passes() {
    Scorecard card = SampleCatalog.COMPILED.evaluate(SampleCatalog.phuThong2022());

    assertThat(card).hasBand("Khá").hasIndex("87.53");
    assertThat(card).hasFinding("2.3").withSeverity(Severity.MAJOR);
    assertThat(card).node("3.2").hasEarned("3").hasStatus(NodeStatus.PARTIAL);
  }

  // end::assertions[]

  @Test
  void hasBand_englishLabel_passes() {
    assertThat(CARD).hasBand("Fair");
  }

  @Test
  void hasBand_otherBand_failsWithBothBands() {
    assertThatThrownBy(() -> assertThat(CARD).hasBand("Tốt"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            String.join(
                "\n",
                "",
                "Expecting scorecard of unit \"01969\" for period \"2022\"",
                "to have band:",
                "  \"Tốt\"",
                "but had band:",
                "  \"Khá\""));
  }

  @Test
  void hasNoBand_withBand_fails() {
    assertThatThrownBy(() -> assertThat(CARD).hasNoBand())
        .hasMessage(
            String.join(
                "\n",
                "",
                "Expecting scorecard of unit \"01969\" for period \"2022\"",
                "to have no band",
                "but had band:",
                "  \"Khá\""));
  }

  @Test
  void hasIndex_sameNumberOtherScale_passes() {
    assertThat(CARD).hasIndex("87.530");
  }

  @Test
  void hasIndex_otherIndex_failsWithPublishedDecimals() {
    assertThatThrownBy(() -> assertThat(CARD).hasIndex("76.50"))
        .hasMessage(
            String.join(
                "\n",
                "",
                "Expecting scorecard of unit \"01969\" for period \"2022\"",
                "to have rounded index:",
                "  76.50",
                "but had:",
                "  87.53"));
  }

  @Test
  void hasTotal_otherTotal_fails() {
    assertThatThrownBy(() -> assertThat(CARD).hasTotal("87.5"))
        .hasMessage(
            String.join(
                "\n",
                "",
                "Expecting scorecard of unit \"01969\" for period \"2022\"",
                "to have total:",
                "  87.5",
                "but had:",
                "  87.53214285714285714286"));
  }

  @Test
  void node_unknownCode_failsListingCodes() {
    assertThatThrownBy(() -> assertThat(CARD).node("9.9"))
        .hasMessageStartingWith(
            String.join(
                "\n",
                "",
                "Expecting scorecard of unit \"01969\" for period \"2022\"",
                "to have a node with code:",
                "  \"9.9\"",
                "but had only:",
                "  [\"1\", \"1.1\", \"1.1.1\", \"1.1.2\", \"1.2\","))
        .hasMessageEndingWith("\"S\", \"S.1\", \"B.1\", \"P.1\"]");
  }

  @Test
  void hasFinding_absent_failsListingFindings() {
    assertThatThrownBy(() -> assertThat(CARD).hasFinding("4.1"))
        .hasMessageStartingWith(
            String.join(
                "\n",
                "",
                "Expecting scorecard of unit \"01969\" for period \"2022\"",
                "to have a finding with code or criterion code:",
                "  \"4.1\"",
                "but had findings:",
                "  [\"1.1.2.partial\", \"1.2.partial\","));
  }

  @Test
  void hasFinding_byFindingCode_passes() {
    assertThat(CARD).hasFinding("2.3.partial").hasKind(dev.rubric.core.finding.FindingKind.PARTIAL);
  }

  @Test
  void hasNoFinding_present_failsShowingIt() {
    assertThatThrownBy(() -> assertThat(CARD).hasNoFinding("2.3"))
        .hasMessage(
            String.join(
                "\n",
                "",
                "Expecting scorecard of unit \"01969\" for period \"2022\"",
                "not to have a finding with code or criterion code:",
                "  \"2.3\"",
                "but had:",
                "  \"2.3.partial\" major \"Thực hiện quy chế làm việc chưa đầy đủ\""));
  }

  @Test
  void hasBand_nullScorecard_failsLikeAssertJ() {
    assertThatThrownBy(() -> assertThat((Scorecard) null).hasBand("Khá"))
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void hasBand_withDescription_prefixesMessage() {
    assertThatThrownBy(() -> assertThat(CARD).as("Phủ Thông 2022").hasBand("Tốt"))
        .hasMessageStartingWith("[Phủ Thông 2022] \nExpecting scorecard");
  }
}
