package dev.rubric.cohort.compare;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.NodeStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * How one node of a unit's scorecard changed between two periods.
 *
 * @param code the node's code in the newer period (the older code for a removed node)
 * @param depth the node's depth in its tree: 0 for an area or a bonus or penalty item
 * @param fromCode the node's code in the older period; empty for a new node or a merged one
 * @param title the node's title (the newer one when there is one)
 * @param before the node's result in the older period; empty for a new node
 * @param after the node's result in the newer period; empty for a removed node
 * @param comparability how the two results compare (from the catalogs' {@link CatalogDiff})
 * @param pointsDelta points after minus before: only when the node is {@link
 *     Comparability#COMPARABLE} and applied, without error, both times
 * @param shareDelta the change of the share of the applicable maximum earned, in percentage points
 *     rounded to {@value History#DECIMALS} decimals half-up: when the node is comparable or {@link
 *     Comparability#RESCALED} and applied both times
 */
public record NodeDelta(
    String code,
    int depth,
    Optional<String> fromCode,
    LocalizedText title,
    Optional<Side> before,
    Optional<Side> after,
    Comparability comparability,
    Optional<Decimal> pointsDelta,
    Optional<Decimal> shareDelta) {

  /** Checks that no component is null. */
  public NodeDelta {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(fromCode, "fromCode");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(comparability, "comparability");
    Objects.requireNonNull(pointsDelta, "pointsDelta");
    Objects.requireNonNull(shareDelta, "shareDelta");
  }

  /** Returns whether the status changed (or the node came or went). */
  public boolean statusChanged() {
    return !before.map(Side::status).equals(after.map(Side::status));
  }

  /**
   * A node's result in one period.
   *
   * @param earned the points earned
   * @param max the node's maximum
   * @param applicableMax the maximum that applied to the unit
   * @param status the status
   */
  public record Side(Decimal earned, Decimal max, Decimal applicableMax, NodeStatus status) {
    /** Checks that no component is null. */
    public Side {
      Objects.requireNonNull(earned, "earned");
      Objects.requireNonNull(max, "max");
      Objects.requireNonNull(applicableMax, "applicableMax");
      Objects.requireNonNull(status, "status");
    }

    /** Returns the side of {@code r}. */
    public static Side of(NodeResult r) {
      return new Side(r.earned(), r.max(), r.applicableMax(), r.status());
    }

    /** Returns whether the node applied and was evaluated without error. */
    boolean counts() {
      return status != NodeStatus.NOT_APPLICABLE && status != NodeStatus.ERROR;
    }
  }
}
