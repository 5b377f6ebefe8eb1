package dev.rubric.spark.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.cohort.Ranking;
import dev.rubric.core.csv.CsvEvidenceReader;
import dev.rubric.core.csv.CsvFormatException;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.spark.LocalSpark;
import dev.rubric.spark.SparkCatalog;
import dev.rubric.spark.SparkRanking;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The national job on 2,000 communes in local mode: Spark's results equal the library's own
 * single-JVM evaluation of the same evidence, unit for unit.
 */
class NationalJobTest {

  private static final SparkSession SPARK = LocalSpark.session();

  private static final NationalData DATA =
      new NationalData(NationalData.Layout.PROVINCES_63, 2_000, 17, 30);

  /** The evidence rows, collected once; Spark aggregated them from the raw records. */
  private static final List<Row> EVIDENCE = DATA.evidence(SPARK).collectAsList();

  private static final List<String> HEADER =
      List.of(
          "unit_code",
          "unit_name",
          "level",
          "kind",
          "parent_code",
          "period",
          "ke_hoach_cchc",
          "bao_cao_cchc",
          "ho_so_giai_quyet",
          "ho_so_dung_han",
          "ho_so_truc_tuyen",
          "ho_so_qua_han");

  /** What the library gives a unit, and what Spark gives it, in one comparable line. */
  private static String line(
      String index, String band, List<String> areas, List<String> findings, Object rank) {
    return index + " | " + band + " | " + areas + " | " + findings + " | rank " + rank;
  }

  /** One evidence row as a CSV file of one unit. */
  private static String csv(Row row) {
    StringBuilder b = new StringBuilder(String.join(",", HEADER)).append('\n');
    for (int i = 0; i < HEADER.size(); i++) {
      Object v = row.getAs(HEADER.get(i));
      b.append(i == 0 ? "" : ",").append(v == null ? "" : v.toString());
    }
    return b.append('\n').toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"national.rubric", "national-relative.rubric"})
  void evaluate_2000Communes_equalsTheSingleJvmEvaluationUnitForUnit(String catalogFile)
      throws IOException {
    // given: the library reads each evidence row with its CSV reader, then evaluates every
    // province's communes with the streaming evaluation and ranks them with rubric-cohort
    String text = Files.readString(Path.of("data", catalogFile));
    SparkCatalog catalog =
        SparkCatalog.compile(catalogFile, text)
            .withKept("district_code", "province_code")
            .withCohort("province_code");
    CompiledCatalog compiled = catalog.catalog();
    Map<String, String> rejected = new TreeMap<>();
    Map<String, List<EvidenceFile>> byProvince = new TreeMap<>();
    Map<String, String> districtOf = new TreeMap<>();
    for (Row r : EVIDENCE) {
      String unit = r.getAs("unit_code");
      try {
        EvidenceFile f = CsvEvidenceReader.read(unit + ".csv", csv(r), compiled.catalog()).get(0);
        byProvince.computeIfAbsent(r.getAs("province_code"), p -> new ArrayList<>()).add(f);
        districtOf.put(unit, r.getAs("district_code"));
      } catch (CsvFormatException e) {
        rejected.put(unit, e.getMessage());
      }
    }
    Map<String, String> expected = new TreeMap<>();
    Map<String, Long> expectedBands = new TreeMap<>();
    Map<String, List<Scorecard>> byDistrict = new TreeMap<>();
    Map<String, Scorecard> cards = new TreeMap<>();
    for (Map.Entry<String, List<EvidenceFile>> p : byProvince.entrySet()) {
      List<Scorecard> province = new ArrayList<>();
      compiled.evaluateAll(p.getValue(), province::add);
      for (Scorecard c : province) {
        cards.put(c.unitCode(), c);
        byDistrict.computeIfAbsent(districtOf.get(c.unitCode()), d -> new ArrayList<>()).add(c);
      }
      Ranking ranking = Ranking.of(compiled.catalog(), province);
      for (Ranking.Row row : ranking.rows()) {
        Scorecard c = cards.get(row.summary().unitCode());
        expected.put(
            c.unitCode(),
            line(
                c.indexRounded().toString(c.indexDecimals()),
                c.band().orElseThrow().vi(),
                c.nodes().stream().map(NodeResult::earned).map(Object::toString).toList(),
                c.findings().stream().map(f -> f.code() + ":" + f.severity()).toList(),
                row.rank()));
      }
      ranking
          .distribution()
          .forEach(
              b -> {
                if (b.count() > 0) {
                  expectedBands.put(p.getKey() + " " + b.band().vi(), (long) b.count());
                }
              });
    }
    Map<String, Integer> expectedDistrictRank = new TreeMap<>();
    byDistrict.forEach(
        (d, list) ->
            Ranking.of(compiled.catalog(), list)
                .rows()
                .forEach(r -> expectedDistrictRank.put(r.summary().unitCode(), r.rank())));

    // when
    Dataset<Row> results =
        SparkRanking.rank(
            SparkRanking.rank(
                catalog.evaluate(DATA.evidence(SPARK)), "province_code", "province_rank"),
            "district_code",
            "district_rank");
    results.cache();
    List<Row> rows = results.collectAsList();
    Map<String, Long> bands = new TreeMap<>();
    SparkRanking.bandDistribution(results, "province_code")
        .collectAsList()
        .forEach(r -> bands.put(r.getString(0) + " " + r.getString(1), r.getLong(2)));
    results.unpersist();

    // then
    Map<String, String> actual = new TreeMap<>();
    Map<String, String> actualRejected = new TreeMap<>();
    Map<String, Integer> actualDistrictRank = new TreeMap<>();
    for (Row r : rows) {
      String unit = r.getAs("unit_code");
      if (SparkCatalog.REJECTED.equals(r.getAs("status"))) {
        actualRejected.put(unit, r.getAs("problem_column") + ": " + r.getAs("problem_reason"));
        continue;
      }
      List<String> areas = new ArrayList<>();
      for (Row a : r.<Row>getList(r.fieldIndex("areas"))) {
        areas.add(a.getString(1));
      }
      List<String> findings = new ArrayList<>();
      for (Row f : r.<Row>getList(r.fieldIndex("findings"))) {
        findings.add(f.getString(0) + ":" + f.getString(1).toUpperCase(java.util.Locale.ROOT));
      }
      actual.put(
          unit, line(r.getAs("index"), r.getAs("band"), areas, findings, r.getAs("province_rank")));
      actualDistrictRank.put(unit, r.getAs("district_rank"));
    }
    assertThat(rows).hasSize(DATA.communes());
    assertThat(actual).hasSize(expected.size()).isEqualTo(expected);
    assertThat(actualDistrictRank).isEqualTo(expectedDistrictRank);
    assertThat(bands).isEqualTo(expectedBands);
    // the bad cells the generator plants: Spark rejects exactly the rows the CSV reader refuses,
    // naming the column and the reason the reader gives
    assertThat(actualRejected.keySet()).isNotEmpty().isEqualTo(rejected.keySet());
    actualRejected.forEach(
        (unit, problem) ->
            assertThat(rejected.get(unit))
                .contains("column '" + problem.substring(0, problem.indexOf(':')) + "'")
                .endsWith(problem.substring(problem.indexOf(": ") + 2)));
  }

  @Test
  void run_twoLevelLayout_writesSortedParquetAndCsvOutputs(@TempDir Path out) throws IOException {
    // given
    NationalJob.Options options =
        new NationalJob.Options(
            Path.of("data", "national.rubric"),
            out.toString(),
            new NationalData(NationalData.Layout.PROVINCES_34, 300, 5, 20),
            3);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    // when
    NationalJob.run(SPARK, options, new PrintStream(printed, true, StandardCharsets.UTF_8));

    // then
    List<String> lines = csvLines(out.resolve("results-csv"));
    assertThat(lines.get(0))
        .isEqualTo(
            "unit_code,unit_name,parent_code,province_code,period,status,index,band,"
                + "district_rank,province_rank,problem_column,problem_reason,areas");
    List<String> units = lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
    assertThat(units).hasSize(300).isSorted().doesNotHaveDuplicates();
    // RFC 4180: the quotes of the areas' JSON are doubled, never escaped with a backslash
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"\"code\"\":"));
    assertThat(lines).noneSatisfy(l -> assertThat(l).contains("\\\""));
    assertThat(SPARK.read().parquet(out.resolve("results").toString()).count()).isEqualTo(300);
    assertThat(csvLines(out.resolve("bands-csv")).get(0)).isEqualTo("province_code,band,units");
    assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("300 units (");
  }

  @Test
  void parse_unknownOption_namesItAndTheUsage() {
    assertThatThrownBy(() -> NationalJob.parse(new String[] {"--catalog", "x", "--cmmunes", "5"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown option '--cmmunes'; usage: --catalog FILE --out DIR");
  }

  @Test
  void communes_sameSeed_sameNamesAndCodes() {
    Function<Long, Map<String, String>> names =
        seed ->
            new NationalData(NationalData.Layout.PROVINCES_63, 200, seed, 10)
                .communes(SPARK).collectAsList().stream()
                    .collect(
                        Collectors.toMap(
                            r -> r.getString(0),
                            r -> r.getString(1),
                            (a, b) -> a,
                            LinkedHashMap::new));

    assertThat(names.apply(3L)).isEqualTo(names.apply(3L)).isNotEqualTo(names.apply(4L));
  }

  private static List<String> csvLines(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      Path part =
          files.filter(p -> p.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow();
      return Files.readAllLines(part, StandardCharsets.UTF_8);
    }
  }
}
