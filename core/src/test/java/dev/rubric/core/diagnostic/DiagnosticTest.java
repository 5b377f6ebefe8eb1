package dev.rubric.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiagnosticTest {

  private static final SourceSpan SPAN = SourceSpan.of(1, 2);

  @Test
  void error_withHints_hasSpanHintsAndNoPath() {
    Diagnostic d = Diagnostic.error("RB204", "unknown input 'x'", SPAN, "did you mean 'y'?");

    assertThat(d)
        .extracting(
            Diagnostic::severity,
            Diagnostic::code,
            Diagnostic::span,
            Diagnostic::hints,
            Diagnostic::path)
        .containsExactly(
            DiagnosticSeverity.ERROR,
            "RB204",
            Optional.of(SPAN),
            List.of("did you mean 'y'?"),
            Optional.empty());
  }

  @Test
  void isError_byFactory_isTrueOnlyForErrors() {
    assertThat(
            List.of(
                Diagnostic.error("RB100", "e", SPAN).isError(),
                Diagnostic.warning("RB300", "w", SPAN).isError(),
                Diagnostic.note("RB300", "n", SPAN).isError()))
        .containsExactly(true, false, false);
  }

  @Test
  void errorAtPath_builderDiagnostic_hasPathAndNoSpan() {
    Diagnostic d = Diagnostic.errorAtPath("RB301", "weights sum to 99", "catalog cchc-xa > area 1");

    assertThat(d)
        .extracting(Diagnostic::span, Diagnostic::path)
        .containsExactly(Optional.empty(), Optional.of("catalog cchc-xa > area 1"));
  }

  @Test
  void warningAtPath_builderDiagnostic_isWarning() {
    assertThat(Diagnostic.warningAtPath("RB301", "w", "catalog x").severity())
        .isEqualTo(DiagnosticSeverity.WARNING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"RB1", "RB1000", "RB099", "rb204", "RB2040", "XX204"})
  void new_malformedCode_throws(String code) {
    assertThatThrownBy(() -> Diagnostic.error(code, "m", SPAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code: expected a code such as 'RB204' but found '" + code + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Unknown input", "unknown input.", "  "})
  void new_messageNotALowercaseFragment_throws(String message) {
    assertThatThrownBy(() -> Diagnostic.error("RB204", message, SPAN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void new_nfdText_isStoredInNfc() {
    String nfd = Normalizer.normalize("unknown input 'hồ_sơ'", Normalizer.Form.NFD);

    Diagnostic d = Diagnostic.error("RB204", nfd, SPAN, nfd).withPath(nfd);

    assertThat(List.of(d.message(), d.hints().get(0), d.path().orElseThrow()))
        .containsOnly("unknown input 'hồ_sơ'");
  }

  @Test
  void withHint_existingHints_appends() {
    Diagnostic d = Diagnostic.error("RB204", "m", SPAN, "a").withHint("b");

    assertThat(d.hints()).containsExactly("a", "b");
  }

  @Test
  void displayName_severities_areLowercase() {
    assertThat(List.of(DiagnosticSeverity.values()))
        .extracting(DiagnosticSeverity::displayName)
        .containsExactly("error", "warning", "note");
  }
}
