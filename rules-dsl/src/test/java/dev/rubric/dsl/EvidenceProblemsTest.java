package dev.rubric.dsl;

import static dev.rubric.dsl.EvaluationFixtures.YEAR_2022;
import static dev.rubric.dsl.EvaluationFixtures.catalog;
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

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.Unit;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Evaluation with evidence that is missing, incomplete or does not fit the catalog, and with values
 * that cannot be computed. None of these throws: each becomes a node status and a finding.
 */
class EvidenceProblemsTest {

  private static final CompiledCatalog REQUIRED =
      compile(
          catalog(
              "    count hop \"Số cuộc họp\" en \"Meetings\" required",
              "  area \"1\" \"Họp định kỳ\" en \"Regular meetings\" max 2 {\n"
                  + "    tiers hop { >= 4: 2, >= 2: 1, otherwise: 0 }\n"
                  + "    recommend \"Họp mỗi quý\" en \"Meet every quarter\"\n"
                  + "  }"));

  // ---------------------------------------------------------------- missing and incomplete

  /** The findings about nodes: without the data-quality ones (an empty set also gets RB611). */
  private static List<Finding> nodeFindings(Scorecard card) {
    return card.findings().stream().filter(f -> f.kind() != FindingKind.DATA_QUALITY).toList();
  }

  @Test
  void evaluate_noEvidenceAtAll_isRB611_soAnUnfilledFormDoesNotPassUnnoticed() {
    Scorecard card = evaluate(REQUIRED, evidence());

    assertThat(card.dataQualityFindings()).extracting(Finding::code).contains("RB611");
    assertThat(
            card.findings().stream()
                .filter(f -> f.code().equals("RB611"))
                .findFirst()
                .orElseThrow()
                .message()
                .in(Language.VI))
        .isEqualTo(
            "Đơn vị không có tài liệu nào, không có giá trị cũng không có giải trình: mọi tiêu chí"
                + " cần tài liệu đều bị chấm là thiếu tài liệu ($.evidence, RB611)");
  }

  @Test
  void evaluate_parentWhoseOnlyChildLacksEvidence_isInsufficientNotNotMet() {
    CompiledCatalog nested =
        compile(
            catalog(
                "    count hop \"Số cuộc họp\" en \"Meetings\" required\n"
                    + "    flag bao_cao \"Báo cáo\" en \"Report\" required",
                "  area \"1\" \"Chỉ đạo\" en \"Direction\" {\n"
                    + "    criterion \"1.1\" \"Họp\" en \"Meetings\" max 2 {\n"
                    + "      tiers hop { >= 4: 2, >= 2: 1, otherwise: 0 }\n"
                    + "    }\n"
                    + "  }\n"
                    + "  area \"2\" \"Báo cáo\" en \"Reports\" {\n"
                    + "    criterion \"2.1\" \"Họp\" en \"Meetings\" max 2 {\n"
                    + "      tiers hop { >= 4: 2, >= 2: 1, otherwise: 0 }\n"
                    + "    }\n"
                    + "    criterion \"2.2\" \"Báo cáo\" en \"Report\" max 1 {\n"
                    + "      score 1 when bao_cao otherwise 0\n"
                    + "    }\n"
                    + "  }"));

    Scorecard card = evaluate(nested, evidence().putEvidence("bao_cao", flag(false)));

    assertThat(node(card, "1").status()).isEqualTo(NodeStatus.INSUFFICIENT_EVIDENCE);
    // One child was scored (0 of 1): the parent's 0 of 3 is a plain "not met".
    assertThat(node(card, "2").status()).isEqualTo(NodeStatus.NOT_MET);
  }

  @Test
  void evaluate_explainedOrAnsweredEvidence_isNotRB611() {
    Scorecard explained =
        evaluate(REQUIRED, evidence().putEvidence("hop", Evidence.missingExplained("Sáp nhập xã")));
    Scorecard unexplained = evaluate(REQUIRED, evidence().putEvidence("hop", Evidence.missing()));
    Scorecard answered = evaluate(REQUIRED, evidence().putEvidence("hop", count(0)));

    assertThat(explained.findings()).extracting(Finding::code).doesNotContain("RB611");
    assertThat(answered.findings()).extracting(Finding::code).doesNotContain("RB611");
    assertThat(unexplained.findings()).extracting(Finding::code).contains("RB611");
  }

  @Test
  void evaluate_requiredEvidenceMissing_isInsufficientWithAMissingEvidenceFinding() {
    Scorecard card = evaluate(REQUIRED, evidence());

    assertThat(node(card, "1"))
        .extracting(NodeResult::earned, NodeResult::applicableMax, NodeResult::status)
        .containsExactly(dec("0"), dec("2"), NodeStatus.INSUFFICIENT_EVIDENCE);
    assertThat(nodeFindings(card))
        .extracting(
            Finding::code,
            Finding::kind,
            Finding::severity,
            Finding::pointsLost,
            f -> f.message().in(Language.EN))
        .containsExactly(
            tuple(
                "1.missing-evidence",
                FindingKind.MISSING_EVIDENCE,
                Severity.MAJOR,
                dec("2"),
                "Regular meetings: missing evidence (hop (missing))"));
  }

  @Test
  void evaluate_requiredEvidenceMissing_findingCarriesTheRecommendationAndInput() {
    Finding f = nodeFindings(evaluate(REQUIRED, evidence())).get(0);

    assertThat(f)
        .extracting(Finding::evidence, Finding::recommendation, Finding::arguments)
        .containsExactly(
            List.of("hop"),
            Optional.of(LocalizedText.of("Họp mỗi quý", "Meet every quarter")),
            Map.of("inputs", "hop (missing)"));
  }

  @Test
  void evaluate_missingExplained_showsTheUnitsExplanation() {
    Scorecard card =
        evaluate(
            REQUIRED,
            evidence()
                .putEvidence("hop", Evidence.missingExplained("Chủ tịch đi công tác dài ngày")));

    assertThat(nodeFindings(card))
        .singleElement()
        .extracting(f -> f.message().in(Language.VI), f -> f.message().in(Language.EN))
        .containsExactly(
            "Họp định kỳ: thiếu tài liệu kiểm chứng (hop (missing_explained)); giải trình của đơn vị: "
                + "hop: Chủ tịch đi công tác dài ngày",
            "Regular meetings: missing evidence (hop (missing_explained)); the unit's explanation: "
                + "hop: Chủ tịch đi công tác dài ngày");
    assertThat(node(card, "1").explanation().render(Language.EN))
        .isEqualTo(
            "1 Regular meetings: 0/2 points (Insufficient evidence)\n"
                + "  evidence missing: hop (missing_explained), so it scores 0\n"
                + "  the unit's explanation: hop: Chủ tịch đi công tác dài ngày");
  }

  @Test
  void evaluate_requiredEvidenceIncomplete_isInsufficient() {
    Evidence partial = Evidence.incomplete(new EvidenceValue.Count(3), "Thiếu biên bản 1 cuộc họp");

    Scorecard card = evaluate(REQUIRED, evidence().putEvidence("hop", partial));

    assertThat(node(card, "1").status()).isEqualTo(NodeStatus.INSUFFICIENT_EVIDENCE);
    assertThat(card.findings())
        .extracting(Finding::code, f -> f.message().in(Language.EN))
        .containsExactly(
            tuple(
                "1.missing-evidence",
                "Regular meetings: missing evidence (hop (incomplete)); the unit's explanation: hop: Thiếu biên bản 1 cuộc họp"));
  }

  @Test
  void evaluate_optionalEvidenceMissing_isInsufficientToo() {
    CompiledCatalog c =
        compile(
            catalog(
                "    ratio ty_le \"Tỷ lệ\"",
                "  area \"1\" \"A\" max 2 {\n    points = ty_le * max\n  }"));

    Scorecard card = evaluate(c, evidence());

    assertThat(node(card, "1").status()).isEqualTo(NodeStatus.INSUFFICIENT_EVIDENCE);
    assertThat(nodeFindings(card)).extracting(Finding::code).containsExactly("1.missing-evidence");
  }

  @Test
  void evaluate_severalOptionalInputsMissing_namesEachOfThem() {
    CompiledCatalog c =
        compile(
            catalog(
                "    count nv_ke_hoach \"Số nhiệm vụ\"\n    count nv_hoan_thanh \"Số nhiệm vụ hoàn thành\"",
                "  area \"1\" \"Hoàn thành kế hoạch\" max 2 {\n"
                    + "    let ty_le = nv_hoan_thanh / nv_ke_hoach\n"
                    + "    tiers ty_le { >= 100%: 2, otherwise: 0 }\n"
                    + "  }"));

    Scorecard card = evaluate(c, evidence());

    assertThat(nodeFindings(card))
        .extracting(Finding::arguments)
        .containsExactly(Map.of("inputs", "nv_hoan_thanh (missing), nv_ke_hoach (missing)"));
  }

  @Test
  void evaluate_documentWithoutIssueDate_namesTheMissingDate() {
    CompiledCatalog c =
        compile(
            catalog(
                "    document ke_hoach \"Kế hoạch CCHC năm\"",
                "  area \"1\" \"Kế hoạch đúng hạn\" max 1 {\n"
                    + "    let tre = days_between(date(year, 1, 31), ke_hoach.issued)\n"
                    + "    tiers tre { <= 0: 1, otherwise: 0 }\n"
                    + "  }"));
    Evidence undated =
        Evidence.provided(EvidenceValue.Document.builder().number("01/KH-UBND").build());

    Scorecard card = evaluate(c, evidence().putEvidence("ke_hoach", undated));

    assertThat(node(card, "1").status()).isEqualTo(NodeStatus.INSUFFICIENT_EVIDENCE);
    assertThat(card.findings())
        .extracting(f -> f.message().in(Language.EN))
        .containsExactly("Kế hoạch đúng hạn: missing evidence (ke_hoach.issued (missing))");
  }

  @Test
  void evaluate_scoreConditionOnMissingData_isInsufficientEvidence() {
    // 'score … when' chooses the first case known to hold: an unknown condition (here an optional
    // document without an issue date) leaves the choice open, so the node has no points to give.
    CompiledCatalog c =
        compile(
            catalog(
                "    document ke_hoach \"Kế hoạch CCHC năm\"",
                "  area \"1\" \"Kế hoạch đúng hạn\" max 1 {\n"
                    + "    score 0 when ke_hoach.issued > date(year, 1, 31)\n"
                    + "    otherwise 1\n"
                    + "  }"));
    Evidence undated =
        Evidence.provided(EvidenceValue.Document.builder().number("01/KH-UBND").build());

    Scorecard card = evaluate(c, evidence().putEvidence("ke_hoach", undated));

    assertThat(node(card, "1"))
        .extracting(NodeResult::earned, NodeResult::status)
        .containsExactly(dec("0"), NodeStatus.INSUFFICIENT_EVIDENCE);
    assertThat(card.findings())
        .extracting(f -> f.message().in(Language.EN))
        .containsExactly("Kế hoạch đúng hạn: missing evidence (ke_hoach.issued (missing))");
  }

  @Test
  void evaluate_bonusWithoutEvidence_earnsNothingWithoutAFinding() {
    CompiledCatalog c =
        compile(
            catalog(
                "    count n \"N\"\n    count sang_kien \"Số sáng kiến\"",
                "  area \"1\" \"A\" max 2 {\n    points = min(2, n)\n  }\n"
                    + "  bonus \"B.1\" \"Sáng kiến\" max 2 {\n    award 1 per sang_kien cap 2\n  }"));

    Scorecard card = evaluate(c, evidence().putEvidence("n", count(2)));

    assertThat(node(card, "B.1"))
        .extracting(NodeResult::earned, NodeResult::status)
        .containsExactly(dec("0"), NodeStatus.NOT_MET);
    assertThat(card.findings()).isEmpty();
  }

  // ---------------------------------------------------------------- data quality (RB6xx)

  private static final CompiledCatalog TYPED =
      compile(
          catalog(
              "    count hop \"Số cuộc họp\"\n"
                  + "    choice vai_tro \"Người chủ trì\" options chu_tich, pho_chu_tich\n"
                  + "    quantity thu \"Thu ngân sách\" unit \"triệu đồng\"",
              "  attributes {\n"
                  + "    flag co_mot_cua \"Có bộ phận một cửa\"\n"
                  + "  }\n"
                  + "  area \"1\" \"Họp\" max 2 {\n    tiers hop { >= 4: 2, otherwise: 0 }\n  }\n"
                  + "  area \"2\" \"Chủ trì\" max 2 {\n    tiers vai_tro { == \"chu_tich\": 2, otherwise: 0 }\n  }\n"
                  + "  area \"3\" \"Thu\" max 2 applies-when unit.co_mot_cua else exclude {\n"
                  + "    tiers thu { >= 1000: 2, otherwise: 0 }\n"
                  + "  }"));

  private static Scorecard evaluateTyped(Unit unit, EvidenceSet.Builder e) {
    return TYPED.evaluate(unit, YEAR_2022, e.build());
  }

  /** Returns evidence that fits the catalog, with {@code key} replaced by {@code replacement}. */
  private static EvidenceSet.Builder evidenceWith(String key, Evidence replacement) {
    Map<String, Evidence> items =
        new TreeMap<>(
            Map.of(
                "hop", count(4),
                "vai_tro", EvaluationFixtures.choice("chu_tich"),
                "thu", quantity("1000", "triệu đồng")));
    items.put(key, replacement);
    return evidence().putAllEvidence(items);
  }

  private static EvidenceSet.Builder goodEvidence() {
    return evidenceWith("hop", count(4));
  }

  private static Unit oneStopTown() {
    return town().putAttributes("co_mot_cua", AttributeValue.of(true)).build();
  }

  @Test
  void evaluate_goodEvidence_hasNoDataFinding() {
    Scorecard card = evaluateTyped(oneStopTown(), goodEvidence());

    assertThat(card.findings()).isEmpty();
    assertThat(card.total()).isEqualTo(dec("6"));
  }

  @Test
  void evaluate_evidenceOfTheWrongType_isRB601() {
    Scorecard card = evaluateTyped(oneStopTown(), evidenceWith("hop", flag(true)));

    assertThat(card.findings())
        .extracting(
            Finding::code, Finding::kind, Finding::severity, f -> f.message().in(Language.EN))
        .containsExactly(
            tuple(
                "RB601",
                FindingKind.DATA_QUALITY,
                Severity.MAJOR,
                "Evidence 'hop': expected a count but found a flag ($.evidence.hop, RB601)"),
            tuple(
                "1.missing-evidence",
                FindingKind.MISSING_EVIDENCE,
                Severity.MAJOR,
                "Họp: missing evidence (hop (missing))"));
    assertThat(node(card, "1").status()).isEqualTo(NodeStatus.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void evaluate_evidenceForNoInput_isRB602AndIgnored() {
    Scorecard card = evaluateTyped(oneStopTown(), goodEvidence().putEvidence("hop_typo", count(4)));

    assertThat(card.findings())
        .extracting(
            Finding::code,
            Finding::kind,
            Finding::severity,
            f -> f.message().in(Language.EN),
            Finding::arguments)
        .containsExactly(
            tuple(
                "RB602",
                FindingKind.DATA_QUALITY,
                Severity.MINOR,
                "Evidence 'hop_typo' matches no input of the catalog and is ignored ($.evidence.hop_typo, RB602)",
                Map.of("path", "$.evidence.hop_typo")));
    assertThat(card.total()).isEqualTo(dec("6"));
  }

  @Test
  void evaluate_quantityInAnotherUnit_isRB603() {
    Scorecard card = evaluateTyped(oneStopTown(), evidenceWith("thu", quantity("1", "tỷ đồng")));

    assertThat(card.findings())
        .extracting(Finding::code, f -> f.message().in(Language.EN))
        .startsWith(
            tuple(
                "RB603",
                "Evidence 'thu': expected unit 'triệu đồng' but found 'tỷ đồng' ($.evidence.thu, RB603)"));
    assertThat(node(card, "3").status()).isEqualTo(NodeStatus.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void evaluate_choiceOptionNotDeclared_isRB604() {
    Scorecard card =
        evaluateTyped(oneStopTown(), evidenceWith("vai_tro", EvaluationFixtures.choice("bi_thu")));

    assertThat(card.findings())
        .extracting(Finding::code, Finding::kind, f -> f.message().in(Language.EN))
        .startsWith(
            tuple(
                "RB604",
                FindingKind.DATA_QUALITY,
                "Evidence 'vai_tro': 'bi_thu' is not one of the options chu_tich, pho_chu_tich ($.evidence.vai_tro, RB604)"));
    assertThat(node(card, "2").status()).isEqualTo(NodeStatus.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void evaluate_unitAttributeMissing_isRB605AndTheNodeIsInsufficient() {
    Scorecard card = evaluateTyped(town().build(), goodEvidence());

    assertThat(card.findings())
        .extracting(
            Finding::code, Finding::kind, Finding::severity, f -> f.message().in(Language.EN))
        .containsExactly(
            tuple(
                "RB605",
                FindingKind.DATA_QUALITY,
                Severity.MINOR,
                "The unit lacks attribute 'co_mot_cua', which the catalog reads ($.unit.attributes.co_mot_cua, RB605)"),
            tuple(
                "3.missing-evidence",
                FindingKind.MISSING_EVIDENCE,
                Severity.MAJOR,
                "Thu: missing evidence (unit.co_mot_cua (missing))"));
    assertThat(node(card, "3"))
        .extracting(NodeResult::earned, NodeResult::status)
        .containsExactly(dec("0"), NodeStatus.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void evaluate_unitAttributeOfTheWrongType_isRB606() {
    Unit unit = town().putAttributes("co_mot_cua", AttributeValue.of("có")).build();

    Scorecard card = evaluateTyped(unit, goodEvidence());

    assertThat(card.findings())
        .extracting(Finding::code, f -> f.message().in(Language.EN))
        .startsWith(
            tuple(
                "RB606",
                "Unit attribute 'co_mot_cua': expected a flag but found a text ($.unit.attributes.co_mot_cua, RB606)"));
  }

  @Test
  void evaluate_misspeltEvidenceKey_suggestsTheClosestInput() {
    Scorecard card = evaluateTyped(oneStopTown(), goodEvidence().putEvidence("vai_trò", count(4)));

    assertThat(card.findings())
        .extracting(
            Finding::code, f -> f.message().in(Language.EN), f -> f.message().in(Language.VI))
        .containsExactly(
            tuple(
                "RB602",
                "Evidence 'vai_trò' matches no input of the catalog and is ignored; did you mean"
                    + " 'vai_tro'? ($.evidence.vai_trò, RB602)",
                "Tài liệu 'vai_trò' không ứng với đầu vào nào của bộ tiêu chí và bị bỏ qua; có phải"
                    + " là 'vai_tro'? ($.evidence.vai_trò, RB602)"));
  }

  @Test
  void evaluate_undeclaredUnitAttribute_isRB607AndIgnored() {
    Unit unit =
        town()
            .putAttributes("co_mot_cua", AttributeValue.of(true))
            .putAttributes("dan_so", AttributeValue.of(Decimal.of(5120)))
            .build();

    Scorecard card = evaluateTyped(unit, goodEvidence());

    assertThat(card.findings())
        .extracting(
            Finding::code,
            Finding::kind,
            Finding::severity,
            f -> f.message().in(Language.EN),
            Finding::arguments)
        .containsExactly(
            tuple(
                "RB607",
                FindingKind.DATA_QUALITY,
                Severity.MINOR,
                "Unit attribute 'dan_so' is not declared by the catalog and is ignored"
                    + " ($.unit.attributes.dan_so, RB607)",
                Map.of("path", "$.unit.attributes.dan_so")));
    assertThat(card.total()).isEqualTo(dec("6"));
  }

  @Test
  void evaluate_misspeltUnitAttribute_isRB607WithTheClosestAndTheDeclaredOneIsMissing() {
    Unit unit = town().putAttributes("co_mot_cuaa", AttributeValue.of(true)).build();

    Scorecard card = evaluateTyped(unit, goodEvidence());

    assertThat(card.findings())
        .extracting(Finding::code, f -> f.message().in(Language.EN))
        .startsWith(
            tuple(
                "RB607",
                "Unit attribute 'co_mot_cuaa' is not declared by the catalog and is ignored; did you"
                    + " mean 'co_mot_cua'? ($.unit.attributes.co_mot_cuaa, RB607)"),
            tuple(
                "RB605",
                "The unit lacks attribute 'co_mot_cua', which the catalog reads"
                    + " ($.unit.attributes.co_mot_cua, RB605)"));
  }

  @Test
  void evaluate_unitOutsideTheCatalogsScope_isRB608AndStillScored() {
    Unit district =
        Unit.builder()
            .code("063")
            .name("Huyện Bạch Thông")
            .level("district")
            .kind("huyen")
            .putAttributes("co_mot_cua", AttributeValue.of(true))
            .build();

    Scorecard card = evaluateTyped(district, goodEvidence());

    assertThat(card.findings())
        .extracting(
            Finding::code,
            Finding::severity,
            f -> f.message().in(Language.EN),
            f -> f.message().in(Language.VI),
            Finding::arguments)
        .containsExactly(
            tuple(
                "RB608",
                Severity.MAJOR,
                "The catalog applies to commune, not to this unit (level 'district', kind 'huyen'):"
                    + " its scores mean nothing ($.unit, RB608)",
                "Bộ tiêu chí áp dụng cho commune, không áp dụng cho đơn vị này (cấp 'district', loại"
                    + " 'huyen'): điểm tính ra không có ý nghĩa ($.unit, RB608)",
                Map.of("path", "$.unit")));
    assertThat(card.dataQualityFindings()).hasSize(1);
    assertThat(card.total()).isEqualTo(dec("6"));
  }

  @Test
  void evaluate_unitInScopeByItsKind_hasNoScopeFinding() {
    CompiledCatalog byKind =
        compile(
            catalog(
                    "    count hop \"Số cuộc họp\"",
                    "  area \"1\" \"Họp\" max 2 {\n    tiers hop { >= 4: 2, otherwise: 0 }\n  }")
                .replace("applies-to commune", "applies-to xa, thi_tran"));

    Scorecard town =
        byKind.evaluate(town().build(), YEAR_2022, evidence().putEvidence("hop", count(4)).build());
    Scorecard ward =
        byKind.evaluate(
            town().kind("phuong").build(),
            YEAR_2022,
            evidence().putEvidence("hop", count(4)).build());

    assertThat(town.findings()).isEmpty();
    assertThat(ward.findings()).extracting(Finding::code).containsExactly("RB608");
  }

  // ---------------------------------------------------------------- values that cannot be computed
  // (RB5xx)

  @Test
  void evaluate_countDividedByZeroCount_isAnErrorWithRB501() {
    CompiledCatalog c =
        compile(
            catalog(
                "    count nv_ke_hoach \"Số nhiệm vụ\"\n    count nv_hoan_thanh \"Số nhiệm vụ hoàn thành\"",
                "  area \"1\" \"Hoàn thành kế hoạch\" en \"Plan completion\" max 2 {\n"
                    + "    let ty_le = nv_hoan_thanh / nv_ke_hoach\n"
                    + "    tiers ty_le { >= 100%: 2, >= 80%: 1, otherwise: 0 }\n"
                    + "  }"));

    Scorecard card =
        evaluate(
            c,
            evidence().putEvidence("nv_ke_hoach", count(0)).putEvidence("nv_hoan_thanh", count(3)));

    assertThat(node(card, "1"))
        .extracting(NodeResult::earned, NodeResult::status)
        .containsExactly(dec("0"), NodeStatus.ERROR);
    assertThat(card.findings())
        .extracting(
            Finding::code,
            Finding::kind,
            Finding::severity,
            Finding::messageKey,
            Finding::arguments,
            f -> f.message().in(Language.EN))
        .containsExactly(
            tuple(
                "1.evaluation-error",
                FindingKind.EVALUATION_ERROR,
                Severity.MAJOR,
                "eval.RB501",
                Map.of("code", "RB501"),
                "nv_hoan_thanh / nv_ke_hoach = 3/0: division by zero (RB501)"));
  }

  @Test
  void evaluate_emptyRatioTimesMax_isAnErrorWithRB501() {
    CompiledCatalog c =
        compile(
            catalog(
                "    ratio phan_anh \"Phản ánh xử lý đúng hạn / tiếp nhận\"",
                "  area \"3\" \"Phản ánh, kiến nghị\" max 2 {\n    points = phan_anh * max\n  }"));

    Scorecard card = evaluate(c, evidence().putEvidence("phan_anh", ratio(0, 0)));

    assertThat(node(card, "3").status()).isEqualTo(NodeStatus.ERROR);
    assertThat(card.findings())
        .extracting(f -> f.message().in(Language.EN))
        .containsExactly(
            "phan_anh = 0/0: the rate is undefined because the denominator is 0 (RB501)");
  }

  @Test
  void evaluate_emptyRatioHandledByTheRule_isNoError() {
    CompiledCatalog c =
        compile(
            catalog(
                "    ratio phan_anh \"Phản ánh xử lý đúng hạn / tiếp nhận\"",
                "  area \"3\" \"Phản ánh, kiến nghị\" max 2 {\n"
                    + "    score 2 when phan_anh.denominator == 0\n"
                    + "    otherwise phan_anh * max\n"
                    + "  }"));

    Scorecard card = evaluate(c, evidence().putEvidence("phan_anh", ratio(0, 0)));

    assertThat(node(card, "3"))
        .extracting(NodeResult::earned, NodeResult::status)
        .containsExactly(dec("2"), NodeStatus.MET);
  }

  @Test
  void evaluate_impossibleDate_isAnErrorWithRB503() {
    CompiledCatalog c =
        compile(
            catalog(
                "    document ke_hoach \"Kế hoạch\"",
                "  area \"1\" \"Kế hoạch đúng hạn\" max 1 {\n"
                    + "    score 1 when ke_hoach.issued <= date(year, 2, 30)\n"
                    + "    otherwise 0\n"
                    + "  }"));

    Scorecard card =
        evaluate(c, evidence().putEvidence("ke_hoach", document(LocalDate.of(2022, 1, 5))));

    assertThat(node(card, "1").status()).isEqualTo(NodeStatus.ERROR);
    assertThat(card.findings())
        .extracting(Finding::messageKey, f -> f.message().in(Language.EN))
        .containsExactly(
            tuple("eval.RB503", "date(year, 2, 30): not a valid date (2022, 2, 30) (RB503)"));
  }

  @Test
  void evaluate_nothingApplies_givesIndexZeroWithRB504() {
    CompiledCatalog c =
        compile(
            catalog(
                "    count n \"N\"",
                "  area \"1\" \"A\" max 2 applies-when unit.kind == \"phuong\" else exclude {\n    points = min(2, n)\n  }"));

    Scorecard card = evaluate(c, evidence().putEvidence("n", count(2)));

    assertThat(card.index()).isEqualTo(dec("0"));
    assertThat(card.findings())
        .extracting(
            Finding::code, Finding::kind, Finding::severity, f -> f.message().in(Language.EN))
        .containsExactly(
            tuple(
                "RB504",
                FindingKind.DATA_QUALITY,
                Severity.INFO,
                "No criterion applies to the unit; the index is 0 (RB504)"));
  }
}
