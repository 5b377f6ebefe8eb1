package dev.rubric.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rubric.core.AttributeValue;
import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.assessment.AssessedScore;
import dev.rubric.core.assessment.Assessment;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.evidence.Provenance;
import dev.rubric.core.waiver.Waiver;
import dev.rubric.core.waiver.Waivers;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes evidence files and assessments, and the values they share with scorecards, through
 * Jackson's streaming {@link JsonGenerator}. Property order is fixed here (never alphabetical or
 * reflective), maps are written in their key order, absent optional values and empty provenance are
 * left out, and decimals are written as plain numbers, so equal values give identical output.
 */
final class Encoder {
  private Encoder() {}

  static void evidenceFile(JsonGenerator g, EvidenceFile f) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", Decoder.EVIDENCE_FORMAT);
    g.writeFieldName("unit");
    unit(g, f.unit());
    g.writeFieldName("period");
    period(g, f.period());
    optional(g, "note", f.evidence().note());
    g.writeObjectFieldStart("evidence");
    for (Map.Entry<String, Evidence> e : f.evidence().evidence().entrySet()) {
      g.writeFieldName(e.getKey());
      evidence(g, e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  static void assessment(JsonGenerator g, Assessment a) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", Decoder.ASSESSMENT_FORMAT);
    g.writeStringField("unit", a.unitCode());
    g.writeStringField("period", a.periodId());
    g.writeStringField("catalog", a.catalogId());
    g.writeStringField("catalogVersion", a.catalogVersion());
    arrayField(g, "scores", a.scores(), Encoder::score);
    g.writeEndObject();
  }

  static void waivers(JsonGenerator g, Waivers w) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", Decoder.WAIVERS_FORMAT);
    arrayField(g, "waivers", w.waivers(), Encoder::waiver);
    g.writeEndObject();
  }

  static void waiver(JsonGenerator g, Waiver w) throws IOException {
    g.writeStartObject();
    g.writeStringField("unit", w.unitCode());
    g.writeStringField("criterion", w.criterionCode());
    waiverFields(g, w);
    g.writeEndObject();
  }

  /** Writes a waiver's fields after its unit and criterion: effect to validUntil. */
  static void waiverFields(JsonGenerator g, Waiver w) throws IOException {
    g.writeStringField("effect", w.effect().code());
    if (w.points().isPresent()) {
      g.writeFieldName("points");
      decimal(g, w.points().get());
    }
    g.writeStringField("reason", w.reason());
    g.writeStringField("decision", w.decision());
    g.writeStringField("approver", w.approver());
    g.writeFieldName("validFrom");
    date(g, w.validFrom());
    g.writeFieldName("validUntil");
    date(g, w.validUntil());
  }

  static void unit(JsonGenerator g, Unit u) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", u.code());
    g.writeStringField("name", u.name());
    g.writeStringField("level", u.level());
    g.writeStringField("kind", u.kind());
    optional(g, "parent", u.parentCode());
    if (!u.attributes().isEmpty()) {
      g.writeObjectFieldStart("attributes");
      for (Map.Entry<String, AttributeValue> e : u.attributes().entrySet()) {
        g.writeFieldName(e.getKey());
        attribute(g, e.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  static void attribute(JsonGenerator g, AttributeValue v) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", v.typeName());
    g.writeFieldName("value");
    if (v instanceof AttributeValue.Flag f) {
      g.writeBoolean(f.value());
    } else if (v instanceof AttributeValue.NumberValue n) {
      decimal(g, n.value());
    } else if (v instanceof AttributeValue.TextValue t) {
      g.writeString(t.value());
    } else if (v instanceof AttributeValue.DateValue d) {
      date(g, d.value());
    } else {
      throw new AssertionError(v);
    }
    g.writeEndObject();
  }

  /** Writes a calendar year as {@code "2022"} and any other period as an object. */
  static void period(JsonGenerator g, Period p) throws IOException {
    if (p.isCalendarYear()) {
      g.writeString(p.id());
      return;
    }
    g.writeStartObject();
    g.writeStringField("id", p.id());
    g.writeFieldName("start");
    date(g, p.start());
    g.writeFieldName("end");
    date(g, p.end());
    g.writeFieldName("asOf");
    date(g, p.asOf());
    g.writeEndObject();
  }

  static void evidence(JsonGenerator g, Evidence e) throws IOException {
    g.writeStartObject();
    if (e.value().isPresent()) {
      valueFields(g, e.value().get());
    }
    g.writeStringField("status", e.status().code());
    optional(g, "explanation", e.explanation());
    if (!e.provenance().isEmpty()) {
      g.writeFieldName("provenance");
      provenance(g, e.provenance());
    }
    g.writeEndObject();
  }

  private static void valueFields(JsonGenerator g, EvidenceValue v) throws IOException {
    g.writeStringField("type", v.typeName());
    if (v instanceof EvidenceValue.Document d) {
      optional(g, "number", d.number());
      optional(g, "title", d.title());
      if (d.issued().isPresent()) {
        g.writeFieldName("issued");
        date(g, d.issued().get());
      }
      optional(g, "issuer", d.issuer());
      optional(g, "locator", d.locator());
      optional(g, "uri", d.uri().map(Object::toString));
      optional(g, "contentHash", d.contentHash());
    } else if (v instanceof EvidenceValue.Count c) {
      g.writeNumberField("value", c.value());
    } else if (v instanceof EvidenceValue.Quantity q) {
      g.writeFieldName("amount");
      decimal(g, q.amount());
      g.writeStringField("unit", q.unit());
    } else if (v instanceof EvidenceValue.Ratio r) {
      g.writeFieldName("numerator");
      decimal(g, r.numerator());
      g.writeFieldName("denominator");
      decimal(g, r.denominator());
    } else if (v instanceof EvidenceValue.Flag f) {
      g.writeBooleanField("value", f.value());
    } else if (v instanceof EvidenceValue.Choice c) {
      g.writeStringField("option", c.option());
    } else if (v instanceof EvidenceValue.DateValue d) {
      g.writeFieldName("value");
      date(g, d.value());
    } else if (v instanceof EvidenceValue.TextValue t) {
      g.writeStringField("value", t.value());
    } else {
      throw new AssertionError(v);
    }
  }

  static void provenance(JsonGenerator g, Provenance p) throws IOException {
    g.writeStartObject();
    optional(g, "sourceSystem", p.sourceSystem());
    optional(g, "submittedBy", p.submittedBy());
    if (p.submittedAt().isPresent()) {
      g.writeFieldName("submittedAt");
      dateTime(g, p.submittedAt().get());
    }
    optional(g, "verifiedBy", p.verifiedBy());
    g.writeEndObject();
  }

  static void score(JsonGenerator g, AssessedScore s) throws IOException {
    g.writeStartObject();
    g.writeStringField("criterion", s.criterionCode());
    g.writeStringField("round", s.round().code());
    g.writeFieldName("points");
    decimal(g, s.points());
    optional(g, "remark", s.remark());
    optional(g, "by", s.by());
    if (s.date().isPresent()) {
      g.writeStringField("date", s.date().get().toString());
    }
    if (!s.evidence().isEmpty()) {
      g.writeArrayFieldStart("evidence");
      for (String ref : s.evidence()) {
        g.writeString(ref);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** Writes {@code d} as a plain JSON number whatever the generator's BigDecimal settings. */
  static void decimal(JsonGenerator g, Decimal d) throws IOException {
    g.writeNumber(d.toString());
  }

  /** Writes {@code t} as {@code {"vi": ..., "en": ...}}, Vietnamese first, English if present. */
  static void localizedText(JsonGenerator g, LocalizedText t) throws IOException {
    g.writeStartObject();
    g.writeStringField("vi", t.vi());
    optional(g, "en", t.en());
    g.writeEndObject();
  }

  static void date(JsonGenerator g, LocalDate d) throws IOException {
    g.writeString(d.toString());
  }

  static void dateTime(JsonGenerator g, OffsetDateTime t) throws IOException {
    g.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t));
  }

  /** Writes one value. */
  @FunctionalInterface
  interface ValueWriter<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  /** Writes the field {@code name} with an array of {@code items}, each by {@code item}. */
  static <T> void arrayField(JsonGenerator g, String name, List<T> items, ValueWriter<T> item)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (T t : items) {
      item.write(g, t);
    }
    g.writeEndArray();
  }

  /** Writes the field {@code name} if {@code value} is present. */
  static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }
}
