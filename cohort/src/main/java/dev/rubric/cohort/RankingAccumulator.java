package dev.rubric.cohort;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Band;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Ranks scorecards as they come, keeping of each only its {@link Ranking.Summary} (codes, name,
 * index, band and the points of each top-level node) and, per top-level node, two running sums: a
 * cohort is ranked without holding its scorecards. {@link #ranking()} gives the ranking {@link
 * Ranking#of} would give for the scorecards accepted so far, in the order accepted.
 *
 * <p>It is a {@code Consumer<Scorecard>}, so it can take a streamed evaluation's scorecards
 * directly:
 *
 * <pre>{@code
 * RankingAccumulator accumulator = new RankingAccumulator(catalog.catalog());
 * catalog.evaluateAll(cohort, accumulator); // a CompiledCatalog of rubric-rules-dsl
 * Ranking ranking = accumulator.ranking();
 * }</pre>
 *
 * <p>Not thread-safe: accept scorecards from one thread at a time, as {@code evaluateAll} does.
 */
public final class RankingAccumulator implements Consumer<Scorecard> {

  /** Highest rounded index first, then by unit code, then by period. */
  private static final Comparator<Ranking.Summary> ORDER =
      Comparator.comparing(Ranking.Summary::indexRounded, Comparator.reverseOrder())
          .thenComparing(Ranking.Summary::unitCode)
          .thenComparing(Ranking.Summary::periodId);

  private final Catalog catalog;
  private final List<Band> bands;

  /** One shared {@code Optional} per band, so that summaries do not each hold one. */
  private final List<Optional<LocalizedText>> bandLabels;

  private final int[] bandCounts;
  private final List<Ranking.Summary> units = new ArrayList<>();

  /** The first card's top-level nodes; empty before it. */
  private final List<Area> areas = new ArrayList<>();

  private Decimal[] earnedSums = new Decimal[0];
  private Decimal[] applicableSums = new Decimal[0];

  /** Starts an empty ranking of scorecards of {@code catalog}. */
  public RankingAccumulator(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.bands = catalog.bands();
    this.bandLabels = bands.stream().map(b -> Optional.of(b.label())).toList();
    this.bandCounts = new int[bands.size()];
  }

  /**
   * Adds a scorecard. The first one fixes the top-level nodes averaged; every later one must have
   * them.
   *
   * @throws IllegalArgumentException if {@code card} lacks a top-level node of the first card;
   *     nothing is added then
   */
  @Override
  public void accept(Scorecard card) {
    Objects.requireNonNull(card, "card");
    if (units.isEmpty()) {
      start(card);
    }
    NodeResult[] nodes = new NodeResult[areas.size()];
    List<Decimal> earned = new ArrayList<>(nodes.length);
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = node(card, areas.get(i).code());
      earned.add(nodes[i].earned());
    }
    for (int i = 0; i < nodes.length; i++) {
      earnedSums[i] = earnedSums[i].plus(nodes[i].earned());
      applicableSums[i] = applicableSums[i].plus(nodes[i].applicableMax());
    }
    Optional<LocalizedText> band = card.band();
    for (int i = 0; i < bands.size(); i++) {
      if (band.equals(bandLabels.get(i))) {
        bandCounts[i]++;
        band = bandLabels.get(i);
      }
    }
    units.add(
        new Ranking.Summary(
            card.unitCode(),
            card.unitName(),
            card.periodId(),
            card.catalogHash(),
            card.total(),
            card.index(),
            card.indexRounded(),
            card.indexDecimals(),
            band,
            earned));
  }

  /** Returns the number of scorecards accepted. */
  public int size() {
    return units.size();
  }

  /**
   * Returns the ranking of the scorecards accepted so far. Units with equal rounded indexes are
   * listed by unit code, then period, then in the order accepted. The accumulator can go on
   * accepting scorecards afterwards.
   */
  public Ranking ranking() {
    List<Ranking.Summary> sorted = new ArrayList<>(units);
    sorted.sort(ORDER);
    List<Ranking.Row> rows = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Ranking.Summary s = sorted.get(i);
      boolean tie = i > 0 && sorted.get(i - 1).indexRounded().equals(s.indexRounded());
      rows.add(new Ranking.Row(tie ? rows.get(i - 1).rank() : i + 1, s));
    }
    List<Ranking.BandCount> distribution = new ArrayList<>(bands.size());
    for (int i = 0; i < bands.size(); i++) {
      distribution.add(new Ranking.BandCount(bands.get(i).label(), bandCounts[i]));
    }
    List<Ranking.AreaAverage> averages = new ArrayList<>(areas.size());
    Decimal n = Decimal.of(units.size());
    for (int i = 0; i < areas.size(); i++) {
      Area a = areas.get(i);
      averages.add(
          new Ranking.AreaAverage(
              a.code(), a.title(), a.max(), mean(earnedSums[i], n), mean(applicableSums[i], n)));
    }
    return new Ranking(catalog, rows, distribution, averages);
  }

  /** Takes the top-level nodes to average from the first scorecard. */
  private void start(Scorecard first) {
    for (NodeResult top : first.nodes()) {
      areas.add(new Area(top.code(), top.title(), top.max()));
    }
    earnedSums = new Decimal[areas.size()];
    applicableSums = new Decimal[areas.size()];
    Arrays.fill(earnedSums, Decimal.ZERO);
    Arrays.fill(applicableSums, Decimal.ZERO);
  }

  private static NodeResult node(Scorecard card, String code) {
    return card.node(code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "cards: expected scorecards of one catalog but '"
                        + card.unitCode()
                        + "' lacks node '"
                        + code
                        + "'"));
  }

  /** A top-level node: what its average shows besides the means. */
  private record Area(String code, LocalizedText title, Decimal max) {}

  private static Decimal mean(Decimal sum, Decimal n) {
    return sum.divide(n).round(Ranking.AVERAGE_DECIMALS, RoundingMode.HALF_UP);
  }
}
