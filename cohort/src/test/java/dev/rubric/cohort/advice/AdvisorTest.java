package dev.rubric.cohort.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.rubric.core.Decimal;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.json.Json;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Advisor} on the bundled sample (Thị trấn Phủ Thông, index 77.06 of 98 applicable points),
 * values computed by hand from the catalog's rules, and on a small catalog for the reasons a
 * criterion stays unsolved.
 */
class AdvisorTest {
  static final Path CATALOG = Path.of("../examples/data/catalogs/cchc-xa-2022.rubric");
  static final Path BACH_THONG = Path.of("../examples/data/evidence/bach-thong-2022");

  static CompiledCatalog sample() throws IOException {
    return Rubric.standard()
        .compile(SourceText.of("cchc-xa-2022.rubric", Files.readString(CATALOG)))
        .orElseThrow();
  }

  static EvidenceFile evidence(String name) throws IOException {
    return Json.readEvidence(
        name, new StringReader(Files.readString(BACH_THONG.resolve(name), StandardCharsets.UTF_8)));
  }

  private static Fix fix(UnitAdvice a, String code) {
    return a.fixes().stream().filter(f -> f.criterionCode().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void advise_phuThong_ranksFixesByIndexGainWithHandCheckedValues() throws IOException {
    // given
    CompiledCatalog catalog = sample();
    // when
    UnitAdvice a = Advisor.of(catalog).advise(evidence("01969-phu-thong.json"));
    // then: 22 criteria below their maximum, all solved; the survey is worth most
    assertThat(a.scorecard().indexRounded()).isEqualTo(Decimal.parse("77.06"));
    assertThat(a.unsolved()).isEmpty();
    assertThat(a.top(3))
        .extracting(Fix::criterionCode, Fix::indexRoundedAfter)
        .containsExactly(
            // S.1: hai_long * max, 258/300 -> 300/300: 25.8 -> 30 points, +4.2 of 98 -> +4.29
            tuple("S.1", Decimal.parse("81.34")),
            // 4.1: score 2 when present(...) and phan_cong_phu_hop: +2 of 98 -> +2.04
            tuple("4.1", Decimal.parse("79.10")),
            // 3.4: min(1, x / 50%) * 4 is full from x = 1316 / 2 = 658: 2.079… -> 4 points
            tuple("3.4", Decimal.parse("79.02")));
    assertThat(a.fixes()).hasSize(22).noneMatch(Fix::changesBand);
  }

  @Test
  void advise_phuThong_solvesEachRuleFormExactly() throws IOException {
    UnitAdvice a = Advisor.of(sample()).advise(evidence("01969-phu-thong.json"));
    // tiers >= 100%: 4, >= 98%: 3: 1284/1302 is 98.6 %, the next tier needs every dossier
    assertThat(fix(a, "3.2").changes().get(0).to()).isEqualTo(EvidenceValue.Ratio.of(1302, 1302));
    assertThat(fix(a, "3.2").pointsGained()).isEqualTo(Decimal.ONE);
    // tiers >= 80%: 3, >= 50%: x * max: 80 % of 1302 is 1041.6, so 1042 dossiers
    assertThat(fix(a, "3.5").changes().get(0).to()).isEqualTo(EvidenceValue.Ratio.of(1042, 1302));
    assertThat(fix(a, "3.5").pointsAfter()).isEqualTo(Decimal.parse("3"));
    // a let: ty_le = nv_hoan_thanh / nv_ke_hoach (20), tiers >= 100%: 2 -> 20 tasks done
    assertThat(fix(a, "1.1.2").changes().get(0).to()).isEqualTo(new EvidenceValue.Count(20));
    // deduct 0.5 per bao_cao_tre: one late report fewer
    assertThat(fix(a, "1.2").changes().get(0).to()).isEqualTo(new EvidenceValue.Count(0));
    assertThat(fix(a, "1.2").pointsGained()).isEqualTo(Decimal.parse("0.5"));
    // award 0.375 per hoat_dong_tuyen_truyen: one activity more
    assertThat(fix(a, "1.4.2").changes().get(0).to()).isEqualTo(new EvidenceValue.Count(3));
    // score 1 when issued <= date(year, 12, 31): the decision dated 2023-01-09 by 2022-12-31
    assertThat(((EvidenceValue.Document) fix(a, "5.1").changes().get(0).to()).issued())
        .contains(LocalDate.of(2022, 12, 31));
    // score 1.5 when denominator == 0 otherwise x * max: every finding remedied, 5 of 5
    assertThat(fix(a, "1.3.2").changes().get(0).to()).isEqualTo(EvidenceValue.Ratio.of(5, 5));
    // a flag: provide it
    assertThat(fix(a, "2.3").changes().get(0).to()).isEqualTo(new EvidenceValue.Flag(true));
  }

  @Test
  void advise_equalGains_keepCatalogOrder() throws IOException {
    UnitAdvice a = Advisor.of(sample()).advise(evidence("01969-phu-thong.json"));
    // five fixes gain exactly 1 point of 98
    List<String> oneOf98 =
        a.fixes().stream()
            .filter(f -> f.indexGained().equals(fix(a, "3.2").indexGained()))
            .map(Fix::criterionCode)
            .toList();
    assertThat(oneOf98).containsExactly("1.1.2", "2.3", "3.2", "5.1", "8.3", "B.1");
  }

  static final String SMALL =
      """
      catalog "advice" version "1.0.0" {
        title "Thử tư vấn" en "Advice test"
        applies-to commune
        inputs {
          ratio dung_han "Hồ sơ đúng hạn" en "Dossiers on time"
          count a "Số A" en "A"
          flag x "Cờ X" en "X"
          flag y "Cờ Y" en "Y"
        }
        area "1" "Khu vực" en "Area" max 6 {
          criterion "1.1" "Tỷ lệ" en "Ratio" max 2 {
            tiers dung_han { >= 90%: 2, otherwise: 0 }
          }
          criterion "1.2" "Hai cờ" en "Both flags" max 2 {
            score 2 when x and y
            otherwise 0
          }
          criterion "1.3" "Bình phương" en "Square" max 2 {
            score 2 when a * a >= 10
            otherwise 0
          }
        }
      }
      """;

  static final String SMALL_EVIDENCE =
      """
      {
        "format": "rubric-evidence/1",
        "unit": {"code": "00001", "name": "Xã Thử", "level": "commune", "kind": "xa"},
        "period": "2022",
        "evidence": {
          "a": {"type": "count", "value": 1},
          "x": {"type": "flag", "value": false},
          "y": {"type": "flag", "value": false}
        }
      }
      """;

  @Test
  void advise_unsolvableForms_sayWhy() {
    CompiledCatalog c =
        Rubric.standard().compile(SourceText.of("advice.rubric", SMALL)).orElseThrow();
    EvidenceFile file = Json.readEvidence("small.json", new StringReader(SMALL_EVIDENCE));
    UnitAdvice a = Advisor.of(c).advise(file);
    assertThat(a.fixes()).isEmpty();
    assertThat(a.unsolved())
        .extracting(Unsolved::criterionCode, Unsolved::reason)
        .containsExactly(
            tuple("1.1", UnsolvedReason.EMPTY_RATIO),
            tuple("1.2", UnsolvedReason.NEEDS_SEVERAL_INPUTS),
            tuple("1.3", UnsolvedReason.NOT_LINEAR));
  }

  @Test
  void of_catalogComparingWithCohort_isRejected() {
    String text =
        SMALL.replace(
            "score 2 when a * a >= 10\n      otherwise 0",
            "points = min(max, 2 * a / max(1, best(a)))");
    CompiledCatalog c = Rubric.standard().compile(SourceText.of("best.rubric", text)).orElseThrow();
    assertThatThrownBy(() -> Advisor.of(c))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("best(");
  }
}
