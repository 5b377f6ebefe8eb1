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
  /** A named value ({@code let}) with its definition. */
  DEFINED_VALUE("explain.defined-value", "name:text", "expression:text", "value:value"),
  /** A node whose applicability condition could not be decided. */
  APPLICABILITY_UNDECIDED("explain.applicability-undecided", "code:text"),
  /** A comparison with both sides' values and whether it holds. */
  COMPARISON(
      "explain.comparison",
      "left:text",
      "value:value",
      "op:text",
      "right:value",
      "verdict:verdict"),
  /** A condition and whether it holds. */
  CONDITION("explain.condition", "condition:text", "verdict:verdict"),
  /** The points a case of a rule gives. */
  POINTS("explain.points", "points:value"),
  /** The points of a rule's {@code otherwise}. */
  OTHERWISE("explain.otherwise", "points:value"),
  /** The tier a value reached. */
  TIER_REACHED(
      "explain.tier-reached",
      "subject:text",
      "value:value",
      "op:text",
      "threshold:value",
      "points:value"),
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
  VALUE_TOO_LARGE("eval.value-too-large", "expression:text", "digits:text");

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
