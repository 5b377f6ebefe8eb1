package dev.rubric.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Language;
import dev.rubric.core.finding.Severity;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DiagnosticCodeTest {

  private static final SourceSpan SPAN = SourceSpan.of(1, 2);

  @Test
  void values_codes_areWellFormedUniqueAndAscending() {
    List<String> codes = Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::code).toList();

    assertThat(codes).allMatch(c -> c.matches("RB[1-9]\\d\\d")).doesNotHaveDuplicates().isSorted();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(DiagnosticCode.class)
  void isFinding_byRange_isTrueExactlyForRB5xxAndRB6xx(DiagnosticCode code) {
    int n = Integer.parseInt(code.code().substring(2));
    if (n < 700) {
      assertThat(code.isFinding()).isEqualTo(n >= 500);
    } else if (n < 750) {
      // layering: compile-time diagnostics
      assertThat(code.isFinding()).isFalse();
    } else if (n < 800) {
      // waivers: RB750–RB753 reject a waiver before evaluation, RB754 on are scorecard findings
      assertThat(code.isFinding()).isEqualTo(n >= 754);
    } else {
      // assessments and reconciliation: findings
      assertThat(code.isFinding()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(DiagnosticCode.class)
  void title_everyCode_isALowercaseFragment(DiagnosticCode code) {
    assertThat(code.title()).isNotBlank().doesNotEndWith(".").matches("[a-z].*");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(DiagnosticCode.class)
  void title_inVietnamese_isItsOwnLowercaseFragmentInNfc(DiagnosticCode code) {
    String vi = code.title(Language.VI);

    assertThat(vi)
        .isNotBlank()
        .doesNotEndWith(".")
        .matches("\\p{Ll}.*")
        .isNotEqualTo(code.title())
        .isEqualTo(Normalizer.normalize(vi, Normalizer.Form.NFC));
    assertThat(code.title(Language.EN)).isEqualTo(code.title());
  }

  @Test
  void title_inVietnamese_wordsTheCodeInVietnamese() {
    assertThat(DiagnosticCode.UNKNOWN_NAME.title(Language.VI)).isEqualTo("tên chưa được khai báo");
    assertThat(DiagnosticCode.UNGUARDED_RATIO.title(Language.VI))
        .isEqualTo("tỷ lệ dùng như số mà không chặn trường hợp 0/0");
    // every code has a title of its own words, not a copy of another's English
    assertThat(Arrays.stream(DiagnosticCode.values()).map(c -> c.title(Language.VI)))
        .noneMatch(t -> Arrays.stream(DiagnosticCode.values()).anyMatch(c -> c.title().equals(t)));
  }

  @Test
  void severity_ofAFindingCode_throws() {
    assertThatThrownBy(DiagnosticCode.EVIDENCE_OF_WRONG_TYPE::severity)
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(DiagnosticCode.UNKNOWN_NAME::findingSeverity)
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void severity_registered_tellsErrorsWarningsAndFindingSeverities() {
    assertThat(
            List.of(
                DiagnosticCode.UNKNOWN_NAME.severity(),
                DiagnosticCode.UNUSED_DECLARATION.severity()))
        .containsExactly(DiagnosticSeverity.ERROR, DiagnosticSeverity.WARNING);
    assertThat(
            List.of(
                DiagnosticCode.COHORT_NEEDED.findingSeverity(),
                DiagnosticCode.EVIDENCE_FOR_NO_INPUT.findingSeverity()))
        .containsExactly(Severity.INFO, Severity.MINOR);
  }

  @Test
  void headingAndAnchor_warning_markTheSeverityAndFollowGitHubIds() {
    DiagnosticCode code = DiagnosticCode.OVERLAPPING_TIERS;

    assertThat(code.heading()).isEqualTo("RB304 — overlapping tiers (warning)");
    assertThat(code.anchor()).isEqualTo("rb304--overlapping-tiers-warning");
    assertThat(code.docsLink()).isEqualTo("docs/diagnostics.md#rb304--overlapping-tiers-warning");
  }

  @Test
  void anchor_titleWithPunctuation_dropsIt() {
    assertThat(DiagnosticCode.ONE_ALTERNATIVE.anchor())
        .isEqualTo("rb125--best-of--sum-of-with-one-rule");
  }

  @Test
  void of_knownAndUnknownCodes_findsOnlyRegisteredOnes() {
    assertThat(List.of(DiagnosticCode.of("RB204"), DiagnosticCode.of("RB999")))
        .containsExactly(Optional.of(DiagnosticCode.UNKNOWN_NAME), Optional.empty());
  }

  @Test
  void diagnosticOf_registeredCode_takesItsSeverity() {
    Diagnostic d = Diagnostic.of(DiagnosticCode.OVERLAPPING_TIERS, "tiers overlap", SPAN);

    assertThat(d)
        .extracting(Diagnostic::severity, Diagnostic::code, Diagnostic::span)
        .containsExactly(DiagnosticSeverity.WARNING, "RB304", Optional.of(SPAN));
  }

  @Test
  void diagnosticAtPath_registeredCode_hasPathAndItsSeverity() {
    Diagnostic d =
        Diagnostic.atPath(
            DiagnosticCode.UNKNOWN_NAME, "unknown name 'x'", "catalog t > area 1", "hint");

    assertThat(d)
        .extracting(Diagnostic::severity, Diagnostic::path, Diagnostic::hints)
        .containsExactly(
            DiagnosticSeverity.ERROR, Optional.of("catalog t > area 1"), List.of("hint"));
  }

  @Test
  void diagnosticOf_findingCode_isRejected() {
    assertThatThrownBy(() -> Diagnostic.of(DiagnosticCode.NOTHING_APPLIES, "nothing applies", SPAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code: expected a compile-time code but found the finding code RB504");
  }
}
