package dev.rubric.testkit;

import static dev.rubric.testkit.RubricAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.result.Scorecard;
import org.junit.jupiter.api.Test;

class FindingAssertTest {

  private static final Scorecard CARD =
      SampleCatalog.COMPILED.evaluate(SampleCatalog.phuThong2022());

  @Test
  void finding_matchingValues_passes() {
    assertThat(CARD)
        .hasFinding("3.4")
        .withSeverity(Severity.MAJOR)
        .hasKind(FindingKind.PARTIAL)
        .hasMessageContaining("35,71%")
        .hasMessageContaining("target 50%");
  }

  @Test
  void withSeverity_otherSeverity_fails() {
    assertThatThrownBy(() -> assertThat(CARD).hasFinding("2.3").withSeverity(Severity.MINOR))
        .hasMessage(
            String.join(
                "\n",
                "",
                "Expecting finding \"2.3.partial\" about criterion \"2.3\"",
                "to have severity:",
                "  MINOR",
                "but had severity:",
                "  MAJOR"));
  }

  @Test
  void hasKind_otherKind_fails() {
    assertThatThrownBy(() -> assertThat(CARD).hasFinding("3.2").hasKind(FindingKind.NOT_MET))
        .hasMessage(
            String.join(
                "\n",
                "",
                "Expecting finding \"3.2.partial\" about criterion \"3.2\"",
                "to have kind:",
                "  NOT_MET",
                "but had kind:",
                "  PARTIAL"));
  }

  @Test
  void hasMessageContaining_absentText_failsShowingBothLanguages() {
    assertThatThrownBy(() -> assertThat(CARD).hasFinding("2.3").hasMessageContaining("100%"))
        .hasMessage(
            String.join(
                "\n",
                "",
                "Expecting finding \"2.3.partial\" about criterion \"2.3\"",
                "to have a message containing:",
                "  \"100%\"",
                "but had message:",
                "  \"Thực hiện quy chế làm việc chưa đầy đủ\"",
                "  \"The working regulations are not fully implemented\""));
  }

  @Test
  void hasPointsLost_otherPoints_fails() {
    assertThatThrownBy(() -> assertThat(CARD).hasFinding("3.2").hasPointsLost("2"))
        .hasMessage(
            String.join(
                "\n",
                "",
                "Expecting finding \"3.2.partial\" about criterion \"3.2\"",
                "to have points lost:",
                "  2",
                "but had points lost:",
                "  1"));
  }
}
