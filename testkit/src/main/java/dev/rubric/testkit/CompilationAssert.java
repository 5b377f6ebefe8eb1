package dev.rubric.testkit;

import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.DiagnosticSeverity;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.dsl.Compilation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Compilation}; obtained from {@link
 * RubricAssertions#assertThat(Compilation)}.
 *
 * <pre>{@code
 * assertThat(compilation).hasNoErrors();
 * assertThat(compilation).hasError("RB204").at(12, 9).hasMessage("unknown name 'ho_so_dung_hn'");
 * }</pre>
 */
public final class CompilationAssert extends AbstractAssert<CompilationAssert, Compilation> {

  CompilationAssert(Compilation actual) {
    super(actual, CompilationAssert.class);
  }

  /**
   * Checks that the compilation has no error diagnostic (warnings are allowed).
   *
   * @return this assertion
   * @throws AssertionError if there is an error
   */
  public CompilationAssert hasNoErrors() {
    isNotNull();
    List<Diagnostic> errors = actual.diagnostics().stream().filter(Diagnostic::isError).toList();
    if (!errors.isEmpty()) {
      throw failure(
          RubricAssertions.literal(
              header()
                  + "\nto have no errors\nbut had "
                  + errors.size()
                  + ":\n  "
                  + errors.stream().map(this::line).collect(Collectors.joining("\n  "))));
    }
    return myself;
  }

  /**
   * Returns assertions on the first error with {@code code}, in position order.
   *
   * @param code a diagnostic code such as {@code "RB204"}
   * @return assertions on that diagnostic
   * @throws AssertionError if there is no such error
   */
  public DiagnosticAssert hasError(String code) {
    return has(code, DiagnosticSeverity.ERROR, "an error");
  }

  /**
   * Returns assertions on the first warning with {@code code}, in position order.
   *
   * @param code a diagnostic code such as {@code "RB202"}
   * @return assertions on that diagnostic
   * @throws AssertionError if there is no such warning
   */
  public DiagnosticAssert hasWarning(String code) {
    return has(code, DiagnosticSeverity.WARNING, "a warning");
  }

  private DiagnosticAssert has(String code, DiagnosticSeverity severity, String what) {
    Objects.requireNonNull(code, "code");
    isNotNull();
    Optional<Diagnostic> found =
        actual.diagnostics().stream()
            .filter(d -> d.code().equals(code) && d.severity() == severity)
            .findFirst();
    if (found.isEmpty()) {
      throw failure(
          RubricAssertions.literal(
              header()
                  + "\nto have "
                  + what
                  + " with code:\n  "
                  + RubricAssertions.quote(code)
                  + "\nbut had "
                  + (actual.diagnostics().isEmpty()
                      ? "no diagnostics"
                      : "diagnostics:\n  "
                          + actual.diagnostics().stream()
                              .map(this::line)
                              .collect(Collectors.joining("\n  ")))));
    }
    return new DiagnosticAssert(found.get(), actual.source());
  }

  private String line(Diagnostic d) {
    return DiagnosticAssert.describe(d, actual.source());
  }

  private String header() {
    SourceText source = actual.source();
    return "\nExpecting compilation of " + RubricAssertions.quote(source.name());
  }
}
