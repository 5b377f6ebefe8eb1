package dev.rubric.dsl.internal.eval;

import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.catalog.NotApplicablePolicy;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.message.Arg;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The compiled form of one catalog node. Immutable after construction; arrays are never exposed or
 * modified.
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

  /** The node's code and title as message arguments, made once. */
  final Arg codeArg;

  final Arg titleArg;

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
    this.codeArg = Arg.text(node.code());
    this.titleArg = new Arg.Title(node.title());
  }

  /**
   * A finding template: severity, condition (null = when below max), the catalog's message and the
   * placeholders it shows, in order of first appearance (Vietnamese, then English).
   */
  record FindingPlan(
      Severity severity, @Nullable Code condition, LocalizedText message, List<Slot> slots) {}

  /**
   * A placeholder of a finding template: a named value or input ({@code code}), or, when {@code
   * code} is null, one of the node's points: {@code earned}, {@code max} or {@code applicable_max}.
   */
  record Slot(String name, @Nullable Code code) {}

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
}
