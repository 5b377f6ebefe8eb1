package dev.rubric.dsl.internal.eval;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.catalog.NotApplicablePolicy;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.result.NodeStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The compiled form of one catalog node. Immutable after construction; arrays are never exposed or
 * modified. Its {@link NodeMemo} is the one mutable part, and it only caches results.
 */
final class PlanNode {
  final Node node;

  /** The block the node sits in: AREA for the main tree, BONUS or PENALTY. */
  final dev.rubric.core.catalog.NodeKind block;

  final Num max;
  final @Nullable Code applies;
  final @Nullable NotApplicablePolicy policy;
  final Code[] lets;
  final int[] letSlots;
  final String[] letNames;
  final Rules.@Nullable RulePlan rule;
  final PlanNode[] children;
  final FindingPlan[] findings;
  final int[] requiredSlots;
  final String[] inputs;

  /** Headlines by points and status, rendered once per distinct value. */
  final BoundedCache<Points, LocalizedText> headlines = new BoundedCache<>(64);

  /** The findings of a node without templates that fell short, by points. */
  final BoundedCache<Points, Finding> shortfalls = new BoundedCache<>(64);

  /**
   * The remembered results of this node (see {@link NodeMemo}); null when it reads cohort values.
   */
  final @Nullable NodeMemo memo;

  PlanNode(
      Node node,
      dev.rubric.core.catalog.NodeKind block,
      Num max,
      @Nullable Code applies,
      @Nullable NotApplicablePolicy policy,
      Code[] lets,
      int[] letSlots,
      String[] letNames,
      Rules.@Nullable RulePlan rule,
      PlanNode[] children,
      FindingPlan[] findings,
      int[] requiredSlots,
      String[] inputs) {
    this.node = node;
    this.block = block;
    this.max = max;
    this.applies = applies;
    this.policy = policy;
    this.lets = lets;
    this.letSlots = letSlots;
    this.letNames = letNames;
    this.rule = rule;
    this.children = children;
    this.findings = findings;
    this.requiredSlots = requiredSlots;
    this.inputs = inputs;
    this.memo = NodeMemo.forNode(this);
  }

  /** A finding template: severity, condition (null = when below max) and message segments. */
  record FindingPlan(
      Severity severity, @Nullable Code condition, List<Object> vi, List<Object> en) {}

  /**
   * Returns the source of the applicability condition, for a node whose applicability could not be
   * decided (so it has a condition).
   */
  String appliesSrc() {
    if (applies == null) {
      throw new IllegalStateException(node.code() + " has no applicability condition");
    }
    return applies.src;
  }

  /** Returns the rule of a leaf: a node has a rule or children but not both. */
  Rules.RulePlan leafRule() {
    if (rule == null) {
      throw new IllegalStateException(node.code() + " has children, not a rule");
    }
    return rule;
  }

  /** A node's shown points and its status, a key of its caches. */
  record Points(Decimal earned, Decimal applicable, NodeStatus status) {}

  /** A placeholder naming {@code earned}, {@code max} or {@code applicable_max}. */
  record Placeholder(String name) {}
}
