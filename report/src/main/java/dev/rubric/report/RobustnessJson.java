package dev.rubric.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rubric.cohort.robust.AreaInfluence;
import dev.rubric.cohort.robust.RankRobustness;
import dev.rubric.cohort.robust.RobustnessOptions;
import dev.rubric.cohort.robust.UnitRobustness;
import dev.rubric.core.Decimal;
import dev.rubric.core.json.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders a {@link RankRobustness} as JSON ({@code "rubric-robustness/1"}, schema {@code
 * docs/schemas/robustness.schema.json}), deterministically: fixed property order, plain decimals,
 * the band left out when a unit has none, and the layout of Rubric's other documents ({@link
 * Json#generator}). Spreads are percentages ({@code 20} for ±20%); the probability of changing band
 * is the exact count of runs and its value rounded half-up to 4 places. An area's shifts are exact
 * totals over {@code shiftCases} (units × 10 values of its weight) with their means, total ÷ {@code
 * shiftCases}: exact when the quotient has at most {@value Decimal#DIVISION_SCALE} decimals ({@code
 * 0.06}), else rounded half-even to that many ({@code 0.05714285714285714286} for 8/140).
 */
public final class RobustnessJson {

  /** The value of the {@code "format"} property. */
  public static final String FORMAT = "rubric-robustness/1";

  /** The decimals of a probability's {@code "value"}. */
  public static final int PROBABILITY_DECIMALS = 4;

  private RobustnessJson() {}

  /** Returns the JSON document, ending with a newline. */
  public static String render(RankRobustness r) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = Json.generator(w)) {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("catalogId", r.catalog().id());
      g.writeStringField("catalogVersion", r.catalog().version());
      g.writeStringField("catalogHash", r.catalogHash());
      method(g, r.options());
      g.writeArrayFieldStart("areas");
      for (AreaInfluence a : r.areas()) {
        g.writeStartObject();
        g.writeStringField("code", a.code());
        JsonFields.text(g, "title", a.title());
        JsonFields.decimal(g, "weight", a.weight());
        JsonFields.decimal(g, "spreadPercent", RobustnessWords.percent(a.spreadPerMille()));
        g.writeNumberField("shiftCases", a.shiftCases());
        g.writeNumberField("rankShiftTotal", a.rankShiftTotal());
        JsonFields.decimal(g, "meanRankShift", a.meanRankShift());
        g.writeNumberField("maxRankShift", a.maxRankShift());
        JsonFields.decimal(g, "indexShiftTotal", a.indexShiftTotal());
        JsonFields.decimal(g, "meanIndexShift", a.meanIndexShift());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("units");
      for (UnitRobustness u : r.units()) {
        unit(g, r, u);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }

  private static void method(JsonGenerator g, RobustnessOptions o) throws IOException {
    g.writeObjectFieldStart("method");
    g.writeStringField("sampling", "uniform-per-mille");
    g.writeNumberField("runs", o.runs());
    g.writeNumberField("seed", o.seed());
    JsonFields.decimal(g, "spreadPercent", RobustnessWords.percent(o.spreadPerMille()));
    g.writeObjectFieldStart("areaSpreadPercent");
    for (Map.Entry<String, Integer> e : o.areaSpreads().entrySet()) {
      JsonFields.decimal(g, e.getKey(), RobustnessWords.percent(e.getValue()));
    }
    g.writeEndObject();
    g.writeStringField("percentile", "nearest-rank");
    g.writeNumberField("stableWidth", o.stableWidth());
    JsonFields.decimal(g, "stableBandChangeBelow", Decimal.parse("0.05"));
    g.writeEndObject();
  }

  private static void unit(JsonGenerator g, RankRobustness r, UnitRobustness u) throws IOException {
    g.writeStartObject();
    g.writeStringField("unitCode", u.unitCode());
    g.writeStringField("unitName", u.unitName());
    g.writeStringField("periodId", u.periodId());
    g.writeFieldName("index");
    g.writeNumber(u.index().toString(r.catalog().rounding().decimals()));
    if (u.band().isPresent()) {
      JsonFields.text(g, "band", u.band().get());
    }
    g.writeNumberField("rank", u.rank());
    g.writeNumberField("medianRank", u.medianRank());
    g.writeNumberField("lowRank", u.lowRank());
    g.writeNumberField("highRank", u.highRank());
    g.writeObjectFieldStart("bandChange");
    g.writeNumberField("runs", u.bandChanges());
    g.writeNumberField("of", u.runs());
    JsonFields.decimal(g, "probability", u.bandChangeProbability(PROBABILITY_DECIMALS));
    g.writeEndObject();
    g.writeBooleanField("stable", u.stable());
    g.writeObjectFieldStart("leaveOneOut");
    for (int i = 0; i < r.areas().size(); i++) {
      g.writeNumberField(r.areas().get(i).code(), u.leaveOneOut().get(i));
    }
    g.writeEndObject();
    g.writeEndObject();
  }
}
