package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON Schemas ship in the jar, the same bytes as the documentation's. */
class JsonSchemaResourceTest {

  @ParameterizedTest
  @CsvSource({
    "rubric-evidence/1, evidence",
    "rubric-assessment/1, assessment",
    "rubric-scorecard/1, scorecard",
    "rubric-waivers/1, waivers"
  })
  void schema_ofEveryFormat_isTheDocumentedSchema(String format, String file) throws IOException {
    String documented =
        Files.readString(
            Path.of("../docs/schemas/" + file + ".schema.json"), StandardCharsets.UTF_8);

    assertThat(Json.schema(format)).isEqualTo(documented).contains("\"$schema\"");
  }

  @Test
  void schema_ofAnotherFormat_namesTheFour() {
    assertThatThrownBy(() -> Json.schema("rubric-ranking/1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "format: expected rubric-evidence/1, rubric-assessment/1, rubric-scorecard/1 or"
                + " rubric-waivers/1 but found 'rubric-ranking/1'");
  }
}
