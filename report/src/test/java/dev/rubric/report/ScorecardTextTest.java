package dev.rubric.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.finding.Explanation;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorecardTextTest {

  private static final CompiledCatalog CATALOG = Fixtures.tinyCatalog();
  private static final Scorecard AN =
      CATALOG.evaluate(Json.readEvidence("tiny-an.json", Fixtures.read("tiny-an.json")));

  @Test
  void render_unitThatMeetsEverything_saysThereAreNoFindings() {
    // when
    String text =
        ScorecardText.render(AN, CATALOG.catalog(), Optional.empty(), Language.VI, Ansi.OFF);
    // then
    assertThat(text)
        .startsWith(
            "Xã An (01) · kỳ đánh giá 2022\nBộ tiêu chí: Bộ tiêu chí thử nghiệm (tiny 1.0.0)\n\n")
        .contains("Chỉ số: 100,00 · Xếp loại: Tốt\n")
        .endsWith("PHÁT HIỆN VÀ KHUYẾN NGHỊ (0)\nKhông có phát hiện nào.\n");
  }

  @Test
  void explain_longExplanationLine_wrapsKeepingItsIndentation() {
    // given
    String words = "giá trị dài ".repeat(12).strip();
    NodeResult node =
        new NodeResult(
            "9.9",
            LocalizedText.of("Thử"),
            Channel.APPRAISAL,
            Decimal.ONE,
            Decimal.ONE,
            Decimal.ONE,
            NodeStatus.MET,
            Explanation.of(
                LocalizedText.of("9.9 Thử: 1/1 điểm (Đạt)"),
                List.of(Explanation.of(LocalizedText.of(words)))),
            List.of());
    // when
    String[] lines = ScorecardText.explain(node, AN, Language.VI, Ansi.OFF).split("\n");
    // then
    assertThat(lines[2]).isEqualTo("9.9 Thử: 1/1 điểm (Đạt)");
    assertThat(lines).hasSizeGreaterThan(4);
    for (int i = 3; i < lines.length; i++) {
      assertThat(lines[i]).matches("  [^ ].*").hasSizeLessThanOrEqualTo(ScorecardText.TEXT_WIDTH);
    }
  }

  @Test
  void pointsLost_isSignedAndLocalised() {
    assertThat(ScorecardText.pointsLost(Decimal.parse("1.5"), Language.VI)).isEqualTo("−1,5 điểm");
    assertThat(ScorecardText.pointsLost(Decimal.ONE, Language.EN)).isEqualTo("−1 point");
    assertThat(ScorecardText.pointsLost(Decimal.parse("1.92097"), Language.EN))
        .isEqualTo("−1.92 points");
  }
}
