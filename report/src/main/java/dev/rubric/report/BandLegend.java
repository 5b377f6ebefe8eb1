package dev.rubric.report;

import static dev.rubric.report.Html.escape;
import static dev.rubric.report.Labels.tr;

import dev.rubric.core.Language;
import dev.rubric.core.catalog.Band;
import java.util.List;

/**
 * The colour legend of the bands ({@code id="band-legend"}), which the ranking page and the
 * robustness page show under their charts: each band of the catalog, in catalog order, with its
 * colour ({@code b0}…{@code b4}, as the charts colour a unit by its band) and the indexes it takes.
 */
final class BandLegend {

  private BandLegend() {}

  /** The legend's styles, for a page's own CSS: the list in a row and the colour swatches. */
  static final String CSS =
      String.join(
          "\n",
          "ul.legend{list-style:none;padding:0;margin:.4rem 0;display:flex;flex-wrap:wrap;gap:6px"
              + " 18px}",
          ".swatch{display:inline-block;width:12px;height:12px;border-radius:2px;",
          "  vertical-align:middle;margin-right:6px}");

  /**
   * Appends the legend of {@code bands}, e.g. "Khá: từ 70 đến dưới 90"; nothing when the catalog
   * has no band.
   */
  static void append(StringBuilder out, List<Band> bands, Language lang) {
    if (bands.isEmpty()) {
      return;
    }
    out.append("<ul id=\"band-legend\" class=\"legend\">\n");
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      out.append("<li><span class=\"swatch fill ")
          .append(colour(i))
          .append("\"></span>")
          .append(escape(b.label().in(lang)))
          .append(": ")
          .append(escape(threshold(b, lang)))
          .append("</li>\n");
    }
    out.append("</ul>\n");
  }

  /** The colour class of the band at {@code index} in catalog order: b0 to b4, b4 beyond. */
  static String colour(int index) {
    return "b" + Math.min(index, 4);
  }

  /** Returns the indexes a band takes: "từ 70 đến dưới 90", "90 and above", "under 50". */
  static String threshold(Band b, Language lang) {
    if (b.from().isPresent() && b.to().isPresent()) {
      String from = Labels.number(b.from().get(), lang);
      String to = Labels.number(b.to().get(), lang);
      return tr(lang, "từ " + from + " đến dưới " + to, from + " to under " + to);
    }
    if (b.from().isPresent()) {
      String from = Labels.number(b.from().get(), lang);
      return tr(lang, "từ " + from + " trở lên", from + " and above");
    }
    if (b.to().isPresent()) {
      String to = Labels.number(b.to().get(), lang);
      return tr(lang, "dưới " + to, "under " + to);
    }
    return tr(lang, "mọi chỉ số", "any index");
  }
}
