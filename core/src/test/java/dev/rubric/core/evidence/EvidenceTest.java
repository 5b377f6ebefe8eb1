package dev.rubric.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceTest {

  private static final EvidenceValue RATIO = EvidenceValue.Ratio.of(412, 420);

  @Test
  void provided_withValue_hasNoExplanation() {
    Evidence e = Evidence.provided(RATIO);

    assertThat(e)
        .extracting(Evidence::status, Evidence::value, Evidence::explanation, Evidence::provenance)
        .containsExactly(
            EvidenceStatus.PROVIDED, Optional.of(RATIO), Optional.empty(), Provenance.NONE);
  }

  @Test
  void new_providedWithoutValue_throws() {
    assertThatThrownBy(
            () ->
                new Evidence(
                    EvidenceStatus.PROVIDED, Optional.empty(), Optional.empty(), Provenance.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evidence.value: expected a value when status is provided but found none");
  }

  @Test
  void new_providedWithExplanation_throws() {
    assertThatThrownBy(
            () ->
                new Evidence(
                    EvidenceStatus.PROVIDED,
                    Optional.of(RATIO),
                    Optional.of("vì sao"),
                    Provenance.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "evidence.explanation: expected no explanation when status is provided but found 'vì sao'");
  }

  @Test
  void new_missingWithValue_throws() {
    assertThatThrownBy(
            () ->
                new Evidence(
                    EvidenceStatus.MISSING, Optional.of(RATIO), Optional.empty(), Provenance.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evidence.value: expected no value when status is missing but found a ratio");
  }

  @Test
  void new_missingWithExplanation_throws() {
    assertThatThrownBy(
            () ->
                new Evidence(
                    EvidenceStatus.MISSING,
                    Optional.empty(),
                    Optional.of("chưa có"),
                    Provenance.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "evidence.explanation: expected no explanation when status is missing but found 'chưa có'");
  }

  @Test
  void new_missingExplainedWithoutExplanation_throws() {
    assertThatThrownBy(
            () ->
                new Evidence(
                    EvidenceStatus.MISSING_EXPLAINED,
                    Optional.empty(),
                    Optional.empty(),
                    Provenance.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "evidence.explanation: expected an explanation when status is missing_explained but found none");
  }

  @Test
  void new_missingExplainedWithValue_throws() {
    assertThatThrownBy(
            () ->
                new Evidence(
                    EvidenceStatus.MISSING_EXPLAINED,
                    Optional.of(new EvidenceValue.Count(1)),
                    Optional.of("x"),
                    Provenance.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "evidence.value: expected no value when status is missing_explained but found a count");
  }

  @Test
  void new_blankExplanation_throws() {
    assertThatThrownBy(() -> Evidence.missingExplained(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evidence.explanation: expected non-blank text but found ' '");
  }

  @Test
  void incomplete_withoutValue_isAllowed() {
    Evidence e =
        new Evidence(
            EvidenceStatus.INCOMPLETE, Optional.empty(), Optional.empty(), Provenance.NONE);

    assertThat(e.value()).isEmpty();
  }

  @Test
  void incomplete_withValueAndExplanation_keepsBoth() {
    Evidence e = Evidence.incomplete(new EvidenceValue.Count(3), "Thiếu báo cáo quý IV");

    assertThat(e.value()).isPresent();
    assertThat(e.explanation()).contains("Thiếu báo cáo quý IV");
  }

  @Test
  void missing_factory_hasNothing() {
    assertThat(Evidence.missing())
        .extracting(Evidence::status, Evidence::value, Evidence::explanation)
        .containsExactly(EvidenceStatus.MISSING, Optional.empty(), Optional.empty());
  }

  @Test
  void withProvenance_copy_keepsTheRest() {
    Provenance p = Provenance.fromSource("Hệ thống một cửa điện tử");

    Evidence e = Evidence.provided(RATIO).withProvenance(p);

    assertThat(e.provenance()).isEqualTo(p);
    assertThat(e.value()).contains(RATIO);
  }

  @Test
  void status_codes_areLowercaseSnakeCase() {
    assertThat(java.util.Arrays.stream(EvidenceStatus.values()).map(EvidenceStatus::code))
        .containsExactly("provided", "incomplete", "missing_explained", "missing");
  }

  @Test
  void status_fromCode_roundTripsAndRejectsUnknown() {
    assertThat(EvidenceStatus.fromCode("missing_explained"))
        .contains(EvidenceStatus.MISSING_EXPLAINED);
    assertThat(EvidenceStatus.fromCode("MISSING")).isEmpty();
  }
}
