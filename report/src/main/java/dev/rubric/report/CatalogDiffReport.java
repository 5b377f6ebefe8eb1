package dev.rubric.report;

import static dev.rubric.report.Html.escape;
import static dev.rubric.report.Labels.tr;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rubric.cohort.compare.CatalogDiff;
import dev.rubric.cohort.compare.Change;
import dev.rubric.cohort.compare.Comparability;
import dev.rubric.cohort.compare.Warning;
import dev.rubric.core.Language;
import dev.rubric.core.csv.CsvDialect;
import dev.rubric.core.json.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link CatalogDiff} as terminal text, CSV, JSON ({@code "rubric-diff/1"}, JSON Schema
 * {@code docs/schemas/diff.schema.json}) or a self-contained HTML page. Every output is
 * deterministic: equal diffs give byte-identical text.
 */
public final class CatalogDiffReport {

  /** The value of the JSON document's {@code "format"} property. */
  public static final String FORMAT = "rubric-diff/1";

  private CatalogDiffReport() {}

  private static String title(CatalogDiff d) {
    return d.catalogId() + " " + d.fromVersion() + " → " + d.toVersion();
  }

  private static String verdict(CatalogDiff d, Language lang) {
    return tr(lang, "Mức tăng phiên bản cần có: ", "Version bump required: ")
        + CompareLabels.bump(d.required(), lang)
        + tr(lang, " · đã tăng: ", " · declared: ")
        + CompareLabels.bump(d.declared(), lang)
        + (d.isBumpSufficient() ? " ✓" : tr(lang, " ✗ chưa đủ", " ✗ too small"));
  }

  /** Returns the diff as terminal text. */
  public static String text(CatalogDiff d, Language lang, Ansi ansi) {
    StringBuilder out = new StringBuilder();
    out.append(ansi.paint(tr(lang, "SO SÁNH BỘ TIÊU CHÍ", "CATALOG DIFF"), Ansi.Style.BOLD))
        .append(" · ")
        .append(title(d))
        .append("\n")
        .append(verdict(d, lang))
        .append("\n")
        .append(d.changes().size())
        .append(tr(lang, " thay đổi", d.changes().size() == 1 ? " change" : " changes"))
        .append("\n\n");
    if (!d.changes().isEmpty()) {
      TextTable t =
          new TextTable()
              .column(tr(lang, "Mã", "Code"), TextTable.Align.LEFT)
              .column(tr(lang, "Thay đổi", "Change"), TextTable.Align.LEFT, 28)
              .column(tr(lang, "Trước", "Before"), TextTable.Align.LEFT, 34)
              .column(tr(lang, "Sau", "After"), TextTable.Align.LEFT, 34)
              .column(tr(lang, "Mức", "Bump"), TextTable.Align.LEFT)
              .column(tr(lang, "So sánh", "Comparability"), TextTable.Align.LEFT, 18);
      Ansi.Style[] none = new Ansi.Style[0];
      for (Change c : d.changes()) {
        Ansi.Style[] effect =
            c.kind().effect() == Comparability.NOT_COMPARABLE
                ? new Ansi.Style[] {Ansi.Style.RED}
                : c.kind().effect() == Comparability.RESCALED
                    ? new Ansi.Style[] {Ansi.Style.YELLOW}
                    : none;
        t.row(
            List.of(
                code(c),
                CompareLabels.kind(c.kind(), lang),
                c.before().orElse("–"),
                c.after().orElse("–"),
                c.kind().bump().code(),
                CompareLabels.comparability(c.kind().effect(), lang)),
            List.of(none, none, none, none, none, effect));
      }
      out.append(t.render(ansi, ""));
    }
    warningsText(out, d.warnings(), lang, ansi);
    return out.toString();
  }

  private static String code(Change c) {
    if (c.fromCode().isPresent()
        && c.toCode().isPresent()
        && !c.fromCode().get().equals(c.toCode().get())) {
      return c.fromCode().get() + " → " + c.toCode().get();
    }
    return c.code().isEmpty() ? "·" : c.code();
  }

  static void warningsText(StringBuilder out, List<Warning> warnings, Language lang, Ansi ansi) {
    if (warnings.isEmpty()) {
      return;
    }
    out.append('\n')
        .append(ansi.paint(tr(lang, "CẢNH BÁO", "WARNINGS"), Ansi.Style.BOLD, Ansi.Style.YELLOW))
        .append(" (")
        .append(warnings.size())
        .append(")\n");
    for (Warning w : warnings) {
      List<String> lines = TextTable.wrap(w.text(lang) + " [" + w.kind().code() + "]", 96);
      for (int i = 0; i < lines.size(); i++) {
        out.append(i == 0 ? "  • " : "    ").append(lines.get(i)).append('\n');
      }
    }
  }

  /** Returns the changes as CSV, one row per change, starting with a byte order mark. */
  public static String csv(CatalogDiff d, Language lang) {
    return csv(d, lang, CsvDialect.STANDARD);
  }

  /** Returns the changes as CSV in {@code dialect}, one row per change. */
  public static String csv(CatalogDiff d, Language lang, CsvDialect dialect) {
    CsvText csv =
        new CsvText(dialect)
            .row(
                "kind",
                "change",
                "from_code",
                "to_code",
                "before",
                "after",
                "bump",
                "comparability");
    for (Change c : d.changes()) {
      csv.row(
          c.kind().code(),
          CompareLabels.kind(c.kind(), lang),
          c.fromCode().orElse(""),
          c.toCode().orElse(""),
          c.before().orElse(""),
          c.after().orElse(""),
          c.kind().bump().code(),
          c.kind().effect().code());
    }
    return csv.toString();
  }

  /** Returns the JSON document, ending with a newline. */
  public static String json(CatalogDiff d) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = Json.generator(w)) {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("catalogId", d.catalogId());
      g.writeStringField("from", d.fromVersion());
      g.writeStringField("to", d.toVersion());
      g.writeStringField("required", d.required().code());
      g.writeStringField("declared", d.declared().code());
      g.writeBooleanField("sufficient", d.isBumpSufficient());
      g.writeBooleanField("indexComparable", d.indexComparable());
      g.writeBooleanField("bandsComparable", d.bandsComparable());
      g.writeArrayFieldStart("changes");
      for (Change c : d.changes()) {
        g.writeStartObject();
        g.writeStringField("kind", c.kind().code());
        g.writeStringField("bump", c.kind().bump().code());
        g.writeStringField("effect", c.kind().effect().code());
        if (c.fromCode().isPresent()) {
          g.writeStringField("fromCode", c.fromCode().get());
        }
        if (c.toCode().isPresent()) {
          g.writeStringField("toCode", c.toCode().get());
        }
        if (c.before().isPresent()) {
          g.writeStringField("before", c.before().get());
        }
        if (c.after().isPresent()) {
          g.writeStringField("after", c.after().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("nodes");
      for (Map.Entry<String, Comparability> e : d.nodes().entrySet()) {
        g.writeStartObject();
        g.writeStringField("code", e.getKey());
        g.writeArrayFieldStart("fromCodes");
        for (String o : d.oldCodes(e.getKey())) {
          g.writeString(o);
        }
        g.writeEndArray();
        g.writeStringField("comparability", e.getValue().code());
        g.writeEndObject();
      }
      g.writeEndArray();
      CompareLabels.warnings(g, d.warnings());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }

  /** Returns the diff as one self-contained HTML page ({@code id="changes"}). */
  public static String html(CatalogDiff d, Language lang) {
    StringBuilder out = new StringBuilder();
    String title = tr(lang, "So sánh bộ tiêu chí · ", "Catalog diff · ") + title(d);
    Html.open(out, lang, title);
    out.append("<header>\n<h1>")
        .append(escape(title))
        .append("</h1>\n<p class=\"meta\">")
        .append(escape(verdict(d, lang)))
        .append("</p>\n</header>\n<section>\n<h2>")
        .append(tr(lang, "Thay đổi", "Changes"))
        .append("</h2>\n<table id=\"changes\">\n<thead><tr><th>")
        .append(tr(lang, "Mã", "Code"))
        .append("</th><th>")
        .append(tr(lang, "Thay đổi", "Change"))
        .append("</th><th>")
        .append(tr(lang, "Trước", "Before"))
        .append("</th><th>")
        .append(tr(lang, "Sau", "After"))
        .append("</th><th>")
        .append(tr(lang, "Mức", "Bump"))
        .append("</th><th>")
        .append(tr(lang, "So sánh", "Comparability"))
        .append("</th></tr></thead>\n<tbody>\n");
    for (Change c : d.changes()) {
      out.append("<tr><td class=\"code\">")
          .append(escape(code(c)))
          .append("</td><td>")
          .append(escape(CompareLabels.kind(c.kind(), lang)))
          .append("</td><td>")
          .append(escape(c.before().orElse("–")))
          .append("</td><td>")
          .append(escape(c.after().orElse("–")))
          .append("</td><td>")
          .append(c.kind().bump().code())
          .append("</td><td class=\"")
          .append(ComparisonHtml.comparabilityClass(c.kind().effect()))
          .append("\">")
          .append(escape(CompareLabels.comparability(c.kind().effect(), lang)))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
    ComparisonHtml.warnings(out, d.warnings(), lang);
    Html.close(out, "Rubric · " + title(d));
    return out.toString();
  }
}
