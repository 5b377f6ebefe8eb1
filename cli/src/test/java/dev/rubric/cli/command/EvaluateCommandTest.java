package dev.rubric.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cli.Cli;
import dev.rubric.cli.Cli.Result;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rubric evaluate}: one unit in every format, and every kind of bad input. */
class EvaluateCommandTest {

  private static Result evaluate(String evidence, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("evaluate", "--catalog", Cli.CATALOG, "--evidence", evidence));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void evaluate_json_writesTheScorecardFieldByField() {
    // given
    Scorecard expected =
        Cli.compile(Cli.CATALOG)
            .evaluate(EvidenceLoader.readJson(Path.of(Cli.PHU_THONG), Cli.PHU_THONG));
    // when
    Result r = evaluate(Cli.PHU_THONG, "--format", "json");
    Scorecard card = Json.readScorecard("out.json", r.out());
    // then
    assertThat(r.status()).isZero();
    assertThat(card.unitCode()).isEqualTo(expected.unitCode());
    assertThat(card.periodId()).isEqualTo(expected.periodId());
    assertThat(card.catalogHash()).isEqualTo(expected.catalogHash());
    assertThat(card.total()).isEqualTo(expected.total());
    assertThat(card.index()).isEqualTo(expected.index());
    assertThat(card.indexRounded()).isEqualTo(expected.indexRounded());
    assertThat(card.band()).isEqualTo(expected.band());
    assertThat(card.nodes()).isEqualTo(expected.nodes());
    assertThat(card.findings()).isEqualTo(expected.findings());
    assertThat(card).isEqualTo(expected);
  }

  @Test
  void evaluate_csvEvidenceWithUnit_scoresLikeTheJsonFile() {
    // given
    Scorecard fromJson = Json.readScorecard("a", evaluate(Cli.PHU_THONG, "--format", "json").out());
    // when
    Result r = evaluate(Cli.EVIDENCE_CSV, "--unit", "01969", "--format", "json");
    Scorecard fromCsv = Json.readScorecard("b", r.out());
    // then
    assertThat(r.status()).isZero();
    assertThat(fromCsv.indexRounded()).isEqualTo(fromJson.indexRounded());
    assertThat(
            fromCsv.nodes().stream()
                .flatMap(n -> n.flatten().stream())
                .map(NodeResult::earned)
                .toList())
        .isEqualTo(
            fromJson.nodes().stream()
                .flatMap(n -> n.flatten().stream())
                .map(NodeResult::earned)
                .toList());
  }

  @Test
  void evaluate_directoryWithUnit_picksTheUnit() {
    Result r = evaluate(Cli.EVIDENCE_DIR, "--unit", "02002");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .startsWith("Xã Cao Sơn (02002)")
        .contains("Chỉ số: 35,16 · Xếp loại: Kém\n");
  }

  @Test
  void evaluate_csv_writesOneRowPerNodeWithAByteOrderMark() {
    // when
    Result r = evaluate(Cli.PHU_THONG, "--format", "csv");
    // then
    String[] lines = r.out().split("\r\n");
    Scorecard card = Json.readScorecard("x", evaluate(Cli.PHU_THONG, "--format", "json").out());
    long nodes = card.nodes().stream().mapToLong(n -> n.flatten().size()).sum();
    assertThat(r.out())
        .startsWith(
            "\uFEFFunit_code,unit_name,period,code,depth,title,channel,earned,max,applicable_max,"
                + "status,status_label\r\n");
    assertThat(lines).hasSize(1 + (int) nodes);
    assertThat(lines)
        .contains(
            "01969,Thị trấn Phủ Thông,2022,1,1,\"Công tác chỉ đạo, điều hành"
                + " CCHC\",appraisal,8.03,12,12,partial,Đạt một phần",
            "01969,Thị trấn Phủ Thông,2022,2.1,2,\"Ban hành văn bản QPPL đúng thẩm quyền, trình"
                + " tự\",appraisal,0,2,0,not_applicable,Không áp dụng",
            "01969,Thị trấn Phủ Thông,2022,3.2,2,Tỷ lệ hồ sơ giải quyết đúng"
                + " hạn,system,3,4,4,partial,Đạt một phần",
            "01969,Thị trấn Phủ Thông,2022,4.1,2,\"Phân công nhiệm vụ cán bộ, công chức phù hợp vị"
                + " trí việc làm\",appraisal,0,2,2,not_met,Không đạt");
  }

  @Test
  void evaluate_html_inEnglish() {
    Result r = evaluate(Cli.PHU_THONG, "--format", "html", "--lang", "en");
    assertThat(r.out())
        .contains("<h1 id=\"unit-name\">Thị trấn Phủ Thông</h1>")
        .contains("<span id=\"index\">77.06</span>")
        .contains("Findings and recommendations");
  }

  @Test
  void evaluate_out_writesCsvWithItsByteOrderMark(@TempDir Path dir) throws IOException {
    // given
    Path file = dir.resolve("phu-thong.csv");
    // when
    Result r = evaluate(Cli.PHU_THONG, "--format", "csv", "--out", file.toString());
    // then
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Thị trấn Phủ Thông");
  }

  @Test
  void evaluate_fixtureUnitFromJsonAndCsv_giveTheSameScorecard() {
    // when
    Result json =
        Cli.run(
            "evaluate",
            "--catalog",
            Cli.fixture("tiny.rubric"),
            "--evidence",
            Cli.fixture("tiny-an.json"),
            "--format",
            "json");
    Result csv =
        Cli.run(
            "evaluate",
            "--catalog",
            Cli.fixture("tiny.rubric"),
            "--evidence",
            Cli.fixture("tiny-units.csv"),
            "--unit",
            "01",
            "--format",
            "json");
    // then
    assertThat(json.status()).isZero();
    assertThat(csv.out()).isEqualTo(json.out());
    assertThat(Json.readScorecard("x", json.out()).indexRounded().toString()).isEqualTo("100");
  }

  // ---------------------------------------------------------------- bad input

  @Test
  void evaluate_missingEvidenceFile_namesItWithoutStackTrace() {
    Result r = evaluate("x.json", "--lang", "en");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: cannot read 'x.json': no such file\n");
  }

  @Test
  void evaluate_missingCatalogFile_namesIt() {
    Result r = Cli.runEn("evaluate", "--catalog", "nope.rubric", "--evidence", Cli.PHU_THONG);
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: cannot read 'nope.rubric': no such file\n");
  }

  @Test
  void evaluate_malformedJsonEvidence_namesFilePositionAndPath() {
    // given
    String file = Cli.fixture("bad-evidence.json");
    // when
    Result r = Cli.runEn("evaluate", "--catalog", Cli.fixture("tiny.rubric"), "--evidence", file);
    // then
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "error: "
                + file
                + ":6:69: $.evidence.dung_han.denominator: expected a non-negative decimal number"
                + " but found string \"abc\"\n");
  }

  @Test
  void evaluate_malformedCsvRow_namesFileLineAndColumn() {
    // given
    String file = Cli.fixture("bad-row.csv");
    // when
    Result r =
        Cli.runEn(
            "evaluate",
            "--catalog",
            Cli.fixture("tiny.rubric"),
            "--evidence",
            file,
            "--unit",
            "01");
    // then
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "error: "
                + file
                + ":3:29: column 'so_cuoc_hop' (count): expected a whole number such as '12' but"
                + " found 'abc'\n");
  }

  @Test
  void evaluate_unknownInputInCsvHeader_suggestsTheInput() {
    // given
    String file = Cli.fixture("unknown-input.csv");
    // when
    Result r = Cli.runEn("evaluate", "--catalog", Cli.fixture("tiny.rubric"), "--evidence", file);
    // then
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "error: "
                + file
                + ":1:63: unknown catalog input 'dung_hn' in header column 8; did you mean"
                + " 'dung_han'?\n");
  }

  @Test
  void evaluate_brokenCatalog_printsDiagnosticsAndExits1() {
    // given
    String file = Cli.fixture("broken.rubric");
    // when
    Result r = Cli.run("evaluate", "--catalog", file, "--evidence", Cli.fixture("tiny-an.json"));
    // then
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith(file + ":9:13: lỗi: tên 'ho_so_dung_hn' chưa được khai báo [RB204]\n")
        .endsWith("= gợi ý: có phải ý bạn là 'ho_so_dung_han'?\n")
        .doesNotContain("Exception");
  }

  @Test
  void evaluate_severalUnitsWithoutUnit_isAUsageError() {
    Result r = evaluate(Cli.EVIDENCE_CSV, "--lang", "en");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "error: '"
                + Cli.EVIDENCE_CSV
                + "' holds the evidence of 14 units; choose one with '--unit CODE' or rank them"
                + " with 'rubric rank'\n");
  }

  @Test
  void evaluate_unknownUnit_suggestsTheClosestCode() {
    Result r = evaluate(Cli.EVIDENCE_CSV, "--unit", "1969", "--lang", "en");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "error: no unit with code '1969' in '"
                + Cli.EVIDENCE_CSV
                + "'; did you mean '01969'?\n");
  }

  @Test
  void evaluate_unitBeforeABadRow_reportsTheBadRow(@TempDir Path dir) throws IOException {
    // given: the unit asked for is read before the bad row, which is reported all the same
    Path csv =
        Files.writeString(
            dir.resolve("units.csv"),
            "unit_code,unit_name,level,kind,parent_code,period,so_cuoc_hop\n"
                + "01,Xã An,commune,xa,,2022,4\n"
                + "02,Xã Bình,commune,xa,,2022,bốn\n");
    // when
    Result r =
        Cli.runEn(
            "evaluate",
            "--catalog",
            Cli.fixture("tiny.rubric"),
            "--evidence",
            csv.toString(),
            "--unit",
            "01");
    // then
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "error: "
                + csv
                + ":3:29: column 'so_cuoc_hop' (count): expected a whole number such as '12' but"
                + " found 'bốn'\n");
  }

  @Test
  void evaluate_catalogWithBest_scoresTheUnitAgainstItsWholeFile(@TempDir Path dir)
      throws IOException {
    // given
    Path catalog =
        Files.writeString(
            dir.resolve("best.rubric"),
            "catalog \"best\" version \"1.0.0\" {\n"
                + "  title \"Họp định kỳ\" en \"Meetings\"\n"
                + "  applies-to commune\n"
                + "  inputs { count so_cuoc_hop \"Số cuộc họp\" en \"Meetings held\" }\n"
                + "  area \"1\" \"Họp định kỳ\" en \"Meetings\" max 10 {\n"
                + "    points = so_cuoc_hop / best(so_cuoc_hop) * max\n"
                + "  }\n"
                + "  index percent\n"
                + "  round 2 half-up\n"
                + "  bands { \"Tốt\" en \"Good\" >= 90, otherwise \"Kém\" en \"Poor\" }\n"
                + "}\n");
    Path csv =
        Files.writeString(
            dir.resolve("units.csv"),
            "unit_code,unit_name,level,kind,parent_code,period,so_cuoc_hop\n"
                + "01,Xã An,commune,xa,,2022,2\n"
                + "02,Xã Bình,commune,xa,,2022,4\n"
                + "03,Xã Cầu Mới,commune,xa,,2022,8\n");
    // when
    Result r =
        Cli.run(
            "evaluate",
            "--catalog",
            catalog.toString(),
            "--evidence",
            csv.toString(),
            "--unit",
            "02",
            "--format",
            "json");
    // then: 4 of the best 8 meetings
    assertThat(r.status()).as(r.err()).isZero();
    Scorecard card = Json.readScorecard("out.json", r.out());
    assertThat(card.unitCode()).isEqualTo("02");
    assertThat(card.node("1").orElseThrow().earned().toString()).isEqualTo("5");
  }

  @Test
  void evaluate_evidenceOfAnotherKind_isRejected() {
    Result r = evaluate(Cli.CATALOG, "--lang", "en");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "error: cannot read '"
                + Cli.CATALOG
                + "': expected a .json, .csv or .xlsx evidence file or a directory of them\n");
  }

  @Test
  void evaluate_unknownFormat_isAUsageError() {
    Result r = evaluate(Cli.PHU_THONG, "--format", "xml", "--lang", "en");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "error: option '--format' expects text, json, csv, html, sarif but found 'xml'\n");
  }
}
