package dev.rubric.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.csv.CsvEvidenceReader;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RankingTest {

  private static CompiledCatalog catalog;
  private static List<Scorecard> cards;
  private static Ranking ranking;

  @BeforeAll
  static void rank() {
    catalog = Fixtures.tinyCatalog();
    String csv = Fixtures.read("tiny-units.csv");
    List<EvidenceFile> units = CsvEvidenceReader.read("tiny-units.csv", csv, catalog.catalog());
    cards = catalog.evaluateAll(units);
    ranking = Ranking.of(catalog.catalog(), cards);
  }

  @Test
  void of_equalRoundedIndexes_shareARankAndTheNextRankIsSkipped() {
    assertThat(ranking.rows())
        .extracting(
            Ranking.Row::rank,
            r -> r.summary().unitCode(),
            r -> r.summary().indexRounded().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "01", "100"),
            org.assertj.core.groups.Tuple.tuple(2, "02", "44.44"),
            org.assertj.core.groups.Tuple.tuple(2, "03", "44.44"),
            org.assertj.core.groups.Tuple.tuple(4, "04", "16.67"));
  }

  @Test
  void of_distribution_countsEveryBandHighestFirst() {
    assertThat(ranking.distribution())
        .extracting(b -> b.band().vi(), Ranking.BandCount::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Tốt", 1),
            org.assertj.core.groups.Tuple.tuple("Khá", 0),
            org.assertj.core.groups.Tuple.tuple("Trung bình", 0),
            org.assertj.core.groups.Tuple.tuple("Kém", 3));
  }

  @Test
  void of_areaAverages_averageEarnedAndApplicableMaxOverUnits() {
    // area 1 earned 6 + 2 + 2 + 1 = 11 of max 6 (1.5 excluded for 02 and 03); area 2 earned 4 + 2 +
    // 2 + 0
    assertThat(ranking.areas())
        .extracting(
            Ranking.AreaAverage::code,
            a -> a.title().vi(),
            a -> a.max().toString(),
            a -> a.averageEarned().toString(),
            a -> a.averageApplicableMax().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", "Chỉ đạo, điều hành", "6", "2.75", "5.5"),
            org.assertj.core.groups.Tuple.tuple("2", "Thủ tục hành chính", "4", "2", "3"));
  }

  @Test
  void of_order_doesNotDependOnInputOrder() {
    List<Scorecard> reversed = new java.util.ArrayList<>();
    cards.forEach(c -> reversed.add(0, c));
    assertThat(Ranking.of(catalog.catalog(), reversed)).isEqualTo(ranking);
  }

  @Test
  void of_noUnits_isEmpty() {
    Ranking empty = Ranking.of(catalog.catalog(), List.of());
    assertThat(empty.rows()).isEmpty();
    assertThat(empty.areas()).isEmpty();
    assertThat(empty.distribution()).extracting(Ranking.BandCount::count).containsOnly(0);
    assertThat(empty.topIndex()).isEqualTo(Decimal.ZERO);
  }

  @Test
  void band_labels_comeFromTheCatalog() {
    assertThat(ranking.rows().get(0).summary().band()).contains(LocalizedText.of("Tốt", "Good"));
  }
}
