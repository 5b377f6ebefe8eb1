package dev.rubric.dsl.internal.eval;

import dev.rubric.core.catalog.Node;
import dev.rubric.core.catalog.NotApplicablePolicy;
import dev.rubric.core.finding.Severity;
import java.util.List;

/**
 * The compiled form of one catalog node. Immutable after construction; arrays are never exposed or
 * modified. A leaf's {@link LeafMemo} is the one mutable part, and it only caches results.
 */
final class PlanNode {
  final Node node;
  final Num max;
  final Code applies;
  final NotApplicablePolicy policy;
  final Code[] lets;
  final int[] letSlots;
  final String[] letNames;
  final Rules.RulePlan rule;
  final PlanNode[] children;
  final FindingPlan[] findings;
  final int[] requiredSlots;
  final String[] inputs;
  /** The remembered results of this leaf (see {@link LeafMemo}); null for parents and cohort rules. */
  final LeafMemo memo;

  PlanNode(
      Node node,
      Num max,
      Code applies,
      NotApplicablePolicy policy,
      Code[] lets,
      int[] letSlots,
      String[] letNames,
      Rules.RulePlan rule,
      PlanNode[] children,
      FindingPlan[] findings,
      int[] requiredSlots,
      String[] inputs) {
    this.node = node;
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
    this.memo = children.length == 0 ? LeafMemo.forLeaf(this) : null;
  }

  /** A finding template: severity, condition (null = when below max) and message segments. */
  record FindingPlan(Severity severity, Code condition, List<Object> vi, List<Object> en) {}

  /** A placeholder naming {@code earned}, {@code max} or {@code applicable_max}. */
  record Placeholder(String name) {}
}
