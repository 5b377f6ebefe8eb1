package dev.rubric.report;

import static dev.rubric.report.Html.escape;
import static dev.rubric.report.Labels.tr;

import dev.rubric.cohort.Ranking;
import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renders a {@link Ranking} as one self-contained HTML page: an inline SVG bar chart of the index
 * by unit ({@code id="index-chart"}), the band distribution ({@code id="band-distribution"}), the
 * ranking table ({@code id="ranking"}) and the area averages ({@code id="area-averages"}). Under
 * the chart a legend gives each band's colour and thresholds ({@code id="band-legend"}); the
 * ranking table can link each unit to its own scorecard page (a bundle of pages, which the CLI's
 * {@code rank --format html --out DIR/} writes).
 */
public final class RankingHtml {

  private static final int CHART_WIDTH = 760;
  private static final int LABEL_WIDTH = 250;
  private static final int BAR_SPACE = 420;
  private static final int ROW_HEIGHT = 26;
  private static final int BAR_HEIGHT = 18;

  private RankingHtml() {}

  /** Returns the page, whose units link to nothing. */
  public static String render(Ranking ranking, Language lang) {
    return render(ranking, lang, unit -> Optional.empty());
  }

  /**
   * Returns the page with each unit's name in the ranking table linking to {@code pageOf(unit)}, a
   * URL relative to the page (such as {@code "01969-2022.html"}), when present.
   */
  public static String render(
      Ranking ranking, Language lang, Function<Ranking.Summary, Optional<String>> pageOf) {
    StringBuilder out = new StringBuilder();
    String title = tr(lang, "Xếp hạng", "Ranking") + " · " + ranking.catalog().title().in(lang);
    Html.open(out, lang, title, BandLegend.CSS);
    out.append("<header>\n<p class=\"eyebrow\">")
        .append(escape(ranking.catalog().title().in(lang)))
        .append("</p>\n")
        .append("<h1>")
        .append(tr(lang, "Xếp hạng ", "Ranking of "))
        .append(ranking.rows().size())
        .append(tr(lang, " đơn vị", ranking.rows().size() == 1 ? " unit" : " units"))
        .append("</h1>\n")
        .append("<p class=\"meta\">")
        .append(tr(lang, "Bộ tiêu chí ", "Catalog "))
        .append(escape(ranking.catalog().id() + " " + ranking.catalog().version()))
        .append("</p>\n</header>\n");

    out.append("<section>\n<h2>")
        .append(tr(lang, "Chỉ số theo đơn vị", "Index by unit"))
        .append("</h2>\n");
    chart(out, ranking, lang);
    // the distribution has one entry per catalog band, in catalog order: the colours agree
    BandLegend.append(out, ranking.catalog().bands(), lang);
    out.append("</section>\n");

    if (!ranking.distribution().isEmpty()) {
      out.append("<section id=\"band-distribution\">\n<h2>")
          .append(tr(lang, "Phân bố xếp loại", "Band distribution"))
          .append("</h2>\n<table>\n<thead><tr><th>")
          .append(tr(lang, "Xếp loại", "Band"))
          .append("</th><th class=\"num\">")
          .append(tr(lang, "Số đơn vị", "Units"))
          .append("</th></tr></thead>\n<tbody>\n");
      int total = Math.max(1, ranking.rows().size());
      for (int i = 0; i < ranking.distribution().size(); i++) {
        Ranking.BandCount b = ranking.distribution().get(i);
        String percent = Html.percent(Decimal.of(b.count()), Decimal.of(total));
        out.append("<tr><td>").append(escape(b.band().in(lang)));
        Html.bar(out, percent, bandClass(i), b.count() + "/" + total);
        out.append("</td><td class=\"num\">").append(b.count()).append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n</section>\n");
    }

    out.append("<section>\n<h2>")
        .append(tr(lang, "Bảng xếp hạng", "Ranking table"))
        .append("</h2>\n")
        .append("<table id=\"ranking\">\n<thead><tr><th class=\"num\">")
        .append(tr(lang, "Hạng", "Rank"))
        .append("</th><th>")
        .append(tr(lang, "Mã", "Code"))
        .append("</th><th>")
        .append(tr(lang, "Đơn vị", "Unit"))
        .append("</th><th>")
        .append(tr(lang, "Kỳ", "Period"))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Chỉ số", "Index"))
        .append("</th><th>")
        .append(tr(lang, "Xếp loại", "Band"))
        .append("</th></tr></thead>\n<tbody>\n");
    for (Ranking.Row r : ranking.rows()) {
      Ranking.Summary c = r.summary();
      out.append("<tr><td class=\"num\">")
          .append(r.rank())
          .append("</td><td class=\"code\">")
          .append(escape(c.unitCode()))
          .append("</td><td>");
      Optional<String> page = pageOf.apply(c);
      if (page.isPresent()) {
        out.append("<a href=\"")
            .append(escape(page.get()))
            .append("\">")
            .append(escape(c.unitName()))
            .append("</a>");
      } else {
        out.append(escape(c.unitName()));
      }
      out.append("</td><td>")
          .append(escape(c.periodId()))
          .append("</td><td class=\"num\">")
          .append(escape(Labels.index(c, lang)))
          .append("</td><td>")
          .append(escape(c.band().map(b -> b.in(lang)).orElse("–")))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");

    out.append("<section>\n<h2>")
        .append(tr(lang, "Điểm trung bình theo lĩnh vực", "Average points by area"))
        .append("</h2>\n<table id=\"area-averages\">\n<thead><tr><th>")
        .append(tr(lang, "Mã", "Code"))
        .append("</th><th>")
        .append(tr(lang, "Lĩnh vực", "Area"))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Trung bình", "Average"))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Tỷ lệ", "Share"))
        .append("</th></tr></thead>\n<tbody>\n");
    for (Ranking.AreaAverage a : ranking.areas()) {
      // a penalty item's bar and share show the points deducted, in red
      boolean penalty = Html.isPenalty(ranking.catalog(), a.code());
      String percent = Html.barPercent(a.averageEarned(), a.averageApplicableMax(), penalty);
      String share = RankingText.share(a, lang);
      out.append("<tr><td class=\"code\">")
          .append(escape(a.code()))
          .append("</td><td>")
          .append(escape(a.title().in(lang)));
      Html.bar(out, percent, penalty ? "s-not_met" : "", share);
      out.append("</td><td class=\"num\">")
          .append(escape(Labels.points(a.averageEarned(), a.averageApplicableMax(), lang)))
          .append("</td><td class=\"num\">")
          .append(escape(share))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
    Html.close(out, "Rubric · " + ranking.catalog().id() + " " + ranking.catalog().version());
    return out.toString();
  }

  /**
   * Appends a horizontal bar per unit, best first, scaled to 100 (or to the top index when it is
   * higher or all are at most 1).
   */
  static void chart(StringBuilder out, Ranking ranking, Language lang) {
    Decimal top = ranking.topIndex();
    Decimal scale = top.compareTo(Decimal.ONE) <= 0 ? Decimal.ONE : top.max(Decimal.HUNDRED);
    int height = Math.max(1, ranking.rows().size()) * ROW_HEIGHT + 8;
    String caption = tr(lang, "Chỉ số theo đơn vị", "Index by unit");
    out.append("<svg id=\"index-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(CHART_WIDTH)
        .append(' ')
        .append(height)
        .append("\" width=\"100%\" role=\"img\" aria-label=\"")
        .append(escape(caption))
        .append("\">\n")
        .append("<title>")
        .append(escape(caption))
        .append("</title>\n");
    for (int i = 0; i < ranking.rows().size(); i++) {
      Ranking.Summary c = ranking.rows().get(i).summary();
      int y = 4 + i * ROW_HEIGHT;
      Decimal width =
          c.indexRounded()
              .max(Decimal.ZERO)
              .times(Decimal.of(BAR_SPACE))
              .divide(scale)
              .min(Decimal.of(BAR_SPACE))
              .round(1, RoundingMode.HALF_UP);
      int textY = y + BAR_HEIGHT - 5;
      out.append("<text x=\"")
          .append(LABEL_WIDTH - 8)
          .append("\" y=\"")
          .append(textY)
          .append("\" text-anchor=\"end\">")
          .append(escape(c.unitName()))
          .append("</text>")
          .append("<rect x=\"")
          .append(LABEL_WIDTH)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(width)
          .append("\" height=\"")
          .append(BAR_HEIGHT)
          .append("\" rx=\"3\" class=\"")
          .append(bandClass(bandIndex(ranking, c.band())))
          .append("\"><title>")
          .append(escape(c.unitName() + ": " + Labels.index(c, lang)))
          .append("</title></rect>")
          .append("<text x=\"")
          .append(Decimal.of(LABEL_WIDTH + 6).plus(width))
          .append("\" y=\"")
          .append(textY)
          .append("\">")
          .append(escape(Labels.index(c, lang)))
          .append("</text>\n");
    }
    out.append("</svg>\n");
  }

  static int bandIndex(Ranking ranking, Optional<LocalizedText> band) {
    for (int i = 0; i < ranking.distribution().size(); i++) {
      if (band.isPresent() && ranking.distribution().get(i).band().equals(band.get())) {
        return i;
      }
    }
    return 4;
  }

  static String bandClass(int index) {
    return BandLegend.colour(index);
  }
}
