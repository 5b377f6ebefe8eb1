package dev.rubric.dsl;

import static dev.rubric.dsl.EvaluationFixtures.YEAR_2022;
import static dev.rubric.dsl.EvaluationFixtures.catalog;
import static dev.rubric.dsl.EvaluationFixtures.compile;
import static dev.rubric.dsl.EvaluationFixtures.count;
import static dev.rubric.dsl.EvaluationFixtures.dec;
import static dev.rubric.dsl.EvaluationFixtures.evaluate;
import static dev.rubric.dsl.EvaluationFixtures.evidence;
import static dev.rubric.dsl.EvaluationFixtures.ratio;
import static dev.rubric.dsl.EvaluationFixtures.town;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.result.Scorecard;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * From node points to the published index: percent of the applicable max, bonus and penalty,
 * clamping, rounding once, classification bands and the weighted index.
 */
class IndexTest {

  private static final String BANDS =
      "  bands {\n"
          + "    \"Tốt\" en \"Good\" >= 90,\n"
          + "    \"Khá\" en \"Fair\" >= 70,\n"
          + "    \"Trung bình\" en \"Average\" >= 50,\n"
          + "    otherwise \"Kém\" en \"Poor\"\n"
          + "  }";

  private static CompiledCatalog rounded(String rounding) {
    return compile(
        catalog(
            "    ratio ty_le \"Tỷ lệ\"",
            "  area \"1\" \"A\" max 1 {\n    points = ty_le * max\n  }\n"
                + "  index percent\n"
                + "  round "
                + rounding
                + "\n"
                + BANDS));
  }

  // ---------------------------------------------------------------- rounding and bands

  @Test
  void round_halfUp_liftsIndexIntoTheTopBand() {
    Scorecard card =
        evaluate(rounded("2 half-up"), evidence().putEvidence("ty_le", ratio(17_999, 20_000)));

    // 17999/20000 × 100 = 89.995, rounded once to 90.00
    assertThat(card.index()).isEqualTo(dec("89.995"));
    assertThat(card.indexRounded()).isEqualTo(dec("90.00"));
    assertThat(card.indexRounded().toString(card.indexDecimals())).isEqualTo("90.00");
    assertThat(card.band()).contains(LocalizedText.of("Tốt", "Good"));
  }

  @Test
  void round_down_keepsIndexInTheBandBelow() {
    Scorecard card =
        evaluate(rounded("2 down"), evidence().putEvidence("ty_le", ratio(17_999, 20_000)));

    assertThat(card.indexRounded()).isEqualTo(dec("89.99"));
    assertThat(card.band().map(b -> b.in(Language.EN))).contains("Fair");
  }

  @ParameterizedTest(name = "{0}: 12.125 rounds to {1}")
  @CsvSource({
    "half-up, 12.13",
    "half-even, 12.12",
    "half-down, 12.12",
    "up, 12.13",
    "ceiling, 12.13",
    "floor, 12.12"
  })
  void round_modes_roundTheExactIndexOnce(String mode, String expected) {
    Scorecard card =
        evaluate(rounded("2 " + mode), evidence().putEvidence("ty_le", ratio(97, 800)));

    // 97/800 × 100 = 12.125 exactly
    assertThat(card)
        .extracting(Scorecard::index, Scorecard::indexRounded)
        .containsExactly(dec("12.125"), dec(expected));
  }

  @ParameterizedTest(name = "{0}/10000 falls in {1}")
  @CsvSource({
    "10000, Good",
    "9000, Good",
    "8999, Fair",
    "7000, Fair",
    "6999, Average",
    "5000, Average",
    "4999, Poor",
    "0, Poor"
  })
  void bands_indexAtALowerBound_fallsInThatBand(long share, String band) {
    Scorecard card =
        evaluate(rounded("2 half-up"), evidence().putEvidence("ty_le", ratio(share, 10_000)));

    assertThat(card.band().map(b -> b.in(Language.EN))).contains(band);
  }

  @Test
  void bands_none_leaveTheScorecardUnclassified() {
    CompiledCatalog c =
        compile(
            catalog(
                "    ratio ty_le \"Tỷ lệ\"",
                "  area \"1\" \"A\" max 1 {\n    points = ty_le * max\n  }"));

    Scorecard card = evaluate(c, evidence().putEvidence("ty_le", ratio(1, 3)));

    // default rounding: 2 decimals, half-up
    assertThat(card)
        .extracting(Scorecard::indexRounded, Scorecard::indexDecimals, Scorecard::band)
        .containsExactly(dec("33.33"), 2, Optional.empty());
  }

  // ---------------------------------------------------------------- bonus and penalty

  private static CompiledCatalog bonusAndPenalty(String index) {
    return compile(
        catalog(
            "    ratio ty_le \"Tỷ lệ\"\n    count sang_kien \"Số sáng kiến\"\n    count phe_binh \"Số văn bản phê bình\"",
            "  area \"1\" \"A\" max 10 {\n    points = ty_le * max\n  }\n"
                + "  bonus \"B.1\" \"Sáng kiến\" max 2 {\n    award 1 per sang_kien cap 2\n  }\n"
                + "  penalty \"P.1\" \"Bị phê bình\" max 3 {\n    points = max(-max, -phe_binh)\n  }\n"
                + index));
  }

  private static Scorecard bonusAndPenalty(String index, long initiatives, long criticisms) {
    return evaluate(
        bonusAndPenalty(index),
        evidence()
            .putEvidence("ty_le", ratio(9, 10))
            .putEvidence("sang_kien", count(initiatives))
            .putEvidence("phe_binh", count(criticisms)));
  }

  @Test
  void bonus_oneInitiative_raisesTheTotalAndTheIndex() {
    Scorecard card = bonusAndPenalty("  index percent", 1, 0);

    // (9 + 1) / 10
    assertThat(card)
        .extracting(Scorecard::bonus, Scorecard::penalty, Scorecard::total, Scorecard::index)
        .containsExactly(dec("1"), dec("0"), dec("10"), dec("100"));
  }

  @Test
  void indexPercent_aboveHundred_isClamped() {
    Scorecard card = bonusAndPenalty("  index percent", 2, 0);

    // total 11 of 10 would be 110
    assertThat(card)
        .extracting(Scorecard::total, Scorecard::index, Scorecard::indexRounded)
        .containsExactly(dec("11"), dec("100"), dec("100"));
  }

  @Test
  void indexPercentUnclamped_aboveHundred_isKept() {
    Scorecard card = bonusAndPenalty("  index percent unclamped", 2, 0);

    assertThat(card)
        .extracting(Scorecard::total, Scorecard::index)
        .containsExactly(dec("11"), dec("110"));
  }

  @Test
  void penalty_twoCriticisms_isAMagnitudeThatLowersTheIndex() {
    Scorecard card = bonusAndPenalty("  index percent", 0, 2);

    // 9 − 2
    assertThat(card)
        .extracting(Scorecard::bonus, Scorecard::penalty, Scorecard::total, Scorecard::index)
        .containsExactly(dec("0"), dec("2"), dec("7"), dec("70"));
  }

  @Test
  void penalty_sevenCriticisms_isLimitedToItsMax() {
    Scorecard card = bonusAndPenalty("  index percent", 1, 7);

    // 9 + 1 − 3
    assertThat(card)
        .extracting(Scorecard::bonus, Scorecard::penalty, Scorecard::total, Scorecard::index)
        .containsExactly(dec("1"), dec("3"), dec("7"), dec("70"));
  }

  @Test
  void indexPercent_belowZero_isClampedAtZero() {
    CompiledCatalog c =
        compile(
            catalog(
                "    ratio ty_le \"Tỷ lệ\"\n    count phe_binh \"Số văn bản phê bình\"",
                "  area \"1\" \"A\" max 2 {\n    points = ty_le * max\n  }\n"
                    + "  penalty \"P.1\" \"Bị phê bình\" max 3 {\n    points = max(-max, -phe_binh)\n  }"));

    Scorecard card =
        evaluate(c, evidence().putEvidence("ty_le", ratio(1, 2)).putEvidence("phe_binh", count(3)));

    // 1 − 3 = −2 points: −100 before clamping
    assertThat(card)
        .extracting(Scorecard::total, Scorecard::index)
        .containsExactly(dec("-2"), dec("0"));
  }

  // ---------------------------------------------------------------- weighted index

  private static final CompiledCatalog WEIGHTED =
      compile(
          catalog(
              "    ratio a \"A\"\n    ratio b \"B\"",
              "  attributes {\n    flag co_mot_cua \"Có bộ phận một cửa\"\n  }\n"
                  + "  area \"1\" \"Hạ tầng số\" max 10 {\n    points = a * max\n  }\n"
                  + "  area \"2\" \"Nhân lực số\" max 4 applies-when unit.co_mot_cua else exclude {\n    points = b * max\n  }\n"
                  + "  index weighted { \"1\": 100, \"2\": 200 }\n"
                  + "  round 4 half-up"));

  @Test
  void indexWeighted_isTheWeightedMeanOfTheAreasShares() {
    Scorecard card =
        WEIGHTED.evaluate(
            town().putAttributes("co_mot_cua", AttributeValue.of(true)).build(),
            YEAR_2022,
            evidence().putEvidence("a", ratio(1, 2)).putEvidence("b", ratio(4, 5)).build());

    // (100 × 5/10 + 200 × 3.2/4) / (100 + 200) = 210 / 300
    assertThat(card)
        .extracting(Scorecard::index, Scorecard::indexRounded)
        .containsExactly(dec("0.7"), dec("0.7"));
  }

  @Test
  void indexWeighted_excludedArea_leavesBothSums() {
    Scorecard card =
        WEIGHTED.evaluate(
            town().putAttributes("co_mot_cua", AttributeValue.of(false)).build(),
            YEAR_2022,
            evidence().putEvidence("a", ratio(1, 2)).putEvidence("b", ratio(4, 5)).build());

    // 100 × 5/10 / 100
    assertThat(card.index()).isEqualTo(dec("0.5"));
  }
}
