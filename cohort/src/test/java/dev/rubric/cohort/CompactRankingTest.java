package dev.rubric.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What {@link RankingAccumulator} keeps of a unit is encoded compactly and read back on demand:
 * every field of every summary comes back equal to the scorecard's, whatever its values (codes and
 * names with diacritics, emoji and full-width letters, large, negative and long fractional
 * decimals, periods, hashes and bands that differ from the first unit's), in the order and with the
 * ranks that a plain sort of whole summaries gives.
 */
class CompactRankingTest {

  private static final CompiledCatalog HEAP =
      Rubric.standard()
          .compile(SourceText.of("heap.rubric", StreamingHeapMain.CATALOG))
          .orElseThrow();

  private static final List<String> NAMES =
      List.of(
          "Xã Đồng Tâm",
          "Phường Bến Nghé",
          "Thị trấn Ỷ La",
          "Xã Ea Kly",
          "Xã Nậm Ét",
          "Phường Hàng Bạc",
          "Xã Quảng Trực");

  /** Codes whose UTF-8 order is not their {@code String} order (emoji before full-width A). */
  private static final List<String> CODE_FORMATS =
      List.of("%06d", "Đ-%d", "\uD83D\uDE00%d", "\uFF21%d", "x%d", "%d");

  private static final List<String> ROUNDED =
      List.of("100", "44.44", "44.4", "0", "-3.5", "12.3456", "99999999.99", "44.44");

  private static final List<String> TOTALS =
      List.of(
          "-123456789012345678901234567890.123456789",
          "0",
          "17.5",
          "9223372036854775808",
          "-0.000001",
          "3.14159265358979323846");

  private static final List<String> INDEXES =
      List.of("44.44444444444444444444", "-1", "0.5", "100000000000000000000000000000");

  private static final List<String> EARNED =
      List.of("-2.5", "0.33333333333333333333", "123456789012345678901234.5", "0", "7");

  private static List<Scorecard> district(int units) {
    List<EvidenceFile> files = IntStream.range(0, units).mapToObj(StreamingHeapMain::unit).toList();
    List<Scorecard> cards = new ArrayList<>();
    HEAP.evaluateAll(files, cards::add);
    return cards;
  }

  private static Decimal decimal(String s) {
    return Decimal.of(new BigDecimal(s));
  }

  /**
   * Card {@code i}: {@code base} with values that vary with {@code i}; rounded indexes repeat, so
   * ranks tie. With {@code huge}, some rounded indexes do not fit a {@code long}.
   */
  private static Scorecard vary(Scorecard base, int i, boolean huge) {
    Scorecard.Builder b = Scorecard.builder().from(base);
    b.unitCode(String.format(CODE_FORMATS.get(i % CODE_FORMATS.size()), i / 3));
    b.unitName(NAMES.get(i % NAMES.size()) + " " + i);
    if (i % 7 == 0) {
      b.periodId(i % 14 == 0 ? "2023" : "2021-Q4");
    }
    if (i % 13 == 0) {
      b.catalogHash("sha256:" + "0123456789abcdef".repeat(4));
    }
    String rounded = ROUNDED.get(i % ROUNDED.size());
    if (huge && i % 10 == 0) {
      rounded = "-" + "9".repeat(25) + (i % 3);
    }
    b.indexRounded(decimal(rounded));
    b.indexDecimals(rounded.equals("12.3456") ? 4 : i % 4 == 0 ? 3 : 2);
    if (i % 2 == 0) {
      b.total(decimal(TOTALS.get(i % TOTALS.size())));
      b.index(decimal(INDEXES.get(i % INDEXES.size())));
    }
    switch (i % 9) {
      case 0 -> b.band(Optional.empty());
      case 1 -> b.band(LocalizedText.of("Xuất sắc", "Excellent"));
      case 2 -> b.band(LocalizedText.of("Đặc biệt"));
      case 3 -> b.band(LocalizedText.of("Khá", "Fair"));
      default -> {}
    }
    List<NodeResult> nodes = new ArrayList<>();
    for (int k = 0; k < base.nodes().size(); k++) {
      NodeResult n = base.nodes().get(k);
      Decimal earned = (i + k) % 3 == 0 ? n.earned() : decimal(EARNED.get((i + k) % EARNED.size()));
      nodes.add(
          new NodeResult(
              n.code(),
              n.title(),
              n.channel(),
              earned,
              n.max(),
              n.applicableMax(),
              n.status(),
              n.explanation(),
              n.children()));
    }
    return b.nodes(nodes).build();
  }

  private static List<Scorecard> varied(int count, boolean huge) {
    List<Scorecard> bases = district(50);
    List<Scorecard> cards = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      cards.add(vary(bases.get(i % bases.size()), i, huge));
    }
    return cards;
  }

  /** The ranking's rows as a sort of whole summaries gives them: the reference. */
  private static List<Ranking.Row> reference(List<Scorecard> cards) {
    List<String> areas = cards.get(0).nodes().stream().map(NodeResult::code).toList();
    List<Ranking.Summary> summaries = new ArrayList<>();
    for (Scorecard c : cards) {
      summaries.add(
          new Ranking.Summary(
              c.unitCode(),
              c.unitName(),
              c.periodId(),
              c.catalogHash(),
              c.total(),
              c.index(),
              c.indexRounded(),
              c.indexDecimals(),
              c.band(),
              areas.stream().map(a -> c.node(a).orElseThrow().earned()).toList()));
    }
    summaries.sort(
        Comparator.comparing(Ranking.Summary::indexRounded, Comparator.reverseOrder())
            .thenComparing(Ranking.Summary::unitCode)
            .thenComparing(Ranking.Summary::periodId));
    List<Ranking.Row> rows = new ArrayList<>();
    for (int i = 0; i < summaries.size(); i++) {
      boolean tie =
          i > 0 && summaries.get(i - 1).indexRounded().equals(summaries.get(i).indexRounded());
      rows.add(new Ranking.Row(tie ? rows.get(i - 1).rank() : i + 1, summaries.get(i)));
    }
    return rows;
  }

  private static RankingAccumulator accumulate(List<Scorecard> cards) {
    RankingAccumulator accumulator = new RankingAccumulator(HEAP.catalog());
    cards.forEach(accumulator);
    return accumulator;
  }

  @Test
  void ranking_variedCards_everyFieldOfEveryRowEqualsTheReference() {
    List<Scorecard> cards = varied(3_000, false);
    List<Ranking.Row> expected = reference(cards);

    Ranking ranking = accumulate(cards).ranking();

    assertThat(ranking.rows()).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      Ranking.Row row = ranking.rows().get(i);
      Ranking.Summary e = expected.get(i).summary();
      Ranking.Summary s = row.summary();
      assertThat(row.rank()).as("rank of row %d", i).isEqualTo(expected.get(i).rank());
      assertThat(s.unitCode()).isEqualTo(e.unitCode());
      assertThat(s.unitName()).isEqualTo(e.unitName());
      assertThat(s.periodId()).isEqualTo(e.periodId());
      assertThat(s.catalogHash()).isEqualTo(e.catalogHash());
      assertThat(s.total().toBigDecimal()).isEqualTo(e.total().toBigDecimal());
      assertThat(s.index().toBigDecimal()).isEqualTo(e.index().toBigDecimal());
      assertThat(s.indexRounded().toBigDecimal()).isEqualTo(e.indexRounded().toBigDecimal());
      assertThat(s.indexDecimals()).isEqualTo(e.indexDecimals());
      assertThat(s.band()).isEqualTo(e.band());
      assertThat(s.earned()).isEqualTo(e.earned());
      assertThat(s).isEqualTo(e);
    }
    assertThat(ranking.rows()).isEqualTo(expected).hasSameHashCodeAs(expected);
    assertThat(ranking.rows())
        .extracting(r -> r.summary().unitName())
        .contains("Xã Đồng Tâm 0", "Thị trấn Ỷ La 2");
    assertThat(ranking.rows())
        .extracting(r -> r.summary().unitCode())
        .contains("\uD83D\uDE000", "\uFF211", "Đ-0");
  }

  @Test
  void ranking_roundedIndexesBeyondALong_stillEqualsTheReference() {
    List<Scorecard> cards = varied(3_000, true);

    Ranking ranking = accumulate(cards).ranking();

    List<Ranking.Row> expected = reference(cards);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(ranking.rows().get(i)).as("row %d", i).isEqualTo(expected.get(i));
    }
    assertThat(ranking.rows().get(ranking.rows().size() - 1).summary().indexRounded().toString())
        .startsWith("-9999999999");
  }

  @Test
  void ranking_manyUnits_equalsTheReferenceAndARankingOfItsRows() {
    List<Scorecard> cards = varied(60_000, false);
    List<Ranking.Row> expected = reference(cards);

    Ranking ranking = accumulate(cards).ranking();

    assertThat(ranking.rows()).isEqualTo(expected);
    Ranking plain =
        new Ranking(ranking.catalog(), expected, ranking.distribution(), ranking.areas());
    assertThat(ranking).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(plain).isEqualTo(ranking);
    assertThat(Ranking.of(HEAP.catalog(), cards)).isEqualTo(ranking);
  }

  @Test
  void ranking_acceptingGoesOn_anEarlierRankingStaysAsItWas() {
    List<Scorecard> cards = varied(8_000, false);
    RankingAccumulator accumulator = new RankingAccumulator(HEAP.catalog());
    cards.subList(0, 2_000).forEach(accumulator);
    Ranking early = accumulator.ranking();

    cards.subList(2_000, cards.size()).forEach(accumulator);

    assertThat(early.rows()).isEqualTo(reference(cards.subList(0, 2_000)));
    assertThat(accumulator.ranking().rows()).isEqualTo(reference(cards));
  }

  @Test
  void rows_areImmutable() {
    List<Ranking.Row> rows = accumulate(varied(40, false)).ranking().rows();
    Ranking.Row first = rows.get(0);

    assertThatThrownBy(() -> rows.set(0, first)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> rows.add(first)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> rows.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(rows::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> rows.sort(Comparator.comparingInt(Ranking.Row::rank)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> rows.get(40)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(rows.get(0)).isEqualTo(first).isNotSameAs(first);
  }

  @Test
  void newRanking_storedRowsAndOtherAreas_throws() {
    Ranking ranking = accumulate(varied(10, false)).ranking();

    assertThatThrownBy(
            () ->
                new Ranking(
                    ranking.catalog(),
                    ranking.rows(),
                    ranking.distribution(),
                    ranking.areas().subList(0, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rows: expected one earned value per area (1) but unit '");
  }

  /**
   * The heap catalog's units (a six-digit code, a name of some 20 bytes, an unrounded index of 20
   * decimals, two areas) take some 50 bytes each; the bound leaves room.
   */
  @Test
  void storedBytes_streamedDistrict_underSeventyBytesPerUnit() {
    RankingAccumulator accumulator = new RankingAccumulator(HEAP.catalog());
    HEAP.evaluateAll(
        () -> IntStream.range(0, 20_000).mapToObj(StreamingHeapMain::unit).iterator(), accumulator);

    double perUnit = (double) accumulator.storedBytes() / accumulator.size();

    assertThat(perUnit).isLessThan(70);
  }
}
