package dev.rubric.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cli.Cli;
import dev.rubric.cli.Cli.Result;
import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import dev.rubric.report.TextLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rubric demo}: the Phủ Thông inspection on the bundled data. */
class DemoCommandTest {

  @Test
  void demo_text_printsTheScorecardIndexBandFindingsAndRecommendationsInVietnamese() {
    // when
    Result r = Cli.run("demo");
    // then
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith(
            "Thị trấn Phủ Thông (01969) · kỳ đánh giá 2022\n"
                + "Bộ tiêu chí: Bộ tiêu chí mẫu xác định Chỉ số CCHC cấp xã (áp dụng thử cho thị"
                + " trấn) (cchc-xa 2022.1.0)\n")
        .contains("KẾT QUẢ THEO LĨNH VỰC\n")
        .contains("Chỉ số: 77,06 · Xếp loại: Khá\n")
        .contains("PHÁT HIỆN VÀ KHUYẾN NGHỊ (")
        .contains("  • [2.3] Thực hiện quy chế làm việc chưa đầy đủ (−1 điểm)\n")
        .contains(
            "  • [4.1] Công chức chuyên môn được phân công chưa phù hợp với vị trí việc làm (−2"
                + " điểm)\n")
        .contains(
            "  • [1.5] Công tác chỉ đạo, điều hành chưa quyết liệt: Ban chỉ đạo chỉ họp 2 lần trong"
                + " năm")
        .contains("  • [7.2] Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng còn thấp")
        .contains(
            "    → Khuyến nghị: Nâng cao vai trò người đứng đầu: Chủ tịch trực tiếp chủ trì họp Ban"
                + " chỉ đạo\n")
        .contains(
            "    → Khuyến nghị: Tổ chức họp giao ban định kỳ đúng quy chế và ghi biên bản từng cuộc"
                + " họp\n");
    assertThat(r.out().indexOf("\nLớn (")).isPositive().isLessThan(r.out().indexOf("\nNhỏ ("));
  }

  @Test
  void demo_scorecardTable_alignsPointsAndStatusByDisplayWidth() {
    // given
    List<String> lines = Arrays.asList(Cli.run("demo").out().split("\n"));
    int header = lines.indexOf("KẾT QUẢ THEO LĨNH VỰC") + 1;
    List<String> rows =
        lines.subList(header + 2, header + 2 + lines.subList(header + 2, lines.size()).indexOf(""));
    int statusColumn =
        TextLayout.width(lines.get(header).substring(0, lines.get(header).indexOf("Kết quả")));
    int pointsEnd =
        TextLayout.width(lines.get(header).substring(0, lines.get(header).indexOf("Điểm") + 4));
    // when / then: every row's status starts in the status column, right after its points
    assertThat(rows).hasSizeGreaterThan(40);
    for (String row : rows) {
      String status =
          Arrays.stream(NodeStatus.values())
              .flatMap(
                  s ->
                      Arrays.stream(NodeKind.values())
                          .map(k -> s.label(dev.rubric.core.Language.VI, k)))
              .filter(row::endsWith)
              .findFirst()
              .orElse(null);
      if (status == null) {
        assertThat(row).as("a wrapped title line").startsWith("           ");
        continue;
      }
      String before = row.substring(0, row.length() - status.length());
      assertThat(TextLayout.width(before)).as(row).isEqualTo(statusColumn);
      assertThat(TextLayout.width(before.stripTrailing())).as(row).isEqualTo(pointsEnd);
    }
  }

  @Test
  void demo_english_printsEnglishTitlesFindingsAndRecommendations() {
    Result r = Cli.run("demo", "--lang", "en");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("SCORECARD BY AREA\n")
        .contains("Index: 77.06 · Band: Fair\n")
        .contains("  • [2.3] The working regulations are not fully implemented (−1 point)\n")
        .contains("    → Recommendation: Raise the head's leadership role");
  }

  @Test
  void demo_json_isTheScorecardOfPhuThong() throws IOException {
    // given
    Scorecard expected =
        Cli.compile(Cli.CATALOG)
            .evaluate(EvidenceLoader.readJson(Path.of(Cli.PHU_THONG), Cli.PHU_THONG));
    // when
    Result r = Cli.run("demo", "--format", "json");
    Scorecard card = Json.readScorecard("out.json", r.out());
    // then
    assertThat(r.status()).isZero();
    assertThat(card).isEqualTo(expected);
    assertThat(r.out()).isEqualTo(Json.write(expected));
    assertThat(card.unitCode()).isEqualTo("01969");
    assertThat(card.unitName()).isEqualTo("Thị trấn Phủ Thông");
    assertThat(card.catalogId()).isEqualTo("cchc-xa");
    assertThat(card.indexRounded()).isEqualTo(Decimal.parse("77.06"));
    assertThat(card.band()).contains(LocalizedText.of("Khá", "Fair"));
    assertThat(card.node("2.3").orElseThrow().status()).isEqualTo(NodeStatus.PARTIAL);
    assertThat(card.node("4.1").orElseThrow().status()).isEqualTo(NodeStatus.NOT_MET);
    assertThat(card.findingsFor("4.1"))
        .extracting(f -> f.severity())
        .containsExactly(Severity.MAJOR);
  }

  @Test
  void demo_html_isOnePageWithUnitNameAndIndex() {
    Result r = Cli.run("demo", "--format", "html");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .startsWith("<!DOCTYPE html>")
        .contains("<title>Thị trấn Phủ Thông · Chỉ số 77,06 · cchc-xa 2022</title>")
        .contains("<h1 id=\"unit-name\">Thị trấn Phủ Thông</h1>")
        .contains("<span id=\"index\">77,06</span>")
        .contains("<span id=\"band\">Khá</span>")
        .contains("Thực hiện quy chế làm việc chưa đầy đủ")
        .contains("<details><summary><span class=\"code\">1.5</span>")
        .doesNotContain("<script", "<link", "src=", "@import", "url(");
  }

  @Test
  void demo_out_writesTheFileAndNothingToStandardOutput(@TempDir Path dir) throws IOException {
    // given
    Path file = dir.resolve("phu-thong.html");
    // when
    Result r = Cli.run("demo", "--format", "html", "--lang", "en", "--out", file.toString());
    // then
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<span id=\"band\">Fair</span>");
  }

  @Test
  void demo_csv_isNotAFormatOfTheDemo() {
    Result r = Cli.runEn("demo", "--format", "csv");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("error: option '--format' expects text, json, html but found 'csv'\n");
  }
}
