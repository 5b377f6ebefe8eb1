package dev.rubric.report;

import static dev.rubric.report.Labels.tr;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rubric.cohort.Ranking;
import dev.rubric.cohort.compare.FindingChange;
import dev.rubric.cohort.compare.History;
import dev.rubric.cohort.compare.NodeDelta;
import dev.rubric.cohort.compare.Point;
import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.csv.CsvDialect;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.json.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders a {@link History} as terminal text, CSV or JSON ({@code "rubric-comparison/1"}, JSON
 * Schema {@code docs/schemas/comparison.schema.json}), for one unit ({@code unit*}: its series and,
 * per step, every node and its findings) or for the whole cohort ({@code cohort*}: every unit's
 * series and index change, band transitions, movers and criteria). Deterministic. See {@link
 * ComparisonHtml} for the HTML pages.
 */
public final class ComparisonReport {

  /** The value of the JSON document's {@code "format"} property. */
  public static final String FORMAT = "rubric-comparison/1";

  /** How many units the most improved and most declined lists show. */
  public static final int MOVERS = 3;

  /** How many criteria the text report lists as moved most. */
  public static final int CRITERIA = 8;

  private ComparisonReport() {}

  private static final Ansi.Style[] NONE = new Ansi.Style[0];
  private static final Ansi.Style[] BOLD = {Ansi.Style.BOLD};

  /**
   * Returns the unit with code {@code unitCode} (in the last period it has) over time, as text.
   *
   * @throws IllegalArgumentException if the history has no such unit
   */
  public static String unitText(History h, String unitCode, Language lang, Ansi ansi) {
    History.UnitSeries s = series(h, unitCode);
    StringBuilder out = new StringBuilder();
    out.append(ansi.paint(tr(lang, "SO SÁNH THEO THỜI GIAN", "OVER TIME"), Ansi.Style.BOLD))
        .append(" · ")
        .append(s.unitName())
        .append(" (")
        .append(s.unitCode())
        .append(")\n\n");
    out.append(seriesTable(h, s, lang).render(ansi, ""));
    for (History.UnitStep u : h.unitSteps(unitCode)) {
      out.append('\n')
          .append(ansi.paint(u.before().periodId() + " → " + u.after().periodId(), Ansi.Style.BOLD))
          .append(": ")
          .append(tr(lang, "chỉ số ", "index "))
          .append(CompareLabels.index(u.before(), lang))
          .append(" → ")
          .append(CompareLabels.index(u.after(), lang))
          .append(" (")
          .append(
              u.indexDelta()
                  .map(d -> CompareLabels.signed(d, lang))
                  .orElse(tr(lang, "công thức chỉ số thay đổi", "index formula changed")))
          .append("), ")
          .append(CompareLabels.band(u.before().band(), lang))
          .append(" → ")
          .append(CompareLabels.band(u.after().band(), lang))
          .append(tr(lang, ", hạng ", ", rank "))
          .append(u.before().rank())
          .append('/')
          .append(u.before().units())
          .append(" → ")
          .append(u.after().rank())
          .append('/')
          .append(u.after().units())
          .append(" (")
          .append(CompareLabels.rankChange(u.rankChange()))
          .append(")\n\n");
      TextTable t =
          new TextTable()
              .column(tr(lang, "Mã", "Code"), TextTable.Align.LEFT)
              .column(
                  tr(lang, "Lĩnh vực, tiêu chí", "Area, criterion"),
                  TextTable.Align.LEFT,
                  ScorecardText.TITLE_WIDTH - 14)
              .column(u.before().periodId(), TextTable.Align.RIGHT)
              .column(u.after().periodId(), TextTable.Align.RIGHT)
              .column(tr(lang, "Thay đổi", "Change"), TextTable.Align.RIGHT)
              .column(tr(lang, "Kết quả", "Status"), TextTable.Align.LEFT, 30);
      for (NodeDelta d : u.nodes()) {
        int depth = d.depth();
        t.row(
            List.of(
                "  ".repeat(depth) + d.code(),
                d.title().in(lang),
                d.before().map(x -> Labels.points(x.earned(), x.applicableMax(), lang)).orElse("–"),
                d.after().map(x -> Labels.points(x.earned(), x.applicableMax(), lang)).orElse("–"),
                change(d, lang),
                status(d, lang)),
            List.of(
                depth == 0 ? BOLD : NONE,
                depth == 0 ? BOLD : NONE,
                NONE,
                NONE,
                changeStyle(d),
                NONE));
      }
      out.append(t.render(ansi, ""));
      out.append('\n')
          .append(ansi.paint(tr(lang, "PHÁT HIỆN", "FINDINGS"), Ansi.Style.BOLD))
          .append(" (")
          .append(tr(lang, "mới ", "new "))
          .append(u.findings(FindingChange.Status.NEW).size())
          .append(tr(lang, ", còn tồn tại ", ", persisting "))
          .append(u.findings(FindingChange.Status.PERSISTING).size())
          .append(tr(lang, ", đã khắc phục ", ", resolved "))
          .append(u.findings(FindingChange.Status.RESOLVED).size())
          .append(")\n");
      for (FindingChange.Status st : FindingChange.Status.values()) {
        List<FindingChange> fs = u.findings(st);
        if (fs.isEmpty()) {
          continue;
        }
        out.append(CompareLabels.status(st, lang)).append('\n');
        for (FindingChange f : fs) {
          Finding x = f.finding();
          String line =
              x.criterionCode().map(c -> "[" + c + "] ").orElse("")
                  + x.message().in(lang)
                  + " ("
                  + x.severity().name().toLowerCase(java.util.Locale.ROOT)
                  + ")";
          List<String> lines = TextTable.wrap(line, 96);
          for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? "  • " : "    ").append(lines.get(i)).append('\n');
          }
        }
      }
    }
    CatalogDiffReport.warningsText(out, h.warnings(), lang, ansi);
    return out.toString();
  }

  private static Ansi.Style[] changeStyle(NodeDelta d) {
    Optional<Decimal> v = d.pointsDelta().or(d::shareDelta);
    if (v.isEmpty()) {
      return NONE;
    }
    int s = v.get().signum();
    return s > 0
        ? new Ansi.Style[] {Ansi.Style.GREEN}
        : s < 0 ? new Ansi.Style[] {Ansi.Style.RED} : NONE;
  }

  /** Returns the change column: points, a share in percentage points, or why there is none. */
  static String change(NodeDelta d, Language lang) {
    if (d.pointsDelta().isPresent()) {
      return CompareLabels.signed(d.pointsDelta().get(), lang);
    }
    if (d.shareDelta().isPresent()) {
      return CompareLabels.signed(d.shareDelta().get(), lang) + tr(lang, " điểm %", " pp");
    }
    if (d.before().isEmpty()) {
      return tr(lang, "mới", "new");
    }
    if (d.after().isEmpty()) {
      return tr(lang, "đã bỏ", "removed");
    }
    return d.comparability() == dev.rubric.cohort.compare.Comparability.NOT_COMPARABLE
        ? tr(lang, "không so sánh được", "not comparable")
        : "–";
  }

  private static String status(NodeDelta d, Language lang) {
    String a = d.before().map(x -> x.status().label(lang)).orElse("–");
    String b = d.after().map(x -> x.status().label(lang)).orElse("–");
    return a.equals(b) ? b : a + " → " + b;
  }

  private static TextTable seriesTable(History h, History.UnitSeries s, Language lang) {
    TextTable t =
        new TextTable()
            .column(tr(lang, "Kỳ", "Period"), TextTable.Align.LEFT)
            .column(tr(lang, "Bộ tiêu chí", "Catalog"), TextTable.Align.LEFT)
            .column(tr(lang, "Mã", "Code"), TextTable.Align.LEFT)
            .column(tr(lang, "Chỉ số", "Index"), TextTable.Align.RIGHT)
            .column(tr(lang, "Xếp loại", "Band"), TextTable.Align.LEFT)
            .column(tr(lang, "Hạng", "Rank"), TextTable.Align.RIGHT);
    for (int i = 0; i < h.periods().size(); i++) {
      History.Period p = h.periods().get(i);
      Optional<Point> pt = s.points().get(i);
      t.row(
          p.periodId(),
          p.catalog().id() + " " + p.catalog().version(),
          pt.map(Point::unitCode).orElse("–"),
          pt.map(x -> CompareLabels.index(x, lang)).orElse("–"),
          pt.map(x -> CompareLabels.band(x.band(), lang)).orElse("–"),
          pt.map(x -> x.rank() + "/" + x.units()).orElse("–"));
    }
    return t;
  }

  private static History.UnitSeries series(History h, String unitCode) {
    return h.series(unitCode)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unitCode: no unit '" + unitCode + "' in the history"));
  }

  /** Returns the cohort over time as text. */
  public static String cohortText(History h, Language lang, Ansi ansi) {
    StringBuilder out = new StringBuilder();
    History.Period last = h.periods().get(h.periods().size() - 1);
    out.append(ansi.paint(tr(lang, "SO SÁNH THEO THỜI GIAN", "OVER TIME"), Ansi.Style.BOLD))
        .append(" · ")
        .append(last.catalog().title().in(lang))
        .append(" · ")
        .append(String.join(", ", h.periods().stream().map(History.Period::periodId).toList()))
        .append(" · ")
        .append(h.units().size())
        .append(tr(lang, " đơn vị", h.units().size() == 1 ? " unit" : " units"))
        .append("\n\n");
    TextTable t =
        new TextTable()
            .column(tr(lang, "Mã", "Code"), TextTable.Align.LEFT)
            .column(tr(lang, "Đơn vị", "Unit"), TextTable.Align.LEFT, 28);
    for (History.Period p : h.periods()) {
      t.column(p.periodId(), TextTable.Align.RIGHT);
    }
    t.column(tr(lang, "Thay đổi", "Change"), TextTable.Align.RIGHT)
        .column(tr(lang, "Hạng", "Rank"), TextTable.Align.RIGHT)
        .column(tr(lang, "Xếp loại", "Band"), TextTable.Align.LEFT, 24);
    for (History.UnitSeries s : h.units()) {
      List<String> cells = new ArrayList<>(List.of(s.unitCode(), s.unitName()));
      List<Ansi.Style[]> styles = new ArrayList<>(List.of(NONE, NONE));
      for (Optional<Point> p : s.points()) {
        cells.add(p.map(x -> CompareLabels.index(x, lang)).orElse("–"));
        styles.add(NONE);
      }
      Optional<History.Mover> m =
          h.movers().stream().filter(x -> x.unitCode().equals(s.unitCode())).findFirst();
      cells.add(m.map(x -> CompareLabels.signed(x.delta(), lang)).orElse("–"));
      styles.add(
          m.map(
                  x ->
                      x.delta().signum() > 0
                          ? new Ansi.Style[] {Ansi.Style.GREEN}
                          : x.delta().signum() < 0 ? new Ansi.Style[] {Ansi.Style.RED} : NONE)
              .orElse(NONE));
      Optional<Point> first = s.points().stream().flatMap(Optional::stream).findFirst();
      Optional<Point> end = s.points().get(s.points().size() - 1);
      cells.add(
          end.map(
                  e ->
                      e.rank()
                          + first
                              .filter(f -> !f.periodId().equals(e.periodId()))
                              .map(f -> " (" + CompareLabels.rankChange(f.rank() - e.rank()) + ")")
                              .orElse(""))
              .orElse("–"));
      styles.add(NONE);
      cells.add(
          first.map(f -> CompareLabels.band(f.band(), lang)).orElse("–")
              + end.filter(e -> first.isPresent() && !first.get().periodId().equals(e.periodId()))
                  .map(e -> " → " + CompareLabels.band(e.band(), lang))
                  .orElse(""));
      styles.add(NONE);
      t.row(cells, styles);
    }
    out.append(t.render(ansi, ""));

    out.append('\n')
        .append(ansi.paint(tr(lang, "TIẾN BỘ NHIỀU NHẤT", "MOST IMPROVED"), Ansi.Style.BOLD))
        .append('\n');
    movers(out, h.mostImproved(MOVERS), CompareLabels.decimals(h), lang);
    out.append('\n')
        .append(ansi.paint(tr(lang, "GIẢM NHIỀU NHẤT", "MOST DECLINED"), Ansi.Style.BOLD))
        .append('\n');
    movers(out, h.mostDeclined(MOVERS), CompareLabels.decimals(h), lang);

    for (History.Step step : h.steps()) {
      out.append('\n')
          .append(
              ansi.paint(
                  tr(lang, "CHUYỂN XẾP LOẠI ", "BAND TRANSITIONS ")
                      + step.fromPeriod()
                      + " → "
                      + step.toPeriod(),
                  Ansi.Style.BOLD))
          .append(
              step.bands().comparable()
                  ? ""
                  : tr(lang, " (ngưỡng xếp loại đã thay đổi)", " (band bounds changed)"))
          .append('\n');
      TextTable m =
          new TextTable()
              .column(step.fromPeriod() + " \\ " + step.toPeriod(), TextTable.Align.LEFT);
      step.bands().to().forEach(b -> m.column(b.in(lang), TextTable.Align.RIGHT));
      for (int i = 0; i < step.bands().from().size(); i++) {
        List<String> row = new ArrayList<>(List.of(step.bands().from().get(i).in(lang)));
        step.bands().counts().get(i).forEach(c -> row.add(c == 0 ? "·" : Integer.toString(c)));
        m.row(row.toArray(String[]::new));
      }
      out.append(m.render(ansi, ""));

      out.append('\n')
          .append(
              ansi.paint(
                  tr(lang, "TIÊU CHÍ THAY ĐỔI NHIỀU NHẤT ", "CRITERIA THAT MOVED MOST ")
                      + step.fromPeriod()
                      + " → "
                      + step.toPeriod(),
                  Ansi.Style.BOLD))
          .append(tr(lang, " (tỷ lệ điểm đạt trên điểm tối đa)", " (share of the maximum earned)"))
          .append('\n');
      TextTable c =
          new TextTable()
              .column(tr(lang, "Mã", "Code"), TextTable.Align.LEFT)
              .column(tr(lang, "Tiêu chí", "Criterion"), TextTable.Align.LEFT, 44)
              .column(step.fromPeriod(), TextTable.Align.RIGHT)
              .column(step.toPeriod(), TextTable.Align.RIGHT)
              .column(tr(lang, "Thay đổi", "Change"), TextTable.Align.RIGHT);
      step.criteria().stream()
          .filter(History.CriterionMove::criterion)
          .filter(x -> x.delta().isPresent())
          .limit(CRITERIA)
          .forEach(
              x ->
                  c.row(
                      x.fromCode().equals(x.code()) ? x.code() : x.fromCode() + " → " + x.code(),
                      x.title().in(lang),
                      Labels.number(x.shareBefore(), lang) + "%",
                      Labels.number(x.shareAfter(), lang) + "%",
                      CompareLabels.signed(x.delta().orElseThrow(), lang)
                          + tr(lang, " điểm %", " pp")));
      out.append(c.render(ansi, ""));
      List<String> notComparable =
          step.criteria().stream()
              .filter(History.CriterionMove::criterion)
              .filter(x -> x.delta().isEmpty())
              .map(History.CriterionMove::code)
              .toList();
      if (!notComparable.isEmpty()) {
        out.append(
                tr(
                    lang,
                    "Không so sánh được (cách chấm thay đổi): ",
                    "Not comparable (rules changed): "))
            .append(String.join(", ", notComparable))
            .append('\n');
      }
    }
    CatalogDiffReport.warningsText(out, h.warnings(), lang, ansi);
    return out.toString();
  }

  private static void movers(
      StringBuilder out, List<History.Mover> movers, int decimals, Language lang) {
    if (movers.isEmpty()) {
      out.append("  –\n");
      return;
    }
    for (History.Mover m : movers) {
      out.append("  ")
          .append(m.unitName())
          .append(" (")
          .append(m.unitCode())
          .append("): ")
          .append(CompareLabels.fixed(m.first(), decimals, lang))
          .append(" → ")
          .append(CompareLabels.fixed(m.last(), decimals, lang))
          .append(" (")
          .append(CompareLabels.signed(m.delta(), lang))
          .append(")\n");
    }
  }

  /**
   * Returns the unit's node changes as CSV, one row per step and node, with a byte order mark.
   *
   * @throws IllegalArgumentException if the history has no such unit
   */
  public static String unitCsv(History h, String unitCode, Language lang) {
    return unitCsv(h, unitCode, lang, CsvDialect.STANDARD);
  }

  /**
   * Returns one unit's node changes as CSV in {@code dialect}, one row per step and node.
   *
   * @throws IllegalArgumentException if the history has no such unit
   */
  public static String unitCsv(History h, String unitCode, Language lang, CsvDialect dialect) {
    series(h, unitCode);
    CsvText csv =
        new CsvText(dialect)
            .row(
                "from_period",
                "to_period",
                "code",
                "from_code",
                "title",
                "comparability",
                "earned_before",
                "applicable_max_before",
                "status_before",
                "earned_after",
                "applicable_max_after",
                "status_after",
                "points_delta",
                "share_delta");
    for (History.UnitStep u : h.unitSteps(unitCode)) {
      for (NodeDelta d : u.nodes()) {
        csv.row(
            u.before().periodId(),
            u.after().periodId(),
            d.code(),
            d.fromCode().orElse(""),
            d.title().in(lang),
            d.comparability().code(),
            d.before().map(x -> csv.number(x.earned().toString())).orElse(""),
            d.before().map(x -> csv.number(x.applicableMax().toString())).orElse(""),
            d.before().map(x -> Labels.code(x.status())).orElse(""),
            d.after().map(x -> csv.number(x.earned().toString())).orElse(""),
            d.after().map(x -> csv.number(x.applicableMax().toString())).orElse(""),
            d.after().map(x -> Labels.code(x.status())).orElse(""),
            d.pointsDelta().map(x -> csv.number(x.toString())).orElse(""),
            d.shareDelta().map(x -> csv.number(x.toString())).orElse(""));
      }
    }
    return csv.toString();
  }

  /** Returns every continuing unit's change as CSV, one row per step and unit. */
  public static String cohortCsv(History h, Language lang) {
    return cohortCsv(h, lang, CsvDialect.STANDARD);
  }

  /**
   * Returns every continuing unit's change as CSV in {@code dialect}, one row per step and unit.
   */
  public static String cohortCsv(History h, Language lang, CsvDialect dialect) {
    CsvText csv =
        new CsvText(dialect)
            .row(
                "from_period",
                "to_period",
                "unit_code",
                "from_code",
                "unit_name",
                "index_before",
                "index_after",
                "index_delta",
                "band_before",
                "band_after",
                "rank_before",
                "rank_after",
                "rank_change");
    for (History.Step step : h.steps()) {
      for (History.UnitStep u : step.units()) {
        csv.row(
            step.fromPeriod(),
            step.toPeriod(),
            u.after().unitCode(),
            u.before().unitCode(),
            u.after().unitName(),
            csv.number(u.before().index().toString(u.before().indexDecimals())),
            csv.number(u.after().index().toString(u.after().indexDecimals())),
            u.indexDelta().map(x -> csv.number(x.toString())).orElse(""),
            u.before().band().map(b -> b.in(lang)).orElse(""),
            u.after().band().map(b -> b.in(lang)).orElse(""),
            Integer.toString(u.before().rank()),
            Integer.toString(u.after().rank()),
            Integer.toString(u.rankChange()));
      }
    }
    return csv.toString();
  }

  /**
   * Returns the unit over time as JSON ({@code "scope": "unit"}).
   *
   * @throws IllegalArgumentException if the history has no such unit
   */
  public static String unitJson(History h, String unitCode) {
    History.UnitSeries s = series(h, unitCode);
    return json(h, Optional.of(s));
  }

  /** Returns the cohort over time as JSON ({@code "scope": "cohort"}). */
  public static String cohortJson(History h) {
    return json(h, Optional.empty());
  }

  private static String json(History h, Optional<History.UnitSeries> unit) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = Json.generator(w)) {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("scope", unit.isPresent() ? "unit" : "cohort");
      if (unit.isPresent()) {
        g.writeStringField("unitCode", unit.get().unitCode());
      }
      g.writeArrayFieldStart("periods");
      for (History.Period p : h.periods()) {
        g.writeStartObject();
        g.writeStringField("periodId", p.periodId());
        g.writeStringField("catalogId", p.catalog().id());
        g.writeStringField("catalogVersion", p.catalog().version());
        g.writeNumberField("units", p.ranking().rows().size());
        g.writeArrayFieldStart("distribution");
        for (Ranking.BandCount b : p.ranking().distribution()) {
          g.writeStartObject();
          CompareLabels.text(g, "band", b.band());
          g.writeNumberField("count", b.count());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("series");
      for (History.UnitSeries s : unit.map(List::of).orElse(h.units())) {
        g.writeStartObject();
        g.writeStringField("unitCode", s.unitCode());
        g.writeStringField("unitName", s.unitName());
        g.writeArrayFieldStart("points");
        for (Optional<Point> p : s.points()) {
          if (p.isEmpty()) {
            g.writeNull();
          } else {
            point(g, null, p.get());
          }
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("steps");
      for (History.Step step : h.steps()) {
        g.writeStartObject();
        g.writeStringField("from", step.fromPeriod());
        g.writeStringField("to", step.toPeriod());
        g.writeStringField("catalogFrom", step.diff().fromVersion());
        g.writeStringField("catalogTo", step.diff().toVersion());
        g.writeStringField("required", step.diff().required().code());
        g.writeNumberField("changes", step.diff().changes().size());
        g.writeBooleanField("indexComparable", step.diff().indexComparable());
        if (unit.isEmpty()) {
          g.writeObjectFieldStart("bandTransitions");
          g.writeArrayFieldStart("from");
          for (var b : step.bands().from()) {
            g.writeString(b.vi());
          }
          g.writeEndArray();
          g.writeArrayFieldStart("to");
          for (var b : step.bands().to()) {
            g.writeString(b.vi());
          }
          g.writeEndArray();
          g.writeArrayFieldStart("counts");
          for (List<Integer> row : step.bands().counts()) {
            g.writeStartArray();
            for (int c : row) {
              g.writeNumber(c);
            }
            g.writeEndArray();
          }
          g.writeEndArray();
          g.writeBooleanField("comparable", step.bands().comparable());
          g.writeEndObject();
          g.writeArrayFieldStart("criteria");
          for (History.CriterionMove c : step.criteria()) {
            g.writeStartObject();
            g.writeStringField("code", c.code());
            g.writeStringField("fromCode", c.fromCode());
            CompareLabels.text(g, "title", c.title());
            g.writeBooleanField("criterion", c.criterion());
            g.writeStringField("comparability", c.comparability().code());
            g.writeNumberField("units", c.units());
            CompareLabels.decimal(g, "shareBefore", c.shareBefore());
            CompareLabels.decimal(g, "shareAfter", c.shareAfter());
            if (c.delta().isPresent()) {
              CompareLabels.decimal(g, "delta", c.delta().get());
            }
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeArrayFieldStart("units");
        List<History.UnitStep> units =
            unit.isPresent() ? stepOf(h, step, unit.get()) : step.units();
        for (History.UnitStep u : units) {
          g.writeStartObject();
          point(g, "before", u.before());
          point(g, "after", u.after());
          if (u.indexDelta().isPresent()) {
            CompareLabels.decimal(g, "indexDelta", u.indexDelta().get());
          }
          g.writeNumberField("rankChange", u.rankChange());
          if (unit.isPresent()) {
            nodes(g, u.nodes());
            findings(g, u.findings());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      if (unit.isEmpty()) {
        g.writeArrayFieldStart("movers");
        for (History.Mover m : h.movers()) {
          g.writeStartObject();
          g.writeStringField("unitCode", m.unitCode());
          g.writeStringField("unitName", m.unitName());
          CompareLabels.decimal(g, "first", m.first());
          CompareLabels.decimal(g, "last", m.last());
          CompareLabels.decimal(g, "delta", m.delta());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      CompareLabels.warnings(g, h.warnings());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }

  private static List<History.UnitStep> stepOf(History h, History.Step step, History.UnitSeries s) {
    return h.unitSteps(s.unitCode()).stream()
        .filter(u -> u.after().periodId().equals(step.toPeriod()))
        .toList();
  }

  private static void point(
      JsonGenerator g, @org.jspecify.annotations.Nullable String name, Point p) throws IOException {
    if (name == null) {
      g.writeStartObject();
    } else {
      g.writeObjectFieldStart(name);
    }
    g.writeStringField("periodId", p.periodId());
    g.writeStringField("unitCode", p.unitCode());
    g.writeStringField("unitName", p.unitName());
    CompareLabels.decimal(g, "index", p.index());
    if (p.band().isPresent()) {
      CompareLabels.text(g, "band", p.band().get());
    }
    g.writeNumberField("rank", p.rank());
    g.writeNumberField("units", p.units());
    g.writeEndObject();
  }

  private static void nodes(JsonGenerator g, List<NodeDelta> nodes) throws IOException {
    g.writeArrayFieldStart("nodes");
    for (NodeDelta d : nodes) {
      g.writeStartObject();
      g.writeStringField("code", d.code());
      if (d.fromCode().isPresent()) {
        g.writeStringField("fromCode", d.fromCode().get());
      }
      CompareLabels.text(g, "title", d.title());
      g.writeStringField("comparability", d.comparability().code());
      if (d.before().isPresent()) {
        side(g, "before", d.before().get());
      }
      if (d.after().isPresent()) {
        side(g, "after", d.after().get());
      }
      if (d.pointsDelta().isPresent()) {
        CompareLabels.decimal(g, "pointsDelta", d.pointsDelta().get());
      }
      if (d.shareDelta().isPresent()) {
        CompareLabels.decimal(g, "shareDelta", d.shareDelta().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void side(JsonGenerator g, String name, NodeDelta.Side s) throws IOException {
    g.writeObjectFieldStart(name);
    CompareLabels.decimal(g, "earned", s.earned());
    CompareLabels.decimal(g, "max", s.max());
    CompareLabels.decimal(g, "applicableMax", s.applicableMax());
    g.writeStringField("status", Labels.code(s.status()));
    g.writeEndObject();
  }

  private static void findings(JsonGenerator g, List<FindingChange> findings) throws IOException {
    g.writeArrayFieldStart("findings");
    for (FindingChange f : findings) {
      Finding x = f.finding();
      g.writeStartObject();
      g.writeStringField("status", f.status().code());
      g.writeStringField("key", f.key());
      g.writeStringField("code", x.code());
      if (x.criterionCode().isPresent()) {
        g.writeStringField("criterionCode", x.criterionCode().get());
      }
      g.writeStringField("severity", x.severity().name().toLowerCase(java.util.Locale.ROOT));
      g.writeObjectFieldStart("message");
      g.writeStringField("vi", x.message().in(Language.VI));
      g.writeStringField("en", x.message().in(Language.EN));
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
