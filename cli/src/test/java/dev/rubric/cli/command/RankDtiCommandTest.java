package dev.rubric.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rubric.cli.Cli;
import dev.rubric.cli.Cli.Result;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code rubric rank} over the second bundled catalog, the sample commune digital-transformation
 * index {@code cds-xa} 2022.1.0, and its synthetic Bạch Thông data: a weighted index from 0 to 1
 * with four decimals (the hand-computed values are in the examples module's BundledDtiDataTest).
 */
class RankDtiCommandTest {
  static final String CATALOG = "../examples/data/catalogs/cds-xa-2022.rubric";
  static final String EVIDENCE = "../examples/data/evidence/bach-thong-cds-2022.csv";

  @Test
  void rank_json_ordersTheCommunesByTheirDigitalTransformationIndex() throws IOException {
    // when
    Result r = Cli.run("rank", "--catalog", CATALOG, "--evidence", EVIDENCE, "--format", "json");

    // then
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode ranking = new ObjectMapper().readTree(r.out());
    assertThat(ranking.get("catalogId").asText()).isEqualTo("cds-xa");
    assertThat(ranking.get("units").asInt()).isEqualTo(14);
    List<String> order = new ArrayList<>();
    ranking.get("rows").forEach(row -> order.add(row.get("unitCode").asText()));
    assertThat(order).hasSize(14).startsWith("02008").endsWith("02002");
    JsonNode first = ranking.get("rows").get(0);
    assertThat(first.get("rank").asInt()).isEqualTo(1);
    assertThat(first.get("indexRounded").decimalValue()).isEqualByComparingTo("0.9886");
    assertThat(first.get("band").get("vi").asText()).isEqualTo("Nâng cao");
    JsonNode last = ranking.get("rows").get(13);
    assertThat(last.get("rank").asInt()).isEqualTo(14);
    assertThat(last.get("indexRounded").decimalValue()).isEqualByComparingTo("0.2201");
    assertThat(last.get("band").get("en").asText()).isEqualTo("Starting");
  }

  @Test
  void rank_text_namesTheCatalogAndTheBands() {
    // when
    Result r = Cli.run("rank", "--catalog", CATALOG, "--evidence", EVIDENCE);

    // then
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .startsWith(
            "XẾP HẠNG · Bộ chỉ số mẫu đánh giá chuyển đổi số cấp xã (cds-xa 2022.1.0) · 14 đơn vị\n")
        .contains("01990  Xã Lục Bình")
        .contains("Nâng cao")
        .contains("Hình thành")
        .contains("Khởi động");
  }

  @Test
  void evaluate_phuThong_showsNoWorkingItsRoundedSharesWouldNotGiveBack() {
    // Phủ Thông's shares read 7/10, 8,89/10, …, 7,88/10: redone from those numbers the weighted
    // mean is 0,78995, which rounds to 0,7900, not the published 0,7899; so the page names the
    // formula and shows no working that does not add up
    Result r = Cli.run("evaluate", "--catalog", CATALOG, "--evidence", EVIDENCE, "--unit", "01969");

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("0,7899").contains("Σ wᵢ × vᵢ / Σ wᵢ").doesNotContain("/ 1000 =");
  }
}
