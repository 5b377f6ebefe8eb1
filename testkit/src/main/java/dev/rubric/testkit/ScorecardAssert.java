package dev.rubric.testkit;

import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Scorecard}; obtained from {@link RubricAssertions#assertThat(Scorecard)}.
 *
 * <pre>{@code
 * assertThat(card).hasBand("Khá").hasIndex("76.50");
 * assertThat(card).node("3.2").hasEarned("3");
 * assertThat(card).hasFinding("2.3").withSeverity(Severity.MAJOR);
 * }</pre>
 */
public final class ScorecardAssert extends AbstractAssert<ScorecardAssert, Scorecard> {

  ScorecardAssert(Scorecard actual) {
    super(actual, ScorecardAssert.class);
  }

  /**
   * Checks that the scorecard's band has the Vietnamese or English label {@code label}.
   *
   * @param label the expected label, e.g. {@code "Khá"} or {@code "Fair"}
   * @return this assertion
   * @throws AssertionError if the scorecard has another band or none
   */
  public ScorecardAssert hasBand(String label) {
    Objects.requireNonNull(label, "label");
    isNotNull();
    boolean matches =
        actual
            .band()
            .map(b -> b.vi().equals(label) || b.en().equals(Optional.of(label)))
            .orElse(false);
    if (!matches) {
      throw failure(
          RubricAssertions.literal(
              header()
                  + "\nto have band:\n  "
                  + RubricAssertions.quote(label)
                  + actual
                      .band()
                      .map(b -> "\nbut had band:\n  " + RubricAssertions.quote(b.vi()))
                      .orElse("\nbut had no band")));
    }
    return myself;
  }

  /**
   * Checks that the scorecard has no band (its catalog declares none, or no band holds the index).
   *
   * @return this assertion
   * @throws AssertionError if the scorecard has a band
   */
  public ScorecardAssert hasNoBand() {
    isNotNull();
    if (actual.band().isPresent()) {
      throw failure(
          RubricAssertions.literal(
              header()
                  + "\nto have no band\nbut had band:\n  "
                  + RubricAssertions.quote(actual.band().get().vi())));
    }
    return myself;
  }

  /**
   * Checks that the rounded index equals {@code index}, compared as numbers ({@code "76.5"} equals
   * {@code "76.50"}).
   *
   * @param index the expected rounded index, a decimal literal such as {@code "76.50"}
   * @return this assertion
   * @throws AssertionError if the rounded index differs
   * @throws IllegalArgumentException if {@code index} is not a decimal literal
   */
  public ScorecardAssert hasIndex(String index) {
    Decimal expected = Decimal.parse(Objects.requireNonNull(index, "index"));
    isNotNull();
    if (!actual.indexRounded().equals(expected)) {
      throw failure(
          RubricAssertions.literal(
              header()
                  + "\nto have rounded index:\n  "
                  + index
                  + "\nbut had:\n  "
                  + actual.indexRounded().toString(actual.indexDecimals())));
    }
    return myself;
  }

  /**
   * Checks that the unrounded total equals {@code total}, compared as numbers.
   *
   * @param total the expected total, a decimal literal such as {@code "61.5"}
   * @return this assertion
   * @throws AssertionError if the total differs
   */
  public ScorecardAssert hasTotal(String total) {
    Decimal expected = Decimal.parse(Objects.requireNonNull(total, "total"));
    isNotNull();
    if (!actual.total().equals(expected)) {
      throw failure(
          RubricAssertions.literal(
              header() + "\nto have total:\n  " + total + "\nbut had:\n  " + actual.total()));
    }
    return myself;
  }

  /**
   * Returns assertions on the node with {@code code}, searched in the whole tree.
   *
   * @param code the node's code, e.g. {@code "3.2"}
   * @return assertions on that node
   * @throws AssertionError if the scorecard has no such node
   */
  public NodeResultAssert node(String code) {
    Objects.requireNonNull(code, "code");
    isNotNull();
    Optional<NodeResult> node = actual.node(code);
    if (node.isEmpty()) {
      List<String> codes = new ArrayList<>();
      actual.nodes().forEach(root -> root.flatten().forEach(n -> codes.add(n.code())));
      throw failure(
          RubricAssertions.literal(
              header()
                  + "\nto have a node with code:\n  "
                  + RubricAssertions.quote(code)
                  + "\nbut had only:\n  "
                  + codes.stream()
                      .map(RubricAssertions::quote)
                      .collect(Collectors.joining(", ", "[", "]"))));
    }
    return new NodeResultAssert(node.get());
  }

  /**
   * Returns assertions on the first finding, in scorecard order, whose code or criterion code is
   * {@code code}: {@code hasFinding("2.3")} finds the findings about criterion 2.3, {@code
   * hasFinding("RB602")} a data-quality finding.
   *
   * @param code a finding code or criterion code
   * @return assertions on that finding
   * @throws AssertionError if no finding matches
   */
  public FindingAssert hasFinding(String code) {
    Objects.requireNonNull(code, "code");
    isNotNull();
    Optional<Finding> finding = matching(code).stream().findFirst();
    if (finding.isEmpty()) {
      throw failure(
          RubricAssertions.literal(
              header()
                  + "\nto have a finding with code or criterion code:\n  "
                  + RubricAssertions.quote(code)
                  + "\nbut had findings:\n  "
                  + findingCodes()));
    }
    return new FindingAssert(finding.get());
  }

  /**
   * Checks that no finding has code or criterion code {@code code}.
   *
   * @param code a finding code or criterion code
   * @return this assertion
   * @throws AssertionError if a finding matches
   */
  public ScorecardAssert hasNoFinding(String code) {
    Objects.requireNonNull(code, "code");
    isNotNull();
    List<Finding> found = matching(code);
    if (!found.isEmpty()) {
      throw failure(
          RubricAssertions.literal(
              header()
                  + "\nnot to have a finding with code or criterion code:\n  "
                  + RubricAssertions.quote(code)
                  + "\nbut had:\n  "
                  + found.stream()
                      .map(
                          f ->
                              RubricAssertions.quote(f.code())
                                  + " "
                                  + Display.lower(f.severity())
                                  + " "
                                  + RubricAssertions.quote(f.message().in(Language.VI)))
                      .collect(Collectors.joining("\n  "))));
    }
    return myself;
  }

  private List<Finding> matching(String code) {
    return actual.findings().stream()
        .filter(f -> f.code().equals(code) || f.criterionCode().equals(Optional.of(code)))
        .toList();
  }

  private String findingCodes() {
    return actual.findings().stream()
        .map(f -> RubricAssertions.quote(f.code()))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private String header() {
    return "\nExpecting scorecard of unit "
        + RubricAssertions.quote(actual.unitCode())
        + " for period "
        + RubricAssertions.quote(actual.periodId());
  }
}
