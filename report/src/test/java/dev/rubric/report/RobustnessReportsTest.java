package dev.rubric.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.rubric.cohort.robust.RankRobustness;
import dev.rubric.cohort.robust.RobustnessAccumulator;
import dev.rubric.cohort.robust.RobustnessOptions;
import dev.rubric.cohort.robust.UnitRobustness;
import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rank-robustness reports of the bundled Bạch Thông units. */
class RobustnessReportsTest {

  private static final Path DATA = Path.of("../examples/data");

  private static RankRobustness analysis;

  @BeforeAll
  static void analyseBachThong() throws IOException {
    CompiledCatalog catalog =
        Rubric.standard()
            .compile(
                SourceText.of(
                    "cchc-xa-2022.rubric",
                    Files.readString(DATA.resolve("catalogs/cchc-xa-2022.rubric"))))
            .orElseThrow();
    RobustnessAccumulator accumulator = new RobustnessAccumulator(catalog.catalog());
    catalog.evaluateAll(
        EvidenceLoader.load(
            DATA.resolve("evidence/bach-thong-2022.csv"), "bach-thong-2022.csv", catalog.catalog()),
        accumulator);
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
}
