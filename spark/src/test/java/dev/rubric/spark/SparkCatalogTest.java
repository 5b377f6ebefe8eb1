package dev.rubric.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.rubric.cohort.Ranking;
import dev.rubric.core.csv.CsvEvidenceReader;
import dev.rubric.core.csv.CsvFormatException;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class SparkCatalogTest {

  private static final SparkSession SPARK = LocalSpark.session();

  private static final String HEADER =
      "unit_code,unit_name,level,kind,parent_code,period,ke_hoach_cchc,bao_cao_cchc,"
          + "ho_so_giai_quyet,ho_so_dung_han,ho_so_truc_tuyen,ho_so_qua_han";

  /** Rows of the national catalog's evidence, as CSV cells; 00003 and 00005 have a bad cell. */
  private static final List<String> ROWS =
      List.of(
          "00001,Xã Hòa Bình,commune,xa,001,2025,12/KH-UBND;2025-01-20,3/BC-UBND;2025-12-01,"
              + "58/60,57/58,40/60,1",
          "00002,Phường Tân Lộc,commune,phuong,001,2025,13/KH-UBND;2025-02-20,,30/30,30/30,9/30,0",
          "00003,Xã Đức Mỹ,commune,xa,001,2025,14/KH-UBND;20/01/2025,4/BC-UBND;2025-12-10,"
              + "10/12,9/10,2/12,1",
          "00004,Xã An Hà,commune,xa,002,2025,,5/BC-UBND;2025-12-20,20/20,20/20,20/20,0",
          "00005,Xã Long Yên,commune,xa,002,2025,15/KH-UBND;2025-01-05,6/BC-UBND;2025-12-02,"
              + "20/20,20/20,5/20,ba",
          "00006,Xã Minh Khánh,commune,xa,002,2025,16/KH-UBND;2025-01-20,7/BC-UBND;2025-12-01,"
              + "58/60,57/58,40/60,1");

  private static String catalogText(String file) {
    try {
      return Files.readString(Path.of("data", file));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static SparkCatalog national() {
    return SparkCatalog.compile("national.rubric", catalogText("national.rubric"))
        .withScorecardJson(true);
  }

  /** The rows as a Dataset of the text schema, with a province column to keep. */
  private static Dataset<Row> textRows(SparkCatalog catalog, List<String> rows) {
    List<Row> data = new ArrayList<>();
    for (String r : rows) {
      List<Object> cells = new ArrayList<>(Arrays.asList((Object[]) r.split(",", -1)));
      for (int i = 0; i < cells.size(); i++) {
        if ("".equals(cells.get(i))) {
          cells.set(i, null);
        }
      }
      cells.add(((String) cells.get(4)).equals("001") ? "01" : "02");
      data.add(RowFactory.create(cells.toArray()));
    }
    StructType schema = catalog.evidenceTextSchema().add("province_code", "string");
    return SPARK.createDataFrame(data, schema);
  }

  /** Returns the result rows by unit code. */
  private static Map<String, Row> byUnit(Dataset<Row> results) {
    return results.collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("unit_code"), r -> r, (a, b) -> a, TreeMap::new));
  }

  @Test
  void evaluate_textRows_givesTheLibrarysScorecardsAndRejectsBadRowsWithColumnAndReason() {
    // given
    SparkCatalog catalog = national().withKept("province_code");
    List<String> good = List.of(ROWS.get(0), ROWS.get(1), ROWS.get(3), ROWS.get(5));
    List<EvidenceFile> files =
        CsvEvidenceReader.read(
            "good.csv", HEADER + "\n" + String.join("\n", good), catalog.catalog().catalog());

    // when
    Map<String, Row> results = byUnit(catalog.evaluate(textRows(catalog, ROWS)));

    // then
    for (EvidenceFile f : files) {
      Scorecard card = catalog.catalog().evaluate(f);
      Row r = results.get(f.unit().code());
      assertThat((String) r.getAs("scorecard_json")).isEqualTo(Json.write(card));
      assertThat((String) r.getAs("index")).isEqualTo(card.indexRounded().toString(2));
      assertThat((String) r.getAs("status")).isEqualTo(SparkCatalog.EVALUATED);
      assertThat((String) r.getAs("province_code"))
          .isEqualTo(f.unit().parentCode().get().equals("001") ? "01" : "02");
    }
    assertThat(List.of(results.get("00003"), results.get("00005")))
        .extracting(
            r -> r.getAs("status"),
            r -> r.getAs("problem_column"),
            r -> r.getAs("problem_reason"),
            r -> r.getAs("index"))
        .containsExactly(
            tuple(
                SparkCatalog.REJECTED,
                "ke_hoach_cchc",
                "expected a date yyyy-mm-dd such as '2022-01-20' but found '20/01/2025'",
                null),
            tuple(
                SparkCatalog.REJECTED,
                "ho_so_qua_han",
                "expected a whole number such as '12' but found 'ba'",
                null));
  }

  @Test
  void evaluate_unitGivenTwice_rejectsBothRowsAsTheCsvReaderRefusesThem() {
    SparkCatalog catalog = national();

    Map<String, List<String>> problems = new TreeMap<>();
    catalog
        .evaluate(
            textRows(catalog, List.of(ROWS.get(0), ROWS.get(1), ROWS.get(1))).drop("province_code"))
        .collectAsList()
        .forEach(
            r ->
                problems
                    .computeIfAbsent(r.getAs("unit_code"), u -> new ArrayList<>())
                    .add(r.getAs("status") + " " + r.getAs("problem_reason")));

    assertThat(problems)
        .containsEntry("00001", List.of("evaluated null"))
        .containsEntry(
            "00002",
            List.of(
                "rejected duplicate unit '00002' for period 2025 (2 rows)",
                "rejected duplicate unit '00002' for period 2025 (2 rows)"));
  }

  @Test
  void evaluate_typedColumns_giveTheSameResultsAsCellText() {
    // given: ho_so_qua_han as a long column, the rest as text
    SparkCatalog catalog = national();
    Dataset<Row> text = textRows(catalog, List.of(ROWS.get(0), ROWS.get(1))).drop("province_code");
    Dataset<Row> typed =
        text.withColumn("ho_so_qua_han", text.col("ho_so_qua_han").cast("bigint"))
            .withColumn("period", text.col("period").cast("int"));

    // when
    Map<String, Row> fromText = byUnit(catalog.evaluate(text));
    Map<String, Row> fromTyped = byUnit(catalog.evaluate(typed));

    // then
    assertThat(fromTyped.keySet()).containsExactly("00001", "00002");
    fromText.forEach(
        (unit, r) ->
            assertThat((String) fromTyped.get(unit).getAs("scorecard_json"))
                .isEqualTo(r.getAs("scorecard_json")));
  }

  @Test
  void evidenceSchema_typesEachInputByItsDeclaration() {
    StructType schema = national().evidenceSchema();

    assertThat(schema.fields())
        .extracting(f -> f.name() + ":" + f.dataType().simpleString())
        .containsExactly(
            "unit_code:string",
            "unit_name:string",
            "level:string",
            "kind:string",
            "parent_code:string",
            "period:int",
            "ke_hoach_cchc:string",
            "bao_cao_cchc:string",
            "ho_so_giai_quyet:string",
            "ho_so_dung_han:string",
            "ho_so_truc_tuyen:string",
            "ho_so_qua_han:bigint");
  }

  @Test
  void evaluate_misspeltInputColumn_isRefusedOnTheDriverWithASuggestion() {
    SparkCatalog catalog = national();
    Dataset<Row> rows =
        textRows(catalog, List.of(ROWS.get(0))).withColumnRenamed("ho_so_qua_han", "ho_so_qua_hn");

    assertThatThrownBy(() -> catalog.evaluate(rows))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("unknown catalog input 'ho_so_qua_hn'")
        .hasMessageContaining("did you mean 'ho_so_qua_han'?");
  }

  @Test
  void rank_equalIndexes_shareTheRankOfTheFirstAsTheLibrarysRankingDoes() {
    // given: 00001 and 00006 have the same evidence, so the same index
    SparkCatalog catalog = national().withKept("province_code");
    List<String> good = List.of(ROWS.get(0), ROWS.get(1), ROWS.get(3), ROWS.get(5));
    CompiledCatalog compiled = catalog.catalog();
    List<Scorecard> cards =
        compiled.evaluateAll(
            CsvEvidenceReader.read(
                "good.csv", HEADER + "\n" + String.join("\n", good), compiled.catalog()));
    Map<String, Integer> expected = new TreeMap<>();
    Ranking.of(compiled.catalog(), cards)
        .rows()
        .forEach(r -> expected.put(r.summary().unitCode(), r.rank()));

    // when: one group holding every unit
    Dataset<Row> ranked =
        SparkRanking.rank(
            catalog
                .evaluate(textRows(catalog, ROWS))
                .withColumn("all", org.apache.spark.sql.functions.lit("vn")),
            "all",
            "rank");

    // then
    Map<String, Object> actual = new TreeMap<>();
    byUnit(ranked).forEach((u, r) -> actual.put(u, r.getAs("rank")));
    assertThat(actual).containsEntry("00003", null).containsEntry("00005", null);
    expected.forEach((u, rank) -> assertThat(actual).containsEntry(u, rank));
    assertThat(expected.values()).containsExactlyInAnyOrder(1, 1, 3, 4);
  }

  @Test
  void evaluate_cohortCatalog_comparesEachUnitWithTheBestOfItsGroupOnly() {
    // given: best(ho_so_truc_tuyen) per province
    SparkCatalog catalog =
        SparkCatalog.compile("national-relative.rubric", catalogText("national-relative.rubric"))
            .withKept("province_code")
            .withCohort("province_code")
            .withScorecardJson(true);
    CompiledCatalog compiled = catalog.catalog();
    Map<String, String> expected = new TreeMap<>();
    for (List<String> province :
        List.of(List.of(ROWS.get(0), ROWS.get(1)), List.of(ROWS.get(3), ROWS.get(5)))) {
      List<EvidenceFile> files =
          CsvEvidenceReader.read(
              "p.csv", HEADER + "\n" + String.join("\n", province), compiled.catalog());
      compiled.evaluateAll(files, card -> expected.put(card.unitCode(), Json.write(card)));
    }

    // when
    Map<String, Row> results = byUnit(catalog.evaluate(textRows(catalog, ROWS)));

    // then
    assertThat(compiled.needsCohort()).isTrue();
    expected.forEach(
        (unit, json) ->
            assertThat((String) results.get(unit).getAs("scorecard_json")).isEqualTo(json));
    assertThat((String) results.get("00005").getAs("status")).isEqualTo(SparkCatalog.REJECTED);
  }
}
