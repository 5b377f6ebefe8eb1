package dev.rubric.core.result;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.finding.Explanation;
import dev.rubric.core.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The evaluated form of one catalog node (area, criterion or sub-criterion) for a unit: the points
 * it earned out of its maximum and applicable maximum, its status, the explanation of its score and
 * the results of its children in catalog order.
 *
 * <p>A record rather than an Immutables type although it has more than four components: the
 * evaluator creates many of these on its hot path, positionally and with every component required,
 * and equality is plain structural equality (comparing explanations reads them, which replays a
 * deferred one; see {@link Explanation}).
 *
 * @param code the node's code in the catalog, e.g. {@code "3.2"}; NFC, non-blank
 * @param title the node's title
 * @param channel how the node's points are obtained
 * @param earned the points earned; negative only for penalty nodes (the sign is not validated)
 * @param max the node's maximum points in the catalog; never negative
 * @param applicableMax the maximum that counts for this unit after its not-applicable policy, from
 *     {@code 0} (excluded) to {@code max}
 * @param status the outcome
 * @param explanation why the node earned {@code earned}
 * @param children the results of the node's children in catalog order; empty for a leaf
 */
public record NodeResult(
    String code,
    LocalizedText title,
    Channel channel,
    Decimal earned,
    Decimal max,
    Decimal applicableMax,
    NodeStatus status,
    Explanation explanation,
    List<NodeResult> children) {

  /**
   * Validates, normalises and copies the components.
   *
   * @throws IllegalArgumentException if {@code code} is blank or has surrounding spaces, {@code
   *     max} is negative, or {@code applicableMax} is outside {@code [0, max]}
   */
  public NodeResult {
    code = Text.code("code", code);
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(earned, "earned");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(applicableMax, "applicableMax");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(explanation, "explanation");
    children = List.copyOf(children);
    if (max.signum() < 0) {
      throw new IllegalArgumentException(
          "max: expected a non-negative number of points but found " + max);
    }
    if (applicableMax.signum() < 0 || applicableMax.isGreaterThan(max)) {
      throw new IllegalArgumentException(
          "applicableMax: expected a number of points from 0 to max "
              + max
              + " but found "
              + applicableMax);
    }
  }

  /**
   * Returns the points this node fell short of its applicable maximum: {@code applicableMax −
   * earned}, or zero when the node earned at least its applicable maximum.
   */
  public Decimal pointsLost() {
    return applicableMax.minus(earned).max(Decimal.ZERO);
  }

  /**
   * Returns the first node in this subtree, in pre-order and including this node, with {@code
   * code}.
   */
  public Optional<NodeResult> find(String code) {
    Objects.requireNonNull(code, "code");
    String wanted = Text.nfc(code);
    if (this.code.equals(wanted)) {
      return Optional.of(this);
    }
    for (NodeResult child : children) {
      Optional<NodeResult> found = child.find(wanted);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Returns this node followed by all its descendants, in pre-order (catalog order). */
  public List<NodeResult> flatten() {
    List<NodeResult> out = new ArrayList<>();
    collect(out);
    return List.copyOf(out);
  }

  private void collect(List<NodeResult> out) {
    out.add(this);
    for (NodeResult child : children) {
      child.collect(out);
    }
  }
}
