package dev.rubric.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.rubric.cohort.reconcile.Reconciliation;
import dev.rubric.core.Language;
import dev.rubric.core.assessment.Assessment;
import dev.rubric.core.csv.CsvAssessmentReader;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reconciliation reports of the bundled Bạch Thông assessments. */
class ReconciliationReportsTest {

  private static final Path DATA = Path.of("../examples/data");

  private static CompiledCatalog catalog;
  private static List<Assessment> assessments;
  private static Reconciliation reconciliation;

  @BeforeAll
  static void reconcileBachThong() throws IOException {
    catalog =
        Rubric.standard()
            .compile(
                SourceText.of(
                    "cchc-xa-2022.rubric",
                    Files.readString(DATA.resolve("catalogs/cchc-xa-2022.rubric"))))
            .orElseThrow();
    assessments =
        CsvAssessmentReader.read(
            "bach-thong-2022.csv",
            Files.readString(DATA.resolve("assessments/bach-thong-2022.csv")));
    reconciliation = reconcile(assessments);
  }

  private static Reconciliation reconcile(List<Assessment> in) {
    return Reconciliation.of(
        catalog,
        catalog.evaluateAll(
            EvidenceLoader.load(
                DATA.resolve("evidence/bach-thong-2022.csv"),
                "bach-thong-2022.csv",
                catalog.catalog())),
        in);
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
                Files.readString(Path.of("../docs/schemas/reconciliation.schema.json")),
                InputFormat.JSON);

    String json = ReconciliationJson.render(reconciliation);

    assertThat(schema.validate(json, InputFormat.JSON).stream().map(Error::toString)).isEmpty();
    assertThat(json).startsWith("{\n  \"format\": \"rubric-reconciliation/1\",").endsWith("}\n");
  }

  @Test
  void json_assessmentsInAnotherOrder_isTheSameBytes() {
    List<Assessment> reversed = new ArrayList<>(assessments);
    Collections.reverse(reversed);

    assertThat(ReconciliationJson.render(reconcile(reversed)))
        .isEqualTo(ReconciliationJson.render(reconciliation));
  }

  @Test
  void bundledData_phuThongOverClaimsWhereTheInspectionFoundProblems() {
    var phuThong = reconciliation.unit("01969").orElseThrow();

    assertThat(phuThong.line("2.3").orElseThrow().overClaim().signum()).isPositive();
    assertThat(phuThong.line("1.5").orElseThrow().overClaim().signum()).isPositive();
    assertThat(reconciliation.agreement().furthestUnits().get(0).unitCode()).isEqualTo("01969");
    assertThat(reconciliation.problems()).isEmpty();
    assertThat(reconciliation.units()).allSatisfy(u -> assertThat(u.problems()).isEmpty());
  }

  @Test
  void text_vietnamese_alignsTheTablesAndNamesTheGaps() {
    String text = ReconciliationText.render(reconciliation, Language.VI, Ansi.OFF);

    assertThat(text)
        .startsWith("ĐỐI SOÁT ĐIỂM · cchc-xa 2022.1.0 · 14 đơn vị\n")
        .contains("Thị trấn Phủ Thông (01969)")
        .contains("tự chấm cao hơn minh chứng")
        .contains("Kappa có trọng số bậc hai: 0,9549");
    List<String> rule = text.lines().filter(l -> l.startsWith("  ────")).toList();
    assertThat(rule).isNotEmpty();
    assertThat(ReconciliationText.render(reconciliation, Language.EN, Ansi.OFF))
        .contains("claimed but not evidenced")
        .contains("quadratically weighted kappa: 0.9549");
  }

  @Test
  void csv_oneRowPerUnitAndCriterion() {
    String csv = ReconciliationCsv.render(reconciliation, Language.EN);

    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "\uFEFFunit_code,unit_name,criterion,title,max,claimed,computed,appraised,"
                + "appraised_in,explained,final,source,gaps,remark");
    assertThat(lines).hasSize(1 + 14 * 40);
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith("01969,Thị trấn Phủ Thông,1.1.2,")
                    && l.contains(",accepted_explanation,over-claimed;council-overrode;"));
  }

  @Test
  void html_heatMapAndUnitTables_escapeText() {
    String html = ReconciliationHtml.render(reconciliation, Language.VI);

    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<svg id=\"agreement-heatmap\"")
        .contains("<section id=\"unit-01969\">")
        .contains("<table id=\"least-reliable\">")
        .contains("Quy chế làm việc chưa được thực hiện đầy đủ")
        .doesNotContain("<script");
    assertThat(html.split("<rect class=\"cell\"", -1)).hasSize(26);
  }
}
