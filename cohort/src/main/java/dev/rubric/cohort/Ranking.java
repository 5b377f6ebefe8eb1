package dev.rubric.cohort;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.result.Scorecard;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ranking of a cohort of scorecards of one catalog: the units by rounded index, highest first,
 * with ties sharing a rank (1, 2, 2, 4); how many units fall in each of the catalog's bands; and
 * per top-level node (area, bonus, penalty) the average points earned.
 *
 * <p>A ranking keeps of each scorecard only its {@link Summary}, what the ranking and its reports
 * show, so that ranking many units does not hold their scorecards. Build one from a list of
 * scorecards with {@link #of}, or from a stream of them with a {@link RankingAccumulator}; both
 * give equal rankings. A ranking so built keeps its summaries encoded, a few dozen bytes a unit
 * (see {@link RankingAccumulator}), and its {@link #rows()} is an immutable random-access list that
 * makes each {@link Row} when it is read: rows read twice are equal but not the same object.
 * Instances are immutable and thread-safe.
 *
 * @param catalog the catalog the units were evaluated against
 * @param rows the units, best first; an immutable list
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
   * @param summary what the ranking keeps of the unit's scorecard
   */
  public record Row(int rank, Summary summary) {

    /** Validates the components. */
    public Row {
      if (rank < 1) {
        throw new IllegalArgumentException("rank: expected at least 1 but found " + rank);
      }
      Objects.requireNonNull(summary, "summary");
    }
  }

  /**
   * What a ranking keeps of one unit's scorecard: the values of the same names in {@link
   * Scorecard}, and the points earned in each top-level node.
   *
   * @param unitCode the unit's code
   * @param unitName the unit's name for the period
   * @param periodId the period's id
   * @param catalogHash the content hash of the catalog the unit was evaluated against
   * @param total the total points, unrounded
   * @param index the index, unrounded
   * @param indexRounded the index as the catalog rounds it
   * @param indexDecimals the number of decimals the catalog publishes the index with
   * @param band the label of the band the rounded index falls in; empty when the catalog has none
   * @param earned the points earned in each top-level node, in the order of {@link Ranking#areas()}
   */
  public record Summary(
      String unitCode,
      String unitName,
      String periodId,
      String catalogHash,
      Decimal total,
      Decimal index,
      Decimal indexRounded,
      int indexDecimals,
      Optional<LocalizedText> band,
      List<Decimal> earned) {

    /** Validates and copies the components. */
    public Summary {
      Objects.requireNonNull(unitCode, "unitCode");
      Objects.requireNonNull(unitName, "unitName");
      Objects.requireNonNull(periodId, "periodId");
      Objects.requireNonNull(catalogHash, "catalogHash");
      Objects.requireNonNull(total, "total");
      Objects.requireNonNull(index, "index");
      Objects.requireNonNull(indexRounded, "indexRounded");
      Objects.requireNonNull(band, "band");
      earned = List.copyOf(earned);
    }
  }

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

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if a row's summary does not have one earned value per area
   */
  public Ranking {
    Objects.requireNonNull(catalog, "catalog");
    distribution = List.copyOf(distribution);
    areas = List.copyOf(areas);
    if (rows instanceof StoredRows stored) {
      // immutable already; every row has the same number of earned values
      if (!stored.isEmpty() && stored.areaCount() != areas.size()) {
        throw earnedMismatch(areas.size(), stored.get(0).summary());
      }
    } else {
      rows = List.copyOf(rows);
      for (Row r : rows) {
        if (r.summary().earned().size() != areas.size()) {
          throw earnedMismatch(areas.size(), r.summary());
        }
      }
    }
  }

  private static IllegalArgumentException earnedMismatch(int areas, Summary summary) {
    return new IllegalArgumentException(
        "rows: expected one earned value per area ("
            + areas
            + ") but unit '"
            + summary.unitCode()
            + "' has "
            + summary.earned().size());
  }

  /**
   * Returns the ranking of {@code cards}. Units with equal rounded indexes are listed by unit code,
   * then period. The same as accepting each card, in order, into a {@link RankingAccumulator}.
   *
   * @throws IllegalArgumentException if a card lacks a top-level node of the first card
   */
  public static Ranking of(Catalog catalog, List<Scorecard> cards) {
    RankingAccumulator accumulator = new RankingAccumulator(catalog);
    cards.forEach(accumulator);
    return accumulator.ranking();
  }

  /** Returns the largest rounded index, or zero without units. */
  public Decimal topIndex() {
    return rows.isEmpty() ? Decimal.ZERO : rows.get(0).summary().indexRounded();
  }
}
