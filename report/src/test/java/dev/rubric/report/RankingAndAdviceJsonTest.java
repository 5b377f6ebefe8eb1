package dev.rubric.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.rubric.cohort.Ranking;
import dev.rubric.cohort.advice.Advisor;
import dev.rubric.cohort.advice.CohortAdvice;
import dev.rubric.cohort.advice.UnitAdvice;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ranking and advice documents of the bundled district are valid against their schemas in
 * {@code docs/schemas}, and the schemas reject what the formats never contain.
 */
class RankingAndAdviceJsonTest {
  private static final Path DATA = Path.of("../examples/data");
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b ->
              b.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private static Ranking ranking;
  private static CohortAdvice advice;

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> errors(String schema, String json) {
    return REGISTRY
        .getSchema(read(Path.of("../docs/schemas/" + schema + ".schema.json")), InputFormat.JSON)
        .validate(json, InputFormat.JSON)
        .stream()
        .map(Error::toString)
        .toList();
  }

  @BeforeAll
  static void evaluate() {
    Path c = DATA.resolve("catalogs/cchc-xa-2022.rubric");
    CompiledCatalog compiled =
        Rubric.standard().compile(SourceText.of(c.toString(), read(c))).orElseThrow();
    Path e = DATA.resolve("evidence/bach-thong-2022.csv");
    List<EvidenceFile> files = EvidenceLoader.load(e, e.toString(), compiled.catalog());
    ranking = Ranking.of(compiled.catalog(), compiled.evaluateAll(files));
    Advisor advisor = Advisor.of(compiled);
    List<UnitAdvice> units = files.stream().map(advisor::advise).toList();
    advice = CohortAdvice.of(compiled.catalog(), units);
  }

  @Test
  void rankingJson_ofTheDistrict_isValid() {
    String json = RankingJson.render(ranking);

    assertThat(errors("ranking", json)).isEmpty();
    assertThat(json).contains("\"units\": " + ranking.rows().size());
  }

  @Test
  void adviceJson_ofTheDistrictAndOfOneUnit_isValid() {
    String cohort = AdviceJson.render(advice, 3);
    String unit = AdviceJson.render(advice.units().get(0));

    assertThat(errors("advice", cohort)).isEmpty();
    assertThat(errors("advice", unit)).isEmpty();
    assertThat(cohort).contains("\"pareto\"", "\"type\": \"ratio\"");
    assertThat(unit).doesNotContain("\"pareto\"");
  }

  @Test
  void schemas_rejectAnUnknownPropertyAndAWrongFormat() {
    String json = RankingJson.render(ranking);

    assertThat(errors("ranking", json.replaceFirst("\"units\"", "\"unitz\""))).isNotEmpty();
    assertThat(errors("advice", json)).isNotEmpty();
  }
}
