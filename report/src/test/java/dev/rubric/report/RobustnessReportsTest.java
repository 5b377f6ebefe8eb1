package dev.rubric.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.rubric.cohort.Ranking;
import dev.rubric.cohort.RankingAccumulator;
import dev.rubric.cohort.robust.AreaInfluence;
import dev.rubric.cohort.robust.RankRobustness;
import dev.rubric.cohort.robust.RobustnessAccumulator;
import dev.rubric.cohort.robust.RobustnessOptions;
import dev.rubric.cohort.robust.UnitRobustness;
import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rank-robustness reports of the bundled Bạch Thông units. */
class RobustnessReportsTest {

  private static final Path DATA = Path.of("../examples/data");

  private static RankRobustness analysis;
  private static CompiledCatalog catalog;
  private static List<EvidenceFile> cohort;

  @BeforeAll
  static void analyseBachThong() throws IOException {
    catalog =
        Rubric.standard()
            .compile(
                SourceText.of(
                    "cchc-xa-2022.rubric",
                    Files.readString(DATA.resolve("catalogs/cchc-xa-2022.rubric"))))
            .orElseThrow();
    RobustnessAccumulator accumulator = new RobustnessAccumulator(catalog.catalog());
    cohort =
        EvidenceLoader.load(
            DATA.resolve("evidence/bach-thong-2022.csv"), "bach-thong-2022.csv", catalog.catalog());
    catalog.evaluateAll(cohort, accumulator);
    // a wide spread, so that some ranks move and some bands change
    analysis =
        accumulator.analyse(
            RobustnessOptions.defaults().withRuns(200).withSpread(600).withAreaSpread("S", 0), 2);
  }

  @Test
  void json_bundledData_isValidAgainstTheSchema() throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                b ->
                    b.schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
            .getSchema(
                Files.readString(Path.of("../docs/schemas/robustness.schema.json")),
                InputFormat.JSON);

    String json = RobustnessJson.render(analysis);

    assertThat(schema.validate(json, InputFormat.JSON).stream().map(Error::toString)).isEmpty();
    assertThat(json)
        .startsWith("{\n  \"format\": \"rubric-robustness/1\",")
        .contains("\"areaSpreadPercent\": {\n      \"S\": 0\n    }")
        .endsWith("}\n");
  }

  @Test
  void analysis_wideSpread_movesSomeRanksAndShowsItInEveryFormat() {
    assertThat(analysis.units()).anyMatch(u -> u.intervalWidth() > 0);
    UnitRobustness moved =
        analysis.units().stream().filter(u -> u.intervalWidth() > 0).findFirst().orElseThrow();
    String interval = moved.lowRank() + "–" + moved.highRank();
    assertThat(RobustnessText.render(analysis, Language.EN, Ansi.OFF)).contains(interval);
    assertThat(RobustnessHtml.render(analysis, Language.VI)).contains(">" + interval + "<");
    assertThat(RobustnessCsv.render(analysis, Language.EN))
        .contains(
            ","
                + moved.medianRank()
                + ","
                + moved.lowRank()
                + ","
                + moved.highRank()
                + ","
                + moved.bandChanges()
                + ",");
  }

  @Test
  void chartTicks_labelEveryRankUpToTwentyUnits_thenRoundSteps() {
    assertThat(RobustnessHtml.ticks(14))
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    assertThat(RobustnessHtml.ticks(100))
        .containsExactly(1, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100);
    assertThat(RobustnessHtml.ticks(45)).containsExactly(1, 5, 10, 15, 20, 25, 30, 35, 40, 45);
    assertThat(RobustnessHtml.ticks(10000)).startsWith(1, 1000, 2000).endsWith(10000).hasSize(11);
  }

  @Test
  void json_carriesTheCatalogHashAndExactShiftTotalsWithTheirMeans() throws IOException {
    // numbers read as BigDecimal, not double, so that 20 decimals are read as written
    JsonNode json =
        new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .readTree(RobustnessJson.render(analysis));

    assertThat(json.get("catalogHash").asText())
        .isEqualTo(analysis.catalogHash())
        .matches("sha256:[0-9a-f]{64}");
    assertThat(json.get("areas")).hasSize(analysis.areas().size());
    for (int i = 0; i < analysis.areas().size(); i++) {
      AreaInfluence a = analysis.areas().get(i);
      JsonNode area = json.get("areas").get(i);
      assertThat(area.get("shiftCases").asLong()).isEqualTo(140);
      assertThat(area.get("rankShiftTotal").asLong()).isEqualTo(a.rankShiftTotal());
      assertThat(area.get("indexShiftTotal").decimalValue())
          .isEqualByComparingTo(a.indexShiftTotal().toBigDecimal());
      // a mean is the total over the 140 shifts, to Decimal.divide's 20 decimals: exact when the
      // quotient ends there, as a total of 7 gives 0.05
      BigDecimal mean = area.get("meanRankShift").decimalValue();
      assertThat(mean)
          .isEqualByComparingTo(
              BigDecimal.valueOf(a.rankShiftTotal())
                  .divide(BigDecimal.valueOf(140), 20, RoundingMode.HALF_EVEN));
      assertThat(area.get("meanIndexShift").decimalValue())
          .isEqualByComparingTo(
              a.indexShiftTotal()
                  .toBigDecimal()
                  .divide(BigDecimal.valueOf(140), 20, RoundingMode.HALF_EVEN));
    }
    // the wide spread moves ranks: some area has a mean that is not a finite decimal of 2 places
    assertThat(analysis.areas()).anyMatch(a -> a.meanRankShift().scale() > 2);
  }

  @Test
  void html_hasTheBandLegendOfTheRankingPage() {
    String page = RobustnessHtml.render(analysis, Language.VI);
    String legend = legend(page);
    assertThat(legend)
        .startsWith("<ul id=\"band-legend\" class=\"legend\">\n")
        .contains("<li><span class=\"swatch fill b0\"></span>Tốt: từ 90 trở lên</li>")
        .contains("Khá: từ 70 đến dưới 90")
        .contains("Kém: dưới 50");
    // the same legend, written by the same code, as the ranking page of the catalog
    assertThat(legend(RankingHtml.render(rankingOfBachThong(), Language.VI))).isEqualTo(legend);
    assertThat(RobustnessHtml.render(analysis, Language.EN))
        .contains("<span class=\"swatch fill b0\"></span>Good: 90 and above</li>");
    // under the chart, in its section
    assertThat(page.indexOf("id=\"band-legend\""))
        .isGreaterThan(page.indexOf("id=\"rank-intervals\""))
        .isLessThan(page.indexOf("id=\"robustness\""));
  }

  private static String legend(String page) {
    int from = page.indexOf("<ul id=\"band-legend\"");
    assertThat(from).isNotNegative();
    return page.substring(from, page.indexOf("</ul>", from) + "</ul>".length());
  }

  private static Ranking rankingOfBachThong() {
    RankingAccumulator ranking = new RankingAccumulator(catalog.catalog());
    catalog.evaluateAll(cohort, ranking);
    return ranking.ranking();
  }
}
