package dev.rubric.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FindingKindTest {

  @Test
  void code_eachKind_isStableLowercaseHyphenated() {
    assertThat(Arrays.stream(FindingKind.values()).map(FindingKind::code))
        .containsExactly(
            "not-met",
            "partial",
            "missing-evidence",
            "late",
            "data-quality",
            "self-assessment-gap",
            "needs-cohort",
            "evaluation-error",
            "waiver");
  }

  @ParameterizedTest
  @EnumSource(FindingKind.class)
  void fromCode_codeOfKind_returnsKind(FindingKind kind) {
    assertThat(FindingKind.fromCode(kind.code())).isSameAs(kind);
  }

  @Test
  void fromCode_unknownCode_throwsNamingCode() {
    assertThatThrownBy(() -> FindingKind.fromCode("not_met"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kind: expected a finding kind code such as 'not-met' but found 'not_met'");
  }
}
