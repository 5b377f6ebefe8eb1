package dev.rubric.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.rubric.core.Language;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.diagnostic.SourceSpan;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.Compilation;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SARIF logs are valid against the official SARIF 2.1.0 JSON Schema ({@code
 * src/test/resources/sarif/}, see its README), and say what Rubric means: rule ids, regions in code
 * points, logical locations of criteria, evidence references, help links that exist.
 */
class SarifTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Sarif.Tool TOOL = Sarif.Tool.rubric("1.2.3");
  private static final Path DOCS = Path.of("../docs");

  private static final Schema SCHEMA = schema();

  private static Schema schema() {
    try {
      SchemaRegistry registry =
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_4,
              b ->
                  b.schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
      return registry.getSchema(
          Files.readString(Path.of("src/test/resources/sarif/sarif-schema-2.1.0.json")),
          InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> problems(String log) {
    return SCHEMA.validate(log, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static JsonNode tree(String log) {
    try {
      return MAPPER.readTree(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An unknown name after a Vietnamese word and an emoji, and an unused input. */
  private static final String BROKEN =
      String.join(
          "\n",
          "catalog \"demo\" version \"1.0.0\" {",
          "  title \"Bộ tiêu chí 📄\"",
          "  applies-to commune",
          "  inputs {",
          "    count nv_ke_hoach \"Nhiệm vụ\"",
          "    count khong_dung \"Không dùng\"",
          "  }",
          "  area \"1\" \"Chỉ đạo\" max 1 {",
          "    criterion \"1.1\" \"Kế 📄\" max 1 { score 1 when nv_ke_hoach_x >= 1 otherwise 0 }",
          "  }",
          "}",
          "");

  private static Compilation broken() {
    return Rubric.standard().compile(SourceText.of("catalogs/thử nghiệm.rubric", BROKEN));
  }

  @Test
  void diagnostics_brokenCatalog_isValidSarif() {
    // when
    String log =
        Sarif.diagnostics(
            TOOL,
            List.of(
                Sarif.Source.compiled(SourceText.of("t.rubric", BROKEN), broken().diagnostics())),
            Language.EN);
    // then
    assertThat(problems(log)).as(log).isEmpty();
  }

  @Test
  void schema_logWithAnInvalidLevelOrColumn_isRejected() {
    // given: a valid log, then the same with a level SARIF does not know and a column 0
    String log =
        Sarif.diagnostics(
            TOOL,
            List.of(Sarif.Source.compiled(broken().source(), broken().diagnostics())),
            Language.EN);
    // then: the check is not vacuous
    assertThat(problems(log)).isEmpty();
    assertThat(problems(log.replace("\"level\": \"error\"", "\"level\": \"critical\"")))
        .isNotEmpty();
    assertThat(problems(log.replaceFirst("\"startColumn\": \\d+", "\"startColumn\": 0")))
        .isNotEmpty();
  }

  @Test
  void diagnostics_unknownName_hasRuleIdRegionInCodePointsAndHint() {
    // given
    Compilation c = broken();
    Diagnostic unknown =
        c.diagnostics().stream().filter(d -> d.code().equals("RB204")).findFirst().orElseThrow();
    // when
    JsonNode run =
        tree(Sarif.diagnostics(
                TOOL, List.of(Sarif.Source.compiled(c.source(), c.diagnostics())), Language.VI))
            .get("runs")
            .get(0);
    // then
    assertThat(run.get("columnKind").asText()).isEqualTo("unicodeCodePoints");
    JsonNode result = null;
    for (JsonNode r : run.get("results")) {
      if (r.get("ruleId").asText().equals("RB204")) {
        result = r;
      }
    }
    assertThat(result).isNotNull();
    assertThat(result.get("level").asText()).isEqualTo("error");
    assertThat(result.get("message").get("text").asText())
        .isEqualTo(unknown.message(Language.VI) + "\ngợi ý: " + unknown.hints(Language.VI).get(0))
        .startsWith("tên 'nv_ke_hoach_x' chưa được khai báo");
    JsonNode location = result.get("locations").get(0).get("physicalLocation");
    assertThat(location.get("artifactLocation").get("uri").asText())
        .isEqualTo("catalogs/th%E1%BB%AD%20nghi%E1%BB%87m.rubric");
    // the name follows 48 code points (49 UTF-16 units: the emoji is two) on line 9
    JsonNode region = location.get("region");
    assertThat(region.get("startLine").asInt()).isEqualTo(9);
    assertThat(region.get("startColumn").asInt()).isEqualTo(49);
    assertThat(region.get("endLine").asInt()).isEqualTo(9);
    assertThat(region.get("endColumn").asInt()).isEqualTo(49 + "nv_ke_hoach_x".length());
    JsonNode rule = run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt());
    assertThat(rule.get("id").asText()).isEqualTo("RB204");
    assertThat(rule.get("shortDescription").get("text").asText())
        .isEqualTo("tên chưa được khai báo");
    assertThat(rule.get("helpUri").asText())
        .isEqualTo(
            "https://github.com/rubric-dev/rubric/blob/main/docs/diagnostics.md#rb204--unknown-name");
  }

  @Test
  void diagnostics_ruleDescriptions_areTheCodeTitlesInTheRunsLanguage() {
    // given
    Compilation c = broken();
    List<Sarif.Source> sources = List.of(Sarif.Source.compiled(c.source(), c.diagnostics()));
    // when
    JsonNode vi = tree(Sarif.diagnostics(TOOL, sources, Language.VI)).get("runs").get(0);
    JsonNode en = tree(Sarif.diagnostics(TOOL, sources, Language.EN)).get("runs").get(0);
    // then
    JsonNode viRules = vi.get("tool").get("driver").get("rules");
    JsonNode enRules = en.get("tool").get("driver").get("rules");
    assertThat(viRules.size()).isEqualTo(enRules.size()).isPositive();
    for (int i = 0; i < viRules.size(); i++) {
      DiagnosticCode code = DiagnosticCode.of(viRules.get(i).get("id").asText()).orElseThrow();
      assertThat(viRules.get(i).get("shortDescription").get("text").asText())
          .isEqualTo(code.title(Language.VI))
          .isNotEqualTo(code.title());
      assertThat(enRules.get(i).get("shortDescription").get("text").asText())
          .isEqualTo(code.title());
    }
  }

  @Test
  void diagnostics_rules_areTheCodesUsedInCodeOrderWithLevels() {
    // given
    Compilation c = broken();
    // when
    JsonNode run =
        tree(Sarif.diagnostics(
                TOOL, List.of(Sarif.Source.compiled(c.source(), c.diagnostics())), Language.EN))
            .get("runs")
            .get(0);
    // then
    List<String> ids = new ArrayList<>();
    run.get("tool").get("driver").get("rules").forEach(r -> ids.add(r.get("id").asText()));
    assertThat(ids).containsExactly("RB202", "RB204");
    assertThat(
            run.get("tool")
                .get("driver")
                .get("rules")
                .get(0)
                .get("defaultConfiguration")
                .get("level")
                .asText())
        .isEqualTo("warning");
    assertThat(run.get("tool").get("driver").get("version").asText()).isEqualTo("1.2.3");
  }

  @Test
  void diagnostics_unreadableFileAndAbsolutePath_isValidWithNotification() {
    // given
    Compilation c = Rubric.standard().compile(SourceText.of("/srv/catalogs/a b.rubric", BROKEN));
    // when
    String log =
        Sarif.diagnostics(
            TOOL,
            List.of(
                Sarif.Source.unreadable(
                    "missing.rubric", "cannot read 'missing.rubric': no such file"),
                Sarif.Source.compiled(c.source(), c.diagnostics())),
            Language.EN);
    // then
    assertThat(problems(log)).as(log).isEmpty();
    JsonNode invocation = tree(log).get("runs").get(0).get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    assertThat(
            invocation.get("toolExecutionNotifications").get(0).get("message").get("text").asText())
        .isEqualTo("cannot read 'missing.rubric': no such file");
    assertThat(log).contains("\"uri\": \"file:///srv/catalogs/a%20b.rubric\"");
  }

  @Test
  void diagnostics_builderDiagnosticWithPath_isLogicalLocation() {
    // given
    Diagnostic d =
        Diagnostic.atPath(
            DiagnosticCode.ABOVE_MAX,
            "rule can award 2 points but the max is 1",
            "catalog t > area 1 > criterion 1.2");
    // when
    String log =
        Sarif.diagnostics(
            TOOL, List.of(Sarif.Source.compiled(SourceText.of("t", ""), List.of(d))), Language.EN);
    // then
    assertThat(problems(log)).as(log).isEmpty();
    JsonNode location = tree(log).get("runs").get(0).get("results").get(0).get("locations").get(0);
    assertThat(location.has("physicalLocation")).isFalse();
    assertThat(location.get("logicalLocations").get(0).get("fullyQualifiedName").asText())
        .isEqualTo("catalog t > area 1 > criterion 1.2");
  }

  private static Scorecard card() {
    CompiledCatalog catalog = Fixtures.tinyCatalog();
    Unit unit = Unit.builder().code("01").name("Xã An").level("commune").kind("xa").build();
    EvidenceSet evidence =
        EvidenceSet.builder()
            .unitCode("01")
            .periodId("2022")
            .putEvidence("so_cuoc_hop", Evidence.provided(new EvidenceValue.Count(2)))
            .putEvidence("mot_cua", Evidence.provided(new EvidenceValue.Flag(true)))
            .putEvidence("khong_co", Evidence.provided(new EvidenceValue.Count(1)))
            .build();
    return catalog.evaluate(new EvidenceFile(unit, Period.year(2022), evidence));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void scorecard_findings_isValidSarif(Language lang) {
    // when
    String log = Sarif.scorecard(TOOL, card(), Optional.of("evidence/xã an.json"), lang);
    // then
    assertThat(problems(log)).as(log).isEmpty();
  }

  @Test
  void scorecard_findings_haveCriterionLocationsEvidenceAndLevels() {
    // given
    Scorecard card = card();
    // when
    JsonNode run =
        tree(Sarif.scorecard(TOOL, card, Optional.of("e.json"), Language.EN)).get("runs").get(0);
    // then
    JsonNode results = run.get("results");
    assertThat(results).hasSize(card.findings().size());
    for (int i = 0; i < results.size(); i++) {
      JsonNode r = results.get(i);
      var f = card.findings().get(i);
      assertThat(r.get("message").get("text").asText()).isEqualTo(f.message().in(Language.EN));
      assertThat(r.get("properties").get("code").asText()).isEqualTo(f.code());
      assertThat(r.get("level").asText())
          .isEqualTo(
              switch (f.severity()) {
                case CRITICAL, MAJOR -> "error";
                case MINOR -> "warning";
                case INFO -> "note";
              });
      assertThat(
              run.get("tool").get("driver").get("rules").get(r.get("ruleIndex").asInt()).get("id"))
          .isEqualTo(r.get("ruleId"));
      if (f.criterionCode().isPresent()) {
        JsonNode logical = r.get("locations").get(0).get("logicalLocations").get(0);
        assertThat(logical.get("fullyQualifiedName").asText())
            .isEqualTo("tiny/" + f.criterionCode().get());
        assertThat(logical.get("kind").asText()).isEqualTo("member");
      }
      assertThat(r.has("relatedLocations")).isEqualTo(!f.evidence().isEmpty());
      for (int k = 0; k < f.evidence().size(); k++) {
        JsonNode related = r.get("relatedLocations").get(k);
        assertThat(related.get("logicalLocations").get(0).get("fullyQualifiedName").asText())
            .isEqualTo("01/2022/" + f.evidence().get(k));
        assertThat(related.get("physicalLocation").get("artifactLocation").get("uri").asText())
            .isEqualTo("e.json");
      }
    }
    // the undeclared key 'khong_co' is a data-quality finding RB602 at its JSON path
    assertThat(results)
        .anySatisfy(
            r -> {
              assertThat(r.get("ruleId").asText()).isEqualTo("RB602");
              assertThat(
                      r.get("locations")
                          .get(0)
                          .get("logicalLocations")
                          .get(0)
                          .get("fullyQualifiedName")
                          .asText())
                  .contains("khong_co");
            });
    assertThat(results)
        .anySatisfy(r -> assertThat(r.get("ruleId").asText()).isEqualTo("missing-evidence"));
  }

  @Test
  void scorecard_inVietnamese_wordsFindingsAndKindsInVietnamese() {
    // given
    Scorecard card = card();
    // when
    JsonNode run =
        tree(Sarif.scorecard(TOOL, card, Optional.empty(), Language.VI)).get("runs").get(0);
    // then
    assertThat(run.get("results").get(0).get("message").get("text").asText())
        .isEqualTo(card.findings().get(0).message().in(Language.VI));
    assertThat(run.get("tool").get("driver").get("rules"))
        .anySatisfy(
            r ->
                assertThat(r.get("shortDescription").get("text").asText())
                    .isEqualTo("thiếu bằng chứng"));
    assertThat(run.get("properties").get("unitCode").asText()).isEqualTo("01");
  }

  @Test
  void scorecard_sameInput_sameBytes() {
    assertThat(Sarif.scorecard(TOOL, card(), Optional.of("e.json"), Language.VI))
        .isEqualTo(Sarif.scorecard(TOOL, card(), Optional.of("e.json"), Language.VI));
  }

  @Test
  void uri_names_areUriReferences() {
    assertThat(Sarif.uri("examples/data/x.rubric")).isEqualTo("examples/data/x.rubric");
    assertThat(Sarif.uri("../a:b.rubric")).isEqualTo("../a%3Ab.rubric");
    assertThat(Sarif.uri("/tmp/x#1.rubric")).isEqualTo("file:///tmp/x%231.rubric");
    assertThat(Sarif.uri("Thị trấn.json")).isEqualTo("Th%E1%BB%8B%20tr%E1%BA%A5n.json");
  }

  /** Returns the anchors GitHub gives the headings of the page {@code name} of {@code docs/}. */
  private static Set<String> anchors(String name) throws IOException {
    Set<String> anchors = new HashSet<>();
    Matcher m =
        Pattern.compile("^#{1,6} (.+)$", Pattern.MULTILINE)
            .matcher(Files.readString(DOCS.resolve(name)));
    while (m.find()) {
      anchors.add(
          m.group(1)
              .strip()
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^\\p{L}\\p{N} _-]", "")
              .replace(' ', '-'));
    }
    return anchors;
  }

  @ParameterizedTest
  @EnumSource(DiagnosticCode.class)
  void helpUri_everyCode_pointsAtAHeadingOfDiagnosticsMd(DiagnosticCode code) throws IOException {
    // when
    String helpUri = Sarif.helpUri(TOOL, code.code());
    // then
    assertThat(helpUri).startsWith(TOOL.docsBase() + "docs/diagnostics.md#");
    assertThat(anchors("diagnostics.md")).contains(helpUri.substring(helpUri.indexOf('#') + 1));
  }

  @Test
  void helpUri_findingKinds_pointAtAHeadingOfDslMd() throws IOException {
    for (FindingKind kind : FindingKind.values()) {
      String helpUri = Sarif.helpUri(TOOL, kind.code());
      assertThat(helpUri).startsWith(TOOL.docsBase() + "docs/dsl.md#");
      assertThat(anchors("dsl.md")).contains(helpUri.substring(helpUri.indexOf('#') + 1));
    }
  }

  @Test
  void diagnostics_unregisteredCodeOfAHost_isARuleLinkedToTheDiagnosticsPage() {
    // given: a host's own diagnostic with a code Rubric does not register
    Diagnostic d = Diagnostic.error("RB199", "a host's own check failed", SourceSpan.of(0, 7));
    // when
    String log =
        Sarif.diagnostics(
            TOOL,
            List.of(Sarif.Source.compiled(SourceText.of("t.rubric", "catalog"), List.of(d))),
            Language.EN);
    // then
    assertThat(problems(log)).as(log).isEmpty();
    JsonNode rule = tree(log).get("runs").get(0).get("tool").get("driver").get("rules").get(0);
    assertThat(rule.get("id").asText()).isEqualTo("RB199");
    assertThat(rule.get("helpUri").asText()).isEqualTo(TOOL.docsBase() + "docs/diagnostics.md");
  }

  @Test
  void scorecard_noFindings_isValidWithEmptyRules() {
    // given
    Scorecard card = Scorecard.builder().from(card()).findings(List.of()).build();
    // when
    String log = Sarif.scorecard(TOOL, card, Optional.empty(), Language.EN);
    // then
    assertThat(problems(log)).as(log).isEmpty();
    assertThat(tree(log).get("runs").get(0).get("results")).isEmpty();
  }
}
