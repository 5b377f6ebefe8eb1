package dev.rubric.dsl;

import static dev.rubric.dsl.EvaluationFixtures.compile;
import static dev.rubric.dsl.EvaluationFixtures.count;
import static dev.rubric.dsl.EvaluationFixtures.dec;
import static dev.rubric.dsl.EvaluationFixtures.evaluate;
import static dev.rubric.dsl.EvaluationFixtures.evidence;
import static dev.rubric.dsl.EvaluationFixtures.flag;
import static dev.rubric.dsl.EvaluationFixtures.node;
import static dev.rubric.dsl.EvaluationFixtures.quantity;
import static dev.rubric.dsl.EvaluationFixtures.ratio;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Language;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The aggregation models of issue 12: declared input ranges, awarded points, rounding of a node's
 * points, the sum-of-points index, weights at every level with an explicit scale, the four XCCDF
 * 1.2 scoring models and the empty-set value of every formula. Every expected value is computed by
 * hand in the comment above its test.
 */
class AggregationModelsTest {

  private static String catalog(String inputs, String body) {
    return "catalog \"mo-hinh\" version \"1.0.0\" {\n"
        + "  title \"Mô hình tổng hợp\" en \"Aggregation models\"\n"
        + "  applies-to commune, thi_tran\n"
        + "  inputs {\n"
        + inputs
        + "\n  }\n"
        + body
        + "\n}\n";
  }

  private static List<String> codes(Scorecard card) {
    return card.findings().stream().map(Finding::code).toList();
  }

  private static List<String> diagnostics(String text) {
    return Rubric.standard().compile(SourceText.of("mo-hinh.rubric", text)).diagnostics().stream()
        .map(Diagnostic::code)
        .toList();
  }

  // ---------------------------------------------------------------- declared ranges

  private static final String RANGED =
      catalog(
          "    quantity v \"Chỉ số thành phần\" en \"Component index\" in 0..1 required",
          """
            area "1" "Chỉ số thành phần" en "Component" max 4 {
              points = v * max
            }
          """);

  @Test
  void rangedQuantity_timesMax_compilesWithoutClamps() {
    String unranged = RANGED.replace(" in 0..1", "");

    assertThat(diagnostics(RANGED)).isEmpty();
    assertThat(diagnostics(unranged)).contains("RB305");
  }

  @Test
  void rangedQuantity_inRange_scoresExactly() {
    // 0.375 × 4 = 1.5
    Scorecard card = evaluate(compile(RANGED), evidence().putEvidence("v", quantity("0.375", "x")));

    assertThat(node(card, "1").earned()).isEqualTo(dec("1.5"));
    assertThat(codes(card)).doesNotContain("RB609");
  }

  @Test
  void rangedQuantity_outOfRange_isRB609AndNotUsed() {
    Scorecard card = evaluate(compile(RANGED), evidence().putEvidence("v", quantity("1.25", "x")));

    assertThat(node(card, "1").status()).isEqualTo(NodeStatus.INSUFFICIENT_EVIDENCE);
    assertThat(node(card, "1").earned()).isEqualTo(dec("0"));
    Finding rb609 =
        card.findings().stream().filter(f -> f.code().equals("RB609")).findFirst().orElseThrow();
    assertThat(rb609.message().in(Language.EN))
        .isEqualTo(
            "Evidence 'v': expected a value from 0 to 1 but found 1.25; it is not used"
                + " ($.evidence.v, RB609)");
    assertThat(rb609.message().in(Language.VI))
        .isEqualTo(
            "Tài liệu 'v': cần giá trị từ 0 đến 1 nhưng nhận được 1,25; giá trị không được dùng"
                + " ($.evidence.v, RB609)");
  }

  @Test
  void rangedCount_outOfRange_isRB609() {
    String text =
        catalog(
            "    count n \"Số cuộc họp\" en \"Meetings\" in 0..12 required",
            """
              area "1" "Họp" en "Meetings" max 2 {
                tiers n { >= 4: 2, >= 2: 1, otherwise: 0 }
              }
            """);

    Scorecard inRange = evaluate(compile(text), evidence().putEvidence("n", count(12)));
    Scorecard outOfRange = evaluate(compile(text), evidence().putEvidence("n", count(13)));

    assertThat(node(inRange, "1").earned()).isEqualTo(dec("2"));
    assertThat(codes(outOfRange)).contains("RB609");
    assertThat(node(outOfRange, "1").status()).isEqualTo(NodeStatus.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void range_onAFlagOrUpsideDown_isRB312() {
    assertThat(
            diagnostics(
                catalog(
                    "    flag f \"Cờ\" in 0..1",
                    "  area \"1\" \"A\" max 1 {\n    score 1 when f otherwise 0\n  }")))
        .contains("RB312");
    assertThat(diagnostics(RANGED.replace("in 0..1", "in 1..0"))).contains("RB312");
  }

  // ---------------------------------------------------------------- awarded points

  private static final String AWARDED =
      catalog(
          """
              quantity diem "Điểm Hội đồng thẩm định chấm" en "Points the council awarded" awarded required
              quantity tru "Điểm trừ đã quyết định" en "Deduction decided" awarded\
          """,
          """
            area "1" "Điểm thẩm định" en "Appraised points" max 15 {
              points = diem
            }
            penalty "P" "Điểm trừ" en "Deduction" max 3 {
              points = tru
            }
          """);

  @Test
  void awardedPoints_fractional_areTheNodesPoints() {
    // total = 12.75 − 1.5 = 11.25; index = 100 × 11.25 / 15 = 75
    Scorecard card =
        evaluate(
            compile(AWARDED),
            evidence()
                .putEvidence("diem", quantity("12.75", "điểm"))
                .putEvidence("tru", quantity("-1.5", "điểm")));

    assertThat(node(card, "1").earned()).isEqualTo(dec("12.75"));
    assertThat(node(card, "P").earned()).isEqualTo(dec("-1.5"));
    assertThat(card.index()).isEqualTo(dec("75"));
    assertThat(codes(card)).doesNotContain("RB610");
  }

  @Test
  void awardedPoints_aboveTheMaxOrBelowThePenaltyFloor_areRB610AndNotUsed() {
    Scorecard card =
        evaluate(
            compile(AWARDED),
            evidence()
                .putEvidence("diem", quantity("15.5", "điểm"))
                .putEvidence("tru", quantity("-3.5", "điểm")));

    assertThat(codes(card)).contains("RB610", "RB610#2");
    assertThat(node(card, "1").status()).isEqualTo(NodeStatus.INSUFFICIENT_EVIDENCE);
    assertThat(node(card, "P").earned()).isEqualTo(dec("0"));
    assertThat(
            card.findings().stream()
                .filter(f -> f.code().equals("RB610"))
                .findFirst()
                .orElseThrow()
                .message()
                .in(Language.EN))
        .isEqualTo(
            "Evidence 'diem': expected awarded points from 0 to 15, the points of '1', but found"
                + " 15.5; they are not used ($.evidence.diem, RB610)");
  }

  @Test
  void awardedPoints_readByTwoNodesOrInALet_isRB319() {
    String twice =
        AWARDED.replace("points = tru", "points = max(-max, -diem)").replace(" awarded\n", "\n");
    String inLet = AWARDED.replace("points = diem", "let d = diem\n    points = d");

    assertThat(diagnostics(twice)).contains("RB319");
    assertThat(diagnostics(inLet)).contains("RB319");
  }

  // ---------------------------------------------------------------- rounding and the sum index

  /*
   * r = 81/160 = 0.50625, so each criterion's exact points are 4r = 2.025, which 'round 2 half-up'
   * makes 2.03. The area adds the rounded points: 4.06, as do the channel total and the total;
   * 'index sum' publishes the total, rounded once by the catalog's 'round 1 half-up' to 4.1.
   */
  private static final String ROUNDED =
      catalog(
          "    ratio r \"Tỷ lệ hồ sơ đúng hạn\" en \"Dossiers on time\" required",
          """
            area "1" "Thủ tục hành chính" en "Procedures" {
              criterion "1.1" "Cấp xã" en "Commune" max 4 {
                round 2 half-up
                points = r * max
              }
              criterion "1.2" "Liên thông" en "Linked" max 4 {
                round 2 half-up
                points = r * max
              }
            }
            index sum
            round 1 half-up
          """);

  @Test
  void nodeRounding_roundsOnce_andParentsAddTheRoundedPoints() {
    Scorecard card = evaluate(compile(ROUNDED), evidence().putEvidence("r", ratio(81, 160)));

    assertThat(node(card, "1.1").earned()).isEqualTo(dec("2.03"));
    assertThat(node(card, "1").earned()).isEqualTo(dec("4.06"));
    assertThat(card.channelTotals().get(Channel.APPRAISAL).earned()).isEqualTo(dec("4.06"));
    assertThat(card.total()).isEqualTo(dec("4.06"));
    assertThat(card.index()).isEqualTo(dec("4.06"));
    assertThat(card.indexRounded()).isEqualTo(dec("4.1"));
  }

  @Test
  void nodeRounding_keepsTheUnroundedValueInTheExplanation() {
    Scorecard card = evaluate(compile(ROUNDED), evidence().putEvidence("r", ratio(81, 160)));

    assertThat(node(card, "1.1").explanation().render(Language.EN))
        .contains("rounded to 2 decimals (half-up): 2.025 → 2.03");
    assertThat(node(card, "1.1").explanation().render(Language.VI))
        .contains("làm tròn 2 chữ số thập phân (half-up): 2,025 → 2,03");
  }

  @Test
  void parentRounding_roundsTheSumOfItsChildren_andTheChannelFollows() {
    // The area rounds 4.06 to a whole number: 4; the channel total and the index follow.
    String text =
        ROUNDED.replace("en \"Procedures\" {", "en \"Procedures\" {\n    round 0 half-up");
    Scorecard card = evaluate(compile(text), evidence().putEvidence("r", ratio(81, 160)));

    assertThat(node(card, "1").earned()).isEqualTo(dec("4"));
    assertThat(node(card, "1").explanation().render(Language.EN))
        .contains("rounded to 0 decimals (half-up): 4.06 → 4");
    assertThat(card.channelTotals().get(Channel.APPRAISAL).earned()).isEqualTo(dec("4"));
    assertThat(card.index()).isEqualTo(dec("4"));
  }

  // ---------------------------------------------------------------- weights at every level

  /*
   * Pillar CQS (weight 50) is a composite of CQS.1 (weight 2, max 10) and CQS.2 (weight 1, max 4);
   * pillar KTS (weight 50) is a leaf of max 10. With CQS.1 = 1/2 × 10 = 5, CQS.2 = 1 of 4 and KTS
   * = 3/4 × 10 = 7.5:
   *
   *   share(CQS) = (2 × 5/10 + 1 × 1/4) / 3 = 5/12      (not its points share, 6/14 = 3/7)
   *   index      = 100 × (50 × 5/12 + 50 × 3/4) / 100 = 100 × 7/12 = 58.333… → 58.33
   *
   * From points shares it would be 100 × (3/7 + 3/4) / 2 = 58.93.
   */
  private static final String COMPOSITE =
      catalog(
          """
              ratio ky_so "Văn bản có ký số" en "Signed documents" required
              count to_cong_nghe "Tổ công nghệ số" en "Digital teams" required
              ratio thanh_toan "Thanh toán không dùng tiền mặt" en "Cashless payments" required\
          """,
          """
            area "CQS" "Chính quyền số" en "Digital government" weight 50 {
              criterion "CQS.1" "Ký số" en "Signing" max 10 weight 2 {
                points = ky_so * max
              }
              criterion "CQS.2" "Tổ công nghệ số" en "Digital teams" max 4 weight 1 {
                award 1 per to_cong_nghe cap 4
              }
            }
            area "KTS" "Kinh tế số" en "Digital economy" max 10 weight 50 {
              points = thanh_toan * max
            }
            index weighted percent
          """);

  @Test
  void weightedComposite_nested_onAPercentScale() {
    Scorecard card =
        evaluate(
            compile(COMPOSITE),
            evidence()
                .putEvidence("ky_so", ratio(1, 2))
                .putEvidence("to_cong_nghe", count(1))
                .putEvidence("thanh_toan", ratio(3, 4)));

    assertThat(card.index().toString()).startsWith("58.3333333333");
    assertThat(card.indexRounded()).isEqualTo(dec("58.33"));
  }

  @Test
  void weightedIndex_withoutAnyWeight_isAnError() {
    assertThat(diagnostics(COMPOSITE.replace(" weight 50", ""))).contains("RB301");
  }

  @Test
  void weight_underAPercentIndex_isWarningRB317() {
    assertThat(diagnostics(COMPOSITE.replace("index weighted percent", "index percent")))
        .contains("RB317")
        .doesNotContain("RB301");
  }

  // ---------------------------------------------------------------- XCCDF

  /*
   * Group G1 (weight 2) has R1 (weight 3) and R2 (weight 1); group G2 (weight 1) has R3, whose
   * required evidence is missing. With a = yes, b = no:
   *
   * default, missing scored:   G1 = (100·3 + 0·1) / 4 = 75; G2 = 0 (R3 unknown, scored);
   *                            index = (75·2 + 0·1) / 3 = 50
   * default, missing unscored: G2 has no scored rule and leaves; index = 75·2 / 2 = 75
   * flat:                      passed weight 3 of 3 + 1 + 1 → 3 (unscored: 3 of 4)
   * flat-unweighted:           1 rule of 3 passes → 1
   * absolute:                  3 ≠ 5 → 0; with b = yes and R3 unscored, 4 = 4 → 1
   */
  private static String xccdf(String model) {
    return catalog(
        """
            flag a "Quy chế làm việc" en "Working regulations" required
            flag b "Phân công công chức" en "Staff assignment" required
            flag c "Chỉ đạo quyết liệt" en "Decisive direction" required\
        """,
        """
          area "G1" "Nhóm 1" en "Group 1" weight 2 {
            criterion "R1" "Quy tắc 1" en "Rule 1" max 1 weight 3 {
              score 1 when a otherwise 0
            }
            criterion "R2" "Quy tắc 2" en "Rule 2" max 1 {
              score 1 when b otherwise 0
            }
          }
          area "G2" "Nhóm 2" en "Group 2" {
            criterion "R3" "Quy tắc 3" en "Rule 3" max 1 {
              score 1 when c otherwise 0
            }
          }
          index xccdf"""
            + " "
            + model
            + "\n");
  }

  private static Scorecard xccdfCard(String model, boolean b) {
    return evaluate(
        compile(xccdf(model)), evidence().putEvidence("a", flag(true)).putEvidence("b", flag(b)));
  }

  @Test
  void xccdfDefault_weightedMeansUpTheTree() {
    assertThat(xccdfCard("default", false).index()).isEqualTo(dec("50"));
    assertThat(xccdfCard("default missing unscored", false).index()).isEqualTo(dec("75"));
  }

  @Test
  void xccdfFlat_sumsTheWeightsOfPassingRules() {
    assertThat(xccdfCard("flat", false).index()).isEqualTo(dec("3"));
    assertThat(xccdfCard("flat missing unscored", false).index()).isEqualTo(dec("3"));
  }

  @Test
  void xccdfFlatUnweighted_countsPassingRules() {
    assertThat(xccdfCard("flat-unweighted", false).index()).isEqualTo(dec("1"));
  }

  @Test
  void xccdfAbsolute_isOneOnlyWhenEveryScoredRulePasses() {
    assertThat(xccdfCard("absolute", false).index()).isEqualTo(dec("0"));
    assertThat(xccdfCard("absolute", true).index()).isEqualTo(dec("0")); // R3 unknown fails
    assertThat(xccdfCard("absolute missing unscored", true).index()).isEqualTo(dec("1"));
  }

  @Test
  void xccdfDefault_partialIsNotAPass() {
    // R2 now earns 1 of 2 points (partial), which XCCDF counts as fail: G1 = 75 as before.
    String text =
        xccdf("default missing unscored")
            .replace("\"Rule 2\" max 1 {", "\"Rule 2\" max 2 {")
            .replace("score 1 when b otherwise 0", "score 1 when b otherwise 0");
    Scorecard card =
        evaluate(
            compile(text), evidence().putEvidence("a", flag(true)).putEvidence("b", flag(true)));

    assertThat(node(card, "R2").status()).isEqualTo(NodeStatus.PARTIAL);
    assertThat(card.index()).isEqualTo(dec("75"));
  }

  @Test
  void xccdf_informationalLeafOfMaxZero_isNotScored() {
    // R4 (max 0) only collects a value: informational, so flat-unweighted stays 1 of 3 scored.
    String text =
        xccdf("flat-unweighted")
            .replace(
                "area \"G2\" \"Nhóm 2\" en \"Group 2\" {",
                "area \"G2\" \"Nhóm 2\" en \"Group 2\" {\n"
                    + "    criterion \"R4\" \"Thu thập\" en \"Collected\" max 0 {\n"
                    + "      points = 0\n"
                    + "    }");
    Scorecard card =
        evaluate(
            compile(text), evidence().putEvidence("a", flag(true)).putEvidence("b", flag(false)));
    Scorecard absolute =
        evaluate(
            compile(text.replace("flat-unweighted", "absolute missing unscored")),
            evidence().putEvidence("a", flag(true)).putEvidence("b", flag(true)));

    assertThat(card.index()).isEqualTo(dec("1"));
    assertThat(absolute.index()).isEqualTo(dec("1"));
  }

  @Test
  void xccdf_emptyScoredSet_givesTheCatalogsChoice() {
    // Nothing provided and missing evidence unscored: no rule has a scored result.
    Scorecard zero = evaluate(compile(xccdf("default missing unscored")), evidence());
    Scorecard hundred = evaluate(compile(xccdf("default missing unscored empty 100")), evidence());
    Scorecard absoluteOne =
        evaluate(compile(xccdf("absolute missing unscored empty 1")), evidence());

    assertThat(zero.index()).isEqualTo(dec("0"));
    assertThat(hundred.index()).isEqualTo(dec("100"));
    assertThat(absoluteOne.index()).isEqualTo(dec("1"));
    assertThat(codes(hundred)).contains("RB504");
    assertThat(
            hundred.findings().stream()
                .filter(f -> f.code().equals("RB504"))
                .findFirst()
                .orElseThrow()
                .message()
                .in(Language.EN))
        .isEqualTo(
            "Nothing the index scores applies to the unit; the catalog gives such a unit the index"
                + " 100 (RB504)");
  }

  // ---------------------------------------------------------------- empty sets of the other
  // formulas

  private static final String NOTHING_APPLIES =
      catalog(
          "    count n \"N\"",
          """
            area "1" "Quản lý đô thị" en "Urban management" max 2 applies-when unit.kind == "phuong" else exclude {
              points = min(2, n)
            }
          """);

  @Test
  void percentIndex_emptySet_isZeroByDefault_orTheCatalogsValue() {
    Scorecard byDefault = evaluate(compile(NOTHING_APPLIES), evidence());
    Scorecard hundred =
        evaluate(
            compile(NOTHING_APPLIES.replace("\n}", "  index percent empty 100\n}")), evidence());
    Scorecard sum =
        evaluate(compile(NOTHING_APPLIES.replace("\n}", "  index sum empty 0\n}")), evidence());

    assertThat(byDefault.index()).isEqualTo(dec("0"));
    assertThat(hundred.index()).isEqualTo(dec("100"));
    assertThat(hundred.indexRounded()).isEqualTo(dec("100.00"));
    assertThat(sum.index()).isEqualTo(dec("0"));
    assertThat(codes(hundred)).contains("RB504");
  }

  // ---------------------------------------------------------------- printing

  @Test
  void canonicalPrint_ofEveryNewForm_readsBackToTheSameCatalog() {
    for (String text :
        List.of(
            RANGED,
            AWARDED,
            ROUNDED,
            COMPOSITE,
            xccdf("flat-unweighted missing unscored empty 1"))) {
      CompiledCatalog first = compile(text);
      CompiledCatalog again = compile(first.print());

      assertThat(again.catalog()).isEqualTo(first.catalog());
      assertThat(again.print()).isEqualTo(first.print());
    }
  }

  @Test
  void canonicalPrint_writesTheNewForms() {
    assertThat(compile(RANGED).print()).contains("in 0..1");
    assertThat(compile(AWARDED).print()).contains("awarded");
    assertThat(compile(ROUNDED).print()).contains("round 2 half-up").contains("index sum");
    assertThat(compile(COMPOSITE).print())
        .contains("weight 50")
        .contains("weight 2")
        .contains("index weighted percent");
    assertThat(compile(xccdf("absolute missing unscored empty 1")).print())
        .contains("index xccdf absolute missing unscored empty 1");
  }
}
