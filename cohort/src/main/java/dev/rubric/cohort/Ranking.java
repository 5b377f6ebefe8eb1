package dev.rubric.cohort;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Band;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ranking of a cohort of scorecards of one catalog: the units by rounded index, highest first,
 * with ties sharing a rank (1, 2, 2, 4); how many units fall in each of the catalog's bands; and
 * per top-level node (area, bonus, penalty) the average points earned.
 *
 * @param catalog the catalog the units were evaluated against
 * @param rows the units, best first
 * @param distribution one entry per catalog band, highest band first; empty when the catalog has
 *     none
 * @param areas one entry per top-level node, in catalog order
 */
public record Ranking(
    Catalog catalog, List<Row> rows, List<BandCount> distribution, List<AreaAverage> areas) {

  /** The number of decimals averages are rounded to (half-up). */
  public static final int AVERAGE_DECIMALS = 2;

  /**
   * One ranked unit.
   *
   * @param rank 1 for the best; equal rounded indexes share the rank of the first of them
   * @param card the unit's scorecard
   */
  public record Row(int rank, Scorecard card) {}

  /**
   * How many units fall in one band.
   *
   * @param band the band's label
   * @param count the number of units
   */
  public record BandCount(LocalizedText band, int count) {}

  /**
   * The average result of one top-level node over the units.
   *
   * @param code the node's code
   * @param title the node's title
   * @param max the node's maximum points
   * @param averageEarned the mean of the points earned, rounded to {@value #AVERAGE_DECIMALS}
   *     decimals
   * @param averageApplicableMax the mean of the applicable maxima, rounded likewise
   */
  public record AreaAverage(
      String code,
      LocalizedText title,
      Decimal max,
      Decimal averageEarned,
      Decimal averageApplicableMax) {}

  /** Validates and copies the components. */
  public Ranking {
    Objects.requireNonNull(catalog, "catalog");
    rows = List.copyOf(rows);
    distribution = List.copyOf(distribution);
    areas = List.copyOf(areas);
  }

  /**
   * Returns the ranking of {@code cards}. Units with equal rounded indexes are listed by unit code,
   * then period.
   */
  public static Ranking of(Catalog catalog, List<Scorecard> cards) {
    List<Scorecard> sorted = new ArrayList<>(cards);
    sorted.sort(
        Comparator.comparing(Scorecard::indexRounded, Comparator.reverseOrder())
            .thenComparing(Scorecard::unitCode)
            .thenComparing(Scorecard::periodId));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Scorecard c = sorted.get(i);
      boolean tie = i > 0 && sorted.get(i - 1).indexRounded().equals(c.indexRounded());
      rows.add(new Row(tie ? rows.get(i - 1).rank() : i + 1, c));
    }

    List<BandCount> distribution = new ArrayList<>();
    for (Band b : catalog.bands()) {
      int count = (int) cards.stream().filter(c -> c.band().equals(Optional.of(b.label()))).count();
      distribution.add(new BandCount(b.label(), count));
    }

    List<AreaAverage> areas = new ArrayList<>();
    if (!cards.isEmpty()) {
      Decimal n = Decimal.of(cards.size());
      for (NodeResult top : cards.get(0).nodes()) {
        Decimal earned = Decimal.ZERO;
        Decimal applicable = Decimal.ZERO;
        for (Scorecard c : cards) {
          NodeResult r =
              c.node(top.code())
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "cards: expected scorecards of one catalog but '"
                                  + c.unitCode()
                                  + "' lacks node '"
                                  + top.code()
                                  + "'"));
          earned = earned.plus(r.earned());
          applicable = applicable.plus(r.applicableMax());
        }
        areas.add(
            new AreaAverage(
                top.code(), top.title(), top.max(), mean(earned, n), mean(applicable, n)));
      }
    }
    return new Ranking(catalog, rows, distribution, areas);
  }

  private static Decimal mean(Decimal sum, Decimal n) {
    return sum.divide(n).round(AVERAGE_DECIMALS, RoundingMode.HALF_UP);
  }

  /** Returns the largest rounded index, or zero without units. */
  public Decimal topIndex() {
    return rows.isEmpty() ? Decimal.ZERO : rows.get(0).card().indexRounded();
  }
}
