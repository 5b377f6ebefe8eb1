package dev.rubric.dsl;

import static dev.rubric.dsl.EvaluationFixtures.YEAR_2022;
import static dev.rubric.dsl.EvaluationFixtures.catalog;
import static dev.rubric.dsl.EvaluationFixtures.choice;
import static dev.rubric.dsl.EvaluationFixtures.compile;
import static dev.rubric.dsl.EvaluationFixtures.count;
import static dev.rubric.dsl.EvaluationFixtures.dec;
import static dev.rubric.dsl.EvaluationFixtures.document;
import static dev.rubric.dsl.EvaluationFixtures.evaluate;
import static dev.rubric.dsl.EvaluationFixtures.evidence;
import static dev.rubric.dsl.EvaluationFixtures.flag;
import static dev.rubric.dsl.EvaluationFixtures.node;
import static dev.rubric.dsl.EvaluationFixtures.quantity;
import static dev.rubric.dsl.EvaluationFixtures.ratio;
import static dev.rubric.dsl.EvaluationFixtures.town;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rubric.core.Language;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scoring semantics of every rule kind, each on a small catalog with evidence built in code and
 * points computed by hand. Expected values are exact decimals: the evaluator never uses binary
 * floating point, so {@code 49/50 >= 98%} holds exactly and {@code 4899/5000} does not.
 */
class RuleSemanticsTest {

  // ---------------------------------------------------------------- score … when

  private static final CompiledCatalog ONE_STOP =
      compile(
          catalog(
              "    flag mot_cua \"Có bộ phận một cửa\"",
              "  area \"1\" \"Bộ phận một cửa\" max 1 {\n"
                  + "    score 1 when mot_cua\n"
                  + "    otherwise 0\n"
                  + "  }"));

  @Test
  void score_conditionHolds_awardsItsPoints() {
    Scorecard card = evaluate(ONE_STOP, evidence().putEvidence("mot_cua", flag(true)));

    assertThat(node(card, "1"))
        .extracting(NodeResult::earned, NodeResult::status)
        .containsExactly(dec("1"), NodeStatus.MET);
  }

  @Test
  void score_conditionFails_awardsOtherwise() {
    Scorecard card = evaluate(ONE_STOP, evidence().putEvidence("mot_cua", flag(false)));

    assertThat(node(card, "1"))
        .extracting(NodeResult::earned, NodeResult::status)
        .containsExactly(dec("0"), NodeStatus.NOT_MET);
  }

  @ParameterizedTest(name = "{0} meetings give {1}")
  @CsvSource({"12, 1", "7, 0.5", "5, 0.5", "4, 0"})
  void score_severalCases_firstThatHoldsWins(long meetings, String points) {
    CompiledCatalog c =
        compile(
            catalog(
                "    count hop \"Số cuộc họp\"",
                "  area \"1\" \"Họp định kỳ\" max 1 {\n"
                    + "    score 1 when hop >= 12\n"
                    + "    score 0.5 when hop >= 5\n"
                    + "    otherwise 0\n"
                    + "  }"));

    Scorecard card = evaluate(c, evidence().putEvidence("hop", count(meetings)));

    assertThat(node(card, "1").earned()).isEqualTo(dec(points));
  }

  // ---------------------------------------------------------------- tiers

  @ParameterizedTest(name = "{0} meetings give {1} ({2})")
  @CsvSource({
    "0, 0, NOT_MET",
    "1, 0.5, PARTIAL",
    "2, 1, PARTIAL",
    "3, 1.5, PARTIAL",
    "4, 2, MET",
    "9, 2, MET"
  })
  void tiers_onCount_takesTheFirstTierReached(long meetings, String points, NodeStatus status) {
    CompiledCatalog c =
        compile(
            catalog(
                "    count hop_ban_chi_dao \"Số cuộc họp Ban chỉ đạo\"",
                "  area \"1\" \"Ban chỉ đạo họp định kỳ\" max 2 {\n"
                    + "    tiers hop_ban_chi_dao { >= 4: 2, >= 3: 1.5, >= 2: 1, >= 1: 0.5, otherwise: 0 }\n"
                    + "  }"));

    Scorecard card = evaluate(c, evidence().putEvidence("hop_ban_chi_dao", count(meetings)));

    assertThat(node(card, "1"))
        .extracting(NodeResult::earned, NodeResult::status)
        .containsExactly(dec(points), status);
  }

  private static final CompiledCatalog ON_TIME =
      compile(
          catalog(
              "    ratio ho_so_dung_han \"Hồ sơ đúng hạn / đã giải quyết\"",
              "  area \"3\" \"Tỷ lệ hồ sơ đúng hạn\" max 4 {\n"
                  + "    tiers ho_so_dung_han { >= 100%: 4, >= 98%: 3, >= 95%: 2, otherwise: 0 }\n"
                  + "  }"));

  @ParameterizedTest(name = "{0}/{1} gives {2}")
  @CsvSource({
    // exactly 98%: the boundary holds
    "49, 50, 3",
    // 97.98%, just below 98%
    "4899, 5000, 2",
    // 98.0952…%
    "412, 420, 3",
    "50, 50, 4",
    // 94.99%
    "9499, 10000, 0"
  })
  void tiers_onRatio_comparesExactly(long numerator, long denominator, String points) {
    Scorecard card =
        evaluate(ON_TIME, evidence().putEvidence("ho_so_dung_han", ratio(numerator, denominator)));

    assertThat(node(card, "3").earned()).isEqualTo(dec(points));
  }

  @ParameterizedTest(name = "{0} of 1000 gives {1}")
  @CsvSource({"1000, 2", "1200.5, 2", "950.5, 1", "900, 1", "899.99, 0"})
  void tiers_onQuantityShare_usesExactDecimals(String revenue, String points) {
    CompiledCatalog c =
        compile(
            catalog(
                "    quantity thu_ngan_sach \"Thu ngân sách\" unit \"triệu đồng\"\n"
                    + "    quantity du_toan_thu \"Dự toán thu\" unit \"triệu đồng\"",
                "  area \"8\" \"Thu ngân sách so với dự toán\" max 2 {\n"
                    + "    let ty_le_thu = thu_ngan_sach / du_toan_thu\n"
                    + "    tiers ty_le_thu { >= 100%: 2, >= 90%: 1, otherwise: 0 }\n"
                    + "  }"));

    Scorecard card =
        evaluate(
            c,
            evidence()
                .putEvidence("thu_ngan_sach", quantity(revenue, "triệu đồng"))
                .putEvidence("du_toan_thu", quantity("1000", "triệu đồng")));

    assertThat(node(card, "8").earned()).isEqualTo(dec(points));
  }

  @ParameterizedTest(name = "role {0} gives {1}")
  @CsvSource({"chu_tich, 2", "pho_chu_tich, 1", "uy_vien, 0"})
  void tiers_onChoice_matchesTheOption(String role, String points) {
    CompiledCatalog c =
        compile(
            catalog(
                "    choice vai_tro \"Người chủ trì\" options chu_tich, pho_chu_tich, uy_vien",
                "  area \"1\" \"Người đứng đầu chủ trì\" max 2 {\n"
                    + "    tiers vai_tro { == \"chu_tich\": max, == \"pho_chu_tich\": max / 2, otherwise: 0 }\n"
                    + "  }"));

    Scorecard card = evaluate(c, evidence().putEvidence("vai_tro", choice(role)));

    assertThat(node(card, "1").earned()).isEqualTo(dec(points));
  }

  // ---------------------------------------------------------------- points = formula

  @Test
  void formula_ratioTimesMax_awardsTheShareOfMax() {
    CompiledCatalog c =
        compile(
            catalog(
                "    ratio dao_tao \"Công chức được đào tạo / theo kế hoạch\"",
                "  area \"5\" \"Đào tạo, bồi dưỡng\" max 1.5 {\n"
                    + "    points = dao_tao * max\n"
                    + "  }"));

    Scorecard card = evaluate(c, evidence().putEvidence("dao_tao", ratio(3, 4)));

    assertThat(node(card, "5"))
        .extracting(NodeResult::earned, NodeResult::status)
        .containsExactly(dec("1.125"), NodeStatus.PARTIAL);
  }

  @ParameterizedTest(name = "{0}/100 online gives {1}")
  @CsvSource({"30, 2.4", "50, 4", "80, 4", "0, 0"})
  void formula_ratioToTarget_isCappedAtMax(long online, String points) {
    CompiledCatalog c =
        compile(
            catalog(
                "    ratio ho_so_truc_tuyen \"Hồ sơ trực tuyến / tiếp nhận\"",
                "  let muc_tieu = 50%\n"
                    + "  area \"3\" \"Hồ sơ trực tuyến toàn trình\" max 4 {\n"
                    + "    points = min(1, ho_so_truc_tuyen / muc_tieu) * max\n"
                    + "  }"));

    Scorecard card = evaluate(c, evidence().putEvidence("ho_so_truc_tuyen", ratio(online, 100)));

    assertThat(node(card, "3").earned()).isEqualTo(dec(points));
  }

  // ---------------------------------------------------------------- award … per … cap

  @ParameterizedTest(name = "{0} activities give {1}")
  @CsvSource({"0, 0", "1, 0.375", "3, 1.125", "4, 1.5", "5, 1.5", "40, 1.5"})
  void award_perItem_isCapped(long activities, String points) {
    CompiledCatalog c =
        compile(
            catalog(
                "    count hoat_dong \"Số hoạt động tuyên truyền\"",
                "  area \"1\" \"Hoạt động tuyên truyền\" max 1.5 {\n"
                    + "    award 0.375 per hoat_dong cap 1.5\n"
                    + "  }"));

    Scorecard card = evaluate(c, evidence().putEvidence("hoat_dong", count(activities)));

    assertThat(node(card, "1").earned()).isEqualTo(dec(points));
  }

  @Test
  void award_withoutCap_isCappedAtMax() {
    CompiledCatalog c =
        compile(
            catalog(
                "    count sang_kien \"Số sáng kiến\"",
                "  area \"1\" \"Sáng kiến\" max 2 {\n" + "    award 1 per sang_kien\n" + "  }"));

    Scorecard card = evaluate(c, evidence().putEvidence("sang_kien", count(7)));

    assertThat(node(card, "1").earned()).isEqualTo(dec("2"));
  }

  // ---------------------------------------------------------------- deduct … per … floor

  @ParameterizedTest(name = "{0} late reports give {1}")
  @CsvSource({"0, 2", "1, 1.5", "3, 0.5", "4, 0", "5, 0"})
  void deduct_perLateReport_stopsAtTheFloor(long late, String points) {
    CompiledCatalog c =
        compile(
            catalog(
                "    count bao_cao_tre \"Số báo cáo chậm\"",
                "  area \"1\" \"Chế độ báo cáo\" max 2 {\n"
                    + "    deduct 0.5 per bao_cao_tre floor 0\n"
                    + "  }"));

    Scorecard card = evaluate(c, evidence().putEvidence("bao_cao_tre", count(late)));

    assertThat(node(card, "1").earned()).isEqualTo(dec(points));
  }

  @Test
  void deduct_positiveFloor_keepsTheFloor() {
    CompiledCatalog c =
        compile(
            catalog(
                "    count vi_pham \"Số vi phạm kỷ luật\"",
                "  area \"5\" \"Kỷ luật, kỷ cương\" max 3 {\n"
                    + "    deduct 1 per vi_pham floor 0.5\n"
                    + "  }"));

    Scorecard card = evaluate(c, evidence().putEvidence("vi_pham", count(4)));

    // 3 − 1 × 4 = −1, below the floor 0.5
    assertThat(node(card, "5").earned()).isEqualTo(dec("0.5"));
  }

  // ---------------------------------------------------------------- penalty items

  @Test
  void penalty_rule_goesBelowZeroDownToMinusMax() {
    CompiledCatalog c =
        compile(
            catalog(
                "    count n \"N\"\n    count phe_binh \"Số văn bản phê bình\"",
                "  area \"1\" \"A\" max 10 {\n"
                    + "    points = min(10, n)\n"
                    + "  }\n"
                    + "  penalty \"P.1\" \"Bị cấp trên phê bình\" max 3 {\n"
                    + "    points = max(-max, -phe_binh)\n"
                    + "  }"));

    Scorecard two =
        evaluate(c, evidence().putEvidence("n", count(10)).putEvidence("phe_binh", count(2)));
    Scorecard five =
        evaluate(c, evidence().putEvidence("n", count(10)).putEvidence("phe_binh", count(5)));

    assertThat(node(two, "P.1"))
        .extracting(NodeResult::earned, NodeResult::status)
        .containsExactly(dec("-2"), NodeStatus.NOT_MET);
    assertThat(node(five, "P.1").earned()).isEqualTo(dec("-3"));
  }

  // ---------------------------------------------------------------- best of / sum of

  @ParameterizedTest(name = "{0}/10 and {1} items give {2}")
  @CsvSource({"5, 3, 1.5", "9, 1, 1.8", "10, 9, 2"})
  void bestOf_twoAlternatives_takesTheLarger(long share, long items, String points) {
    CompiledCatalog c =
        compile(
            catalog(
                "    ratio ty_le \"Tỷ lệ\"\n    count so_mo_hinh \"Số mô hình\"",
                "  area \"1\" \"A\" max 2 {\n"
                    + "    best of {\n"
                    + "      points = ty_le * max\n"
                    + "      award 0.5 per so_mo_hinh cap 2\n"
                    + "    }\n"
                    + "  }"));

    Scorecard card =
        evaluate(
            c,
            evidence()
                .putEvidence("ty_le", ratio(share, 10))
                .putEvidence("so_mo_hinh", count(items)));

    assertThat(node(card, "1").earned()).isEqualTo(dec(points));
  }

  @ParameterizedTest(name = "plan {0}, report {1} gives {2}")
  @CsvSource({
    "true, 2022-12-15, 2",
    "true, 2022-12-16, 0.5",
    "false, 2022-12-01, 1.5",
    "false, 2023-01-05, 0"
  })
  void sumOf_twoParts_addsThem(boolean plan, LocalDate report, String points) {
    CompiledCatalog c =
        compile(
            catalog(
                "    flag ke_hoach_ra_soat \"Có kế hoạch rà soát\"\n    document bao_cao_ra_soat \"Báo cáo rà soát\"",
                "  area \"2\" \"Rà soát văn bản\" max 2 {\n"
                    + "    sum of {\n"
                    + "      score 0.5 when ke_hoach_ra_soat otherwise 0\n"
                    + "      score 1.5 when bao_cao_ra_soat.issued <= date(year, 12, 15) otherwise 0\n"
                    + "    }\n"
                    + "  }"));

    Scorecard card =
        evaluate(
            c,
            evidence()
                .putEvidence("ke_hoach_ra_soat", flag(plan))
                .putEvidence("bao_cao_ra_soat", document(report)));

    assertThat(node(card, "2").earned()).isEqualTo(dec(points));
  }

  @Test
  void parent_twoChildren_sumsTheirPoints() {
    CompiledCatalog c =
        compile(
            catalog(
                "    flag ke_hoach \"Có kế hoạch\"\n    ratio hoan_thanh \"Nhiệm vụ hoàn thành / kế hoạch\"",
                "  area \"1\" \"Chỉ đạo, điều hành\" {\n"
                    + "    criterion \"1.1\" \"Kế hoạch\" max 1 {\n"
                    + "      score 1 when ke_hoach otherwise 0\n"
                    + "    }\n"
                    + "    criterion \"1.2\" \"Hoàn thành kế hoạch\" max 2 {\n"
                    + "      points = hoan_thanh * max\n"
                    + "    }\n"
                    + "  }"));

    Scorecard card =
        evaluate(
            c,
            evidence().putEvidence("ke_hoach", flag(true)).putEvidence("hoan_thanh", ratio(1, 4)));

    // 1 + 1/4 × 2; the area's max is the sum of its children's, 3
    assertThat(node(card, "1"))
        .extracting(
            NodeResult::earned, NodeResult::max, NodeResult::applicableMax, NodeResult::status)
        .containsExactly(dec("1.5"), dec("3"), dec("3"), NodeStatus.PARTIAL);
    assertThat(node(card, "1").children())
        .extracting(NodeResult::code, NodeResult::earned, NodeResult::status)
        .containsExactly(
            tuple("1.1", dec("1"), NodeStatus.MET), tuple("1.2", dec("0.5"), NodeStatus.PARTIAL));
  }

  // ---------------------------------------------------------------- dated deadlines

  @ParameterizedTest(name = "issued {0} gives {1}")
  @CsvSource({
    "2022-01-02, 1",
    "2022-01-31, 1",
    "2022-02-01, 0.5",
    // days_after(2022-01-31, 30) is 2022-03-02
    "2022-03-02, 0.5",
    "2022-03-03, 0"
  })
  void score_datedDeadline_comparesIssueDates(LocalDate issued, String points) {
    CompiledCatalog c =
        compile(
            catalog(
                "    document ke_hoach_cchc \"Kế hoạch CCHC năm\"",
                "  area \"1\" \"Ban hành kế hoạch đúng hạn\" max 1 {\n"
                    + "    score 1 when ke_hoach_cchc.issued <= date(year, 1, 31)\n"
                    + "    score 0.5 when ke_hoach_cchc.issued <= days_after(date(year, 1, 31), 30)\n"
                    + "    otherwise 0\n"
                    + "  }"));

    Scorecard card = evaluate(c, evidence().putEvidence("ke_hoach_cchc", document(issued)));

    assertThat(node(card, "1").earned()).isEqualTo(dec(points));
  }

  @Test
  void daysBetween_lateSettlement_countsWholeDays() {
    CompiledCatalog c =
        compile(
            catalog(
                "    document quyet_toan \"Quyết toán ngân sách\"",
                "  area \"6\" \"Quyết toán đúng hạn\" max 2 {\n"
                    + "    let tre = days_between(date(year, 3, 31), quyet_toan.issued)\n"
                    + "    tiers tre { <= 0: 2, <= 15: 1, otherwise: 0 }\n"
                    + "  }"));

    Scorecard onTime =
        evaluate(c, evidence().putEvidence("quyet_toan", document(LocalDate.of(2022, 3, 31))));
    Scorecard late =
        evaluate(c, evidence().putEvidence("quyet_toan", document(LocalDate.of(2022, 4, 15))));
    Scorecard tooLate =
        evaluate(c, evidence().putEvidence("quyet_toan", document(LocalDate.of(2022, 4, 16))));

    assertThat(node(onTime, "6").earned()).isEqualTo(dec("2"));
    assertThat(node(late, "6").earned()).isEqualTo(dec("1"));
    assertThat(node(tooLate, "6").earned()).isEqualTo(dec("0"));
  }

  // ---------------------------------------------------------------- gates

  private static final CompiledCatalog GATED =
      compile(
          catalog(
              "    flag quy_che_attt \"Có quy chế an toàn thông tin\"\n"
                  + "    count su_co \"Số sự cố chưa xử lý\"\n"
                  + "    ratio ky_so \"Văn bản có ký số / văn bản đi\"",
              "  area \"7\" \"Văn bản điện tử\" max 2 {\n"
                  + "    only if quy_che_attt, su_co == 0 {\n"
                  + "      points = ky_so * max\n"
                  + "    }\n"
                  + "  }"));

  @Test
  void gate_allConditionsHold_evaluatesTheInnerRule() {
    Scorecard card =
        evaluate(
            GATED,
            evidence()
                .putEvidence("quy_che_attt", flag(true))
                .putEvidence("su_co", count(0))
                .putEvidence("ky_so", ratio(3, 4)));

    assertThat(node(card, "7").earned()).isEqualTo(dec("1.5"));
  }

  @Test
  void gate_aConditionFails_givesZeroAndSaysWhy() {
    Scorecard card =
        evaluate(
            GATED,
            evidence()
                .putEvidence("quy_che_attt", flag(true))
                .putEvidence("su_co", count(2))
                .putEvidence("ky_so", ratio(4, 4)));

    assertThat(node(card, "7"))
        .extracting(NodeResult::earned, NodeResult::status)
        .containsExactly(dec("0"), NodeStatus.NOT_MET);
    assertThat(node(card, "7").explanation().render(Language.EN))
        .contains(
            "su_co is 2, not equal to 0", "a required condition does not hold, so it scores 0");
  }

  // ---------------------------------------------------------------- let

  @ParameterizedTest(name = "{0} of 10 tasks give {1}")
  @CsvSource({"10, 2", "8, 1", "7, 0"})
  void let_ratioOfCounts_isTieredByTheRule(long done, String points) {
    CompiledCatalog c =
        compile(
            catalog(
                "    count nv_ke_hoach \"Số nhiệm vụ\"\n    count nv_hoan_thanh \"Số nhiệm vụ hoàn thành\"",
                "  area \"1\" \"Hoàn thành kế hoạch\" max 2 {\n"
                    + "    let ty_le = nv_hoan_thanh / nv_ke_hoach\n"
                    + "    let con_lai = nv_ke_hoach - nv_hoan_thanh\n"
                    + "    tiers ty_le { >= 100%: 2, >= 80%: 1, otherwise: 0 }\n"
                    + "    finding minor when con_lai > 0 \"Còn {con_lai} nhiệm vụ\"\n"
                    + "  }"));

    Scorecard card =
        evaluate(
            c,
            evidence()
                .putEvidence("nv_ke_hoach", count(10))
                .putEvidence("nv_hoan_thanh", count(done)));

    assertThat(node(card, "1").earned()).isEqualTo(dec(points));
  }

  @Test
  void let_evaluated_isShownInTheExplanation() {
    CompiledCatalog c =
        compile(
            catalog(
                "    count nv_ke_hoach \"Số nhiệm vụ\"\n    count nv_hoan_thanh \"Số nhiệm vụ hoàn thành\"",
                "  area \"1\" \"Hoàn thành kế hoạch\" max 2 {\n"
                    + "    let ty_le = nv_hoan_thanh / nv_ke_hoach\n"
                    + "    tiers ty_le { >= 100%: 2, >= 80%: 1, otherwise: 0 }\n"
                    + "  }"));

    Scorecard card =
        evaluate(
            c,
            evidence()
                .putEvidence("nv_ke_hoach", count(10))
                .putEvidence("nv_hoan_thanh", count(8)));

    assertThat(node(card, "1").explanation().render(Language.EN).lines())
        .contains(
            "  ty_le = nv_hoan_thanh / nv_ke_hoach = 80%",
            "  ty_le is 80%, below 100%", "  but at least 80%, so it scores 1");
  }

  @Test
  void conditionalExpression_unitKind_choosesTheStandard() {
    CompiledCatalog c =
        compile(
            catalog(
                "    flag dat_nong_thon_moi \"Giữ chuẩn nông thôn mới\"\n    flag dat_van_minh_do_thi \"Đạt chuẩn đô thị văn minh\"",
                "  area \"8\" \"Nông thôn mới / đô thị văn minh\" max 1 {\n"
                    + "    score 1 when (if unit.kind in [\"thi_tran\", \"phuong\"] then dat_van_minh_do_thi else dat_nong_thon_moi)\n"
                    + "    otherwise 0\n"
                    + "  }"));
    EvidenceSet standards =
        evidence()
            .putEvidence("dat_nong_thon_moi", flag(true))
            .putEvidence("dat_van_minh_do_thi", flag(false))
            .build();

    Scorecard townCard = c.evaluate(town().build(), YEAR_2022, standards);
    Scorecard communeCard = c.evaluate(town().kind("xa").build(), YEAR_2022, standards);

    assertThat(node(townCard, "8").earned()).isEqualTo(dec("0"));
    assertThat(node(communeCard, "8").earned()).isEqualTo(dec("1"));
  }
}
