package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The JSON Schemas ship in the jar, the same bytes as the documentation's, one per format. */
class JsonSchemaResourceTest {
  private static final Path SCHEMAS = Path.of("../docs/schemas");

  @ParameterizedTest
  @FieldSource("dev.rubric.core.json.Json#SCHEMA_FORMATS")
  void schema_ofEveryFormat_isTheDocumentedSchema(String format) throws IOException {
    String name = format.substring("rubric-".length(), format.indexOf('/'));
    String documented =
        Files.readString(SCHEMAS.resolve(name + ".schema.json"), StandardCharsets.UTF_8);

    assertThat(Json.schema(format))
        .isEqualTo(documented)
        .contains("\"$schema\"", "\"const\": \"" + format + "\"");
  }

  @Test
  void everyDocumentedSchema_isReachable() throws IOException {
    List<String> documented;
    try (Stream<Path> files = Files.list(SCHEMAS)) {
      documented =
          files
              .map(p -> p.getFileName().toString())
              .map(f -> "rubric-" + f.substring(0, f.indexOf('.')) + "/1")
              .sorted()
              .toList();
    }

    assertThat(Json.SCHEMA_FORMATS).containsExactlyInAnyOrderElementsOf(documented);
  }

  @Test
  void schema_ofAnotherFormat_namesTheKnownOnes() {
    assertThatThrownBy(() -> Json.schema("rubric-evidence/2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("format: expected one of rubric-evidence/1, rubric-assessment/1,")
        .hasMessageEndingWith("rubric-robustness/1 but found 'rubric-evidence/2'");
  }
}
