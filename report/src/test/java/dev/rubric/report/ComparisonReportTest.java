package dev.rubric.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.rubric.cohort.compare.CatalogDiff;
import dev.rubric.cohort.compare.CodeMapping;
import dev.rubric.cohort.compare.Edition;
import dev.rubric.cohort.compare.History;
import dev.rubric.cohort.compare.Succession;
import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The comparison reports over the bundled 2021 and 2022 data: JSON valid against the schemas in
 * {@code docs/schemas} and byte-identical when rendered twice; the side-file examples valid too;
 * HTML self-contained with its charts labelled; CSV one row per step and unit.
 */
class ComparisonReportTest {
  private static final Path DATA = Path.of("../examples/data");
  private static final Path DOCS = Path.of("../docs");
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b ->
              b.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private static CatalogDiff diff;
  private static History history;

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema schema(String name) {
    return REGISTRY.getSchema(
        read(DOCS.resolve("schemas/" + name + ".schema.json")), InputFormat.JSON);
  }

  private static List<String> errors(String schema, String json) {
    return schema(schema).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static Edition edition(String year) {
    Path c = DATA.resolve("catalogs/cchc-xa-" + year + ".rubric");
    CompiledCatalog compiled =
        Rubric.standard().compile(SourceText.of(c.toString(), read(c))).orElseThrow();
    Path e = DATA.resolve("evidence/bach-thong-" + year + ".csv");
    return Edition.of(
        compiled.catalog(),
        compiled.evaluateAll(EvidenceLoader.load(e, e.toString(), compiled.catalog())));
  }

  @BeforeAll
  static void compare() {
    Path m = DATA.resolve("catalogs/cchc-xa-2021-to-2022.mapping.json");
    CodeMapping mapping = CodeMapping.read(m.toString(), read(m));
    Edition a = edition("2021");
    Edition b = edition("2022");
    diff = CatalogDiff.of(a.catalog(), b.catalog(), Optional.of(mapping));
    history = History.of(List.of(a, b), List.of(mapping), Succession.NONE);
  }

  @Test
  void diffJson_isValidAndDeterministic() {
    String json = CatalogDiffReport.json(diff);

    assertThat(errors("diff", json)).isEmpty();
    assertThat(CatalogDiffReport.json(diff)).isEqualTo(json);
    assertThat(json).contains("\"kind\": \"node-renumbered\"").endsWith("}\n");
  }

  @Test
  void comparisonJson_bothScopes_areValidAndDeterministic() {
    String cohort = ComparisonReport.cohortJson(history);
    String unit = ComparisonReport.unitJson(history, "01969");

    assertThat(errors("comparison", cohort)).isEmpty();
    assertThat(errors("comparison", unit)).isEmpty();
    assertThat(ComparisonReport.cohortJson(history)).isEqualTo(cohort);
    assertThat(unit).contains("\"scope\": \"unit\"", "\"status\": \"new\"");
  }

  @Test
  void sideFiles_bundledAndDocumented_areValid() {
    assertThat(errors("mapping", read(DATA.resolve("catalogs/cchc-xa-2021-to-2022.mapping.json"))))
        .isEmpty();
    assertThat(errors("succession", read(DOCS.resolve("examples/compare/succession.json"))))
        .isEmpty();
    Succession.read("succession.json", read(DOCS.resolve("examples/compare/succession.json")));
  }

  @Test
  void districtHtml_isSelfContainedWithLabelledCharts() {
    String html = ComparisonHtml.district(history, Language.VI);

    assertThat(html)
        .doesNotContain("<script", "src=", "href=", "@import", "url(")
        .contains(
            "id=\"index-chart\"",
            "id=\"heat-map\"",
            "id=\"trends\"",
            "id=\"band-transitions\"",
            "aria-label=\"Tỷ lệ điểm đạt theo lĩnh vực, 2022\"",
            "Thị trấn Phủ Thông · 2021: 71,38, 2022: 77,06",
            "@media print");
    assertThat(ComparisonHtml.district(history, Language.VI)).isEqualTo(html);
  }

  @Test
  void unitText_showsNotComparableInsteadOfADelta() {
    String text = ComparisonReport.unitText(history, "01969", Language.EN, Ansi.OFF);

    assertThat(text)
        .contains("index 71.38 → 77.06 (+5.68)")
        .containsPattern("3\\.2 +On-time dossier resolution +3/4 +3/4 +not comparable")
        .containsPattern("7\\.5 +Community digital-technology teams +1/1\\.5 +1/1\\.5 +±0");
  }

  @Test
  void cohortCsv_oneRowPerUnit() {
    String csv = ComparisonReport.cohortCsv(history, Language.VI);

    assertThat(csv.split("\r\n")).hasSize(15);
    assertThat(csv)
        .contains("2021,2022,01969,01969,Thị trấn Phủ Thông,71.38,77.06,5.68,Khá,Khá,11,10,1");
  }
}
