package dev.rubric.core.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every text the evaluator composes, by a stable key: explanation lines, the findings it writes
 * itself, data-quality findings (RB6xx) and evaluation errors (RB5xx). Texts a catalog author wrote
 * (titles, finding templates, recommendations) stay in the catalog.
 *
 * <p>Each key declares its placeholders, by name and {@link ArgType kind}, in the order a {@link
 * Message} takes its arguments. The words are in one table per language ({@link MessageTable}),
 * which writes a placeholder as {@code {name}}; a test checks that every table has every key with
 * exactly its placeholders. The keys and the placeholders' names are stable across releases, so a
 * host may store a message's key and argument values in its own format and rebuild the message
 * later with {@link Message#of}, or word it itself. (JSON scorecards keep the words, not the keys.)
 */
public enum MessageKey {
  /**
   * The first line of a node's explanation: its points out of its applicable maximum and its
   * status.
   */
  HEADLINE(
      "explain.headline",
      "code:text",
      "title:title",
      "earned:points",
      "max:points",
      "status:status"),
  /** A node that does not apply and earns its maximum. */
  NOT_APPLICABLE_FULL("explain.not-applicable.full"),
  /** A node that does not apply and leaves the total. */
  NOT_APPLICABLE_EXCLUDED("explain.not-applicable.excluded"),
  /** A node that does not apply and takes its whole channel out of the index. */
  NOT_APPLICABLE_CHANNEL("explain.not-applicable.channel", "channel:text"),
  /** A bonus or penalty item without evidence of an initiative or a violation. */
  NO_EVIDENCE("explain.no-evidence"),
  /** A node left without points for lack of evidence. */
  MISSING_EVIDENCE("explain.missing-evidence", "inputs:items"),
  /** Points a rule gave outside the node's range, limited to it. */
  LIMITED("explain.limited", "floor:value", "ceiling:value", "points:value"),
  /** A node's points rounded once, as its catalog says, before its parent adds them up. */
  ROUNDED("explain.rounded", "exact:value", "decimals:text", "mode:text", "points:value"),
  /** What the unit wrote about evidence it could not provide. */
  UNIT_EXPLANATION("explain.unit-explanation", "input:text", "text:text"),
  /** The value of an input, a named value or an expression. */
  VALUE("explain.value", "name:text", "value:value"),
  /**
   * A name a formula reads that has no value, in the list of a formula's values ({@code
   * ho_so_cong_viec missing}).
   */
  VALUE_MISSING("explain.value-missing", "name:text"),
  /**
   * The last two of the values a formula reads, each a {@link #VALUE} or {@link #VALUE_MISSING}
   * ({@code ty_le = 53% and max = 1}).
   */
  VALUES_AND("explain.values.and", "first:message", "last:message"),
  /**
   * The first of three or more values a formula reads and the rest of the list, itself a {@link
   * #VALUES_MORE} or a {@link #VALUES_AND} ({@code a = 1, b = 2 and c = 3}).
   */
  VALUES_MORE("explain.values.more", "first:message", "rest:message"),
  /** A named value ({@code let}) with its definition. */
  DEFINED_VALUE("explain.defined-value", "name:text", "expression:text", "value:value"),
  /** A node whose applicability condition could not be decided. */
  APPLICABILITY_UNDECIDED("explain.applicability-undecided", "code:text"),
  /**
   * A comparison decided: the left side's value and how it stands to the right side ({@code ty_le
   * is 90%, below 100%}); the relation is one of the {@code RELATION_} keys, the one that holds.
   */
  COMPARISON("explain.comparison", "left:text", "value:value", "relation:message", "right:value"),
  /** A comparison that cannot be decided, for lack of the left side's value. */
  COMPARISON_UNDECIDED("explain.comparison-undecided", "left:text", "value:value", "right:value"),
  /** How two values stand: equal. */
  RELATION_EQUAL("explain.relation.equal"),
  /** How two values stand: different. */
  RELATION_NOT_EQUAL("explain.relation.not-equal"),
  /** How two numbers stand: the first is at least the second. */
  RELATION_AT_LEAST("explain.relation.at-least"),
  /** How two numbers stand: the first is above the second. */
  RELATION_ABOVE("explain.relation.above"),
  /** How two numbers stand: the first is at most the second. */
  RELATION_AT_MOST("explain.relation.at-most"),
  /** How two numbers stand: the first is below the second. */
  RELATION_BELOW("explain.relation.below"),
  /** How two dates stand: the first is on or after the second. */
  RELATION_ON_OR_AFTER("explain.relation.on-or-after"),
  /** How two dates stand: the first is after the second. */
  RELATION_AFTER("explain.relation.after"),
  /** How two dates stand: the first is on or before the second. */
  RELATION_ON_OR_BEFORE("explain.relation.on-or-before"),
  /** How two dates stand: the first is before the second. */
  RELATION_BEFORE("explain.relation.before"),
  /** A condition and whether it holds. */
  CONDITION("explain.condition", "condition:text", "verdict:verdict"),
  /** The points a case of a rule gives. */
  POINTS("explain.points", "points:value"),
  /** The points a formula that reads no name computed ({@code points = …}). */
  FORMULA("explain.formula", "expression:text", "points:value"),
  /**
   * The points a formula computed, with the value of every name it reads (inputs, lets, unit
   * attributes, {@code max}), each once: a {@link #VALUE}, a {@link #VALUE_MISSING} or a list of
   * them ({@link #VALUES_AND}, {@link #VALUES_MORE}).
   */
  FORMULA_WITH("explain.formula-with", "values:message", "expression:text", "points:value"),
  /** A formula that cannot be computed for lack of a value, with the values it reads. */
  FORMULA_MISSING("explain.formula-missing", "values:message", "expression:text"),
  /** The points of a rule's {@code otherwise}, when they are a number. */
  OTHERWISE("explain.otherwise", "points:value"),
  /** The points of a rule's {@code otherwise}, when it computes them from no name. */
  OTHERWISE_COMPUTED("explain.otherwise-computed", "expression:text", "points:value"),
  /**
   * The points of a rule's {@code otherwise}, when it computes them, with the values of the names
   * it reads, as in {@link #FORMULA_WITH}.
   */
  OTHERWISE_COMPUTED_WITH(
      "explain.otherwise-computed-with", "values:message", "expression:text", "points:value"),
  /** A rule's {@code otherwise} that cannot be computed for lack of a value. */
  OTHERWISE_COMPUTED_MISSING(
      "explain.otherwise-computed-missing", "values:message", "expression:text"),
  /**
   * The tier a value reached, with how the value stands to the tier's threshold: the first tier's
   * line, which says the value; a later tier's line is a {@link #TIER_REACHED_NEXT}.
   */
  TIER_REACHED(
      "explain.tier-reached",
      "subject:text",
      "value:value",
      "relation:message",
      "threshold:value",
      "points:value"),
  /**
   * A tier after the first that the value, already shown on the first tier's line, does not reach:
   * how it stands to the threshold.
   */
  TIER_MISSED_NEXT("explain.tier-missed-next", "relation:message", "threshold:value"),
  /** A tier after the first that the value reaches, without saying the value again. */
  TIER_REACHED_NEXT(
      "explain.tier-reached-next", "relation:message", "threshold:value", "points:value"),
  /** A tier after the first whose threshold the value cannot be compared with. */
  TIER_UNDECIDED_NEXT("explain.tier-undecided-next", "threshold:value"),
  /** A value that reached no tier. */
  NO_TIER("explain.no-tier", "points:value"),
  /** Points per item, capped. */
  PER_ITEM(
      "explain.per-item",
      "points:value",
      "count:text",
      "items:value",
      "raw:value",
      "cap:value",
      "result:value"),
  /** Points deducted per item from the maximum, down to a floor. */
  DEDUCTION(
      "explain.deduction",
      "max:value",
      "points:value",
      "count:text",
      "items:value",
      "raw:value",
      "floor:value",
      "result:value"),
  /** One alternative of a {@code max of} rule. */
  ALTERNATIVE("explain.alternative", "number:ordinal", "points:value"),
  /** The alternative a {@code max of} rule took. */
  BEST_ALTERNATIVE("explain.best-alternative", "number:ordinal"),
  /** A {@code max of} rule none of whose alternatives gave points. */
  NO_ALTERNATIVE("explain.no-alternative"),
  /** One part of a {@code sum of} rule. */
  PART("explain.part", "number:ordinal", "points:value"),
  /** A required condition that does not hold. */
  GATE_FAILED("explain.gate-failed"),
  /** A criterion that fell short of its applicable maximum. */
  SHORTFALL("finding.shortfall", "title:title", "earned:points", "max:points"),
  /** A penalty incurred. */
  DEDUCTED("finding.deducted", "title:title", "points:points"),
  /** A criterion left without points for lack of evidence. */
  FINDING_MISSING_EVIDENCE("finding.missing-evidence", "title:title", "inputs:items"),
  /** The same, with what the unit wrote about it. */
  FINDING_MISSING_EVIDENCE_EXPLAINED(
      "finding.missing-evidence.explained", "title:title", "inputs:items", "explanations:items"),
  /** A criterion whose evaluation failed, with the reason and its diagnostic code. */
  EVALUATION_FAILED("finding.evaluation-failed", "reason:message", "code:text"),
  /** Evidence for a key the catalog does not declare. */
  EVIDENCE_FOR_NO_INPUT("data.evidence-for-no-input", "key:text", "path:text", "code:text"),
  /** The same, with the declared input whose key is closest (a likely typo). */
  EVIDENCE_FOR_NO_INPUT_SUGGESTED(
      "data.evidence-for-no-input.suggested",
      "key:text",
      "suggestion:text",
      "path:text",
      "code:text"),
  /** A unit attribute the catalog reads but the unit lacks. */
  ATTRIBUTE_MISSING("data.attribute-missing", "key:text", "path:text", "code:text"),
  /** A unit attribute the catalog does not declare. */
  ATTRIBUTE_UNDECLARED("data.attribute-undeclared", "key:text", "path:text", "code:text"),
  /** The same, with the declared attribute whose name is closest (a likely typo). */
  ATTRIBUTE_UNDECLARED_SUGGESTED(
      "data.attribute-undeclared.suggested",
      "key:text",
      "suggestion:text",
      "path:text",
      "code:text"),
  /** A unit whose level and kind are both outside the catalog's {@code applies-to}. */
  UNIT_OUTSIDE_SCOPE(
      "data.unit-outside-scope",
      "scope:items",
      "level:text",
      "kind:text",
      "path:text",
      "code:text"),
  /** A quantity in another unit of measure than declared. */
  QUANTITY_IN_OTHER_UNIT(
      "data.quantity-in-other-unit",
      "key:text",
      "expected:text",
      "found:text",
      "path:text",
      "code:text"),
  /** A count or quantity outside the range its input declares. */
  VALUE_OUT_OF_RANGE(
      "data.value-out-of-range",
      "key:text",
      "low:value",
      "high:value",
      "value:value",
      "path:text",
      "code:text"),
  /** Awarded points outside the points of the node they score. */
  AWARDED_OUT_OF_RANGE(
      "data.awarded-out-of-range",
      "key:text",
      "low:value",
      "high:value",
      "node:text",
      "value:value",
      "path:text",
      "code:text"),
  /** A unit without any evidence: no value and no explanation. */
  NO_EVIDENCE_AT_ALL("data.no-evidence", "path:text", "code:text"),
  /** A choice in evidence that is not one of the declared options. */
  EVIDENCE_OPTION_UNDECLARED(
      "data.evidence-option-undeclared",
      "key:text",
      "option:text",
      "options:items",
      "path:text",
      "code:text"),
  /** A unit attribute's choice that is not one of the declared options. */
  ATTRIBUTE_OPTION_UNDECLARED(
      "data.attribute-option-undeclared",
      "key:text",
      "option:text",
      "options:items",
      "path:text",
      "code:text"),
  /** Evidence of another type than its input declares. */
  EVIDENCE_OF_WRONG_TYPE(
      "data.evidence-of-wrong-type",
      "key:text",
      "expected:text",
      "found:text",
      "path:text",
      "code:text"),
  /** A unit attribute of another type than the catalog declares. */
  ATTRIBUTE_OF_WRONG_TYPE(
      "data.attribute-of-wrong-type",
      "key:text",
      "expected:text",
      "found:text",
      "path:text",
      "code:text"),
  /** A unit to which no criterion applies. */
  NOTHING_APPLIES("data.nothing-applies", "code:text"),
  /** The same, for a catalog whose index formula gives an empty set another value than 0. */
  NOTHING_APPLIES_VALUE("data.nothing-applies.value", "index:value", "code:text"),
  /** A division by zero. */
  DIVISION_BY_ZERO("eval.division-by-zero", "expression:text", "numerator:text"),
  /** A rate whose denominator is zero. */
  RATE_UNDEFINED("eval.rate-undefined", "name:text", "numerator:text"),
  /** A date made of parts that name no day. */
  INVALID_DATE("eval.invalid-date", "expression:text", "year:text", "month:text", "day:text"),
  /** A number of days beyond what date arithmetic accepts. */
  TOO_MANY_DAYS("eval.too-many-days", "expression:text", "days:text"),
  /** A date computed beyond the calendar. */
  OUTSIDE_CALENDAR("eval.outside-calendar", "expression:text"),
  /** A cohort value read outside a cohort evaluation. */
  COHORT_NEEDED("eval.cohort-needed", "expression:text"),
  /** A defect of Rubric met while evaluating one criterion. */
  INTERNAL_ERROR("eval.internal-error", "exception:text"),
  /** A value with more digits than the evaluator keeps. */
  VALUE_TOO_LARGE("eval.value-too-large", "expression:text", "digits:text"),
  /** A file the user named that does not exist. */
  NO_SUCH_FILE("io.no-such-file", "file:text"),
  /** A directory where a file to read was expected. */
  READ_DIRECTORY("io.read-directory", "file:text"),
  /** A file the process may not read. */
  READ_DENIED("io.read-denied", "file:text"),
  /** Any other failure to read a file, with the system's reason. */
  READ_FAILED("io.read-failed", "file:text", "reason:text"),
  /** A failure to list a directory, with the system's reason. */
  READ_DIRECTORY_FAILED("io.read-directory-failed", "file:text", "reason:text"),
  /** A directory where a file to write was expected. */
  WRITE_DIRECTORY("io.write-directory", "file:text"),
  /** A file to write in a directory that does not exist. */
  WRITE_NO_DIRECTORY("io.write-no-directory", "file:text"),
  /** A file the process may not write. */
  WRITE_DENIED("io.write-denied", "file:text"),
  /** Any other failure to write a file, with the system's reason. */
  WRITE_FAILED("io.write-failed", "file:text", "reason:text"),
  /** A node a waiver makes not applicable. */
  WAIVED_NOT_APPLICABLE(
      "waiver.explain.not-applicable", "decision:text", "approver:text", "reason:text"),
  /** A node a waiver scores in full. */
  WAIVED_FULL_POINTS("waiver.explain.full-points", "decision:text", "approver:text", "reason:text"),
  /** A node a waiver scores a fixed number of points. */
  WAIVED_FIXED_POINTS(
      "waiver.explain.fixed-points",
      "points:points",
      "decision:text",
      "approver:text",
      "reason:text"),
  /** The waivers applied to a unit, one item per waiver. */
  WAIVERS_APPLIED("waiver.applied", "waivers:items", "code:text"),
  /** A waiver that is not in force on the period's as-of date. */
  WAIVER_NOT_IN_FORCE(
      "waiver.not-in-force",
      "criterion:text",
      "decision:text",
      "from:text",
      "until:text",
      "asOf:text",
      "code:text"),
  /** A waiver in force that changed nothing, its node not applying to the unit. */
  WAIVER_WITHOUT_EFFECT("waiver.without-effect", "criterion:text", "decision:text", "code:text"),
  // Assessments and reconciliation (RB8xx).
  /** The name of the self-assessment round. */
  ROUND_SELF_ASSESSMENT("round.self_assessment"),
  /** The name of the appraisal round. */
  ROUND_APPRAISAL("round.appraisal"),
  /** The name of the explanation round. */
  ROUND_EXPLANATION("round.explanation"),
  /** The name of the re-appraisal round. */
  ROUND_RE_APPRAISAL("round.re_appraisal"),
  /** The name of the final round. */
  ROUND_FINAL("round.final"),
  /** A score for a criterion code the catalog does not have (RB801). */
  ASSESSED_UNKNOWN_CRITERION(
      "assessment.unknown-criterion", "criterion:text", "round:message", "where:text", "code:text"),
  /** A score for an unknown criterion code close to a known one (RB801). */
  ASSESSED_UNKNOWN_CRITERION_SUGGESTED(
      "assessment.unknown-criterion.suggested",
      "criterion:text",
      "round:message",
      "suggestion:text",
      "where:text",
      "code:text"),
  /** Points outside a node's range (RB802). */
  ASSESSED_POINTS_OUT_OF_RANGE(
      "assessment.points-out-of-range",
      "criterion:text",
      "round:message",
      "points:points",
      "floor:points",
      "ceiling:points",
      "where:text",
      "code:text"),
  /** A round without the round it answers (RB803). */
  ROUND_WITHOUT_PREDECESSOR(
      "assessment.round-without-predecessor",
      "criterion:text",
      "round:message",
      "needs:message",
      "where:text",
      "code:text"),
  /** A round dated before an earlier round of the same criterion (RB803). */
  ROUND_DATED_BEFORE(
      "assessment.round-dated-before",
      "criterion:text",
      "round:message",
      "date:text",
      "earlier:message",
      "earlierDate:text",
      "where:text",
      "code:text"),
  /** A summed node's score that differs from the sum of its criteria in the same round (RB804). */
  ROUND_CONTRADICTS_ITSELF(
      "assessment.round-contradicts-itself",
      "criterion:text",
      "round:message",
      "points:points",
      "sum:points",
      "where:text",
      "code:text"),
  /** The same criterion scored twice in one round by two assessments of a unit (RB804). */
  ROUND_SCORED_TWICE(
      "assessment.round-scored-twice",
      "criterion:text",
      "round:message",
      "points:points",
      "other:points",
      "where:text",
      "code:text"),
  /** A self-score for a survey criterion (RB805). */
  SURVEY_SELF_SCORED("assessment.survey-self-scored", "criterion:text", "where:text", "code:text"),
  /** An assessment of a unit outside the cohort (RB806). */
  UNIT_NOT_IN_COHORT("assessment.unit-not-in-cohort", "unit:text", "where:text", "code:text"),
  /** An assessment against another catalog, version or period (RB807). */
  ASSESSMENT_OF_OTHER_CATALOG(
      "assessment.other-catalog",
      "field:text",
      "expected:text",
      "found:text",
      "where:text",
      "code:text"),
  /** A summed node scored in a round that scores none of its criteria (RB808). */
  SUMMED_NODE_SCORED_ALONE(
      "assessment.summed-node-alone", "criterion:text", "round:message", "where:text", "code:text"),
  /** A unit of the cohort without an assessment (RB809). */
  UNIT_NOT_ASSESSED("assessment.unit-not-assessed", "unit:text", "code:text"),
  /** A self-score above the computed points (RB821). */
  OVER_CLAIMED(
      "reconcile.over-claimed", "title:title", "claimed:points", "computed:points", "code:text"),
  /** A self-score below the computed points (RB822). */
  UNDER_CLAIMED(
      "reconcile.under-claimed", "title:title", "claimed:points", "computed:points", "code:text"),
  /** The council's points differ from the computed ones (RB823). */
  COUNCIL_OVERRODE(
      "reconcile.council-overrode",
      "title:title",
      "round:message",
      "appraised:points",
      "computed:points",
      "remark:message",
      "code:text"),
  /** The council changed its points after the explanation (RB824). */
  CHANGED_BY_EXPLANATION(
      "reconcile.changed-by-explanation",
      "title:title",
      "before:points",
      "after:points",
      "remark:message",
      "code:text"),
  /** Shown for a remark the council did not write. */
  NO_REMARK("reconcile.no-remark"),
  /** What to do about an over-claim. */
  RECOMMEND_OVER_CLAIMED("reconcile.recommend.over-claimed"),
  /** What to do about an under-claim. */
  RECOMMEND_UNDER_CLAIMED("reconcile.recommend.under-claimed"),
  /** What to do about a council override. */
  RECOMMEND_COUNCIL_OVERRODE("reconcile.recommend.council-overrode"),
  /** What to do about a change by explanation. */
  RECOMMEND_CHANGED_BY_EXPLANATION("reconcile.recommend.changed-by-explanation");

  private final String key;

  @SuppressWarnings("ImmutableEnumChecker") // an unmodifiable List.copyOf
  private final List<Placeholder> placeholders;

  MessageKey(String key, String... placeholders) {
    this.key = key;
    List<Placeholder> list = new ArrayList<>();
    for (String p : placeholders) {
      int colon = p.indexOf(':');
      list.add(
          new Placeholder(
              p.substring(0, colon),
              ArgType.valueOf(p.substring(colon + 1).toUpperCase(Locale.ROOT))));
    }
    this.placeholders = List.copyOf(list);
  }

  /** Returns the stable key, such as {@code "explain.headline"}. */
  public String key() {
    return key;
  }

  /** Returns the placeholders, in the order a message takes its arguments. */
  public List<Placeholder> placeholders() {
    return placeholders;
  }

  /**
   * One placeholder of a message key.
   *
   * @param name the name the tables write in braces
   * @param type the kind of argument it takes
   */
  public record Placeholder(String name, ArgType type) {}
}
