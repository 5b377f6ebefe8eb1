package dev.rubric.core.result;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.finding.Explanation;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.finding.Severity;
import java.util.List;

/** A small Phủ Thông scorecard shared by the result tests. */
final class ScorecardFixtures {

  static final String HASH = "sha256:" + "0123456789abcdef".repeat(4);

  private ScorecardFixtures() {}

  static NodeResult leaf(String code, String title, Channel channel, String earned, String max) {
    Decimal e = Decimal.parse(earned);
    Decimal m = Decimal.parse(max);
    NodeStatus status =
        e.equals(m) ? NodeStatus.MET : e.signum() == 0 ? NodeStatus.NOT_MET : NodeStatus.PARTIAL;
    return new NodeResult(
        code,
        LocalizedText.of(title),
        channel,
        e,
        m,
        m,
        status,
        Explanation.of(
            LocalizedText.of("điểm = " + earned + "/" + max, "points = " + earned + " of " + max)),
        List.of());
  }

  static NodeResult area(
      String code, String title, String earned, String max, NodeResult... children) {
    return new NodeResult(
        code,
        LocalizedText.of(title),
        Channel.APPRAISAL,
        Decimal.parse(earned),
        Decimal.parse(max),
        Decimal.parse(max),
        NodeStatus.PARTIAL,
        Explanation.of(
            LocalizedText.of("tổng = " + earned + "/" + max, "sum = " + earned + " of " + max),
            List.of(Explanation.of(LocalizedText.of("cộng điểm các tiêu chí", "sum of criteria")))),
        List.of(children));
  }

  static List<NodeResult> nodes() {
    return List.of(
        area(
            "1",
            "Công tác chỉ đạo, điều hành CCHC",
            "2",
            "3",
            leaf("1.1", "Ban hành kế hoạch CCHC năm đúng hạn", Channel.APPRAISAL, "1", "1"),
            leaf("1.2", "Mức độ hoàn thành kế hoạch CCHC", Channel.APPRAISAL, "1", "2")),
        area(
            "3",
            "Cải cách thủ tục hành chính",
            "3.25",
            "4.25",
            leaf("3.1", "Mức độ hài lòng của người dân", Channel.SURVEY, "0.25", "0.25"),
            leaf("3.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", Channel.SYSTEM_MEASURED, "3", "4")));
  }

  static Finding partial32() {
    return Finding.builder()
        .code("3.2.partial")
        .severity(Severity.MAJOR)
        .kind(FindingKind.PARTIAL)
        .criterionCode("3.2")
        .messageKey("finding.partial")
        .putArguments("rate", "98.10%")
        .message(
            LocalizedText.of(
                "Tỷ lệ hồ sơ giải quyết đúng hạn chưa đạt 100%", "On-time rate below 100%"))
        .addEvidence("ho_so_dung_han")
        .recommendation(LocalizedText.of("Đề nghị khắc phục", "Remedy it"))
        .pointsLost(Decimal.ONE)
        .build();
  }

  static Finding partial12() {
    return Finding.builder()
        .code("1.2.partial")
        .severity(Severity.MINOR)
        .kind(FindingKind.PARTIAL)
        .criterionCode("1.2")
        .messageKey("finding.partial")
        .message(LocalizedText.of("Thực hiện quy chế làm việc chưa đầy đủ"))
        .pointsLost(Decimal.ONE)
        .build();
  }

  static Finding dataQuality() {
    return Finding.builder()
        .code("RB601")
        .severity(Severity.INFO)
        .kind(FindingKind.DATA_QUALITY)
        .messageKey("RB601")
        .message(LocalizedText.of("Tử số lớn hơn mẫu số", "Numerator exceeds denominator"))
        .pointsLost(Decimal.ZERO)
        .build();
  }

  /** Returns a builder with every attribute of a valid scorecard set. */
  static Scorecard.Builder phuThong() {
    return Scorecard.builder()
        .unitCode("01975")
        .unitName("Thị trấn Phủ Thông")
        .unitKind("thi_tran")
        .periodId("2022")
        .catalogId("cchc-xa")
        .catalogVersion("2022.1")
        .catalogHash(HASH)
        .nodes(nodes())
        .putChannelTotals(Channel.APPRAISAL, new ChannelTotal(Decimal.of(2), Decimal.of(3)))
        .putChannelTotals(
            Channel.SURVEY, new ChannelTotal(Decimal.parse("0.25"), Decimal.parse("0.25")))
        .putChannelTotals(Channel.SYSTEM_MEASURED, new ChannelTotal(Decimal.of(3), Decimal.of(4)))
        .bonus(Decimal.parse("0.5"))
        .penalty(Decimal.ZERO)
        .total(Decimal.parse("5.75"))
        .index(Decimal.parse("79.31034482758620689655"))
        .indexRounded(Decimal.parse("79.31"))
        .indexDecimals(2)
        .band(LocalizedText.of("Khá", "Fair"))
        .addFindings(partial32(), partial12(), dataQuality())
        .surveyIncluded(true);
  }
}
