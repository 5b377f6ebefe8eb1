package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Decimal;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.result.Scorecard;
import org.junit.jupiter.api.Test;

/** Points, thresholds and indexes are exact decimals: no binary floating point anywhere. */
class ExactnessTest {

  @Test
  void evaluate_fortyQuarterPointItemsThirtySixMet_givesExactly90AndTheTopBand() {
    // given: 40 items of 0.25 points (10 in all); 36 met gives 9 of 10, which must be exactly 90.00
    StringBuilder text =
        new StringBuilder(
            "catalog \"q\" version \"1.0\" {\n  title \"Bốn mươi tiêu chí\"\n  applies-to commune\n  inputs {\n");
    for (int i = 1; i <= 40; i++) {
      text.append("    flag f").append(i).append(" \"Tiêu chí ").append(i).append("\" required\n");
    }
    text.append("  }\n  area \"1\" \"Lĩnh vực\" max 10 {\n");
    for (int i = 1; i <= 40; i++) {
      text.append("    criterion \"1.")
          .append(i)
          .append("\" \"Tiêu chí ")
          .append(i)
          .append("\" max 0.25 { score 0.25 when f")
          .append(i)
          .append(" otherwise 0 }\n");
    }
    text.append(
        "  }\n  index percent\n  round 2 half-up\n  bands { \"Tốt\" >= 90, \"Khá\" >= 70, otherwise \"Kém\" }\n}\n");
    CompiledCatalog catalog =
        Rubric.standard().compile(SourceText.of("q.rubric", text.toString())).orElseThrow();
    EvidenceSet.Builder evidence = EvidenceSet.builder().unitCode("01969").periodId("2022");
    for (int i = 1; i <= 40; i++) {
      evidence.putEvidence("f" + i, Evidence.provided(new EvidenceValue.Flag(i <= 36)));
    }
    Unit unit =
        Unit.builder()
            .code("01969")
            .name("Thị trấn Phủ Thông")
            .level("commune")
            .kind("thi_tran")
            .build();

    // when
    Scorecard card = catalog.evaluate(unit, Period.year(2022), evidence.build());

    // then
    assertThat(card.total()).isEqualTo(Decimal.parse("9"));
    assertThat(card.index()).isEqualTo(Decimal.parse("90"));
    assertThat(card.indexRounded().toString(2)).isEqualTo("90.00");
    assertThat(card.band().orElseThrow().vi()).isEqualTo("Tốt");
  }

  @Test
  void evaluate_ratioExactlyAtThreshold_meetsItAndJustBelowDoesNot() {
    String text =
        "catalog \"r\" version \"1.0\" {\n  title \"R\"\n  applies-to commune\n"
            + "  inputs { ratio r \"Tỷ lệ\" required }\n"
            + "  area \"1\" \"A\" max 4 { criterion \"1.1\" \"B\" max 4 { tiers r { >= 98%: 4, otherwise: 0 } } }\n}\n";
    CompiledCatalog catalog =
        Rubric.standard().compile(SourceText.of("r.rubric", text)).orElseThrow();
    Unit unit =
        Unit.builder().code("01969").name("Phủ Thông").level("commune").kind("thi_tran").build();

    Scorecard at =
        catalog.evaluate(
            unit,
            Period.year(2022),
            EvidenceSet.builder()
                .unitCode("01969")
                .periodId("2022")
                .putEvidence("r", Evidence.provided(EvidenceValue.Ratio.of(49, 50)))
                .build());
    Scorecard below =
        catalog.evaluate(
            unit,
            Period.year(2022),
            EvidenceSet.builder()
                .unitCode("01969")
                .periodId("2022")
                .putEvidence(
                    "r", Evidence.provided(EvidenceValue.Ratio.of(97_999_999, 100_000_000)))
                .build());

    assertThat(at.node("1.1").orElseThrow().earned()).isEqualTo(Decimal.of(4));
    assertThat(below.node("1.1").orElseThrow().earned()).isEqualTo(Decimal.ZERO);
  }
}
