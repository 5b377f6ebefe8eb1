package dev.rubric.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rubric.cohort.advice.Change;
import dev.rubric.cohort.advice.CohortAdvice;
import dev.rubric.cohort.advice.Fix;
import dev.rubric.cohort.advice.UnitAdvice;
import dev.rubric.cohort.advice.Unsolved;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.Scorecard;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders advice as JSON ({@code "rubric-advice/1"}), deterministically, in the layout of Rubric's
 * other documents ({@link Json#generator}): fixed property order, plain exact decimals, two-space
 * indentation and a final newline. Evidence values are written as in evidence files ({@code "type"}
 * and the type's fields).
 *
 * <pre>{@code
 * {
 *   "format": "rubric-advice/1",
 *   "catalogId": "cchc-xa", "catalogVersion": "2022.1.0", "catalogHash": "sha256:…",
 *   "pareto": [{"criterionCode": "S.1", "title": {…}, "pointsLost": 52.4, "units": 14,
 *               "share": 16.97, "cumulativeShare": 16.97}, …],          // cohorts only
 *   "units": [{"unitCode": "01969", "unitName": "…", "periodId": "2022", "index": 77.06…,
 *              "indexRounded": 77.06, "band": {…},
 *              "fixes": [{"rank": 1, "criterionCode": "S.1", "title": {…},
 *                         "changes": [{"input": "hai_long",
 *                                      "from": {"type": "ratio", "numerator": 258, …},
 *                                      "to": {"type": "ratio", "numerator": 300, …}}],
 *                         "pointsBefore": 25.8, "pointsAfter": 30, "pointsGained": 4.2,
 *                         "indexBefore": …, "indexAfter": …, "indexGained": …,
 *                         "indexRoundedBefore": 77.06, "indexRoundedAfter": 81.34,
 *                         "bandBefore": {…}, "bandAfter": {…}, "changesBand": false}, …],
 *              "unsolved": [{"criterionCode": "…", "title": {…}, "pointsLost": 0.6,
 *                            "reason": "needs_several_inputs"}]}]
 * }
 * }</pre>
 */
public final class AdviceJson {

  /** The value of the {@code "format"} property. */
  public static final String FORMAT = "rubric-advice/1";

  private AdviceJson() {}

  /** Returns the JSON document of one unit's advice (every fix), ending with a newline. */
  public static String render(UnitAdvice advice) {
    return render(List.of(), List.of(advice), Integer.MAX_VALUE);
  }

  /**
   * Returns the JSON document of a cohort's advice: the Pareto table and each unit's first {@code
   * top} fixes, ending with a newline.
   */
  public static String render(CohortAdvice advice, int top) {
    return render(advice.pareto(), advice.units(), top);
  }

  private static String render(
      List<CohortAdvice.ParetoRow> pareto, List<UnitAdvice> units, int top) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = Json.generator(w)) {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      if (!units.isEmpty()) {
        Scorecard first = units.get(0).scorecard();
        g.writeStringField("catalogId", first.catalogId());
        g.writeStringField("catalogVersion", first.catalogVersion());
        g.writeStringField("catalogHash", first.catalogHash());
      }
      if (!pareto.isEmpty()) {
        g.writeArrayFieldStart("pareto");
        for (CohortAdvice.ParetoRow r : pareto) {
          g.writeStartObject();
          g.writeStringField("criterionCode", r.criterionCode());
          JsonFields.text(g, "title", r.title());
          JsonFields.decimal(g, "pointsLost", r.pointsLost());
          g.writeNumberField("units", r.units());
          JsonFields.decimal(g, "share", r.share());
          JsonFields.decimal(g, "cumulativeShare", r.cumulativeShare());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeArrayFieldStart("units");
      for (UnitAdvice u : units) {
        unit(g, u, top);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }

  private static void unit(JsonGenerator g, UnitAdvice u, int top) throws IOException {
    Scorecard c = u.scorecard();
    g.writeStartObject();
    g.writeStringField("unitCode", c.unitCode());
    g.writeStringField("unitName", c.unitName());
    g.writeStringField("periodId", c.periodId());
    JsonFields.decimal(g, "index", c.index());
    JsonFields.decimal(g, "indexRounded", c.indexRounded());
    if (c.band().isPresent()) {
      JsonFields.text(g, "band", c.band().get());
    }
    g.writeArrayFieldStart("fixes");
    int rank = 1;
    for (Fix f : u.top(top)) {
      g.writeStartObject();
      g.writeNumberField("rank", rank++);
      g.writeStringField("criterionCode", f.criterionCode());
      JsonFields.text(g, "title", f.title());
      g.writeArrayFieldStart("changes");
      for (Change ch : f.changes()) {
        g.writeStartObject();
        g.writeStringField("input", ch.inputKey());
        if (ch.from().isPresent()) {
          g.writeFieldName("from");
          value(g, ch.from().get());
        }
        g.writeFieldName("to");
        value(g, ch.to());
        g.writeEndObject();
      }
      g.writeEndArray();
      JsonFields.decimal(g, "pointsBefore", f.pointsBefore());
      JsonFields.decimal(g, "pointsAfter", f.pointsAfter());
      JsonFields.decimal(g, "pointsGained", f.pointsGained());
      JsonFields.decimal(g, "indexBefore", f.indexBefore());
      JsonFields.decimal(g, "indexAfter", f.indexAfter());
      JsonFields.decimal(g, "indexGained", f.indexGained());
      JsonFields.decimal(g, "indexRoundedBefore", f.indexRoundedBefore());
      JsonFields.decimal(g, "indexRoundedAfter", f.indexRoundedAfter());
      if (f.bandBefore().isPresent()) {
        JsonFields.text(g, "bandBefore", f.bandBefore().get());
      }
      if (f.bandAfter().isPresent()) {
        JsonFields.text(g, "bandAfter", f.bandAfter().get());
      }
      g.writeBooleanField("changesBand", f.changesBand());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("unsolved");
    for (Unsolved s : u.unsolved()) {
      g.writeStartObject();
      g.writeStringField("criterionCode", s.criterionCode());
      JsonFields.text(g, "title", s.title());
      JsonFields.decimal(g, "pointsLost", s.pointsLost());
      g.writeStringField("reason", s.reason().code());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes an evidence value as evidence files write it: its type and fields. */
  private static void value(JsonGenerator g, EvidenceValue v) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", v.typeName());
    if (v instanceof EvidenceValue.Count c) {
      g.writeNumberField("value", c.value());
    } else if (v instanceof EvidenceValue.Quantity q) {
      JsonFields.decimal(g, "amount", q.amount());
      g.writeStringField("unit", q.unit());
    } else if (v instanceof EvidenceValue.Ratio r) {
      JsonFields.decimal(g, "numerator", r.numerator());
      JsonFields.decimal(g, "denominator", r.denominator());
    } else if (v instanceof EvidenceValue.Flag f) {
      g.writeBooleanField("value", f.value());
    } else if (v instanceof EvidenceValue.Choice c) {
      g.writeStringField("option", c.option());
    } else if (v instanceof EvidenceValue.DateValue d) {
      g.writeStringField("value", d.value().toString());
    } else if (v instanceof EvidenceValue.TextValue t) {
      g.writeStringField("value", t.value());
    } else if (v instanceof EvidenceValue.Document d) {
      if (d.number().isPresent()) {
        g.writeStringField("number", d.number().get());
      }
      if (d.title().isPresent()) {
        g.writeStringField("title", d.title().get());
      }
      if (d.issued().isPresent()) {
        g.writeStringField("issued", d.issued().get().toString());
      }
      if (d.issuer().isPresent()) {
        g.writeStringField("issuer", d.issuer().get());
      }
    }
    g.writeEndObject();
  }
}
