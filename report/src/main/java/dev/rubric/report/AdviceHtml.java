package dev.rubric.report;

import static dev.rubric.report.Html.escape;
import static dev.rubric.report.Labels.tr;

import dev.rubric.cohort.advice.CohortAdvice;
import dev.rubric.cohort.advice.Fix;
import dev.rubric.cohort.advice.UnitAdvice;
import dev.rubric.cohort.advice.Unsolved;
import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.result.Scorecard;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders advice as one self-contained HTML page. For one unit: an inline SVG bar chart of the
 * index each fix gains ({@code id="gain-chart"}), the fixes ({@code id="fixes"}) and the criteria
 * without a fix ({@code id="unsolved"}). For a cohort: an inline SVG bar chart of the points each
 * criterion lost across the units ({@code id="pareto-chart"}), the Pareto table ({@code
 * id="pareto"}) and each unit's first fixes ({@code id="unit-fixes"}).
 */
public final class AdviceHtml {

  private static final int CHART_WIDTH = 760;
  private static final int LABEL_WIDTH = 250;
  private static final int BAR_SPACE = 420;
  private static final int ROW_HEIGHT = 26;
  private static final int BAR_HEIGHT = 18;

  private AdviceHtml() {}

  /** Returns the page of one unit's advice. */
  public static String render(Catalog catalog, UnitAdvice advice, Language lang) {
    StringBuilder out = new StringBuilder();
    Scorecard card = advice.scorecard();
    String heading = tr(lang, "Nên sửa gì trước", "Which fix gains most");
    Html.open(out, lang, heading + " · " + card.unitName());
    out.append("<header>\n<p class=\"eyebrow\">")
        .append(escape(catalog.title().in(lang)))
        .append("</p>\n<h1>")
        .append(escape(heading + " · " + card.unitName()))
        .append("</h1>\n<p class=\"meta\">")
        .append(escape(card.unitCode() + " · " + card.periodId() + " · "))
        .append(tr(lang, "chỉ số ", "index "))
        .append(escape(Labels.index(card, lang)))
        .append(escape(card.band().map(b -> " · " + b.in(lang)).orElse("")))
        .append("</p>\n</header>\n");

    out.append("<section>\n<h2>")
        .append(tr(lang, "Chỉ số tăng thêm theo cách sửa", "Index gained by each fix"))
        .append("</h2>\n");
    List<String> labels = new ArrayList<>();
    List<Decimal> values = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (Fix f : advice.fixes()) {
      labels.add(f.criterionCode() + " " + f.title().in(lang));
      values.add(f.indexGained());
      shown.add(AdviceWords.gain(f.indexGained(), lang));
    }
    chart(out, "gain-chart", tr(lang, "Chỉ số tăng thêm", "Index gained"), labels, values, shown);
    out.append("</section>\n");

    out.append("<section>\n<h2>")
        .append(tr(lang, "Các cách sửa", "Fixes"))
        .append(
            "</h2>\n<div style=\"overflow-x:auto\"><table id=\"fixes\">\n<thead><tr><th class=\"num\">#</th><th>")
        .append(tr(lang, "Mã", "Code"))
        .append("</th><th>")
        .append(tr(lang, "Tiêu chí", "Criterion"))
        .append("</th><th>")
        .append(tr(lang, "Thay đổi", "Change"))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Điểm", "Points"))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Chỉ số", "Index"))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Tăng", "Gain"))
        .append("</th><th>")
        .append(tr(lang, "Xếp loại", "Band"))
        .append("</th></tr></thead>\n<tbody>\n");
    int rank = 1;
    for (Fix f : advice.fixes()) {
      out.append("<tr><td class=\"num\">")
          .append(rank++)
          .append("</td><td class=\"code\">")
          .append(escape(f.criterionCode()))
          .append("</td><td>")
          .append(escape(f.title().in(lang)))
          .append("</td><td>")
          .append(escape(AdviceWords.changes(catalog, f, lang)))
          .append("</td><td class=\"num\">")
          .append(
              escape(
                  Labels.number(f.pointsBefore(), lang)
                      + " → "
                      + Labels.number(f.pointsAfter(), lang)))
          .append("</td><td class=\"num\">")
          .append(
              escape(
                  Labels.index(f.indexRoundedBefore(), card.indexDecimals(), lang)
                      + " → "
                      + Labels.index(f.indexRoundedAfter(), card.indexDecimals(), lang)))
          .append("</td><td class=\"num\">")
          .append(escape(AdviceWords.gain(f.indexGained(), lang)))
          .append("</td><td>")
          .append(escape(f.bandAfter().map(b -> b.in(lang)).orElse("–")))
          .append(f.changesBand() ? " ▲" : "")
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table></div>\n</section>\n");

    if (!advice.unsolved().isEmpty()) {
      out.append("<section>\n<h2>")
          .append(tr(lang, "Chưa tính được cách sửa", "No fix solved"))
          .append("</h2>\n<div style=\"overflow-x:auto\"><table id=\"unsolved\">\n<thead><tr><th>")
          .append(tr(lang, "Mã", "Code"))
          .append("</th><th>")
          .append(tr(lang, "Tiêu chí", "Criterion"))
          .append("</th><th class=\"num\">")
          .append(tr(lang, "Điểm mất", "Lost"))
          .append("</th><th>")
          .append(tr(lang, "Lý do", "Reason"))
          .append("</th></tr></thead>\n<tbody>\n");
      for (Unsolved u : advice.unsolved()) {
        out.append("<tr><td class=\"code\">")
            .append(escape(u.criterionCode()))
            .append("</td><td>")
            .append(escape(u.title().in(lang)))
            .append("</td><td class=\"num\">")
            .append(escape(Labels.number(u.pointsLost(), lang)))
            .append("</td><td>")
            .append(escape(AdviceWords.reason(u.reason(), lang)))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table></div>\n</section>\n");
    }
    Html.close(out, "Rubric · " + catalog.id() + " " + catalog.version());
    return out.toString();
  }

  /** Returns the page of a cohort's advice, with each unit's first {@code top} fixes. */
  public static String render(Catalog catalog, CohortAdvice advice, int top, Language lang) {
    StringBuilder out = new StringBuilder();
    String heading = tr(lang, "Tiêu chí mất nhiều điểm nhất", "Criteria losing most points");
    Html.open(out, lang, heading + " · " + catalog.title().in(lang));
    out.append("<header>\n<p class=\"eyebrow\">")
        .append(escape(catalog.title().in(lang)))
        .append("</p>\n<h1>")
        .append(escape(heading))
        .append("</h1>\n<p class=\"meta\">")
        .append(advice.units().size())
        .append(tr(lang, " đơn vị", advice.units().size() == 1 ? " unit" : " units"))
        .append("</p>\n</header>\n");

    out.append("<section>\n<h2>")
        .append(tr(lang, "Điểm mất theo tiêu chí", "Points lost by criterion"))
        .append("</h2>\n");
    List<String> labels = new ArrayList<>();
    List<Decimal> values = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (CohortAdvice.ParetoRow r : advice.pareto()) {
      labels.add(r.criterionCode() + " " + r.title().in(lang));
      values.add(r.pointsLost());
      shown.add(
          Labels.number(r.pointsLost(), lang)
              + " · "
              + Labels.index(r.cumulativeShare(), CohortAdvice.SHARE_DECIMALS, lang)
              + "%");
    }
    chart(out, "pareto-chart", tr(lang, "Điểm mất", "Points lost"), labels, values, shown);
    out.append("<div style=\"overflow-x:auto\"><table id=\"pareto\">\n<thead><tr><th>")
        .append(tr(lang, "Mã", "Code"))
        .append("</th><th>")
        .append(tr(lang, "Tiêu chí", "Criterion"))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Điểm mất", "Points lost"))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Số đơn vị", "Units"))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Tỷ lệ", "Share"))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Lũy kế", "Cumulative"))
        .append("</th></tr></thead>\n<tbody>\n");
    for (CohortAdvice.ParetoRow r : advice.pareto()) {
      out.append("<tr><td class=\"code\">")
          .append(escape(r.criterionCode()))
          .append("</td><td>")
          .append(escape(r.title().in(lang)))
          .append("</td><td class=\"num\">")
          .append(escape(Labels.number(r.pointsLost(), lang)))
          .append("</td><td class=\"num\">")
          .append(r.units())
          .append("</td><td class=\"num\">")
          .append(escape(Labels.index(r.share(), CohortAdvice.SHARE_DECIMALS, lang)))
          .append("%</td><td class=\"num\">")
          .append(escape(Labels.index(r.cumulativeShare(), CohortAdvice.SHARE_DECIMALS, lang)))
          .append("%</td></tr>\n");
    }
    out.append("</tbody>\n</table></div>\n</section>\n");

    out.append("<section>\n<h2>")
        .append(tr(lang, "Cách sửa hàng đầu của từng đơn vị", "Each unit's top fixes"))
        .append("</h2>\n<div style=\"overflow-x:auto\"><table id=\"unit-fixes\">\n<thead><tr><th>")
        .append(tr(lang, "Đơn vị", "Unit"))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Chỉ số", "Index"))
        .append("</th><th class=\"num\">#</th><th>")
        .append(tr(lang, "Mã", "Code"))
        .append("</th><th>")
        .append(tr(lang, "Thay đổi", "Change"))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Tăng", "Gain"))
        .append("</th></tr></thead>\n<tbody>\n");
    for (UnitAdvice u : advice.units()) {
      Scorecard c = u.scorecard();
      int i = 1;
      for (Fix f : u.top(top)) {
        out.append("<tr><td>")
            .append(i == 1 ? escape(c.unitName() + " (" + c.unitCode() + ")") : "")
            .append("</td><td class=\"num\">")
            .append(i == 1 ? escape(Labels.index(c, lang)) : "")
            .append("</td><td class=\"num\">")
            .append(i)
            .append("</td><td class=\"code\">")
            .append(escape(f.criterionCode()))
            .append("</td><td>")
            .append(escape(AdviceWords.changes(catalog, f, lang)))
            .append("</td><td class=\"num\">")
            .append(escape(AdviceWords.gain(f.indexGained(), lang)))
            .append("</td></tr>\n");
        i++;
      }
    }
    out.append("</tbody>\n</table></div>\n</section>\n");
    Html.close(out, "Rubric · " + catalog.id() + " " + catalog.version());
    return out.toString();
  }

  /** Appends a horizontal bar chart, one bar per value, scaled to the largest value. */
  private static void chart(
      StringBuilder out,
      String id,
      String caption,
      List<String> labels,
      List<Decimal> values,
      List<String> shown) {
    Decimal top = values.stream().reduce(Decimal.ZERO, Decimal::max);
    int height = Math.max(1, values.size()) * ROW_HEIGHT + 8;
    out.append("<svg id=\"")
        .append(id)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(CHART_WIDTH)
        .append(' ')
        .append(height)
        .append("\" width=\"100%\" role=\"img\" aria-label=\"")
        .append(escape(caption))
        .append("\">\n<title>")
        .append(escape(caption))
        .append("</title>\n");
    for (int i = 0; i < values.size(); i++) {
      int y = 4 + i * ROW_HEIGHT;
      Decimal width =
          top.signum() <= 0
              ? Decimal.ZERO
              : values
                  .get(i)
                  .max(Decimal.ZERO)
                  .times(Decimal.of(BAR_SPACE))
                  .divide(top)
                  .round(1, RoundingMode.HALF_UP);
      int textY = y + BAR_HEIGHT - 5;
      String label = labels.get(i);
      String cut = label.codePointCount(0, label.length()) > 34 ? shorten(label, 33) : label;
      out.append("<text x=\"")
          .append(LABEL_WIDTH - 8)
          .append("\" y=\"")
          .append(textY)
          .append("\" text-anchor=\"end\">")
          .append(escape(cut))
          .append("</text><rect x=\"")
          .append(LABEL_WIDTH)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(width)
          .append("\" height=\"")
          .append(BAR_HEIGHT)
          .append("\" rx=\"3\" class=\"b1\"><title>")
          .append(escape(label + ": " + shown.get(i)))
          .append("</title></rect><text x=\"")
          .append(Decimal.of(LABEL_WIDTH + 6).plus(width))
          .append("\" y=\"")
          .append(textY)
          .append("\">")
          .append(escape(shown.get(i)))
          .append("</text>\n");
    }
    out.append("</svg>\n");
  }

  private static String shorten(String s, int codePoints) {
    return s.substring(0, s.offsetByCodePoints(0, codePoints)) + "…";
  }
}
