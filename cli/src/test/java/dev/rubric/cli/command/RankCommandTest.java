package dev.rubric.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rubric.cli.Cli;
import dev.rubric.cli.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rubric rank}: the units of Bạch Thông ranked by index. */
class RankCommandTest {

  private static Result rank(String evidence, String... more) {
    List<String> args =
        new ArrayList<>(List.of("rank", "--catalog", Cli.CATALOG, "--evidence", evidence));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void rank_text_listsUnitsBestFirstWithTiesSharingARank() {
    // when
    Result r = rank(Cli.EVIDENCE_CSV);
    // then
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .startsWith(
            "XẾP HẠNG · Bộ tiêu chí mẫu xác định Chỉ số CCHC cấp xã (áp dụng thử cho thị trấn)"
                + " (cchc-xa 2022.1.0) · 14 đơn vị\n")
        .contains("   1  01990  Xã Lục Bình         2022   98,35  Tốt\n")
        .contains("   5  01993  Xã Tân Tú           2022   87,57  Khá\n")
        .contains("   5  02014  Xã Dương Phong      2022   87,57  Khá\n")
        .contains("   7  02011  Xã Mỹ Thanh         2022   84,95  Khá\n")
        .contains("  10  01969  Thị trấn Phủ Thông  2022   77,06  Khá\n")
        .contains("  14  02002  Xã Cao Sơn          2022   35,16  Kém\n")
        .contains("PHÂN BỐ XẾP LOẠI\n")
        .contains("Tốt                 3  ███\n")
        .contains("Khá                 7  ███████\n")
        .contains("Kém                 1  █\n")
        .contains("ĐIỂM TRUNG BÌNH THEO LĨNH VỰC\n");
  }

  @Test
  void rank_json_hasRowsDistributionAndAreaAverages() throws Exception {
    // when
    Result r = rank(Cli.EVIDENCE_CSV, "--format", "json");
    JsonNode root = new ObjectMapper().readTree(r.out());
    // then
    assertThat(r.status()).isZero();
    assertThat(root.get("format").asText()).isEqualTo("rubric-ranking/1");
    assertThat(root.get("catalogId").asText()).isEqualTo("cchc-xa");
    assertThat(root.get("catalogVersion").asText()).isEqualTo("2022.1.0");
    assertThat(root.get("catalogHash").asText()).startsWith("sha256:");
    assertThat(root.get("units").asInt()).isEqualTo(14);
    List<Integer> ranks = new ArrayList<>();
    root.get("rows").forEach(row -> ranks.add(row.get("rank").asInt()));
    assertThat(ranks).containsExactly(1, 2, 3, 4, 5, 5, 7, 8, 9, 10, 11, 12, 13, 14);
    JsonNode phuThong = root.get("rows").get(9);
    assertThat(phuThong.get("unitCode").asText()).isEqualTo("01969");
    assertThat(phuThong.get("unitName").asText()).isEqualTo("Thị trấn Phủ Thông");
    assertThat(phuThong.get("periodId").asText()).isEqualTo("2022");
    assertThat(phuThong.get("indexRounded").decimalValue()).isEqualByComparingTo("77.06");
    assertThat(phuThong.get("band").get("vi").asText()).isEqualTo("Khá");
    assertThat(phuThong.get("band").get("en").asText()).isEqualTo("Fair");
    List<String> distribution = new ArrayList<>();
    root.get("distribution")
        .forEach(
            b -> distribution.add(b.get("band").get("vi").asText() + "=" + b.get("count").asInt()));
    assertThat(distribution).containsExactly("Tốt=3", "Khá=7", "Trung bình=3", "Kém=1");
    JsonNode firstArea = root.get("areaAverages").get(0);
    assertThat(root.get("areaAverages")).hasSize(11);
    assertThat(firstArea.get("code").asText()).isEqualTo("1");
    assertThat(firstArea.get("title").get("vi").asText())
        .isEqualTo("Công tác chỉ đạo, điều hành CCHC");
    assertThat(firstArea.get("max").decimalValue()).isEqualByComparingTo("12");
    assertThat(firstArea.get("averageEarned").decimalValue()).isEqualByComparingTo("8.84");
  }

  @Test
  void rank_csvFileAndDirectoryOfJsonFiles_rankAlike() {
    assertThat(rank(Cli.EVIDENCE_DIR, "--format", "json").out())
        .isEqualTo(rank(Cli.EVIDENCE_CSV, "--format", "json").out());
  }

  @Test
  void rank_output_isDeterministic() {
    assertThat(rank(Cli.EVIDENCE_DIR, "--format", "html").out())
        .isEqualTo(rank(Cli.EVIDENCE_DIR, "--format", "html").out());
  }

  @Test
  void rank_csv_writesOneRowPerUnitBestFirst() {
    // when
    Result r = rank(Cli.EVIDENCE_CSV, "--format", "csv");
    String[] lines = r.out().split("\r\n");
    // then
    assertThat(lines).hasSize(15);
    assertThat(lines[0])
        .isEqualTo(
            "\uFEFFrank,unit_code,unit_name,period,total,index,index_rounded,band,earned_1,earned_2,"
                + "earned_3,earned_4,earned_5,earned_6,earned_7,earned_8,earned_S,earned_B.1,"
                + "earned_P.1");
    assertThat(lines[10]).startsWith("10,01969,Thị trấn Phủ Thông,2022,").contains(",77.06,Khá,");
    assertThat(lines[5]).startsWith("5,01993,");
    assertThat(lines[6]).startsWith("5,02014,");
  }

  @Test
  void rank_html_chartsTheIndexByUnitAndTheBands() {
    // when
    String html = rank(Cli.EVIDENCE_CSV, "--format", "html", "--lang", "en").out();
    // then
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains(
            "<svg id=\"index-chart\"",
            "id=\"band-distribution\"",
            "<table id=\"ranking\">",
            "id=\"area-averages\"")
        .contains(">Thị trấn Phủ Thông</text>")
        .doesNotContain("<script", "src=", "@import", "url(");
    assertThat(html.split("<rect ", -1)).hasSize(15);
  }

  @Test
  void rank_fixtureUnits_sharesSecondPlace() {
    Result r =
        Cli.run(
            "rank",
            "--catalog",
            Cli.fixture("tiny.rubric"),
            "--evidence",
            Cli.fixture("tiny-units.csv"),
            "--lang",
            "en");
    assertThat(r.out())
        .contains("   1  01    Xã An          2022    100.00  Good\n")
        .contains("   2  02    Xã Bình        2022     44.44  Poor\n")
        .contains("   2  03    Xã Cầu Mới     2022     44.44  Poor\n")
        .contains("   4  04    Thị trấn Đông  2022     16.67  Poor\n");
  }

  @Test
  void rank_malformedRow_namesTheLine() {
    String file = Cli.fixture("bad-row.csv");
    Result r = Cli.runEn("rank", "--catalog", Cli.fixture("tiny.rubric"), "--evidence", file);
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: " + file + ":3:29: ");
  }

  @Test
  void rank_missingEvidence_namesIt() {
    Result r = rank("nowhere.csv", "--lang", "en");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: cannot read 'nowhere.csv': no such file\n");
  }

  /**
   * Writes {@code units} rows for the tiny catalog, the last with {@code lastMeetings} meetings,
   * and returns the file.
   */
  private static Path units(Path file, int units, String lastMeetings) throws IOException {
    StringBuilder csv =
        new StringBuilder(
            "unit_code,unit_name,level,kind,parent_code,period,so_cuoc_hop,dung_han\n");
    for (int i = 0; i < units; i++) {
      csv.append(String.format("%05d,Xã Đồng Tâm %d,commune,xa,,2022,", i, i))
          .append(i == units - 1 ? lastMeetings : Integer.toString(i % 5))
          .append(",412/420\n");
    }
    return Files.writeString(file, csv);
  }

  @Test
  void rank_badRowAtTheEndOfALargeFile_reportsItsPositionAndWritesNothing(@TempDir Path dir)
      throws IOException {
    // given: rows are read as they are ranked; the bad one is the last of 5,000
    Path csv = units(dir.resolve("xã.csv"), 5_000, "mười");
    Path out = dir.resolve("ranking.html");
    // when
    Result r =
        Cli.runEn(
            "rank",
            "--catalog",
            Cli.fixture("tiny.rubric"),
            "--evidence",
            csv.toString(),
            "--format",
            "html",
            "--out",
            out.toString());
    // then
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "error: "
                + csv
                + ":5001:"
                + ("04999,Xã Đồng Tâm 4999,commune,xa,,2022,".length() + 1)
                + ": column 'so_cuoc_hop' (count): expected a whole number such as '12' but"
                + " found 'mười'\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void rank_unitInTwoFilesOfADirectory_namesBothFilesAndPrintsNoRanking(@TempDir Path dir)
      throws IOException {
    // given
    units(dir.resolve("a.csv"), 300, "1");
    units(dir.resolve("b.csv"), 2, "2");
    // when
    Result r =
        Cli.runEn("rank", "--catalog", Cli.fixture("tiny.rubric"), "--evidence", dir.toString());
    // then
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "error: duplicate unit '00000' for period 2022 in '"
                + dir.resolve("a.csv")
                + "' and '"
                + dir.resolve("b.csv")
                + "'\n");
  }

  @Test
  void rank_headerOnly_holdsNoUnitToRank(@TempDir Path dir) throws IOException {
    // given
    Path csv = units(dir.resolve("units.csv"), 0, "");
    // when
    Result r =
        Cli.runEn("rank", "--catalog", Cli.fixture("tiny.rubric"), "--evidence", csv.toString());
    // then
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: '" + csv + "' holds no unit to rank\n");
  }
}
