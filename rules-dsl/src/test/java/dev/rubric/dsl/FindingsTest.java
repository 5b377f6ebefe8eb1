package dev.rubric.dsl;

import static dev.rubric.dsl.EvaluationFixtures.catalog;
import static dev.rubric.dsl.EvaluationFixtures.compile;
import static dev.rubric.dsl.EvaluationFixtures.count;
import static dev.rubric.dsl.EvaluationFixtures.dec;
import static dev.rubric.dsl.EvaluationFixtures.evaluate;
import static dev.rubric.dsl.EvaluationFixtures.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.result.Scorecard;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The findings a node raises: the default finding when it earns less than its applicable max, the
 * {@code silent} opt-out, and catalog templates with placeholders.
 */
class FindingsTest {

  private static CompiledCatalog meetings(String extra) {
    return compile(
        catalog(
            "    count hop \"Số cuộc họp\"",
            "  area \"1\" \"Ban chỉ đạo họp định kỳ\" en \"Steering committee meetings\" max 2 {\n"
                + "    tiers hop { >= 4: 2, >= 3: 1.5, >= 1: 0.5, otherwise: 0 }\n"
                + extra
                + "  }"));
  }

  @Test
  void defaultFinding_partialPoints_isMinorPartial() {
    Scorecard card = evaluate(meetings(""), evidence().putEvidence("hop", count(3)));

    assertThat(card.findings())
        .extracting(
            Finding::code,
            Finding::kind,
            Finding::severity,
            Finding::criterionCode,
            Finding::messageKey,
            Finding::pointsLost,
            f -> f.message().text())
        .containsExactly(
            tuple(
                "1.partial",
                FindingKind.PARTIAL,
                Severity.MINOR,
                Optional.of("1"),
                "finding.partial",
                dec("0.5"),
                LocalizedText.of(
                    "Ban chỉ đạo họp định kỳ: đạt 1,5/2 điểm",
                    "Steering committee meetings: 1.5/2 points")));
  }

  @Test
  void defaultFinding_noPoints_isMajorNotMet() {
    Scorecard card = evaluate(meetings(""), evidence().putEvidence("hop", count(0)));

    assertThat(card.findings())
        .extracting(Finding::code, Finding::kind, Finding::severity, Finding::pointsLost)
        .containsExactly(tuple("1.not-met", FindingKind.NOT_MET, Severity.MAJOR, dec("2")));
  }

  @Test
  void defaultFinding_fullPoints_isNotRaised() {
    Scorecard card = evaluate(meetings(""), evidence().putEvidence("hop", count(4)));

    assertThat(card.findings()).isEmpty();
  }

  @Test
  void silent_belowMax_raisesNoFinding() {
    Scorecard card = evaluate(meetings("    silent\n"), evidence().putEvidence("hop", count(0)));

    assertThat(card.findings()).isEmpty();
  }

  @Test
  void defaultFinding_withRecommend_carriesTheRecommendation() {
    Scorecard card =
        evaluate(
            meetings("    recommend \"Họp ít nhất mỗi quý\" en \"Meet at least quarterly\"\n"),
            evidence().putEvidence("hop", count(1)));

    assertThat(card.findings())
        .extracting(Finding::recommendation)
        .containsExactly(
            Optional.of(LocalizedText.of("Họp ít nhất mỗi quý", "Meet at least quarterly")));
  }

  @Test
  void template_placeholders_showValuesInBothLanguages() {
    CompiledCatalog c =
        compile(
            catalog(
                "    count nv_ke_hoach \"Số nhiệm vụ\"\n    count nv_hoan_thanh \"Số nhiệm vụ hoàn thành\"",
                "  area \"1\" \"Hoàn thành kế hoạch\" max 2 {\n"
                    + "    let rate = nv_hoan_thanh / nv_ke_hoach\n"
                    + "    points = min(1, rate) * max\n"
                    + "    finding major \"Mới hoàn thành {rate} kế hoạch, đạt {earned}/{max} điểm\"\n"
                    + "         en \"Only {rate} of the plan done, {earned} of {max} points\"\n"
                    + "  }"));

    Scorecard card =
        evaluate(
            c,
            evidence().putEvidence("nv_ke_hoach", count(8)).putEvidence("nv_hoan_thanh", count(5)));

    // rate = 5/8 = 62.50%, earned = 5/8 × 2 = 1.25
    assertThat(card.findings())
        .extracting(
            Finding::code,
            Finding::severity,
            Finding::messageKey,
            f -> f.message().text(),
            Finding::arguments)
        .containsExactly(
            tuple(
                "1.partial",
                Severity.MAJOR,
                "catalog.1.1",
                LocalizedText.of(
                    "Mới hoàn thành 62,50% kế hoạch, đạt 1,25/2 điểm",
                    "Only 62.50% of the plan done, 1.25 of 2 points"),
                Map.of("rate", "62.50%", "earned", "1.25", "max", "2", "applicable_max", "2")));
  }

  @Test
  void template_inputPlaceholder_showsARatioAsAPercentage() {
    CompiledCatalog c =
        compile(
            catalog(
                "    ratio ho_so_cong_viec \"Hồ sơ công việc điện tử / tổng số\"",
                "  area \"7\" \"Hồ sơ công việc điện tử\" max 2 {\n"
                    + "    points = ho_so_cong_viec * max\n"
                    + "    finding major \"Tỷ lệ hồ sơ công việc điện tử còn thấp ({ho_so_cong_viec})\"\n"
                    + "  }"));

    Scorecard card =
        evaluate(c, evidence().putEvidence("ho_so_cong_viec", EvaluationFixtures.ratio(412, 420)));

    assertThat(card.findings())
        .extracting(f -> f.message().in(Language.VI))
        .containsExactly("Tỷ lệ hồ sơ công việc điện tử còn thấp (98,10%)");
  }

  @Test
  void template_withCondition_isRaisedOnlyWhenItHolds() {
    CompiledCatalog c = meetings("    finding critical when hop == 0 \"Ban chỉ đạo không họp\"\n");

    Scorecard none = evaluate(c, evidence().putEvidence("hop", count(0)));
    Scorecard one = evaluate(c, evidence().putEvidence("hop", count(1)));

    assertThat(none.findings())
        .extracting(Finding::code, Finding::severity, Finding::kind)
        .containsExactly(tuple("1.not-met", Severity.CRITICAL, FindingKind.NOT_MET));
    assertThat(one.findings()).isEmpty();
  }

  @Test
  void defaultFinding_penalty_statesTheDeduction() {
    CompiledCatalog c =
        compile(
            catalog(
                "    count n \"N\"\n    count phe_binh \"Số văn bản phê bình\"",
                "  area \"1\" \"A\" max 2 {\n    points = min(2, n)\n  }\n"
                    + "  penalty \"P.1\" \"Bị cấp trên phê bình\" en \"Criticised by higher levels\" max 3 {\n"
                    + "    points = max(-max, -phe_binh)\n"
                    + "  }"));

    Scorecard card =
        evaluate(c, evidence().putEvidence("n", count(2)).putEvidence("phe_binh", count(2)));

    assertThat(card.findings())
        .extracting(
            Finding::code,
            Finding::kind,
            Finding::severity,
            Finding::pointsLost,
            f -> f.message().text())
        .containsExactly(
            tuple(
                "P.1.not-met",
                FindingKind.NOT_MET,
                Severity.MAJOR,
                dec("2"),
                LocalizedText.of(
                    "Bị cấp trên phê bình: bị trừ 2 điểm",
                    "Criticised by higher levels: 2 points deducted")));
  }
}
