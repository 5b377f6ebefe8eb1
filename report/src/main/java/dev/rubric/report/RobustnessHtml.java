package dev.rubric.report;

import static dev.rubric.report.Html.escape;
import static dev.rubric.report.Labels.tr;

import dev.rubric.cohort.robust.AreaInfluence;
import dev.rubric.cohort.robust.RankRobustness;
import dev.rubric.cohort.robust.UnitRobustness;
import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Band;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders a {@link RankRobustness} as one self-contained HTML page: an inline SVG picture of each
 * unit's rank interval ({@code id="rank-intervals"}: a bar from the 5th to the 95th percentile, a
 * dot at the median, a tick at the nominal rank, coloured by band, units by nominal rank) with the
 * band legend under it ({@code id="band-legend"}, as on the ranking page), the table of units
 * ({@code id="robustness"}), the ranks with one area left out ({@code id="leave-one-out"}) and the
 * influence of the weights ({@code id="weight-influence"}).
 */
public final class RobustnessHtml {

  private static final int CHART_WIDTH = 760;
  private static final int LABEL_WIDTH = 240;
  private static final int PLOT_WIDTH = 480;
  private static final int TOP = 28;
  private static final int ROW_HEIGHT = 20;

  private static final String CSS =
      String.join(
          "\n",
          "svg .axis{stroke:var(--line);stroke-width:1}",
          "svg .interval{fill-opacity:.35}",
          "svg .nominal{stroke:var(--fg);stroke-width:2}",
          "svg text.tick{fill:var(--muted);font-size:11px}",
          ".legend{color:var(--muted);font-size:.85rem}",
          ".unstable{color:var(--not-met);font-weight:600}",
          ".scroll{overflow-x:auto}",
          BandLegend.CSS);

  private RobustnessHtml() {}

  /** Returns the page. */
  public static String render(RankRobustness r, Language lang) {
    StringBuilder out = new StringBuilder();
    String title =
        tr(lang, "Độ vững của xếp hạng", "Rank robustness") + " · " + r.catalog().title().in(lang);
    Html.open(out, lang, title, CSS);
    out.append("<header>\n<p class=\"eyebrow\">")
        .append(escape(r.catalog().title().in(lang)))
        .append("</p>\n<h1>")
        .append(tr(lang, "Độ vững của xếp hạng ", "Rank robustness of "))
        .append(r.units().size())
        .append(tr(lang, " đơn vị", r.units().size() == 1 ? " unit" : " units"))
        .append("</h1>\n<p class=\"meta\">")
        .append(tr(lang, "Bộ tiêu chí ", "Catalog "))
        .append(escape(r.catalog().id() + " " + r.catalog().version()))
        .append(" · ")
        .append(escape(RobustnessWords.method(r, lang)))
        .append("</p>\n</header>\n");

    out.append("<section>\n<h2>")
        .append(tr(lang, "Khoảng hạng của từng đơn vị", "Rank interval of each unit"))
        .append("</h2>\n<p class=\"legend\">")
        .append(
            tr(
                lang,
                "Thanh: hạng từ phân vị 5% đến 95% qua các lần chạy; chấm: hạng trung vị; vạch"
                    + " đậm: hạng công bố. Màu theo xếp loại công bố.",
                "Bar: ranks from the 5th to the 95th percentile over the runs; dot: median rank;"
                    + " dark tick: published rank. Colours follow the published band."))
        .append("</p>\n");
    chart(out, r, lang);
    BandLegend.append(out, r.catalog().bands(), lang);
    out.append("</section>\n");

    out.append("<section>\n<h2>")
        .append(tr(lang, "Bảng độ vững", "Robustness table"))
        .append(
            "</h2>\n<div class=\"scroll\"><table id=\"robustness\">\n<thead><tr><th class=\"num\">")
        .append(tr(lang, "Hạng", "Rank"))
        .append("</th><th>")
        .append(tr(lang, "Mã", "Code"))
        .append("</th><th>")
        .append(tr(lang, "Đơn vị", "Unit"))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Chỉ số", "Index"))
        .append("</th><th>")
        .append(tr(lang, "Xếp loại", "Band"))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Trung vị", "Median"))
        .append("</th><th class=\"num\">5–95%</th><th class=\"num\">")
        .append(tr(lang, "Đổi loại", "Band change"))
        .append("</th><th>")
        .append(tr(lang, "Ổn định", "Stable"))
        .append("</th></tr></thead>\n<tbody>\n");
    for (UnitRobustness u : r.units()) {
      out.append("<tr><td class=\"num\">")
          .append(u.rank())
          .append("</td><td class=\"code\">")
          .append(escape(u.unitCode()))
          .append("</td><td>")
          .append(escape(u.unitName()))
          .append("</td><td class=\"num\">")
          .append(escape(RobustnessWords.index(r, u, lang)))
          .append("</td><td>")
          .append(escape(u.band().map(b -> b.in(lang)).orElse("–")))
          .append("</td><td class=\"num\">")
          .append(u.medianRank())
          .append("</td><td class=\"num\">")
          .append(RobustnessWords.interval(u))
          .append("</td><td class=\"num\">")
          .append(escape(RobustnessWords.probability(u, lang)))
          .append("</td><td")
          .append(u.stable() ? "" : " class=\"unstable\"")
          .append('>')
          .append(RobustnessWords.yesNo(u.stable(), lang))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table></div>\n<p class=\"note\">")
        .append(escape(RobustnessWords.stableRule(r, lang)))
        .append("</p>\n</section>\n");

    out.append("<section>\n<h2>")
        .append(tr(lang, "Hạng khi bỏ từng lĩnh vực", "Rank with one area left out"))
        .append(
            "</h2>\n<div class=\"scroll\"><table id=\"leave-one-out\">\n<thead><tr><th class=\"num\">")
        .append(tr(lang, "Hạng", "Rank"))
        .append("</th><th>")
        .append(tr(lang, "Đơn vị", "Unit"))
        .append("</th>");
    for (AreaInfluence a : r.areas()) {
      out.append("<th class=\"num\" title=\"")
          .append(escape(a.title().in(lang)))
          .append("\">")
          .append(tr(lang, "bỏ ", "w/o "))
          .append(escape(a.code()))
          .append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (UnitRobustness u : r.units()) {
      out.append("<tr><td class=\"num\">")
          .append(u.rank())
          .append("</td><td>")
          .append(escape(u.unitName()))
          .append("</td>");
      for (int rank : u.leaveOneOut()) {
        out.append("<td class=\"num\">").append(rank).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table></div>\n</section>\n");

    out.append("<section>\n<h2>")
        .append(tr(lang, "Ảnh hưởng của trọng số", "Influence of the weights"))
        .append("</h2>\n<div class=\"scroll\"><table id=\"weight-influence\">\n<thead><tr><th>")
        .append(tr(lang, "Mã", "Code"))
        .append("</th><th>")
        .append(tr(lang, "Lĩnh vực", "Area"))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Trọng số", "Weight"))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Biên độ", "Range"))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Lệch hạng TB", "Mean rank shift"))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Lệch hạng tối đa", "Max rank shift"))
        .append("</th></tr></thead>\n<tbody>\n");
    for (AreaInfluence a : r.areas()) {
      out.append("<tr><td class=\"code\">")
          .append(escape(a.code()))
          .append("</td><td>")
          .append(escape(a.title().in(lang)))
          .append("</td><td class=\"num\">")
          .append(escape(Labels.number(a.weight(), lang)))
          .append("</td><td class=\"num\">")
          .append(escape(RobustnessWords.spread(a.spreadPerMille(), lang)))
          .append("</td><td class=\"num\">")
          .append(escape(RobustnessWords.meanRankShift(a, lang)))
          .append("</td><td class=\"num\">")
          .append(a.maxRankShift())
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table></div>\n<p class=\"note\">")
        .append(
            tr(
                lang,
                "Mỗi trọng số lần lượt nhận 10 giá trị trải đều trong biên độ, các trọng số khác giữ"
                    + " nguyên; lệch tính trên mọi đơn vị.",
                "Each weight in turn takes 10 values spread evenly over its range, the others stay"
                    + " nominal; shifts are averaged over every unit."))
        .append("</p>\n</section>\n");
    Html.close(out, "Rubric · " + r.catalog().id() + " " + r.catalog().version());
    return out.toString();
  }

  /** Appends the picture of the units' rank intervals, by nominal rank. */
  private static void chart(StringBuilder out, RankRobustness r, Language lang) {
    int n = r.units().size();
    int height = TOP + Math.max(1, n) * ROW_HEIGHT + 8;
    String caption = tr(lang, "Khoảng hạng 5–95% theo đơn vị", "5–95% rank interval by unit");
    out.append("<svg id=\"rank-intervals\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(CHART_WIDTH)
        .append(' ')
        .append(height)
        .append("\" width=\"100%\" role=\"img\" aria-label=\"")
        .append(escape(caption))
        .append("\">\n<title>")
        .append(escape(caption))
        .append("</title>\n");
    // the rank axis: best on the left
    for (int rank : ticks(n)) {
      Decimal x = x(rank, n);
      out.append("<line class=\"axis\" x1=\"")
          .append(x)
          .append("\" y1=\"")
          .append(TOP - 6)
          .append("\" x2=\"")
          .append(x)
          .append("\" y2=\"")
          .append(height - 4)
          .append("\"/><text class=\"tick\" x=\"")
          .append(x)
          .append("\" y=\"")
          .append(TOP - 10)
          .append("\" text-anchor=\"middle\">")
          .append(rank)
          .append("</text>\n");
    }
    List<Band> bands = r.catalog().bands();
    for (int i = 0; i < n; i++) {
      UnitRobustness u = r.units().get(i);
      int y = TOP + i * ROW_HEIGHT;
      int middle = y + ROW_HEIGHT / 2;
      String band = BandLegend.colour(bandIndex(bands, u.band()));
      Decimal low = x(u.lowRank(), n);
      Decimal high = x(u.highRank(), n);
      out.append("<g><title>")
          .append(escape(tooltip(r, u, lang)))
          .append("</title><text x=\"")
          .append(LABEL_WIDTH - 8)
          .append("\" y=\"")
          .append(middle + 4)
          .append("\" text-anchor=\"end\">")
          .append(escape(u.unitName()))
          .append("</text><rect class=\"interval ")
          .append(band)
          .append("\" x=\"")
          .append(low.minus(Decimal.of(4)))
          .append("\" y=\"")
          .append(middle - 5)
          .append("\" width=\"")
          .append(high.minus(low).plus(Decimal.of(8)))
          .append("\" height=\"10\" rx=\"5\"/><line class=\"nominal\" x1=\"")
          .append(x(u.rank(), n))
          .append("\" y1=\"")
          .append(middle - 7)
          .append("\" x2=\"")
          .append(x(u.rank(), n))
          .append("\" y2=\"")
          .append(middle + 7)
          .append("\"/><circle class=\"")
          .append(band)
          .append("\" cx=\"")
          .append(x(u.medianRank(), n))
          .append("\" cy=\"")
          .append(middle)
          .append("\" r=\"4\"/></g>\n");
    }
    out.append("</svg>\n");
  }

  private static String tooltip(RankRobustness r, UnitRobustness u, Language lang) {
    return u.unitName()
        + tr(lang, ": hạng ", ": rank ")
        + u.rank()
        + tr(lang, ", trung vị ", ", median ")
        + u.medianRank()
        + ", 5–95%: "
        + RobustnessWords.interval(u)
        + tr(lang, ", đổi loại ", ", band change ")
        + RobustnessWords.probability(u, lang)
        + " ("
        + RobustnessWords.index(r, u, lang)
        + ")";
  }

  /** The x of rank {@code rank} of {@code n}: rank 1 at the left of the plot. */
  private static Decimal x(int rank, int n) {
    if (n <= 1) {
      return Decimal.of(LABEL_WIDTH + 8);
    }
    return Decimal.of(LABEL_WIDTH + 8)
        .plus(Decimal.of((long) (rank - 1) * PLOT_WIDTH).divide(Decimal.of(n - 1L)))
        .round(1, RoundingMode.HALF_UP);
  }

  /**
   * Returns the ranks the axis labels: every rank up to 20 units, so that each unit's rank has its
   * label; for more, 1 and the multiples of a round step (1, 2 or 5 times a power of ten) that
   * gives at most 10 more.
   */
  static List<Integer> ticks(int n) {
    List<Integer> ticks = new ArrayList<>();
    ticks.add(1);
    long power = 1;
    int mantissa = 0; // index into 1, 2, 5
    long step = 1;
    while (n > 20 && n / step > 10) {
      mantissa = (mantissa + 1) % 3;
      if (mantissa == 0) {
        power *= 10;
      }
      step = power * (mantissa == 0 ? 1 : mantissa == 1 ? 2 : 5);
    }
    for (long r = step; r <= n; r += step) {
      if (r > 1) {
        ticks.add((int) r);
      }
    }
    return ticks;
  }

  private static int bandIndex(List<Band> bands, Optional<LocalizedText> band) {
    for (int i = 0; i < bands.size(); i++) {
      if (band.isPresent() && bands.get(i).label().equals(band.get())) {
        return i;
      }
    }
    return 4;
  }
}
