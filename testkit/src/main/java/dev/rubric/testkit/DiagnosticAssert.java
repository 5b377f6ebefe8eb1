package dev.rubric.testkit;

import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.SourceSpan;
import dev.rubric.core.diagnostic.SourceText;
import java.util.Locale;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link Diagnostic}; obtained from {@link CompilationAssert#hasError(String)} or
 * {@link RubricAssertions#assertThat(Diagnostic, SourceText)}. Positions are 1-based lines and
 * columns (columns count code points) in the compiled source.
 */
public final class DiagnosticAssert extends AbstractAssert<DiagnosticAssert, Diagnostic> {

  private final SourceText source;

  DiagnosticAssert(Diagnostic actual, SourceText source) {
    super(actual, DiagnosticAssert.class);
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * Checks that the diagnostic starts at {@code line} and {@code column}.
   *
   * @param line the expected 1-based line
   * @param column the expected 1-based column
   * @return this assertion
   * @throws AssertionError if the diagnostic starts elsewhere or has no position
   */
  public DiagnosticAssert at(int line, int column) {
    isNotNull();
    String expected = "line " + line + ", column " + column;
    if (actual.span().isEmpty()) {
      throw failure(
          RubricAssertions.literal(
              header()
                  + "\nto be at "
                  + expected
                  + "\nbut it has no position"
                  + actual.path().map(p -> " (it is about " + p + ")").orElse("")));
    }
    SourceSpan span = actual.span().get();
    int foundLine = source.lineOf(span.start());
    int foundColumn = source.columnOf(span.start());
    if (foundLine != line || foundColumn != column) {
      throw failure(
          RubricAssertions.literal(
              header()
                  + "\nto be at "
                  + expected
                  + "\nbut was at line "
                  + foundLine
                  + ", column "
                  + foundColumn));
    }
    return myself;
  }

  /**
   * Checks that the diagnostic's message is exactly {@code message}.
   *
   * @param message the expected message
   * @return this assertion
   * @throws AssertionError if the message differs
   */
  public DiagnosticAssert hasMessage(String message) {
    Objects.requireNonNull(message, "message");
    isNotNull();
    if (!actual.message().equals(message)) {
      throw failure(
          RubricAssertions.literal(
              header()
                  + "\nto have message:\n  "
                  + RubricAssertions.quote(message)
                  + "\nbut had message:\n  "
                  + RubricAssertions.quote(actual.message())));
    }
    return myself;
  }

  /**
   * Checks that one of the diagnostic's hints is exactly {@code hint}.
   *
   * @param hint the expected hint, e.g. {@code "did you mean 'ho_so_dung_han'?"}
   * @return this assertion
   * @throws AssertionError if no hint matches
   */
  public DiagnosticAssert hasHint(String hint) {
    Objects.requireNonNull(hint, "hint");
    isNotNull();
    if (!actual.hints().contains(hint)) {
      throw failure(
          RubricAssertions.literal(
              header()
                  + "\nto have hint:\n  "
                  + RubricAssertions.quote(hint)
                  + "\nbut had hints:\n  "
                  + actual.hints()));
    }
    return myself;
  }

  private String header() {
    return "\nExpecting "
        + severity(actual)
        + " "
        + actual.code()
        + " "
        + RubricAssertions.quote(actual.message());
  }

  private static String severity(Diagnostic d) {
    return d.severity().name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns {@code 12:9: error: message [RB204]}, or the node path for diagnostics without span.
   */
  static String describe(Diagnostic d, SourceText source) {
    String where =
        d.span()
            .map(s -> source.lineOf(s.start()) + ":" + source.columnOf(s.start()))
            .orElse(d.path().orElse("?"));
    return where + ": " + severity(d) + ": " + d.message() + " [" + d.code() + "]";
  }
}
