package dev.rubric.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code docs/spark.md shows runs, and the page shows it as it is here. */
class SparkDocsTest {

  private static final SparkSession SPARK = LocalSpark.session();

  @Test
  void evaluateRegion_readsCsvEvaluatesAndRanks(@TempDir Path dir) throws IOException {
    // given: a CSV evidence file of three communes, one with a bad count
    Path csv = dir.resolve("units.csv");
    Files.writeString(
        csv,
        "# hồ sơ năm 2025\n"
            + "unit_code,unit_name,level,kind,parent_code,period,ke_hoach_cchc,bao_cao_cchc,"
            + "ho_so_giai_quyet,ho_so_dung_han,ho_so_truc_tuyen,ho_so_qua_han,province_code\n"
            + "00001,Xã Hòa Bình,commune,xa,001,2025,12/KH-UBND;2025-01-20,3/BC-UBND;2025-12-01,"
            + "58/60,57/58,40/60,1,01\n"
            + "00002,Xã Tân Lộc,commune,xa,001,2025,13/KH-UBND;2025-01-10,4/BC-UBND;2025-12-01,"
            + "30/30,30/30,29/30,0,01\n"
            + "00003,Xã Đức Mỹ,commune,xa,001,2025,14/KH-UBND;2025-01-10,5/BC-UBND;2025-12-01,"
            + "30/30,30/30,29/30,hai,01\n",
        StandardCharsets.UTF_8);
    String catalogText = Files.readString(Path.of("data", "national.rubric"));
    String evidencePath = csv.toString();
    SparkSession spark = SPARK;

    // when
    // docs:evaluate
    SparkCatalog catalog =
        SparkCatalog.compile("national.rubric", catalogText).withKept("province_code");
    Dataset<Row> evidence =
        spark
            .read()
            .option("header", true)
            .option("comment", "#")
            .schema(catalog.evidenceTextSchema().add("province_code", "string"))
            .csv(evidencePath);
    Dataset<Row> results = catalog.evaluate(evidence);
    Dataset<Row> ranked = SparkRanking.rank(results, "province_code", "province_rank");
    Dataset<Row> bands = SparkRanking.bandDistribution(results, "province_code");
    // end docs:evaluate
    List<Row> rows = ranked.orderBy("unit_code").collectAsList();

    // then
    assertThat(rows)
        .extracting(
            r -> r.getAs("unit_code"),
            r -> r.getAs("status"),
            r -> r.getAs("province_rank"),
            r -> r.getAs("problem_column"))
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("00001", "evaluated", 2, null),
            org.assertj.core.api.Assertions.tuple("00002", "evaluated", 1, null),
            org.assertj.core.api.Assertions.tuple("00003", "rejected", null, "ho_so_qua_han"));
    assertThat(bands.count()).isPositive();
    assertThat(Files.readString(Path.of("..", "docs", "spark.md"), StandardCharsets.UTF_8))
        .contains("```java\n" + region("evaluate") + "```\n");
  }

  /**
   * The lines between {@code // docs:NAME} and {@code // end docs:NAME} of this file, de-indented.
   */
  private static String region(String name) throws IOException {
    List<String> lines =
        Files.readAllLines(
            Path.of("src/test/java/dev/rubric/spark/SparkDocsTest.java"), StandardCharsets.UTF_8);
    int start = lines.indexOf("    // docs:" + name) + 1;
    int end = lines.indexOf("    // end docs:" + name);
    assertThat(start).isPositive();
    assertThat(end).isGreaterThan(start);
    StringBuilder b = new StringBuilder();
    for (String line : lines.subList(start, end)) {
      b.append(line.length() >= 4 ? line.substring(4) : line.strip()).append('\n');
    }
    return b.toString();
  }
}
