package dev.rubric.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingTest {

  private static final String WORKING_RULES_VI = "Thực hiện quy chế làm việc chưa đầy đủ";

  private static Finding.Builder notMet() {
    return Finding.builder()
        .code("2.3.not-met")
        .severity(Severity.MAJOR)
        .kind(FindingKind.NOT_MET)
        .criterionCode("2.3")
        .messageKey("finding.not-met")
        .putArguments("rate", "62.50%")
        .message(LocalizedText.of(WORKING_RULES_VI, "Working regulations not fully implemented"))
        .addEvidence("quy_che_lam_viec")
        .recommendation(LocalizedText.of("Đề nghị chấn chỉnh", "Correct it"))
        .pointsLost(Decimal.parse("1.5"));
  }

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  @Test
  void build_allAttributes_keepsThem() {
    Finding f = notMet().build();

    assertThat(f)
        .extracting(
            Finding::code,
            Finding::severity,
            Finding::kind,
            Finding::criterionCode,
            Finding::messageKey,
            Finding::arguments,
            Finding::evidence,
            Finding::recommendation,
            Finding::pointsLost)
        .containsExactly(
            "2.3.not-met",
            Severity.MAJOR,
            FindingKind.NOT_MET,
            Optional.of("2.3"),
            "finding.not-met",
            Map.of("rate", "62.50%"),
            List.of("quy_che_lam_viec"),
            Optional.of(LocalizedText.of("Đề nghị chấn chỉnh", "Correct it")),
            Decimal.parse("1.5"));
  }

  @Test
  void build_dataQualityWithoutCriterion_leavesOptionalsEmpty() {
    Finding f =
        Finding.builder()
            .code("RB601")
            .severity(Severity.INFO)
            .kind(FindingKind.DATA_QUALITY)
            .messageKey("RB601")
            .message(LocalizedText.of("Tử số lớn hơn mẫu số", "Numerator exceeds denominator"))
            .pointsLost(Decimal.ZERO)
            .build();

    assertThat(f)
        .extracting(
            Finding::criterionCode, Finding::recommendation, Finding::arguments, Finding::evidence)
        .containsExactly(Optional.empty(), Optional.empty(), Map.of(), List.of());
  }

  @Test
  void arguments_putInNonAlphabeticalOrder_keepInsertionOrder() {
    Finding f =
        notMet()
            .putArguments("target", "100%")
            .putArguments("denominator", "420")
            .putArguments("numerator", "412")
            .build();

    assertThat(f.arguments().keySet())
        .containsExactly("rate", "target", "denominator", "numerator");
  }

  @Test
  void codeFor_criterionAndKind_joinsWithDot() {
    assertThat(Finding.codeFor("2.3", FindingKind.SELF_ASSESSMENT_GAP))
        .isEqualTo("2.3.self-assessment-gap");
  }

  @Test
  void build_negativePointsLost_throwsNamingFieldValueAndRule() {
    assertThatThrownBy(() -> notMet().pointsLost(Decimal.of(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pointsLost: expected a non-negative number of points but found -1");
  }

  @Test
  void build_blankCode_throws() {
    assertThatThrownBy(() -> notMet().code(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code: expected a non-blank code without surrounding spaces but found ' '");
  }

  @Test
  void build_criterionCodeWithSurroundingSpace_throws() {
    assertThatThrownBy(() -> notMet().criterionCode("2.3 ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "criterionCode: expected a non-blank code without surrounding spaces but found '2.3 '");
  }

  @Test
  void build_blankMessageKey_throws() {
    assertThatThrownBy(() -> notMet().messageKey("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "messageKey: expected a non-blank code without surrounding spaces but found ''");
  }

  @Test
  void build_blankArgumentName_throws() {
    assertThatThrownBy(() -> notMet().putArguments(" ", "1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "arguments: expected a non-blank code without surrounding spaces but found ' '");
  }

  @Test
  void build_argumentNamesEqualAfterNfc_throws() {
    String name = "tỷ_lệ";

    assertThatThrownBy(() -> notMet().putArguments(name, "1").putArguments(nfd(name), "2").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "arguments: expected distinct names after NFC normalisation but found [rate, "
                + name
                + ", "
                + nfd(name)
                + "]");
  }

  @Test
  void build_duplicateEvidenceReference_throws() {
    assertThatThrownBy(() -> notMet().addEvidence("quy_che_lam_viec").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evidence: duplicate reference 'quy_che_lam_viec'");
  }

  @Test
  void build_blankEvidenceReference_throws() {
    assertThatThrownBy(() -> notMet().addEvidence("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evidence: expected a non-blank code without surrounding spaces but found ''");
  }

  @Test
  void build_missingRequiredAttributes_throwsNamingThem() {
    assertThatThrownBy(() -> Finding.builder().code("RB601").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContainingAll("severity", "kind", "messageKey", "message", "pointsLost");
  }

  @Test
  void builder_nullAttribute_throwsNamingIt() {
    assertThatThrownBy(() -> Finding.builder().code(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("code");
  }

  @Test
  void build_nfdText_equalsNfcFinding() {
    // given
    String subject = "ệ_tỷ_lệ";
    Finding nfc = notMet().putArguments(subject, WORKING_RULES_VI).addEvidence(subject).build();

    // when
    Finding fromNfd =
        notMet()
            .message(
                LocalizedText.of(
                    nfd(WORKING_RULES_VI), "Working regulations not fully implemented"))
            .putArguments(nfd(subject), nfd(WORKING_RULES_VI))
            .addEvidence(nfd(subject))
            .build();

    // then
    assertThat(fromNfd).isEqualTo(nfc).hasSameHashCodeAs(nfc);
  }

  @Test
  void build_nfdCodes_normalisesEveryCode() {
    String code = "ô.1";

    Finding f = notMet().code(nfd(code)).criterionCode(nfd(code)).messageKey(nfd(code)).build();

    assertThat(f)
        .extracting(Finding::code, Finding::criterionCode, Finding::messageKey)
        .containsExactly(code, Optional.of(code), code);
  }

  @Test
  void arguments_returned_areUnmodifiable() {
    assertThatThrownBy(() -> notMet().build().arguments().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
