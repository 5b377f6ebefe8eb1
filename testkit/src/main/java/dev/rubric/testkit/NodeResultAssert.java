package dev.rubric.testkit;

import dev.rubric.core.Decimal;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.NodeStatus;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one node of a scorecard; obtained from {@link
 * RubricAssertions#assertThat(NodeResult)} or {@link ScorecardAssert#node(String)}.
 *
 * <pre>{@code
 * assertThat(card).node("3.2").hasEarned("3").hasApplicableMax("4").hasStatus(NodeStatus.PARTIAL);
 * }</pre>
 */
public final class NodeResultAssert extends AbstractAssert<NodeResultAssert, NodeResult> {

  NodeResultAssert(NodeResult actual) {
    super(actual, NodeResultAssert.class);
  }

  /**
   * Checks that the node earned {@code points}, compared as numbers.
   *
   * @param points the expected points, a decimal literal such as {@code "1.5"}
   * @return this assertion
   * @throws AssertionError if the node earned something else
   */
  public NodeResultAssert hasEarned(String points) {
    return number("earned", points, actualEarned());
  }

  /**
   * Checks that the node's applicable max is {@code points}, compared as numbers.
   *
   * @param points the expected applicable max
   * @return this assertion
   * @throws AssertionError if the applicable max differs
   */
  public NodeResultAssert hasApplicableMax(String points) {
    isNotNull();
    return number("applicable max", points, actual.applicableMax());
  }

  /**
   * Checks that the node's max in the catalog is {@code points}, compared as numbers.
   *
   * @param points the expected max
   * @return this assertion
   * @throws AssertionError if the max differs
   */
  public NodeResultAssert hasMax(String points) {
    isNotNull();
    return number("max", points, actual.max());
  }

  /**
   * Checks that the node has {@code status}.
   *
   * @param status the expected status
   * @return this assertion
   * @throws AssertionError if the node has another status
   */
  public NodeResultAssert hasStatus(NodeStatus status) {
    Objects.requireNonNull(status, "status");
    isNotNull();
    if (actual.status() != status) {
      throw failure(
          RubricAssertions.literal(
              header()
                  + "\nto have status:\n  "
                  + status
                  + "\nbut had status:\n  "
                  + actual.status()));
    }
    return myself;
  }

  private Decimal actualEarned() {
    isNotNull();
    return actual.earned();
  }

  private NodeResultAssert number(String what, String expectedText, Decimal found) {
    Decimal expected = Decimal.parse(Objects.requireNonNull(expectedText, "points"));
    if (!found.equals(expected)) {
      throw failure(
          RubricAssertions.literal(
              header()
                  + "\nto have "
                  + what
                  + ":\n  "
                  + expectedText
                  + "\nbut had "
                  + what
                  + ":\n  "
                  + found));
    }
    return myself;
  }

  private String header() {
    return "\nExpecting node "
        + RubricAssertions.quote(actual.code())
        + " ("
        + actual.title().vi()
        + ")";
  }
}
