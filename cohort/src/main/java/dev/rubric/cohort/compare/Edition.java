package dev.rubric.cohort.compare;

import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.result.Scorecard;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One period of a cohort: the catalog its units were evaluated against and their scorecards.
 *
 * @param periodId the period every scorecard is of
 * @param catalog the catalog every scorecard was evaluated against
 * @param cards the scorecards, one per unit
 */
public record Edition(String periodId, Catalog catalog, List<Scorecard> cards) {

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if there is no scorecard, a scorecard is of another period or
   *     catalog version, or a unit has two scorecards
   */
  public Edition {
    Objects.requireNonNull(periodId, "periodId");
    Objects.requireNonNull(catalog, "catalog");
    cards = List.copyOf(cards);
    if (cards.isEmpty()) {
      throw new IllegalArgumentException(
          "cards: expected at least one scorecard for period " + periodId + " but found none");
    }
    Set<String> units = new HashSet<>();
    for (Scorecard c : cards) {
      if (!c.periodId().equals(periodId)) {
        throw new IllegalArgumentException(
            "cards: expected scorecards of period "
                + periodId
                + " but unit '"
                + c.unitCode()
                + "' has one of period "
                + c.periodId());
      }
      if (!c.catalogId().equals(catalog.id()) || !c.catalogVersion().equals(catalog.version())) {
        throw new IllegalArgumentException(
            "cards: expected scorecards of catalog "
                + catalog.id()
                + " "
                + catalog.version()
                + " but unit '"
                + c.unitCode()
                + "' has one of "
                + c.catalogId()
                + " "
                + c.catalogVersion());
      }
      if (!units.add(c.unitCode())) {
        throw new IllegalArgumentException(
            "cards: unit '" + c.unitCode() + "' has two scorecards for period " + periodId);
      }
    }
  }

  /**
   * Returns the edition of {@code cards}, whose period is that of the first card.
   *
   * @throws IllegalArgumentException as the constructor
   */
  public static Edition of(Catalog catalog, List<Scorecard> cards) {
    if (cards.isEmpty()) {
      throw new IllegalArgumentException("cards: expected at least one scorecard but found none");
    }
    return new Edition(cards.get(0).periodId(), catalog, cards);
  }
}
