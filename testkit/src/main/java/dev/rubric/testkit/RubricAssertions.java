package dev.rubric.testkit;

import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.Compilation;

/**
 * Entry point of Rubric's AssertJ assertions, for scorecards, node results, findings, compilations
 * and diagnostics. Import its {@code assertThat} methods statically next to AssertJ's own; the
 * overloads do not clash.
 *
 * <pre>{@code
 * import static dev.rubric.testkit.RubricAssertions.assertThat;
 *
 * assertThat(scorecard).hasBand("Khá").hasIndex("76.50");
 * assertThat(scorecard).hasFinding("2.3").withSeverity(Severity.MAJOR);
 * assertThat(scorecard).node("3.2").hasEarned("3").hasStatus(NodeStatus.PARTIAL);
 * assertThat(compilation).hasError("RB204").at(12, 9);
 * assertThat(compilation).hasNoErrors();
 * }</pre>
 *
 * <p>A failing assertion throws an {@link AssertionError} whose message follows AssertJ's
 * "Expecting … to … but …" layout, for example:
 *
 * <pre>
 * Expecting scorecard of unit "01969" for period "2022"
 * to have band:
 *   "Khá"
 * but had band:
 *   "Tốt"</pre>
 */
public final class RubricAssertions {

  private RubricAssertions() {}

  /**
   * Returns assertions on {@code actual}.
   *
   * @param actual the scorecard to check; may be null, which every assertion reports
   * @return the assertions
   */
  public static ScorecardAssert assertThat(Scorecard actual) {
    return new ScorecardAssert(actual);
  }

  /**
   * Returns assertions on {@code actual}.
   *
   * @param actual the node result to check
   * @return the assertions
   */
  public static NodeResultAssert assertThat(NodeResult actual) {
    return new NodeResultAssert(actual);
  }

  /**
   * Returns assertions on {@code actual}.
   *
   * @param actual the finding to check
   * @return the assertions
   */
  public static FindingAssert assertThat(Finding actual) {
    return new FindingAssert(actual);
  }

  /**
   * Returns assertions on {@code actual}; positions of its diagnostics are computed from {@link
   * Compilation#source()}.
   *
   * @param actual the compilation to check
   * @return the assertions
   */
  public static CompilationAssert assertThat(Compilation actual) {
    return new CompilationAssert(actual);
  }

  /**
   * Returns assertions on {@code actual}, whose position is computed in {@code source}.
   *
   * @param actual the diagnostic to check
   * @param source the source the diagnostic's span refers to
   * @return the assertions
   */
  public static DiagnosticAssert assertThat(Diagnostic actual, SourceText source) {
    return new DiagnosticAssert(actual, source);
  }

  /** Escapes {@code %} so that AssertJ's message formatting leaves {@code message} unchanged. */
  static String literal(String message) {
    return message.replace("%", "%%");
  }

  /** Returns {@code s} in double quotes, as AssertJ shows strings. */
  static String quote(String s) {
    return "\"" + s + "\"";
  }
}
