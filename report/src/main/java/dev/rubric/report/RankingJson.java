package dev.rubric.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rubric.cohort.Ranking;
import dev.rubric.core.json.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Renders a {@link Ranking} as JSON ({@code "rubric-ranking/1"}), deterministically: fixed property
 * order, plain decimals, and the layout of Rubric's other documents ({@link Json#generator}):
 * two-space indentation, {@code '\n'} line ends and a final newline.
 *
 * <pre>{@code
 * {
 *   "format": "rubric-ranking/1",
 *   "catalogId": "cchc-xa", "catalogVersion": "2022.1.0", "catalogHash": "sha256:…",
 *   "units": 2,
 *   "rows": [{"rank": 1, "unitCode": "…", "unitName": "…", "periodId": "2022", "total": 80.5,
 *             "index": 80.5, "indexRounded": 80.5, "band": {"vi": "Khá", "en": "Fair"}}, …],
 *   "distribution": [{"band": {"vi": "Tốt", "en": "Good"}, "count": 0}, …],
 *   "areaAverages": [{"code": "1", "title": {…}, "max": 12, "averageEarned": 8.25,
 *                     "averageApplicableMax": 12}, …]
 * }
 * }</pre>
 */
public final class RankingJson {

  /** The value of the {@code "format"} property. */
  public static final String FORMAT = "rubric-ranking/1";

  private RankingJson() {}

  /** Returns the JSON document, ending with a newline. */
  public static String render(Ranking ranking) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = Json.generator(w)) {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("catalogId", ranking.catalog().id());
      g.writeStringField("catalogVersion", ranking.catalog().version());
      if (!ranking.rows().isEmpty()) {
        g.writeStringField("catalogHash", ranking.rows().get(0).summary().catalogHash());
      }
      g.writeNumberField("units", ranking.rows().size());
      g.writeArrayFieldStart("rows");
      for (Ranking.Row r : ranking.rows()) {
        Ranking.Summary c = r.summary();
        g.writeStartObject();
        g.writeNumberField("rank", r.rank());
        g.writeStringField("unitCode", c.unitCode());
        g.writeStringField("unitName", c.unitName());
        g.writeStringField("periodId", c.periodId());
        JsonFields.decimal(g, "total", c.total());
        JsonFields.decimal(g, "index", c.index());
        JsonFields.decimal(g, "indexRounded", c.indexRounded());
        if (c.band().isPresent()) {
          JsonFields.text(g, "band", c.band().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("distribution");
      for (Ranking.BandCount b : ranking.distribution()) {
        g.writeStartObject();
        JsonFields.text(g, "band", b.band());
        g.writeNumberField("count", b.count());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("areaAverages");
      for (Ranking.AreaAverage a : ranking.areas()) {
        g.writeStartObject();
        g.writeStringField("code", a.code());
        JsonFields.text(g, "title", a.title());
        JsonFields.decimal(g, "max", a.max());
        JsonFields.decimal(g, "averageEarned", a.averageEarned());
        JsonFields.decimal(g, "averageApplicableMax", a.averageApplicableMax());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }
}
