package dev.rubric.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import java.io.IOException;

/** The fields the report documents write alike: exact decimals and texts in both languages. */
final class JsonFields {
  private JsonFields() {}

  /** Writes {@code d} as an exact plain number, e.g. {@code 77.06}, never in exponent form. */
  static void decimal(JsonGenerator g, String name, Decimal d) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(d.toString());
  }

  /** Writes {@code t} as {@code {"vi": …, "en": …}}, without {@code "en"} when it has none. */
  static void text(JsonGenerator g, String name, LocalizedText t) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("vi", t.vi());
    if (t.en().isPresent()) {
      g.writeStringField("en", t.en().get());
    }
    g.writeEndObject();
  }
}
