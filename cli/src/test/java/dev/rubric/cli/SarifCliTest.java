package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.rubric.cli.Cli.Result;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.Scorecard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --format sarif} and {@code evaluate --format sarif}: valid SARIF 2.1.0 (against the
 * official schema kept in {@code report}'s test resources), what they report, and the example of
 * {@code docs/formats.md}.
 */
class SarifCliTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Schema SCHEMA = schema();

  private static Schema schema() {
    try {
      return SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_4,
              b ->
                  b.schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
          .getSchema(
              Files.readString(
                  Path.of("../report/src/test/resources/sarif/sarif-schema-2.1.0.json")),
              InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> problems(String log) {
    return SCHEMA.validate(log, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static JsonNode run(String log) throws IOException {
    return MAPPER.readTree(log).get("runs").get(0);
  }

  @Test
  void check_sarif_isValidLogOfTheDiagnosticsAndExits1() throws IOException {
    // when
    Result r = Cli.run("check", "--format", "sarif", Cli.fixture("broken.rubric"));
    // then
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(problems(r.out())).as(r.out()).isEmpty();
    JsonNode result = run(r.out()).get("results").get(0);
    assertThat(result.get("ruleId").asText()).isEqualTo("RB204");
    assertThat(
            result
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("artifactLocation")
                .get("uri")
                .asText())
        .isEqualTo(Cli.fixture("broken.rubric"));
    assertThat(r.out()).doesNotContain(": 1 error");
  }

  @Test
  void check_sarifWithAnUnreadableFile_reportsItInTheLogAndOnStandardError() throws IOException {
    // when
    Result r = Cli.runEn("check", "--format", "sarif", "nope.rubric", Cli.fixture("warn.rubric"));
    // then
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: cannot read 'nope.rubric'");
    assertThat(problems(r.out())).as(r.out()).isEmpty();
    JsonNode invocation = run(r.out()).get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    assertThat(
            invocation.get("toolExecutionNotifications").get(0).get("message").get("text").asText())
        .startsWith("cannot read 'nope.rubric'");
    assertThat(run(r.out()).get("results").get(0).get("level").asText()).isEqualTo("warning");
  }

  @Test
  void check_sarifOut_writesTheLogToTheFile(@TempDir Path dir) throws IOException {
    // given
    Path out = dir.resolve("check.sarif");
    // when
    Result r =
        Cli.run("check", "--format", "sarif", "--out", out.toString(), Cli.fixture("warn.rubric"));
    // then
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .isEqualTo(Cli.run("check", "--format", "sarif", Cli.fixture("warn.rubric")).out());
  }

  @Test
  void evaluate_sarif_isValidWithOneResultPerFindingInTheChosenLanguage() throws IOException {
    // given
    String[] args = {"evaluate", "--catalog", Cli.CATALOG, "--evidence", Cli.PHU_THONG};
    Scorecard card = Json.readScorecard("card", Cli.run(concat(args, "--format", "json")).out());
    // when
    Result vi = Cli.run(concat(args, "--format", "sarif"));
    Result en = Cli.run(concat(args, "--format", "sarif", "--lang", "en"));
    // then
    assertThat(vi.status()).isZero();
    assertThat(problems(vi.out())).as(vi.out()).isEmpty();
    assertThat(problems(en.out())).as(en.out()).isEmpty();
    JsonNode results = run(en.out()).get("results");
    assertThat(results).hasSize(card.findings().size());
    for (int i = 0; i < results.size(); i++) {
      assertThat(results.get(i).get("message").get("text").asText())
          .isEqualTo(card.findings().get(i).message().in(dev.rubric.core.Language.EN));
      assertThat(run(vi.out()).get("results").get(i).get("message").get("text").asText())
          .isEqualTo(card.findings().get(i).message().in(dev.rubric.core.Language.VI));
    }
    assertThat(run(en.out()).get("properties").get("unitCode").asText()).isEqualTo("01969");
  }

  @Test
  void rank_sarif_isAUsageError() {
    Result r =
        Cli.runEn(
            "rank", "--catalog", Cli.CATALOG, "--evidence", Cli.EVIDENCE_CSV, "--format", "sarif");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: option '--format' expects text, json, csv, html");
  }

  @Test
  void formatsDocs_sarifExample_isTheRealOutput() throws IOException {
    // given: the example, run from the repository root; the tests run in cli/
    String doc = Files.readString(Path.of("../docs/formats.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("```json\n{\n  \"$schema\": \"https://docs.oasis-open.org/sarif");
    assertThat(start).as("the SARIF example of docs/formats.md").isNotNegative();
    String example = doc.substring(start + "```json\n".length(), doc.indexOf("```\n", start + 8));
    // when
    Result r = Cli.run("check", "--format", "sarif", "--lang", "en", Cli.fixture("broken.rubric"));
    // then
    String real =
        r.out()
            .replace("\"uri\": \"../cli/", "\"uri\": \"cli/")
            .replace("\"version\": \"" + Version.number() + "\"", "\"version\": \"0.1.0\"");
    assertThat(example).isEqualTo(real);
    assertThat(problems(example)).isEmpty();
  }

  private static String[] concat(String[] first, String... rest) {
    String[] all = new String[first.length + rest.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }
}
