package dev.rubric.report;

import dev.rubric.cohort.Ranking;
import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.message.DisplayNumbers;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import dev.rubric.core.waiver.Waiver;
import java.util.Locale;

/** Words and number formats shared by the reports, in Vietnamese and English. */
public final class Labels {
  private Labels() {}

  /** Returns {@code vi} or {@code en} by {@code language}. */
  public static String tr(Language language, String vi, String en) {
    return language == Language.EN ? en : vi;
  }

  /**
   * The most decimals a number shown to people has ({@link DisplayNumbers#DECIMALS}); scorecards
   * keep the exact values.
   */
  public static final int DISPLAY_DECIMALS = DisplayNumbers.DECIMALS;

  /**
   * Returns {@code d} for people by {@link DisplayNumbers#points}: rounded half-up to at most
   * {@value #DISPLAY_DECIMALS} decimals, with a decimal comma in Vietnamese ({@code 8,5}), a
   * decimal point in English ({@code 8.5}) and the minus sign U+2212 ({@code −0,21}).
   */
  public static String number(Decimal d, Language language) {
    return DisplayNumbers.points(d, language);
  }

  /**
   * Returns {@code part / whole} as a percentage for people by {@link DisplayNumbers#percent}, e.g.
   * {@code 86,48%} or {@code −7%}; {@code –} when {@code whole} is not positive.
   */
  public static String percent(Decimal part, Decimal whole, Language language) {
    return DisplayNumbers.percent(part, whole, language);
  }

  /** Returns the rounded index with the catalog's number of decimals, e.g. {@code 78,25}. */
  public static String index(Scorecard card, Language language) {
    return index(card.indexRounded(), card.indexDecimals(), language);
  }

  /** Returns a ranked unit's rounded index with the catalog's number of decimals. */
  public static String index(Ranking.Summary unit, Language language) {
    return index(unit.indexRounded(), unit.indexDecimals(), language);
  }

  /** Returns a rounded index with {@code decimals} decimals, e.g. {@code 79,10}. */
  static String index(Decimal rounded, int decimals, Language language) {
    return DisplayNumbers.fixed(rounded, decimals, language);
  }

  /** Returns {@code earned/applicableMax} for people, e.g. {@code 8,5/12}. */
  public static String points(Decimal earned, Decimal max, Language language) {
    return number(earned, language) + "/" + number(max, language);
  }

  /**
   * Returns what a waiver does, for people: {@code không áp dụng}, {@code tính đủ điểm}, {@code
   * tính 1,5 điểm} (not applicable, full points, 1.5 points).
   */
  public static String effect(Waiver waiver, Language language) {
    switch (waiver.effect()) {
      case NOT_APPLICABLE:
        return tr(language, "không áp dụng", "not applicable");
      case FULL_POINTS:
        return tr(language, "tính đủ điểm", "full points");
      case FIXED_POINTS:
      default:
        String n = number(waiver.points().orElseThrow(), language);
        return tr(language, "tính " + n + " điểm", n + " points");
    }
  }

  /**
   * Returns the kind of the node {@code code} in {@code catalog}: a bonus or penalty item, an area,
   * or a criterion (also for a code the catalog does not have).
   */
  public static NodeKind kind(Catalog catalog, String code) {
    return catalog.node(code).map(Node::kind).orElse(NodeKind.CRITERION);
  }

  /**
   * Returns the status of {@code node} for people, by its kind in {@code catalog}: {@code Chưa được
   * cộng} (not earned) for a bonus item without points, {@code Không bị trừ} (no deduction) for a
   * penalty item without deduction ({@link NodeStatus#label(Language, NodeKind)}).
   */
  public static String status(NodeResult node, Catalog catalog, Language language) {
    return node.status().label(language, kind(catalog, node.code()));
  }

  /** Returns the status code used in CSV and JSON, e.g. {@code not_applicable}. */
  public static String code(NodeStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }
}
