package dev.rubric.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rubric.cli.Cli;
import dev.rubric.cli.Cli.Result;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rubric rank --robustness}: how Bạch Thông's ranking holds when the weights move. */
class RankRobustnessCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Result rank(String... more) {
    List<String> args =
        new ArrayList<>(List.of("rank", "--catalog", Cli.CATALOG, "--evidence", Cli.EVIDENCE_CSV));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void robustness_json_nominalRanksAreThePublishedRanking() throws Exception {
    // when
    Result robust = rank("--robustness", "--runs", "200", "--perturb", "40%", "--format", "json");
    Result ranking = rank("--format", "json");
    // then
    assertThat(robust.status()).isZero();
    assertThat(robust.err()).isEmpty();
    JsonNode units = MAPPER.readTree(robust.out()).get("units");
    JsonNode rows = MAPPER.readTree(ranking.out()).get("rows");
    assertThat(units).hasSize(14);
    for (int i = 0; i < rows.size(); i++) {
      assertThat(units.get(i).get("unitCode").asText())
          .isEqualTo(rows.get(i).get("unitCode").asText());
      assertThat(units.get(i).get("rank").asInt()).isEqualTo(rows.get(i).get("rank").asInt());
      assertThat(units.get(i).get("index").decimalValue())
          .isEqualByComparingTo(rows.get(i).get("indexRounded").decimalValue());
      int low = units.get(i).get("lowRank").asInt();
      int high = units.get(i).get("highRank").asInt();
      int median = units.get(i).get("medianRank").asInt();
      assertThat(low).isLessThanOrEqualTo(median);
      assertThat(median).isLessThanOrEqualTo(high);
      assertThat(units.get(i).get("bandChange").get("of").asInt()).isEqualTo(200);
      assertThat(units.get(i).get("leaveOneOut")).hasSize(9);
    }
    // ±40% moves some ranks of Bạch Thông
    assertThat(units.findValues("highRank").stream().map(JsonNode::asInt).toList())
        .isNotEqualTo(units.findValues("lowRank").stream().map(JsonNode::asInt).toList());
  }

  @Test
  void robustness_sameSeed_givesByteIdenticalOutput() {
    String[] args = {"--robustness", "--runs", "300", "--seed", "11", "--format", "json"};
    Result first = rank(args);
    assertThat(first.status()).isZero();
    assertThat(rank(args).out()).isEqualTo(first.out());
    assertThat(rank("--robustness", "--runs", "300", "--seed", "11", "--format", "csv").out())
        .isEqualTo(rank("--robustness", "--runs", "300", "--seed", "11", "--format", "csv").out());
  }

  @Test
  void robustness_areaSpread_isWrittenInTheMethod() throws Exception {
    Result r =
        rank(
            "--robustness",
            "--runs",
            "50",
            "--perturb",
            "12,5%",
            "--perturb-area",
            "S=0%",
            "--format",
            "json");
    assertThat(r.status()).isZero();
    JsonNode method = MAPPER.readTree(r.out()).get("method");
    assertThat(method.get("spreadPercent").decimalValue()).isEqualByComparingTo("12.5");
    assertThat(method.get("areaSpreadPercent").get("S").asInt()).isZero();
  }

  @Test
  void robustness_csvInTheVietnameseDialect_hasSemicolonsAndDecimalCommas() {
    Result standard = rank("--robustness", "--runs", "50", "--format", "csv");
    Result vi = rank("--robustness", "--runs", "50", "--format", "csv", "--csv-dialect", "vi");

    assertThat(vi.status()).isZero();
    assertThat(standard.out()).contains(",98.35,").doesNotContain(";");
    assertThat(vi.out())
        .startsWith("\uFEFFrank;unit_code;unit_name;period;index;")
        .contains(";98,35;")
        .contains(";0,0000;");
  }

  @Test
  void robustness_html_outAsADirectory_isRefusedNotWrittenAsAFile(@TempDir Path dir) {
    Path named = dir.resolve("pages");
    Result r = rank("--robustness", "--runs", "10", "--format", "html", "--out", named + "/");

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("lỗi: không ghi được '" + named + "/': đây là một thư mục\n");
    assertThat(named).doesNotExist();
  }

  /** Returns standard error of a usage error, after checking its status and empty output. */
  private static String usageError(String... more) {
    Result r = rank(more);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    return r.err();
  }

  @Test
  void robustness_badSpread_isAUsageErrorInTheChosenLanguage() {
    assertThat(usageError("--robustness", "--perturb", "120%"))
        .startsWith(
            "lỗi: --perturb: cần tỉ lệ phần trăm từ 0 đến 99,9 với nhiều nhất một chữ số thập"
                + " phân, ví dụ 20%, nhưng có '120%'\n"
                + "Cách dùng: rubric rank --catalog FILE --evidence FILE [tùy chọn]\n");
    assertThat(usageError("--robustness", "--perturb", "abc", "--lang", "en"))
        .startsWith(
            "error: --perturb: expected a percentage from 0 to 99.9 with at most one decimal, e.g."
                + " 20%, but found 'abc'\n"
                + "Usage: rubric rank --catalog FILE --evidence FILE [options]\n");
  }

  @Test
  void robustness_badRunsAndAreas_areUsageErrors() {
    assertThat(usageError("--robustness", "--runs", "0", "--lang", "en"))
        .startsWith("error: --runs: expected a number of runs from 1 to 1000000 but found 0\n");
    assertThat(usageError("--robustness", "--perturb-area", "10%", "--lang", "en"))
        .startsWith("error: --perturb-area: expected CODE=PERCENT, e.g. 3=10%, but found '10%'\n");
    assertThat(usageError("--robustness", "--stable-width", "-1", "--lang", "en"))
        .startsWith(
            "error: --stable-width: expected a number of ranks of at least 0 but found -1\n");
  }

  @Test
  void robustnessOptions_withoutRobustness_areUsageErrors() {
    assertThat(usageError("--seed", "3"))
        .startsWith(
            "lỗi: --seed: chỉ dùng cùng --robustness nhưng không có --robustness\n"
                + "Cách dùng: rubric rank");
    assertThat(usageError("--runs", "10", "--lang", "en"))
        .startsWith(
            "error: --runs: expected --robustness with it but found none\nUsage: rubric rank");
  }

  @Test
  void robustness_unknownArea_isAUsageErrorNamingThePerturbedAreas() {
    assertThat(usageError("--robustness", "--perturb-area", "9=10%", "--lang", "en"))
        .startsWith(
            "error: --perturb-area: expected the code of an area whose weight moves (1, 2, 3, 4,"
                + " 5, 6, 7, 8, S) but found '9'\nUsage: rubric rank");
    assertThat(usageError("--robustness", "--perturb-area", "9=10%"))
        .startsWith(
            "lỗi: --perturb-area: cần mã của một lĩnh vực có trọng số thay đổi (1, 2, 3, 4, 5, 6,"
                + " 7, 8, S) nhưng có '9'\nCách dùng: rubric rank");
  }

  @Test
  void robustness_sameAreaTwice_isAUsageErrorNamingBothValues() {
    assertThat(
            usageError(
                "--robustness",
                "--perturb-area",
                "3=10%",
                "--perturb-area",
                "3=15%",
                "--lang",
                "en"))
        .startsWith(
            "error: --perturb-area: expected one spread per area but found area '3' twice"
                + " ('3=10%' and '3=15%')\nUsage: rubric rank");
    assertThat(usageError("--robustness", "--perturb-area", "S=0%", "--perturb-area", "S=0%"))
        .startsWith(
            "lỗi: --perturb-area: mỗi lĩnh vực chỉ có một biên độ nhưng lĩnh vực 'S' được cho hai"
                + " lần ('S=0%' và 'S=0%')\nCách dùng: rubric rank");
  }

  @Test
  void robustness_json_carriesTheCatalogHashOfTheRankingAndExactShifts() throws Exception {
    // numbers read as BigDecimal, not double, so that 20 decimals are read as written
    JsonNode robust =
        new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .readTree(rank("--robustness", "--runs", "20", "--format", "json").out());
    JsonNode ranking = MAPPER.readTree(rank("--format", "json").out());
    assertThat(robust.get("catalogHash").asText())
        .isEqualTo(ranking.get("catalogHash").asText())
        .matches("sha256:[0-9a-f]{64}");
    for (JsonNode area : robust.get("areas")) {
      // 14 units × 10 values of the weight; the mean is the total over them
      assertThat(area.get("shiftCases").asInt()).isEqualTo(140);
      assertThat(area.get("meanRankShift").decimalValue())
          .isEqualByComparingTo(
              area.get("rankShiftTotal")
                  .decimalValue()
                  .divide(BigDecimal.valueOf(140), 20, RoundingMode.HALF_EVEN));
      assertThat(area.get("meanIndexShift").decimalValue())
          .isEqualByComparingTo(
              area.get("indexShiftTotal")
                  .decimalValue()
                  .divide(BigDecimal.valueOf(140), 20, RoundingMode.HALF_EVEN));
    }
  }
}
