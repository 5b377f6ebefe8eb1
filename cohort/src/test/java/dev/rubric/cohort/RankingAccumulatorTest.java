package dev.rubric.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.rubric.core.LocalizedText;
import dev.rubric.core.csv.CsvEvidenceReader;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RankingAccumulator}: fed scorecards one by one, in any order, it gives the ranking {@link
 * Ranking#of} gives for the list, which a plain sort of the whole scorecards confirms.
 */
class RankingAccumulatorTest {

  private static final CompiledCatalog TINY = Fixtures.tinyCatalog();

  /** The catalog of {@link StreamingHeapMain}: Vietnamese names, {@code best(…)}, many ties. */
  private static final CompiledCatalog HEAP =
      Rubric.standard()
          .compile(SourceText.of("heap.rubric", StreamingHeapMain.CATALOG))
          .orElseThrow();

  private static List<Scorecard> tinyCards() {
    List<EvidenceFile> units =
        CsvEvidenceReader.read("tiny-units.csv", Fixtures.read("tiny-units.csv"), TINY.catalog());
    return TINY.evaluateAll(units);
  }

  /** 600 communes streamed through the heap catalog; rounded indexes repeat, so ranks tie. */
  private static List<Scorecard> district() {
    List<EvidenceFile> units = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      units.add(StreamingHeapMain.unit(i));
    }
    List<Scorecard> cards = new ArrayList<>();
    HEAP.evaluateAll(units, cards::add);
    return cards;
  }

  private static Ranking accumulate(CompiledCatalog catalog, List<Scorecard> cards) {
    RankingAccumulator accumulator = new RankingAccumulator(catalog.catalog());
    cards.forEach(accumulator);
    return accumulator.ranking();
  }

  @Test
  void ranking_tinyCohortShuffled_equalsRankingOfTheList() {
    List<Scorecard> cards = tinyCards();
    List<Scorecard> shuffled = new ArrayList<>(cards);
    Collections.shuffle(shuffled, new Random(7));

    Ranking ranking = accumulate(TINY, shuffled);

    assertThat(ranking).isEqualTo(Ranking.of(TINY.catalog(), cards));
    assertThat(ranking.rows())
        .extracting(Ranking.Row::rank, r -> r.summary().unitName())
        .containsExactly(
            tuple(1, "Xã An"),
            tuple(2, "Xã Bình"),
            tuple(2, "Xã Cầu Mới"),
            tuple(4, "Thị trấn Đông"));
  }

  @Test
  void ranking_streamedDistrictInAnyOrder_equalsRankingOfTheList() {
    List<Scorecard> cards = district();
    Ranking expected = Ranking.of(HEAP.catalog(), cards);
    List<Scorecard> reversed = new ArrayList<>(cards);
    Collections.reverse(reversed);
    List<Scorecard> shuffled = new ArrayList<>(cards);
    Collections.shuffle(shuffled, new Random(2022));

    assertThat(accumulate(HEAP, cards)).isEqualTo(expected);
    assertThat(accumulate(HEAP, reversed)).isEqualTo(expected);
    assertThat(accumulate(HEAP, shuffled)).isEqualTo(expected);
  }

  @Test
  void ranking_streamedDistrict_ranksLikeASortOfTheWholeScorecards() {
    List<Scorecard> cards = district();
    List<Scorecard> sorted = new ArrayList<>(cards);
    sorted.sort(
        Comparator.comparing(Scorecard::indexRounded, Comparator.reverseOrder())
            .thenComparing(Scorecard::unitCode));
    List<Integer> ranks = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      boolean tie = i > 0 && sorted.get(i).indexRounded().equals(sorted.get(i - 1).indexRounded());
      ranks.add(tie ? ranks.get(i - 1) : i + 1);
    }

    Ranking ranking = accumulate(HEAP, cards);

    assertThat(ranking.rows()).extracting(Ranking.Row::rank).isEqualTo(ranks);
    assertThat(ranking.rows())
        .extracting(r -> r.summary().unitCode())
        .isEqualTo(sorted.stream().map(Scorecard::unitCode).toList());
    assertThat(new HashSet<>(ranks))
        .as("distinct ranks: the district has ties")
        .hasSizeLessThan(600);
  }

  @Test
  void accept_card_keepsItsSummaryAndTheEarnedPointsOfEachArea() {
    Scorecard card = district().get(17);
    RankingAccumulator accumulator = new RankingAccumulator(HEAP.catalog());

    accumulator.accept(card);

    assertThat(accumulator.size()).isOne();
    Ranking.Summary s = accumulator.ranking().rows().get(0).summary();
    assertThat(s)
        .isEqualTo(
            new Ranking.Summary(
                card.unitCode(),
                card.unitName(),
                card.periodId(),
                card.catalogHash(),
                card.total(),
                card.index(),
                card.indexRounded(),
                card.indexDecimals(),
                card.band(),
                card.nodes().stream().map(NodeResult::earned).toList()));
    assertThat(s.unitName()).isEqualTo("Xã Đồng Tâm 17");
  }

  @Test
  void accept_cardLackingAnArea_throwsAndAddsNothing() {
    List<Scorecard> cards = tinyCards();
    RankingAccumulator accumulator = new RankingAccumulator(TINY.catalog());
    accumulator.accept(cards.get(0));
    Scorecard partial =
        Scorecard.builder().from(cards.get(1)).nodes(cards.get(1).nodes().subList(0, 1)).build();

    assertThatThrownBy(() -> accumulator.accept(partial))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cards: expected scorecards of one catalog but '02' lacks node '2'");
    assertThat(accumulator.size()).isOne();
    assertThat(accumulator.ranking()).isEqualTo(Ranking.of(TINY.catalog(), cards.subList(0, 1)));
  }

  @Test
  void ranking_calledTwice_goesOnAccepting() {
    List<Scorecard> cards = tinyCards();
    RankingAccumulator accumulator = new RankingAccumulator(TINY.catalog());
    accumulator.accept(cards.get(3));
    Ranking one = accumulator.ranking();

    cards.subList(0, 3).forEach(accumulator);

    assertThat(one.rows()).hasSize(1);
    assertThat(accumulator.ranking()).isEqualTo(Ranking.of(TINY.catalog(), cards));
  }

  @Test
  void ranking_nothingAccepted_isTheEmptyRanking() {
    Ranking empty = new RankingAccumulator(TINY.catalog()).ranking();

    assertThat(empty).isEqualTo(Ranking.of(TINY.catalog(), List.of()));
    assertThat(empty.distribution())
        .extracting(Ranking.BandCount::band)
        .contains(LocalizedText.of("Trung bình", "Average"));
  }
}
