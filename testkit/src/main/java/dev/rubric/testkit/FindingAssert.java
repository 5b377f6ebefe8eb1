package dev.rubric.testkit;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.finding.Severity;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Finding}; obtained from {@link RubricAssertions#assertThat(Finding)} or
 * {@link ScorecardAssert#hasFinding(String)}.
 *
 * <pre>{@code
 * assertThat(card).hasFinding("2.3").withSeverity(Severity.MAJOR).hasKind(FindingKind.PARTIAL);
 * }</pre>
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {

  FindingAssert(Finding actual) {
    super(actual, FindingAssert.class);
  }

  /**
   * Checks that the finding has {@code severity}; reads well after {@link
   * ScorecardAssert#hasFinding(String)}.
   *
   * @param severity the expected severity
   * @return this assertion
   * @throws AssertionError if the finding has another severity
   */
  public FindingAssert withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    isNotNull();
    if (actual.severity() != severity) {
      throw failure(
          RubricAssertions.literal(
              header()
                  + "\nto have severity:\n  "
                  + severity
                  + "\nbut had severity:\n  "
                  + actual.severity()));
    }
    return myself;
  }

  /**
   * Checks that the finding is of {@code kind}.
   *
   * @param kind the expected kind
   * @return this assertion
   * @throws AssertionError if the finding is of another kind
   */
  public FindingAssert hasKind(FindingKind kind) {
    Objects.requireNonNull(kind, "kind");
    isNotNull();
    if (actual.kind() != kind) {
      throw failure(
          RubricAssertions.literal(
              header() + "\nto have kind:\n  " + kind + "\nbut had kind:\n  " + actual.kind()));
    }
    return myself;
  }

  /**
   * Checks that the finding's Vietnamese or English message contains {@code text}.
   *
   * @param text the expected fragment
   * @return this assertion
   * @throws AssertionError if neither message contains it
   */
  public FindingAssert hasMessageContaining(String text) {
    Objects.requireNonNull(text, "text");
    isNotNull();
    LocalizedText message = actual.message().text();
    boolean found =
        message.vi().contains(text) || message.en().map(e -> e.contains(text)).orElse(false);
    if (!found) {
      throw failure(
          RubricAssertions.literal(
              header()
                  + "\nto have a message containing:\n  "
                  + RubricAssertions.quote(text)
                  + "\nbut had message:\n  "
                  + RubricAssertions.quote(message.vi())
                  + message.en().map(e -> "\n  " + RubricAssertions.quote(e)).orElse("")));
    }
    return myself;
  }

  /**
   * Checks that the finding cost {@code points}, compared as numbers.
   *
   * @param points the expected points lost, a decimal literal
   * @return this assertion
   * @throws AssertionError if the finding cost something else
   */
  public FindingAssert hasPointsLost(String points) {
    Decimal expected = Decimal.parse(Objects.requireNonNull(points, "points"));
    isNotNull();
    if (!actual.pointsLost().equals(expected)) {
      throw failure(
          RubricAssertions.literal(
              header()
                  + "\nto have points lost:\n  "
                  + points
                  + "\nbut had points lost:\n  "
                  + actual.pointsLost()));
    }
    return myself;
  }

  private String header() {
    return "\nExpecting finding "
        + RubricAssertions.quote(actual.code())
        + actual
            .criterionCode()
            .map(c -> " about criterion " + RubricAssertions.quote(c))
            .orElse("");
  }
}
