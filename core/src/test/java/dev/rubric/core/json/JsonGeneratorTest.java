package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonGeneratorTest {

  @Test
  void generator_document_usesTheLayoutOfRubricsDocuments() throws IOException {
    StringWriter out = new StringWriter();

    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeStringField("format", "x/1");
      g.writeNumberField("tiny", new BigDecimal("1E-7"));
      g.writeObjectFieldStart("empty");
      g.writeEndObject();
      g.writeArrayFieldStart("items");
      g.writeNumber(1);
      g.writeEndArray();
      g.writeArrayFieldStart("none");
      g.writeEndArray();
      g.writeEndObject();
    }

    assertThat(out.toString())
        .isEqualTo(
            "{\n  \"format\": \"x/1\",\n  \"tiny\": 0.0000001,\n  \"empty\": {},\n"
                + "  \"items\": [\n    1\n  ],\n  \"none\": []\n}");
  }

  @Test
  void generator_closed_leavesTheWriterOpen() throws IOException {
    boolean[] closed = {false};
    StringWriter out =
        new StringWriter() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartArray();
      g.writeEndArray();
    }

    assertThat(out.toString()).isEqualTo("[]");
    assertThat(closed[0]).isFalse();
  }

  @Test
  void generator_twoGenerators_indentIndependently() throws IOException {
    StringWriter first = new StringWriter();
    StringWriter second = new StringWriter();

    try (JsonGenerator a = Json.generator(first);
        JsonGenerator b = Json.generator(second)) {
      a.writeStartArray();
      a.writeStartArray();
      b.writeStartArray();
      b.writeNumber(2);
      b.writeEndArray();
      a.writeEndArray();
      a.writeEndArray();
    }

    assertThat(second.toString()).isEqualTo("[\n  2\n]");
    assertThat(first.toString()).isEqualTo("[\n  []\n]");
  }
}
