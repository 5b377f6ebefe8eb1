package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.rubric.core.result.CatalogLayer;
import dev.rubric.core.result.Scorecard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the documentation against the code: every example in {@code docs/examples} is valid
 * against its JSON Schema in {@code docs/schemas}, is read by {@link Json}, and is already in the
 * canonical form {@link Json} writes; generated documents are valid against the schemas too, and
 * the schemas reject what the readers reject.
 */
class JsonSchemaTest {

  private static final Path DOCS = Path.of("../docs");

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b ->
              b.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private static Schema schema(String name) {
    try {
      return REGISTRY.getSchema(
          Files.readString(DOCS.resolve("schemas/" + name + ".schema.json")), InputFormat.JSON);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final Schema EVIDENCE = schema("evidence");
  private static final Schema ASSESSMENT = schema("assessment");
  private static final Schema SCORECARD = schema("scorecard");
  private static final Schema WAIVERS = schema("waivers");

  private static List<String> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  static Stream<Arguments> examples() throws IOException {
    try (Stream<Path> files = Files.list(DOCS.resolve("examples"))) {
      return files
          .filter(p -> p.toString().endsWith(".json"))
          .sorted()
          .map(p -> Arguments.of(p.getFileName().toString()))
          .toList()
          .stream();
    }
  }

  @Test
  void examples_directory_holdsEachFormat() throws IOException {
    assertThat(examples().map(a -> (String) a.get()[0]))
        .contains("evidence.json", "assessment.json", "scorecard.json", "waivers.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example_isValidAgainstSchemaAndCanonical(String name) throws IOException {
    // given
    String text = Files.readString(DOCS.resolve("examples/" + name));

    // when
    String rewritten;
    List<String> problems;
    if (name.startsWith("evidence")) {
      problems = errors(EVIDENCE, text);
      rewritten = Json.write(Json.readEvidence(name, text));
    } else if (name.startsWith("assessment")) {
      problems = errors(ASSESSMENT, text);
      rewritten = Json.write(Json.readAssessment(name, text));
    } else if (name.startsWith("waivers")) {
      problems = errors(WAIVERS, text);
      rewritten = Json.write(Json.readWaivers(name, text));
    } else if (name.startsWith("scorecard")) {
      problems = errors(SCORECARD, text);
      rewritten = Json.write(Json.readScorecard(name, text));
    } else {
      throw new AssertionError("no schema for example " + name);
    }

    // then
    assertThat(problems).as(name).isEmpty();
    assertThat(rewritten).as(name).isEqualTo(text);
  }

  @Test
  void evidenceSchema_randomWrittenFiles_areValid() {
    for (long seed = 1; seed <= 100; seed++) {
      String text = Json.write(new RandomValues(seed).evidenceFile());

      assertThat(errors(EVIDENCE, text)).as("seed %d:%n%s", seed, text).isEmpty();
    }
  }

  @Test
  void scorecardSchema_scorecardWithLayers_isValidAndRoundTrips() {
    Scorecard card =
        Scorecard.builder()
            .from(ScorecardSample.phuThong())
            .addCatalogLayers(
                new CatalogLayer("cchc-xa-khung", "2022.1.0", "sha256:" + "a".repeat(64)),
                new CatalogLayer("cchc-xa", "2022.1.0", "sha256:" + "b".repeat(64)))
            .build();
    String text = Json.write(card);

    assertThat(errors(SCORECARD, text)).isEmpty();
    assertThat(Json.readScorecard("card.json", text)).isEqualTo(card);
    assertThat(
            errors(
                SCORECARD,
                text.replaceFirst(
                    "\"catalogVersion\"\\s*:\\s*\"2022\\.1\\.0\",\\s*\"hash\"", "\"hash\"")))
        .as("a layer without its version")
        .isNotEmpty();
  }

  @Test
  void assessmentSchema_randomWrittenAssessments_areValid() {
    for (long seed = 1; seed <= 100; seed++) {
      String text = Json.write(new RandomValues(seed).assessment());

      assertThat(errors(ASSESSMENT, text)).as("seed %d:%n%s", seed, text).isEmpty();
    }
  }

  @Test
  void waiversSchema_bundledWaivers_areValid() throws IOException {
    String text = Files.readString(Path.of("../examples/data/waivers/02002-cao-son-2022.json"));

    assertThat(errors(WAIVERS, text)).isEmpty();
    assertThat(Json.write(Json.readWaivers("02002-cao-son-2022.json", text))).isEqualTo(text);
  }

  static Stream<Arguments> invalidWaivers() {
    return Stream.of(
        Arguments.of("unknown effect", "\"effect\": \"exempt\""),
        Arguments.of("points without fixed_points", "\"effect\": \"full_points\", \"points\": 1"),
        Arguments.of("fixed_points without points", "\"effect\": \"fixed_points\""),
        Arguments.of("points as string", "\"effect\": \"fixed_points\", \"points\": \"1\""),
        Arguments.of("blank reason", "\"effect\": \"full_points\", \"reason\": \" \""),
        Arguments.of("unknown field", "\"effect\": \"full_points\", \"note\": \"x\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidWaivers")
  void waiversSchema_waiverTheReaderRejects_isInvalid(String name, String fields) {
    String reason = fields.contains("\"reason\"") ? "" : "\"reason\": \"Sáp nhập\", ";
    String json =
        "{\"format\": \"rubric-waivers/1\", \"waivers\": [{\"unit\": \"02002\", \"criterion\":"
            + " \"3.4\", "
            + reason
            + "\"decision\": \"215/QĐ-UBND\", \"approver\": \"UBND huyện\", \"validFrom\":"
            + " \"2022-01-01\", \"validUntil\": \"2022-12-31\", "
            + fields
            + "}]}";

    assertThat(errors(WAIVERS, json)).as(name).isNotEmpty();
    assertThatThrownBy(() -> Json.readWaivers("w.json", json))
        .as(name)
        .isInstanceOf(JsonFormatException.class);
  }

  static Stream<Arguments> invalidEvidence() {
    return Stream.of(
        Arguments.of(
            "denominator as string",
            "{\"type\": \"ratio\", \"numerator\": 1, \"denominator\": \"abc\"}"),
        Arguments.of(
            "negative numerator", "{\"type\": \"ratio\", \"numerator\": -1, \"denominator\": 2}"),
        Arguments.of("unknown field", "{\"type\": \"flag\", \"value\": true, \"foo\": 1}"),
        Arguments.of("value field without type", "{\"status\": \"incomplete\", \"value\": 3}"),
        Arguments.of("neither type nor status", "{}"),
        Arguments.of("bad status", "{\"status\": \"done\"}"),
        Arguments.of(
            "missing explained without explanation", "{\"status\": \"missing_explained\"}"),
        Arguments.of(
            "missing with a value",
            "{\"type\": \"flag\", \"value\": true, \"status\": \"missing\"}"),
        Arguments.of(
            "provided with explanation",
            "{\"type\": \"flag\", \"value\": true, \"explanation\": \"x\"}"),
        Arguments.of(
            "document without number or title", "{\"type\": \"document\", \"issuer\": \"UBND\"}"),
        Arguments.of("date in 1800", "{\"type\": \"date\", \"value\": \"1800-01-01\"}"),
        Arguments.of("count with fraction", "{\"type\": \"count\", \"value\": 1.5}"),
        Arguments.of(
            "bad content hash",
            "{\"type\": \"document\", \"title\": \"x\", \"contentHash\": \"sha1:abc\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidEvidence")
  void evidenceSchema_itemTheReaderRejects_isInvalid(String name, String item) {
    String json =
        "{\"format\": \"rubric-evidence/1\", \"unit\": {\"code\": \"01969\", \"name\": \"Phủ Thông\", \"level\": \"commune\", \"kind\": \"thi_tran\"}, \"period\": \"2022\", \"evidence\": {\"x\": "
            + item
            + "}}";

    assertThat(errors(EVIDENCE, json)).as(name).isNotEmpty();
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(() -> Json.readEvidence("e.json", json)))
        .as(name)
        .isInstanceOf(JsonFormatException.class);
  }
}
