package dev.rubric.core.catalog;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A node of a catalog's tree: an area, a criterion or sub-criterion at any depth, or a bonus or
 * penalty item. A node either has a {@link Rule} (a leaf) or children whose points it sums.
 *
 * <p>Invariants, checked on construction: the code is a non-blank code; {@code max ≥ 0}; a node has
 * a rule or children but not both; a summing parent's max equals the sum of its children's max.
 * (Codes are unique across a whole {@link Catalog}, which checks them.)
 *
 * @param code the stable code, e.g. {@code "1.1.2"}
 * @param kind area, criterion, bonus or penalty
 * @param title the localized title
 * @param max the maximum points (for a penalty, the largest deduction)
 * @param channel how the points are obtained
 * @param applicability when the node applies, if not always
 * @param lets computed values for the rule and finding messages
 * @param rule the scoring rule of a leaf
 * @param children the sub-nodes of a summing parent
 * @param findings finding templates; when empty, a criterion below its max raises a default finding
 *     unless {@code silent}
 * @param silent whether the default finding is suppressed
 * @param recommendation what the unit should do when the node falls short
 * @param weight the node's weight among its siblings in a weighted or XCCDF index; absent means not
 *     weighted (a weighted index) or 1 (an XCCDF index)
 * @param rounding how the node's points are rounded before its parent adds them up; absent means
 *     they stay exact
 */
public record Node(
    String code,
    NodeKind kind,
    LocalizedText title,
    Decimal max,
    Channel channel,
    Optional<Applicability> applicability,
    List<Let> lets,
    Optional<Rule> rule,
    List<Node> children,
    List<FindingTemplate> findings,
    boolean silent,
    Optional<LocalizedText> recommendation,
    Optional<Decimal> weight,
    Optional<Rounding> rounding) {

  /**
   * Validates the node's invariants and makes its lists immutable copies.
   *
   * @throws IllegalArgumentException if the code is blank or has surrounding whitespace, the max is
   *     negative, the node has both or neither a rule and children, or a parent's max differs from
   *     the sum of its children's, or the weight is negative
   * @throws NullPointerException if a component or list element is null
   */
  public Node {
    code = Text.code("node.code", code);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(rounding, "rounding");
    if (weight.isPresent() && weight.get().signum() < 0) {
      throw new IllegalArgumentException(
          "node " + code + ".weight: expected a non-negative weight but found " + weight.get());
    }
    if (max.signum() < 0) {
      throw new IllegalArgumentException(
          "node " + code + ".max: expected a non-negative number of points but found " + max);
    }
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(applicability, "applicability");
    lets = List.copyOf(lets);
    Objects.requireNonNull(rule, "rule");
    children = List.copyOf(children);
    findings = List.copyOf(findings);
    Objects.requireNonNull(recommendation, "recommendation");
    if (rule.isPresent() == !children.isEmpty()) {
      throw new IllegalArgumentException(
          "node "
              + code
              + ": expected either a rule or children but found "
              + (rule.isPresent() ? "both" : "neither"));
    }
    if (!children.isEmpty()) {
      Decimal sum = Decimal.ZERO;
      for (Node c : children) {
        sum = sum.plus(c.max());
      }
      if (!sum.equals(max)) {
        throw new IllegalArgumentException(
            "node "
                + code
                + ".max: expected the sum of its children's max ("
                + sum
                + ") but found "
                + max);
      }
    }
  }

  /** Returns a builder for a node with {@code code}. */
  public static Builder builder(String code) {
    return new Builder(code);
  }

  /** Returns whether this node sums children rather than applying a rule. */
  public boolean isParent() {
    return !children.isEmpty();
  }

  /** Returns this node and all nodes below it, parents before children, in declaration order. */
  public List<Node> flatten() {
    List<Node> out = new ArrayList<>();
    collect(this, out);
    return out;
  }

  private static void collect(Node n, List<Node> out) {
    out.add(n);
    for (Node c : n.children()) {
      collect(c, out);
    }
  }

  /**
   * A mutable builder of {@link Node}s; {@link #build()} checks the invariants. Not thread-safe.
   */
  public static final class Builder {
    private final String code;
    private NodeKind kind = NodeKind.CRITERION;
    private @Nullable LocalizedText title;
    private @Nullable Decimal max;
    private Channel channel = Channel.APPRAISAL;
    private Optional<Applicability> applicability = Optional.empty();
    private final List<Let> lets = new ArrayList<>();
    private Optional<Rule> rule = Optional.empty();
    private final List<Node> children = new ArrayList<>();
    private final List<FindingTemplate> findings = new ArrayList<>();
    private boolean silent;
    private Optional<LocalizedText> recommendation = Optional.empty();
    private Optional<Decimal> weight = Optional.empty();
    private Optional<Rounding> rounding = Optional.empty();

    private Builder(String code) {
      this.code = Objects.requireNonNull(code, "code");
    }

    /** Sets the node's role; {@link NodeKind#CRITERION} when not set. */
    public Builder kind(NodeKind kind) {
      this.kind = kind;
      return this;
    }

    /** Sets the localized title; required. */
    public Builder title(LocalizedText title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the maximum points; required for a leaf, and for a parent the sum of its children's max
     * when not set.
     */
    public Builder max(Decimal max) {
      this.max = max;
      return this;
    }

    /** Sets how the points are obtained; {@link Channel#APPRAISAL} when not set. */
    public Builder channel(Channel channel) {
      this.channel = channel;
      return this;
    }

    /**
     * Makes the node apply only under a condition; without it the node always applies.
     *
     * @throws NullPointerException if {@code applicability} is null
     */
    public Builder applicability(Applicability applicability) {
      this.applicability = Optional.of(applicability);
      return this;
    }

    /** Adds a named value visible in this node's rule, findings and children. */
    public Builder addLet(Let let) {
      lets.add(let);
      return this;
    }

    /**
     * Sets the scoring rule, which makes the node a leaf.
     *
     * @throws NullPointerException if {@code rule} is null
     */
    public Builder rule(Rule rule) {
      this.rule = Optional.of(rule);
      return this;
    }

    /** Adds a sub-node after those already added, which makes the node a summing parent. */
    public Builder addChild(Node child) {
      children.add(child);
      return this;
    }

    /** Adds a finding template after those already added. */
    public Builder addFinding(FindingTemplate finding) {
      findings.add(finding);
      return this;
    }

    /**
     * Sets whether the default finding of a node below its max is suppressed; {@code false} when
     * not set.
     */
    public Builder silent(boolean silent) {
      this.silent = silent;
      return this;
    }

    /**
     * Sets what the unit should do when the node falls short.
     *
     * @throws NullPointerException if {@code recommendation} is null
     */
    public Builder recommendation(LocalizedText recommendation) {
      this.recommendation = Optional.of(recommendation);
      return this;
    }

    /**
     * Sets the node's weight among its siblings in a weighted or XCCDF index.
     *
     * @throws NullPointerException if {@code weight} is null
     */
    public Builder weight(Decimal weight) {
      this.weight = Optional.of(weight);
      return this;
    }

    /**
     * Rounds the node's points before its parent adds them up.
     *
     * @throws NullPointerException if {@code rounding} is null
     */
    public Builder rounding(Rounding rounding) {
      this.rounding = Optional.of(rounding);
      return this;
    }

    /**
     * Returns the node. When no max was set, a parent's max is the sum of its children's.
     *
     * @throws IllegalArgumentException if an invariant does not hold
     * @throws NullPointerException if the title, or the max of a leaf, was not set
     */
    public Node build() {
      Decimal m = max;
      if (m == null && !children.isEmpty()) {
        m = children.stream().map(Node::max).reduce(Decimal.ZERO, Decimal::plus);
      }
      return new Node(
          code,
          kind,
          Objects.requireNonNull(title, "title"),
          Objects.requireNonNull(m, "max"),
          channel,
          applicability,
          lets,
          rule,
          children,
          findings,
          silent,
          recommendation,
          weight,
          rounding);
    }
  }
}
