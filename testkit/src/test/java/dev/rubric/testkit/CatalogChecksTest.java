package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rubric.core.Decimal;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogChecksTest {

  /** A deliberately wrong catalog: reaching 90% on a higher-better ratio lowers the score. */
  static final String WRONG_TIERS =
      String.join(
          "\n",
          "catalog \"sai-bac\" version \"1.0.0\" {",
          "  title \"Bậc điểm sai chiều\" en \"Tiers in the wrong direction\"",
          "  applies-to commune",
          "  inputs {",
          "    ratio r \"Hồ sơ đúng hạn / đã giải quyết\" higher-better required",
          "  }",
          "  area \"1\" \"Thủ tục hành chính\" {",
          "    criterion \"1.1\" \"Tỷ lệ hồ sơ đúng hạn\" max 2 {",
          "      tiers r { >= 90%: 1, >= 50%: 2, otherwise: 0 }",
          "    }",
          "  }",
          "}",
          "");

  private static final long SEED = 20260315L;

  private static CompiledCatalog wrong() {
    return Rubric.standard().compile(SourceText.of("sai-bac.rubric", WRONG_TIERS)).orElseThrow();
  }

  @Test
  void checkMonotonicity_tierLoweringScore_shrinksToThresholdOf90Percent() {
    // given
    CatalogChecks checks = CatalogChecks.standard(wrong()).seed(SEED);

    // when
    PropertyFailure failure =
        catchThrowableOfType(PropertyFailure.class, checks::checkMonotonicity);

    // then
    CatalogChecks.Improvement shrunk = (CatalogChecks.Improvement) failure.shrunk();
    EvidenceValue.Ratio better = (EvidenceValue.Ratio) shrunk.better();
    assertThat(better).isEqualTo(EvidenceValue.Ratio.of(90, 100));
  }

  @Test
  void checkMonotonicity_tierLoweringScore_reportsWorseValueInTheHigherTier() {
    PropertyFailure failure =
        catchThrowableOfType(
            PropertyFailure.class, CatalogChecks.standard(wrong()).seed(SEED)::checkMonotonicity);

    EvidenceValue.Ratio worse =
        (EvidenceValue.Ratio) ((CatalogChecks.Improvement) failure.shrunk()).worse();
    Decimal rate = worse.numerator().divide(worse.denominator());
    assertThat(rate).isBetween(Decimal.parse("0.5"), Decimal.parse("0.89"));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234567, 987654321987L})
  void checkMonotonicity_anySeed_shrinksToExactly90Percent(long seed) {
    PropertyFailure failure =
        catchThrowableOfType(
            PropertyFailure.class, CatalogChecks.standard(wrong()).seed(seed)::checkMonotonicity);

    assertThat(((CatalogChecks.Improvement) failure.shrunk()).better())
        .isEqualTo(EvidenceValue.Ratio.of(90, 100));
  }

  @Test
  void checkMonotonicity_sameSeed_reproducesSameFailure() {
    // given
    CatalogChecks checks = CatalogChecks.standard(wrong()).seed(SEED);

    // when
    PropertyFailure first = catchThrowableOfType(PropertyFailure.class, checks::checkMonotonicity);
    PropertyFailure second = catchThrowableOfType(PropertyFailure.class, checks::checkMonotonicity);

    // then
    assertThat(second)
        .extracting(
            PropertyFailure::getMessage,
            PropertyFailure::tries,
            PropertyFailure::original,
            PropertyFailure::shrunk)
        .containsExactly(first.getMessage(), first.tries(), first.original(), first.shrunk());
  }

  @Test
  void checkMonotonicity_tierLoweringScore_reportsExactMessage() {
    PropertyFailure failure =
        catchThrowableOfType(
            PropertyFailure.class, CatalogChecks.standard(wrong()).seed(SEED)::checkMonotonicity);

    assertThat(failure)
        .hasMessage(
            String.join(
                "\n",
                "Property failed after 17 tries (seed 20260315, shrunk in 6 steps)",
                "  minimal counterexample: 'r' improves from 76/100 to 90/100 in unit 00001 xa,"
                    + " period 2022, evidence {}",
                "  original counterexample: 'r' improves from 514/600 to 594/600 in unit 32000"
                    + " phuong, period 2022, evidence {}",
                "  cause: java.lang.AssertionError: monotonicity check of catalog sai-bac 1.0.0:",
                "    Expecting no score to fall when input 'r' (higher-better) improves",
                "      from: 76/100",
                "      to:   90/100",
                "    but these fell:",
                "      node '1': 2 (met) -> 1 (partial)",
                "      node '1.1': 2 (met) -> 1 (partial)",
                "      index: 100.00 -> 50.00",
                "  rerun with: -Drubric.seed=20260315"));
  }

  @Test
  void check_wrongCatalog_otherChecksPass() {
    CatalogChecks checks = CatalogChecks.standard(wrong()).seed(SEED).tries(30);

    assertThatCode(
            () -> {
              checks.checkBounds();
              checks.checkBands();
              checks.checkDeterminism();
              checks.checkNeverThrows();
              checks.checkNotApplicableInvariance();
            })
        .doesNotThrowAnyException();
  }

  @Test
  void improvement_toString_startsWithTheChange() {
    PropertyFailure failure =
        catchThrowableOfType(
            PropertyFailure.class, CatalogChecks.standard(wrong()).seed(SEED)::checkMonotonicity);

    assertThat(failure.shrunk().toString())
        .startsWith("'r' improves from ")
        .contains(" to 90/100 in unit ")
        .endsWith("evidence {}");
  }
}
