package dev.rubric.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FindingKindTest {

  private final ObjectMapper mapper = new ObjectMapper();

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
            "evaluation-error");
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

  @Test
  void json_eachKind_isLowercaseName() throws Exception {
    assertThat(mapper.writeValueAsString(FindingKind.values()))
        .isEqualTo(
            "[\"not_met\",\"partial\",\"missing_evidence\",\"late\",\"data_quality\","
                + "\"self_assessment_gap\",\"needs_cohort\",\"evaluation_error\"]");
  }

  @ParameterizedTest
  @EnumSource(FindingKind.class)
  void json_roundTrip_returnsKind(FindingKind kind) throws Exception {
    assertThat(mapper.readValue(mapper.writeValueAsString(kind), FindingKind.class)).isSameAs(kind);
  }

  @Test
  void json_hyphenatedCode_failsNamingExpectedForm() {
    assertThatThrownBy(() -> mapper.readValue("\"not-met\"", FindingKind.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasRootCauseMessage(
            "kind: expected a finding kind such as 'not_met' but found 'not-met'");
  }
}
