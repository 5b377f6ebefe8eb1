package dev.rubric.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rubric.cohort.reconcile.Agreement;
import dev.rubric.cohort.reconcile.CriterionAgreement;
import dev.rubric.cohort.reconcile.CriterionLine;
import dev.rubric.cohort.reconcile.GapKind;
import dev.rubric.cohort.reconcile.Ratio;
import dev.rubric.cohort.reconcile.Reconciliation;
import dev.rubric.cohort.reconcile.RoundIndex;
import dev.rubric.cohort.reconcile.UnitDistance;
import dev.rubric.cohort.reconcile.UnitReconciliation;
import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.json.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders a {@link Reconciliation} as JSON ({@code "rubric-reconciliation/1"}, schema {@code
 * docs/schemas/reconciliation.schema.json}), deterministically: fixed property order, plain
 * decimals, optional values left out when absent, messages in Vietnamese and English, and the
 * layout of Rubric's other documents ({@link Json#generator}). A statistic is an exact fraction
 * with its value rounded half-up to 4 places: {@code {"numerator": 23, "denominator": 38, "value":
 * 0.6053}}.
 */
public final class ReconciliationJson {

  /** The value of the {@code "format"} property. */
  public static final String FORMAT = "rubric-reconciliation/1";

  /** The decimals of a statistic's {@code "value"}. */
  public static final int STATISTIC_DECIMALS = 4;

  private ReconciliationJson() {}

  /** Returns the JSON document, ending with a newline. */
  public static String render(Reconciliation r) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = Json.generator(w)) {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("catalogId", r.catalogId());
      g.writeStringField("catalogVersion", r.catalogVersion());
      g.writeArrayFieldStart("units");
      for (UnitReconciliation u : r.units()) {
        unit(g, u);
      }
      g.writeEndArray();
      findings(g, "problems", r.problems());
      agreement(g, r.agreement());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }

  private static void unit(JsonGenerator g, UnitReconciliation u) throws IOException {
    g.writeStartObject();
    g.writeStringField("unitCode", u.unitCode());
    g.writeStringField("unitName", u.unitName());
    g.writeBooleanField("assessed", u.assessed());
    JsonFields.decimal(g, "overClaimedPoints", u.overClaimedPoints());
    g.writeArrayFieldStart("indexes");
    for (RoundIndex i : u.indexes()) {
      g.writeStartObject();
      g.writeStringField("view", i.view());
      JsonFields.decimal(g, "total", i.total());
      JsonFields.decimal(g, "index", i.index());
      JsonFields.decimal(g, "indexRounded", i.indexRounded());
      if (i.band().isPresent()) {
        JsonFields.text(g, "band", i.band().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("lines");
    for (CriterionLine l : u.lines()) {
      g.writeStartObject();
      g.writeStringField("criterion", l.code());
      JsonFields.text(g, "title", l.title());
      g.writeStringField("channel", l.channel().keyword());
      JsonFields.decimal(g, "max", l.max());
      optional(g, "claimed", l.claimed());
      JsonFields.decimal(g, "computed", l.computed());
      optional(g, "appraised", l.appraised());
      if (l.appraisedIn().isPresent()) {
        g.writeStringField("appraisedIn", l.appraisedIn().get().code());
      }
      optional(g, "explained", l.explained());
      JsonFields.decimal(g, "final", l.finalPoints());
      g.writeStringField("source", l.source().code());
      if (l.remark().isPresent()) {
        g.writeStringField("remark", l.remark().get());
      }
      g.writeArrayFieldStart("gaps");
      for (GapKind k : l.gaps()) {
        g.writeString(k.code());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    findings(g, "findings", u.findings());
    findings(g, "problems", u.problems());
    g.writeEndObject();
  }

  private static void findings(JsonGenerator g, String name, List<Finding> findings)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Finding f : findings) {
      g.writeStartObject();
      g.writeStringField("code", f.code());
      g.writeStringField("severity", f.severity().name().toLowerCase(Locale.ROOT));
      if (f.criterionCode().isPresent()) {
        g.writeStringField("criterion", f.criterionCode().get());
      }
      for (String key : List.of("unit", "round", "gap", "stake", "where")) {
        String v = f.arguments().get(key);
        if (v != null) {
          g.writeStringField(key, v);
        }
      }
      JsonFields.text(
          g, "message", LocalizedText.of(f.message().in(Language.VI), f.message().in(Language.EN)));
      if (f.recommendation().isPresent()) {
        JsonFields.text(g, "recommendation", f.recommendation().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void agreement(JsonGenerator g, Agreement a) throws IOException {
    g.writeObjectFieldStart("agreement");
    g.writeNumberField("levels", a.levels());
    g.writeNumberField("pairs", a.pairs());
    g.writeArrayFieldStart("matrix");
    for (List<Integer> row : a.matrix()) {
      g.writeStartArray();
      for (int v : row) {
        g.writeNumber(v);
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    ratio(g, "kappa", a.kappa());
    ratio(g, "meanAbsoluteGap", a.meanAbsoluteGap());
    g.writeArrayFieldStart("criteria");
    for (CriterionAgreement c : a.criteria()) {
      g.writeStartObject();
      g.writeStringField("criterion", c.code());
      JsonFields.text(g, "title", c.title());
      g.writeNumberField("claims", c.claims());
      g.writeNumberField("overClaims", c.overClaims());
      ratio(g, "overClaimRate", Optional.of(c.overClaimRate()));
      ratio(g, "meanOverClaim", c.meanOverClaim());
      ratio(g, "meanAbsoluteGap", Optional.of(c.meanAbsoluteGap()));
      ratio(g, "kappa", c.kappa());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("leastReliable");
    for (String code : a.leastReliable()) {
      g.writeString(code);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("furthestUnits");
    for (UnitDistance d : a.furthestUnits()) {
      g.writeStartObject();
      g.writeStringField("unitCode", d.unitCode());
      g.writeStringField("unitName", d.unitName());
      JsonFields.decimal(g, "selfIndex", d.selfIndex());
      JsonFields.decimal(g, "finalIndex", d.finalIndex());
      JsonFields.decimal(g, "indexGap", d.indexGap());
      JsonFields.decimal(g, "pointGap", d.pointGap());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void ratio(JsonGenerator g, String name, Optional<Ratio> r) throws IOException {
    if (r.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart(name);
    g.writeNumberField("numerator", r.get().numerator());
    g.writeNumberField("denominator", r.get().denominator());
    JsonFields.decimal(g, "value", r.get().round(STATISTIC_DECIMALS));
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, Optional<Decimal> d)
      throws IOException {
    if (d.isPresent()) {
      JsonFields.decimal(g, name, d.get());
    }
  }
}
