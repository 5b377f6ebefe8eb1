package dev.rubric.core.json;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.finding.Explanation;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.result.ChannelTotal;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import java.util.List;

/** A small, realistic scorecard for Phủ Thông 2022, shared by the scorecard JSON tests. */
final class ScorecardSample {
  private ScorecardSample() {}

  static Scorecard phuThong() {
    NodeResult plan =
        new NodeResult(
            "1.1",
            LocalizedText.of(
                "Ban hành kế hoạch CCHC năm đúng hạn", "Annual PAR plan issued on time"),
            Channel.APPRAISAL,
            Decimal.ONE,
            Decimal.ONE,
            Decimal.ONE,
            NodeStatus.MET,
            Explanation.of(
                LocalizedText.of(
                    "ngày ban hành 2022-01-20 ≤ 2022-01-31 → 1/1 điểm",
                    "issued 2022-01-20 ≤ 2022-01-31 → 1 of 1 point")),
            List.of());
    NodeResult onTime =
        new NodeResult(
            "3.2",
            LocalizedText.of("Tỷ lệ hồ sơ giải quyết đúng hạn", "Dossiers settled on time"),
            Channel.SYSTEM_MEASURED,
            Decimal.parse("3"),
            Decimal.parse("4"),
            Decimal.parse("4"),
            NodeStatus.PARTIAL,
            Explanation.of(
                LocalizedText.of(
                    "đúng hạn = 412/420 = 98,10% ≥ 98% → 3/4 điểm",
                    "on-time = 412/420 = 98.10% ≥ 98% → 3 of 4 points"),
                List.of(Explanation.of(LocalizedText.of("ho_so_dung_han = 412/420")))),
            List.of());
    NodeResult direction =
        new NodeResult(
            "1",
            LocalizedText.of(
                "Công tác chỉ đạo, điều hành CCHC", "Direction of administrative reform"),
            Channel.APPRAISAL,
            Decimal.ONE,
            Decimal.ONE,
            Decimal.ONE,
            NodeStatus.MET,
            Explanation.of(
                LocalizedText.of("tổng các tiêu chí → 1/1 điểm", "sum of criteria → 1 of 1 point")),
            List.of(plan));
    NodeResult procedures =
        new NodeResult(
            "3",
            LocalizedText.of("Cải cách thủ tục hành chính", "Reform of administrative procedures"),
            Channel.SYSTEM_MEASURED,
            Decimal.parse("3"),
            Decimal.parse("4"),
            Decimal.parse("4"),
            NodeStatus.PARTIAL,
            Explanation.of(
                LocalizedText.of(
                    "tổng các tiêu chí → 3/4 điểm", "sum of criteria → 3 of 4 points")),
            List.of(onTime));
    Finding finding =
        Finding.builder()
            .code(Finding.codeFor("3.2", FindingKind.PARTIAL))
            .severity(Severity.MAJOR)
            .kind(FindingKind.PARTIAL)
            .criterionCode("3.2")
            .messageKey("finding.partial")
            .putArguments("rate", "98,10%")
            .message(
                LocalizedText.of(
                    "Tỷ lệ hồ sơ giải quyết đúng hạn chưa đạt 100%", "On-time rate below 100%"))
            .addEvidence("ho_so_dung_han")
            .recommendation(
                LocalizedText.of(
                    "Rà soát quy trình tiếp nhận, giải quyết hồ sơ trực tuyến",
                    "Review the online dossier workflow"))
            .pointsLost(Decimal.ONE)
            .build();
    return Scorecard.builder()
        .unitCode("01969")
        .unitName("Thị trấn Phủ Thông")
        .unitKind("thi_tran")
        .periodId("2022")
        .catalogId("cchc-xa")
        .catalogVersion("2022.1")
        .catalogHash("sha256:3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b")
        .addNodes(direction, procedures)
        .putChannelTotals(
            Channel.SYSTEM_MEASURED, new ChannelTotal(Decimal.parse("3"), Decimal.parse("4")))
        .putChannelTotals(Channel.APPRAISAL, new ChannelTotal(Decimal.ONE, Decimal.ONE))
        .bonus(Decimal.ZERO)
        .penalty(Decimal.parse("0.25"))
        .total(Decimal.parse("3.75"))
        .index(Decimal.parse("75"))
        .indexRounded(Decimal.parse("75"))
        .indexDecimals(2)
        .band(LocalizedText.of("Khá", "Fair"))
        .addFindings(finding)
        .surveyIncluded(false)
        .build();
  }
}
