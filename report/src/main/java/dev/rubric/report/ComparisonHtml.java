package dev.rubric.report;

import static dev.rubric.report.Html.escape;
import static dev.rubric.report.Labels.tr;

import dev.rubric.cohort.Ranking;
import dev.rubric.cohort.compare.Comparability;
import dev.rubric.cohort.compare.FindingChange;
import dev.rubric.cohort.compare.History;
import dev.rubric.cohort.compare.NodeDelta;
import dev.rubric.cohort.compare.Point;
import dev.rubric.cohort.compare.Warning;
import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders a {@link History} as self-contained HTML pages (inline SVG, no scripts, printable, in
 * Vietnamese or English): the district report of a cohort over time ({@link #district}), and one
 * unit over time ({@link #unit}).
 *
 * <p>The district report shows the last period's ranking as a bar chart ({@code id="index-chart"}),
 * the band distribution per period ({@code id="band-distribution"}), a heat map of units by areas
 * coloured by the share of the applicable maximum earned ({@code id="heat-map"}), each unit's index
 * over the periods as a small line chart ({@code id="trends"}), the band transition matrices
 * ({@code id="band-transitions"}), the most improved and most declined units ({@code id="movers"})
 * and the criteria whose share moved most ({@code id="criteria-moved"}). Every chart is an {@code
 * svg} with {@code role="img"}, an {@code aria-label} and a {@code title}.
 */
public final class ComparisonHtml {

  private static final String CSS =
      String.join(
          "\n",
          "main{max-width:1100px}",
          ".heat rect.h0{fill:#c53030}.heat rect.h1{fill:#dd6b20}.heat rect.h2{fill:#ecc94b}",
          ".heat rect.h3{fill:#68d391}.heat rect.h4{fill:#2f855a}.heat rect.hna{fill:#e2e8f0}",
          ".heat text.v{font-size:11px;text-anchor:middle}",
          ".heat text.dark{fill:#fff}",
          ".legend{display:flex;gap:10px;flex-wrap:wrap;font-size:.85rem;color:var(--muted)}",
          ".legend span::before{content:'';display:inline-block;width:12px;height:12px;",
          "  margin-right:4px;vertical-align:-2px;background:var(--c)}",
          ".trends{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));",
          "  gap:12px}",
          ".trend{border:1px solid var(--line);border-radius:6px;padding:6px 8px}",
          ".trend h3{font-size:.9rem;margin:0 0 2px}",
          ".trend svg polyline{fill:none;stroke:#3182ce;stroke-width:2}",
          ".trend svg circle{fill:#3182ce}",
          ".trend svg line{stroke:var(--line)}",
          ".up{color:var(--met)}.down{color:var(--not-met)}",
          ".c-comparable{color:var(--met)}.c-rescaled{color:var(--partial)}",
          ".c-not-comparable{color:var(--not-met)}",
          "td.matrix{text-align:center;font-variant-numeric:tabular-nums}",
          "td.diag{background:var(--soft);font-weight:700}",
          "@media print{main{max-width:none}section{break-inside:avoid}",
          "  .trends{grid-template-columns:repeat(4,1fr)}.heat text{fill:#000}",
          "  .heat text.dark{fill:#fff}}");

  private static final int TREND_WIDTH = 200;
  private static final int TREND_HEIGHT = 70;

  private ComparisonHtml() {}

  /** Returns the district report of {@code h}. */
  public static String district(History h, Language lang) {
    History.Period last = h.periods().get(h.periods().size() - 1);
    Catalog catalog = last.catalog();
    String periods = String.join(" – ", List.of(h.periods().get(0).periodId(), last.periodId()));
    String title =
        tr(lang, "Báo cáo cấp huyện · ", "District report · ")
            + catalog.title().in(lang)
            + " · "
            + periods;
    StringBuilder out = new StringBuilder();
    Html.open(out, lang, title, CSS);
    out.append("<header>\n<p class=\"eyebrow\">")
        .append(escape(catalog.title().in(lang)))
        .append("</p>\n<h1>")
        .append(tr(lang, "Báo cáo cấp huyện ", "District report "))
        .append(escape(periods))
        .append("</h1>\n<p class=\"meta\">")
        .append(h.units().size())
        .append(tr(lang, " đơn vị · ", h.units().size() == 1 ? " unit · " : " units · "));
    List<String> editions = new ArrayList<>();
    for (History.Period p : h.periods()) {
      editions.add(p.periodId() + ": " + p.catalog().id() + " " + p.catalog().version());
    }
    out.append(escape(String.join(" · ", editions))).append("</p>\n</header>\n");

    out.append("<section id=\"ranking-chart\">\n<h2>")
        .append(tr(lang, "Xếp hạng ", "Ranking "))
        .append(escape(last.periodId()))
        .append("</h2>\n");
    RankingHtml.chart(out, last.ranking(), lang);
    out.append("</section>\n");

    bandDistribution(out, h, lang);
    heatMap(out, last, lang);
    trends(out, h, lang);
    transitions(out, h, lang);
    movers(out, h, lang);
    criteria(out, h, lang);
    warnings(out, h.warnings(), lang);
    Html.close(out, "Rubric · " + catalog.id() + " · " + periods);
    return out.toString();
  }

  private static void bandDistribution(StringBuilder out, History h, Language lang) {
    History.Period last = h.periods().get(h.periods().size() - 1);
    out.append("<section id=\"band-distribution\">\n<h2>")
        .append(tr(lang, "Phân bố xếp loại", "Band distribution"))
        .append("</h2>\n<table>\n<thead><tr><th>")
        .append(tr(lang, "Xếp loại", "Band"))
        .append("</th>");
    for (History.Period p : h.periods()) {
      out.append("<th class=\"num\">").append(escape(p.periodId())).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    List<Ranking.BandCount> bands = last.ranking().distribution();
    for (int i = 0; i < bands.size(); i++) {
      Ranking.BandCount b = bands.get(i);
      out.append("<tr><td>").append(escape(b.band().in(lang)));
      int total = Math.max(1, last.ranking().rows().size());
      Html.bar(
          out,
          Html.percent(Decimal.of(b.count()), Decimal.of(total)),
          RankingHtml.bandClass(i),
          last.periodId() + ": " + b.count() + "/" + total);
      out.append("</td>");
      for (History.Period p : h.periods()) {
        int count =
            p.ranking().distribution().stream()
                .filter(x -> x.band().equals(b.band()))
                .mapToInt(Ranking.BandCount::count)
                .sum();
        out.append("<td class=\"num\">").append(count).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static final int HEAT_LABEL = 170;
  private static final int HEAT_CELL_W = 62;
  private static final int HEAT_CELL_H = 24;
  private static final int HEAT_HEAD = 28;

  private static void heatMap(StringBuilder out, History.Period p, Language lang) {
    List<Node> areas = p.catalog().nodes();
    List<Scorecard> cards = new ArrayList<>();
    for (Ranking.Row r : p.ranking().rows()) {
      p.edition().cards().stream()
          .filter(c -> c.unitCode().equals(r.summary().unitCode()))
          .findFirst()
          .ifPresent(cards::add);
    }
    String caption =
        tr(lang, "Tỷ lệ điểm đạt theo lĩnh vực, ", "Share of the maximum earned by area, ")
            + p.periodId();
    int width = HEAT_LABEL + areas.size() * HEAT_CELL_W + 4;
    int height = HEAT_HEAD + cards.size() * HEAT_CELL_H + 4;
    out.append("<section id=\"heat-map\">\n<h2>")
        .append(escape(caption))
        .append("</h2>\n")
        .append("<svg class=\"heat\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" width=\"100%\" role=\"img\" aria-label=\"")
        .append(escape(caption))
        .append("\">\n<title>")
        .append(escape(caption))
        .append("</title>\n");
    for (int j = 0; j < areas.size(); j++) {
      Node a = areas.get(j);
      out.append("<text x=\"")
          .append(HEAT_LABEL + j * HEAT_CELL_W + HEAT_CELL_W / 2)
          .append("\" y=\"18\" text-anchor=\"middle\"><title>")
          .append(escape(a.title().in(lang)))
          .append("</title>")
          .append(escape(a.code()))
          .append("</text>");
    }
    out.append('\n');
    for (int i = 0; i < cards.size(); i++) {
      Scorecard c = cards.get(i);
      int y = HEAT_HEAD + i * HEAT_CELL_H;
      out.append("<text x=\"")
          .append(HEAT_LABEL - 8)
          .append("\" y=\"")
          .append(y + 16)
          .append("\" text-anchor=\"end\">")
          .append(escape(c.unitName()))
          .append("</text>");
      for (int j = 0; j < areas.size(); j++) {
        Node a = areas.get(j);
        Optional<NodeResult> r = c.node(a.code());
        boolean applies = r.isPresent() && r.get().applicableMax().signum() > 0;
        Decimal share =
            applies
                ? r.get()
                    .earned()
                    .max(Decimal.ZERO)
                    .times(Decimal.HUNDRED)
                    .divide(r.get().applicableMax())
                    .round(0, RoundingMode.HALF_UP)
                : Decimal.ZERO;
        String bucket = applies ? "h" + bucket(share) : "hna";
        String label = applies ? share.toString() : "–";
        String detail =
            c.unitName()
                + " · "
                + a.code()
                + " "
                + a.title().in(lang)
                + ": "
                + (r.isPresent()
                    ? Labels.points(r.get().earned(), r.get().applicableMax(), lang)
                    : "–")
                + (applies ? " (" + label + "%)" : "");
        int x = HEAT_LABEL + j * HEAT_CELL_W;
        out.append("<rect x=\"")
            .append(x + 1)
            .append("\" y=\"")
            .append(y + 1)
            .append("\" width=\"")
            .append(HEAT_CELL_W - 2)
            .append("\" height=\"")
            .append(HEAT_CELL_H - 2)
            .append("\" class=\"")
            .append(bucket)
            .append("\"><title>")
            .append(escape(detail))
            .append("</title></rect><text class=\"v")
            .append(bucket.equals("h0") || bucket.equals("h4") ? " dark" : "")
            .append("\" x=\"")
            .append(x + HEAT_CELL_W / 2)
            .append("\" y=\"")
            .append(y + 16)
            .append("\">")
            .append(escape(label))
            .append("</text>");
      }
      out.append('\n');
    }
    out.append("</svg>\n<p class=\"legend\">");
    String[][] legend = {
      {"#c53030", "< 50%"},
      {"#dd6b20", "50–69%"},
      {"#ecc94b", "70–79%"},
      {"#68d391", "80–89%"},
      {"#2f855a", "≥ 90%"},
      {"#e2e8f0", tr(lang, "không áp dụng", "not applicable")}
    };
    for (String[] l : legend) {
      out.append("<span style=\"--c:")
          .append(l[0])
          .append("\">")
          .append(escape(l[1]))
          .append("</span>");
    }
    out.append("</p>\n</section>\n");
  }

  private static int bucket(Decimal percent) {
    if (percent.isLessThan(Decimal.of(50))) {
      return 0;
    }
    if (percent.isLessThan(Decimal.of(70))) {
      return 1;
    }
    if (percent.isLessThan(Decimal.of(80))) {
      return 2;
    }
    return percent.isLessThan(Decimal.of(90)) ? 3 : 4;
  }

  private static void trends(StringBuilder out, History h, Language lang) {
    out.append("<section id=\"trends\">\n<h2>")
        .append(tr(lang, "Chỉ số qua các kỳ", "Index over the periods"))
        .append("</h2>\n<div class=\"trends\">\n");
    for (History.UnitSeries s : h.units()) {
      out.append("<div class=\"trend\"><h3>").append(escape(s.unitName())).append("</h3>\n");
      trend(out, h, s, lang, TREND_WIDTH, TREND_HEIGHT);
      out.append("</div>\n");
    }
    out.append("</div>\n</section>\n");
  }

  /** Appends a line chart of the unit's rounded index over the periods, on a 0–100 scale. */
  private static void trend(
      StringBuilder out, History h, History.UnitSeries s, Language lang, int width, int height) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < s.points().size(); i++) {
      Optional<Point> p = s.points().get(i);
      values.add(
          h.periods().get(i).periodId()
              + ": "
              + p.map(x -> CompareLabels.index(x, lang)).orElse("–"));
    }
    String label = s.unitName() + " · " + String.join(", ", values);
    int left = 34;
    int right = 12;
    int top = 8;
    int bottom = 18;
    int n = h.periods().size();
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" width=\"100%\" role=\"img\" aria-label=\"")
        .append(escape(label))
        .append("\"><title>")
        .append(escape(label))
        .append("</title>");
    int plotH = height - top - bottom;
    for (int v : new int[] {0, 50, 100}) {
      int y = top + plotH - plotH * v / 100;
      out.append("<line x1=\"")
          .append(left)
          .append("\" x2=\"")
          .append(width - right)
          .append("\" y1=\"")
          .append(y)
          .append("\" y2=\"")
          .append(y)
          .append("\"/><text x=\"")
          .append(left - 4)
          .append("\" y=\"")
          .append(y + 4)
          .append("\" text-anchor=\"end\" style=\"font-size:9px\">")
          .append(v)
          .append("</text>");
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int x = n == 1 ? left : left + (width - left - right) * i / (n - 1);
      out.append("<text x=\"")
          .append(x)
          .append("\" y=\"")
          .append(height - 4)
          .append("\" text-anchor=\"middle\" style=\"font-size:9px\">")
          .append(escape(h.periods().get(i).periodId()))
          .append("</text>");
      Optional<Point> p = s.points().get(i);
      if (p.isEmpty()) {
        if (line.length() > 0) {
          out.append("<polyline points=\"").append(line.toString().trim()).append("\"/>");
          line.setLength(0);
        }
        continue;
      }
      Decimal v = p.get().index().max(Decimal.ZERO).min(Decimal.HUNDRED);
      Decimal y =
          Decimal.of(top + plotH)
              .minus(v.times(Decimal.of(plotH)).divide(Decimal.HUNDRED))
              .round(1, RoundingMode.HALF_UP);
      line.append(x).append(',').append(y).append(' ');
      out.append("<circle cx=\"")
          .append(x)
          .append("\" cy=\"")
          .append(y)
          .append("\" r=\"3\"><title>")
          .append(escape(h.periods().get(i).periodId() + ": " + CompareLabels.index(p.get(), lang)))
          .append("</title></circle>");
    }
    if (line.length() > 0) {
      out.append("<polyline points=\"").append(line.toString().trim()).append("\"/>");
    }
    out.append("</svg>\n");
  }

  private static void transitions(StringBuilder out, History h, Language lang) {
    out.append("<section id=\"band-transitions\">\n<h2>")
        .append(tr(lang, "Chuyển xếp loại", "Band transitions"))
        .append("</h2>\n");
    for (History.Step s : h.steps()) {
      out.append("<h3>")
          .append(escape(s.fromPeriod() + " → " + s.toPeriod()))
          .append(
              s.bands().comparable()
                  ? ""
                  : tr(lang, " (ngưỡng xếp loại đã thay đổi)", " (band bounds changed)"))
          .append("</h3>\n<table>\n<thead><tr><th>")
          .append(escape(s.fromPeriod() + " \\ " + s.toPeriod()))
          .append("</th>");
      for (var b : s.bands().to()) {
        out.append("<th class=\"num\">").append(escape(b.in(lang))).append("</th>");
      }
      out.append("</tr></thead>\n<tbody>\n");
      for (int i = 0; i < s.bands().from().size(); i++) {
        out.append("<tr><th>").append(escape(s.bands().from().get(i).in(lang))).append("</th>");
        List<Integer> row = s.bands().counts().get(i);
        for (int j = 0; j < row.size(); j++) {
          boolean same = s.bands().from().get(i).equals(s.bands().to().get(j));
          out.append("<td class=\"matrix")
              .append(same ? " diag" : "")
              .append("\">")
              .append(row.get(j) == 0 ? "·" : Integer.toString(row.get(j)))
              .append("</td>");
        }
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    out.append("</section>\n");
  }

  private static void movers(StringBuilder out, History h, Language lang) {
    out.append("<section id=\"movers\">\n<h2>")
        .append(tr(lang, "Tiến bộ và giảm sút", "Improved and declined"))
        .append("</h2>\n<table>\n<thead><tr><th>")
        .append(tr(lang, "Đơn vị", "Unit"))
        .append("</th><th class=\"num\">")
        .append(escape(h.periods().get(0).periodId()))
        .append("</th><th class=\"num\">")
        .append(escape(h.periods().get(h.periods().size() - 1).periodId()))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Thay đổi", "Change"))
        .append("</th></tr></thead>\n<tbody>\n");
    int decimals = CompareLabels.decimals(h);
    List<History.Mover> shown = new ArrayList<>(h.mostImproved(ComparisonReport.MOVERS));
    shown.addAll(h.mostDeclined(ComparisonReport.MOVERS));
    for (History.Mover m : shown) {
      out.append("<tr><td>")
          .append(escape(m.unitName()))
          .append(" <span class=\"code\">")
          .append(escape(m.unitCode()))
          .append("</span></td><td class=\"num\">")
          .append(CompareLabels.fixed(m.first(), decimals, lang))
          .append("</td><td class=\"num\">")
          .append(CompareLabels.fixed(m.last(), decimals, lang))
          .append("</td><td class=\"num ")
          .append(m.delta().signum() > 0 ? "up" : "down")
          .append("\">")
          .append(escape(CompareLabels.signed(m.delta(), lang)))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static void criteria(StringBuilder out, History h, Language lang) {
    out.append("<section id=\"criteria-moved\">\n<h2>")
        .append(tr(lang, "Tiêu chí thay đổi nhiều nhất", "Criteria that moved most"))
        .append("</h2>\n<p class=\"note\">")
        .append(
            tr(
                lang,
                "Tỷ lệ điểm đạt trên điểm tối đa áp dụng, cộng trên các đơn vị có ở cả hai kỳ.",
                "Share of the applicable maximum earned, summed over the units present in both"
                    + " periods."))
        .append("</p>\n");
    for (History.Step s : h.steps()) {
      out.append("<h3>")
          .append(escape(s.fromPeriod() + " → " + s.toPeriod()))
          .append("</h3>\n<table>\n<thead><tr><th>")
          .append(tr(lang, "Mã", "Code"))
          .append("</th><th>")
          .append(tr(lang, "Tiêu chí", "Criterion"))
          .append("</th><th class=\"num\">")
          .append(escape(s.fromPeriod()))
          .append("</th><th class=\"num\">")
          .append(escape(s.toPeriod()))
          .append("</th><th class=\"num\">")
          .append(tr(lang, "Thay đổi", "Change"))
          .append("</th></tr></thead>\n<tbody>\n");
      s.criteria().stream()
          .filter(History.CriterionMove::criterion)
          .filter(c -> c.delta().isPresent())
          .limit(ComparisonReport.CRITERIA)
          .forEach(
              c -> {
                Decimal d = c.delta().orElseThrow();
                out.append("<tr><td class=\"code\">")
                    .append(
                        escape(
                            c.fromCode().equals(c.code())
                                ? c.code()
                                : c.fromCode() + " → " + c.code()))
                    .append("</td><td>")
                    .append(escape(c.title().in(lang)))
                    .append("</td><td class=\"num\">")
                    .append(Labels.number(c.shareBefore(), lang))
                    .append("%</td><td class=\"num\">")
                    .append(Labels.number(c.shareAfter(), lang))
                    .append("%</td><td class=\"num ")
                    .append(d.signum() >= 0 ? "up" : "down")
                    .append("\">")
                    .append(escape(CompareLabels.signed(d, lang)))
                    .append("</td></tr>\n");
              });
      out.append("</tbody>\n</table>\n");
      List<String> notComparable =
          s.criteria().stream()
              .filter(History.CriterionMove::criterion)
              .filter(c -> c.delta().isEmpty())
              .map(History.CriterionMove::code)
              .toList();
      if (!notComparable.isEmpty()) {
        out.append("<p class=\"note c-not-comparable\">")
            .append(
                tr(
                    lang,
                    "Không so sánh được (cách chấm thay đổi): ",
                    "Not comparable (rules changed): "))
            .append(escape(String.join(", ", notComparable)))
            .append("</p>\n");
      }
    }
    out.append("</section>\n");
  }

  static void warnings(StringBuilder out, List<Warning> warnings, Language lang) {
    if (warnings.isEmpty()) {
      return;
    }
    out.append("<section id=\"warnings\">\n<h2>")
        .append(tr(lang, "Cảnh báo", "Warnings"))
        .append("</h2>\n<ul class=\"findings\">\n");
    for (Warning w : warnings) {
      out.append("<li><span class=\"code\">")
          .append(escape(w.kind().code()))
          .append("</span>")
          .append(escape(w.text(lang)))
          .append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  /** Returns the class of a node's change: up or down by its sign, else its comparability. */
  private static String changeClass(NodeDelta d) {
    Optional<Decimal> v = d.pointsDelta().or(d::shareDelta);
    if (v.isPresent()) {
      return v.get().signum() > 0 ? "up" : v.get().signum() < 0 ? "down" : "";
    }
    return comparabilityClass(d.comparability());
  }

  static String comparabilityClass(Comparability c) {
    return "c-" + c.code();
  }

  /**
   * Returns the page of one unit over time: its index as a line chart ({@code id="unit-trend"}),
   * its results per period, and per step every node's change ({@code id="nodes-<to period>"}) and
   * its findings new, persisting and resolved.
   *
   * @throws IllegalArgumentException if the history has no such unit
   */
  public static String unit(History h, String unitCode, Language lang) {
    History.UnitSeries s =
        h.series(unitCode)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unitCode: no unit '" + unitCode + "' in the history"));
    String title = s.unitName() + " · " + tr(lang, "qua các kỳ", "over time");
    StringBuilder out = new StringBuilder();
    Html.open(out, lang, title, CSS);
    out.append("<header>\n<p class=\"eyebrow\">")
        .append(escape(h.periods().get(h.periods().size() - 1).catalog().title().in(lang)))
        .append("</p>\n<h1>")
        .append(escape(s.unitName()))
        .append(" <span class=\"code\">")
        .append(escape(s.unitCode()))
        .append("</span></h1>\n</header>\n<section>\n<h2>")
        .append(tr(lang, "Chỉ số qua các kỳ", "Index over the periods"))
        .append("</h2>\n<div id=\"unit-trend\" class=\"trend\">\n");
    trend(out, h, s, lang, 600, 160);
    out.append("</div>\n<table id=\"series\">\n<thead><tr><th>")
        .append(tr(lang, "Kỳ", "Period"))
        .append("</th><th>")
        .append(tr(lang, "Bộ tiêu chí", "Catalog"))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Chỉ số", "Index"))
        .append("</th><th>")
        .append(tr(lang, "Xếp loại", "Band"))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Hạng", "Rank"))
        .append("</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < h.periods().size(); i++) {
      History.Period p = h.periods().get(i);
      Optional<Point> pt = s.points().get(i);
      out.append("<tr><td>")
          .append(escape(p.periodId()))
          .append("</td><td>")
          .append(escape(p.catalog().id() + " " + p.catalog().version()))
          .append("</td><td class=\"num\">")
          .append(pt.map(x -> CompareLabels.index(x, lang)).orElse("–"))
          .append("</td><td>")
          .append(escape(pt.map(x -> CompareLabels.band(x.band(), lang)).orElse("–")))
          .append("</td><td class=\"num\">")
          .append(pt.map(x -> x.rank() + "/" + x.units()).orElse("–"))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
    for (History.UnitStep u : h.unitSteps(unitCode)) {
      String period = u.before().periodId() + " → " + u.after().periodId();
      out.append("<section>\n<h2>")
          .append(escape(period))
          .append("</h2>\n<p class=\"meta\">")
          .append(tr(lang, "Chỉ số ", "Index "))
          .append(CompareLabels.index(u.before(), lang))
          .append(" → ")
          .append(CompareLabels.index(u.after(), lang))
          .append(" (")
          .append(
              escape(
                  u.indexDelta()
                      .map(d -> CompareLabels.signed(d, lang))
                      .orElse(tr(lang, "công thức chỉ số thay đổi", "index formula changed"))))
          .append(") · ")
          .append(escape(CompareLabels.band(u.before().band(), lang)))
          .append(" → ")
          .append(escape(CompareLabels.band(u.after().band(), lang)))
          .append(tr(lang, " · hạng ", " · rank "))
          .append(u.before().rank())
          .append(" → ")
          .append(u.after().rank())
          .append("</p>\n<table id=\"nodes-")
          .append(escape(u.after().periodId()))
          .append("\">\n<thead><tr><th>")
          .append(tr(lang, "Mã", "Code"))
          .append("</th><th>")
          .append(tr(lang, "Lĩnh vực, tiêu chí", "Area, criterion"))
          .append("</th><th class=\"num\">")
          .append(escape(u.before().periodId()))
          .append("</th><th class=\"num\">")
          .append(escape(u.after().periodId()))
          .append("</th><th class=\"num\">")
          .append(tr(lang, "Thay đổi", "Change"))
          .append("</th></tr></thead>\n<tbody>\n");
      for (NodeDelta d : u.nodes()) {
        out.append("<tr><td class=\"code\">")
            .append(
                escape(
                    d.fromCode().filter(f -> !f.equals(d.code())).map(f -> f + " → ").orElse("")
                        + d.code()))
            .append("</td><td>")
            .append(escape(d.title().in(lang)))
            .append("</td><td class=\"num\">")
            .append(
                escape(
                    d.before()
                        .map(x -> Labels.points(x.earned(), x.applicableMax(), lang))
                        .orElse("–")))
            .append("</td><td class=\"num\">")
            .append(
                escape(
                    d.after()
                        .map(x -> Labels.points(x.earned(), x.applicableMax(), lang))
                        .orElse("–")))
            .append("</td><td class=\"num ")
            .append(changeClass(d))
            .append("\">")
            .append(escape(ComparisonReport.change(d, lang)))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n<h3>")
          .append(tr(lang, "Phát hiện", "Findings"))
          .append("</h3>\n<ul class=\"findings\">\n");
      for (FindingChange f : u.findings()) {
        Finding x = f.finding();
        out.append("<li><strong>")
            .append(escape(CompareLabels.status(f.status(), lang)))
            .append("</strong> ")
            .append(escape(x.criterionCode().map(c -> "[" + c + "] ").orElse("")))
            .append(escape(x.message().in(lang)))
            .append("</li>\n");
      }
      out.append("</ul>\n</section>\n");
    }
    warnings(out, h.warnings(), lang);
    Html.close(out, "Rubric · " + s.unitCode());
    return out.toString();
  }
}
