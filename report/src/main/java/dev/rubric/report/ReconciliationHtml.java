package dev.rubric.report;

import static dev.rubric.report.Html.escape;
import static dev.rubric.report.Labels.tr;

import dev.rubric.cohort.reconcile.Agreement;
import dev.rubric.cohort.reconcile.CriterionAgreement;
import dev.rubric.cohort.reconcile.CriterionLine;
import dev.rubric.cohort.reconcile.Reconciliation;
import dev.rubric.cohort.reconcile.RoundIndex;
import dev.rubric.cohort.reconcile.UnitDistance;
import dev.rubric.cohort.reconcile.UnitReconciliation;
import dev.rubric.core.Language;
import dev.rubric.core.finding.Finding;
import java.util.List;
import java.util.Optional;

/**
 * Renders a {@link Reconciliation} as one self-contained HTML page: the cohort's level matrix as an
 * inline SVG heat map ({@code id="agreement-heatmap"}), the least reliable criteria ({@code
 * id="least-reliable"}), the units furthest from their final result ({@code id="furthest-units"}),
 * and per unit its indexes and a table of its criteria with a gap ({@code id="unit-<code>"}).
 */
public final class ReconciliationHtml {

  private static final int CELL = 64;
  private static final int LEFT = 110;
  private static final int TOP = 60;

  private ReconciliationHtml() {}

  /** Returns the page. */
  public static String render(Reconciliation r, Language lang) {
    StringBuilder out = new StringBuilder();
    String title = tr(lang, "Đối soát điểm", "Reconciliation") + " · " + r.catalogId();
    Html.open(out, lang, title);
    out.append("<header>\n<p class=\"eyebrow\">")
        .append(escape(r.catalogId() + " " + r.catalogVersion()))
        .append("</p>\n<h1>")
        .append(
            tr(
                lang,
                "Đối soát điểm tự chấm, minh chứng và thẩm định",
                "Claims, evidence and appraisal reconciled"))
        .append("</h1>\n<p class=\"meta\">")
        .append(r.units().size())
        .append(tr(lang, " đơn vị", r.units().size() == 1 ? " unit" : " units"))
        .append("</p>\n</header>\n");
    agreement(out, r.agreement(), lang);
    if (!r.problems().isEmpty()) {
      out.append("<section id=\"data-problems\">\n<h2>")
          .append(tr(lang, "Vấn đề của dữ liệu", "Data problems"))
          .append("</h2>\n");
      problems(out, r.problems(), lang);
      out.append("</section>\n");
    }
    for (UnitReconciliation u : r.units()) {
      unit(out, u, lang);
    }
    Html.close(out, "Rubric · " + r.catalogId() + " " + r.catalogVersion());
    return out.toString();
  }

  private static void agreement(StringBuilder out, Agreement a, Language lang) {
    out.append("<section>\n<h2>")
        .append(tr(lang, "Tự chấm so với kết quả cuối cùng", "Self-scores against final results"))
        .append("</h2>\n<p>")
        .append(tr(lang, "Số cặp điểm: ", "Pairs: "))
        .append(a.pairs())
        .append(tr(lang, " · Kappa có trọng số bậc hai: ", " · quadratically weighted kappa: "))
        .append(escape(ReconcileLabels.statistic(a.kappa(), lang)))
        .append(tr(lang, " · chênh lệch tuyệt đối trung bình: ", " · mean absolute gap: "))
        .append(escape(ReconcileLabels.statistic(a.meanAbsoluteGap(), lang)))
        .append(tr(lang, " điểm</p>\n", " points</p>\n"));
    heatmap(out, a, lang);
    if (!a.leastReliable().isEmpty()) {
      out.append("<h3>")
          .append(tr(lang, "Tiêu chí tự chấm kém tin cậy nhất", "Least reliable self-scores"))
          .append(
              "</h3>\n<div style=\"overflow-x:auto\"><table id=\"least-reliable\">\n<thead><tr><th>")
          .append(tr(lang, "Mã", "Code"))
          .append("</th><th>")
          .append(tr(lang, "Tiêu chí", "Criterion"))
          .append("</th><th class=\"num\">")
          .append(tr(lang, "Tự chấm vượt", "Over-claimed"))
          .append("</th><th class=\"num\">")
          .append(tr(lang, "Vượt trung bình", "Mean over-claim"))
          .append("</th><th class=\"num\">")
          .append(tr(lang, "Lệch trung bình", "Mean gap"))
          .append("</th><th class=\"num\">Kappa</th></tr></thead>\n<tbody>\n");
      for (String code : a.leastReliable()) {
        CriterionAgreement c =
            a.criteria().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
        out.append("<tr><td class=\"code\">")
            .append(escape(c.code()))
            .append("</td><td>")
            .append(escape(c.title().in(lang)))
            .append("</td><td class=\"num\">")
            .append(c.overClaims())
            .append('/')
            .append(c.claims())
            .append(" (")
            .append(escape(ReconcileLabels.percent(c.overClaimRate(), lang)))
            .append(")</td><td class=\"num\">")
            .append(escape(ReconcileLabels.statistic(c.meanOverClaim(), lang)))
            .append("</td><td class=\"num\">")
            .append(escape(ReconcileLabels.statistic(Optional.of(c.meanAbsoluteGap()), lang)))
            .append("</td><td class=\"num\">")
            .append(escape(ReconcileLabels.statistic(c.kappa(), lang)))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table></div>\n");
    }
    if (!a.furthestUnits().isEmpty()) {
      out.append("<h3>")
          .append(
              tr(lang, "Đơn vị tự chấm xa kết quả nhất", "Units furthest from their final result"))
          .append(
              "</h3>\n<div style=\"overflow-x:auto\"><table id=\"furthest-units\">\n<thead><tr><th>")
          .append(tr(lang, "Mã", "Code"))
          .append("</th><th>")
          .append(tr(lang, "Đơn vị", "Unit"))
          .append("</th><th class=\"num\">")
          .append(tr(lang, "Chỉ số tự chấm", "Self index"))
          .append("</th><th class=\"num\">")
          .append(tr(lang, "Chỉ số cuối cùng", "Final index"))
          .append("</th><th class=\"num\">")
          .append(tr(lang, "Chênh lệch", "Gap"))
          .append("</th></tr></thead>\n<tbody>\n");
      for (UnitDistance d : a.furthestUnits()) {
        out.append("<tr><td class=\"code\">")
            .append(escape(d.unitCode()))
            .append("</td><td><a href=\"#unit-")
            .append(escape(d.unitCode()))
            .append("\">")
            .append(escape(d.unitName()))
            .append("</a></td><td class=\"num\">")
            .append(escape(Labels.number(d.selfIndex(), lang)))
            .append("</td><td class=\"num\">")
            .append(escape(Labels.number(d.finalIndex(), lang)))
            .append("</td><td class=\"num\">")
            .append(escape(Labels.number(d.indexGap(), lang)))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table></div>\n");
    }
    out.append("</section>\n");
  }

  /**
   * Appends the level matrix as a heat map: rows the self-scored level, columns the final level,
   * each cell shaded by its share of the largest count, agreeing cells on the diagonal outlined.
   */
  private static void heatmap(StringBuilder out, Agreement a, Language lang) {
    int n = a.levels();
    int most = 0;
    for (List<Integer> row : a.matrix()) {
      for (int v : row) {
        most = Math.max(most, v);
      }
    }
    int width = LEFT + n * CELL + 10;
    int height = TOP + n * CELL + 10;
    String caption =
        tr(
            lang,
            "Ma trận mức điểm: hàng là tự chấm, cột là kết quả cuối cùng",
            "Level matrix: rows are self-scores, columns final results");
    out.append("<svg id=\"agreement-heatmap\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" width=\"100%\" style=\"max-width:")
        .append(width)
        .append("px\" role=\"img\" aria-label=\"")
        .append(escape(caption))
        .append("\">\n<title>")
        .append(escape(caption))
        .append("</title>\n");
    out.append("<text x=\"")
        .append(LEFT + n * CELL / 2)
        .append("\" y=\"16\" text-anchor=\"middle\">")
        .append(escape(tr(lang, "Kết quả cuối cùng →", "Final result →")))
        .append("</text>\n");
    for (int j = 0; j < n; j++) {
      out.append("<text x=\"")
          .append(LEFT + j * CELL + CELL / 2)
          .append("\" y=\"")
          .append(TOP - 10)
          .append("\" text-anchor=\"middle\" font-size=\"12\">")
          .append(escape(ReconcileLabels.level(j, lang)))
          .append("</text>\n");
    }
    for (int i = 0; i < n; i++) {
      int y = TOP + i * CELL;
      out.append("<text x=\"")
          .append(LEFT - 8)
          .append("\" y=\"")
          .append(y + CELL / 2 + 4)
          .append("\" text-anchor=\"end\" font-size=\"12\">")
          .append(escape(tr(lang, "tự chấm ", "self ") + ReconcileLabels.level(i, lang)))
          .append("</text>\n");
      for (int j = 0; j < n; j++) {
        int v = a.matrix().get(i).get(j);
        // shade 0–100 by the count's share of the largest, in whole percent
        int shade = most == 0 ? 0 : (int) Math.round(100.0 * v / most);
        String fill = i == j ? "47,133,90" : i > j ? "197,48,48" : "49,130,206";
        out.append("<rect class=\"cell\" x=\"")
            .append(LEFT + j * CELL)
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(CELL - 2)
            .append("\" height=\"")
            .append(CELL - 2)
            .append("\" fill=\"rgba(")
            .append(fill)
            .append(',')
            .append(
                shade == 0
                    ? "0.04"
                    : String.format(java.util.Locale.ROOT, "%.2f", 0.1 + 0.9 * shade / 100.0))
            .append(")\" stroke=\"")
            .append(i == j ? "#2f855a" : "#d9e2ec")
            .append("\"><title>")
            .append(
                escape(
                    tr(lang, "tự chấm ", "self ")
                        + ReconcileLabels.level(i, lang)
                        + tr(lang, ", kết quả ", ", final ")
                        + ReconcileLabels.level(j, lang)
                        + ": "
                        + v))
            .append("</title></rect>")
            .append("<text x=\"")
            .append(LEFT + j * CELL + CELL / 2 - 1)
            .append("\" y=\"")
            .append(y + CELL / 2 + 4)
            .append("\" text-anchor=\"middle\">")
            .append(v)
            .append("</text>\n");
      }
    }
    out.append("</svg>\n<p class=\"meta\">")
        .append(
            tr(
                lang,
                "Mức là phần điểm đạt so với điểm tối đa của tiêu chí (0 điểm, đến 25%, 50%, 75%,"
                    + " 100%). Ô đỏ dưới đường chéo: tự chấm cao hơn kết quả; ô xanh lam: thấp hơn.",
                "A level is the share of the criterion's maximum (0 points, up to 25%, 50%, 75%,"
                    + " 100%). Red cells below the diagonal: self-scores above the final result;"
                    + " blue: below."))
        .append("</p>\n");
  }

  private static void unit(StringBuilder out, UnitReconciliation u, Language lang) {
    out.append("<section id=\"unit-")
        .append(escape(u.unitCode()))
        .append("\">\n<h2>")
        .append(escape(u.unitName() + " (" + u.unitCode() + ")"))
        .append("</h2>\n<p>");
    for (int i = 0; i < u.indexes().size(); i++) {
      RoundIndex x = u.indexes().get(i);
      out.append(i == 0 ? "" : " · ")
          .append(escape(ReconcileLabels.view(x.view(), lang)))
          .append(": <b>")
          .append(escape(Labels.number(x.indexRounded(), lang)))
          .append("</b>")
          .append(escape(x.band().map(b -> " (" + b.in(lang) + ")").orElse("")));
    }
    out.append("</p>\n");
    List<CriterionLine> gaps = u.lines().stream().filter(CriterionLine::hasGap).toList();
    if (!u.assessed()) {
      out.append("<p>")
          .append(tr(lang, "Chưa có bản chấm điểm.", "No assessment."))
          .append("</p>\n");
    } else if (gaps.isEmpty()) {
      out.append("<p>")
          .append(tr(lang, "Mọi tiêu chí đều khớp.", "Every criterion agrees."))
          .append("</p>\n");
    } else {
      out.append("<div style=\"overflow-x:auto\"><table class=\"reconciliation\">\n<thead><tr><th>")
          .append(tr(lang, "Mã", "Code"))
          .append("</th><th>")
          .append(tr(lang, "Tiêu chí", "Criterion"))
          .append("</th><th class=\"num\">")
          .append(tr(lang, "Tự chấm", "Claimed"))
          .append("</th><th class=\"num\">")
          .append(tr(lang, "Minh chứng", "Computed"))
          .append("</th><th class=\"num\">")
          .append(tr(lang, "Thẩm định", "Appraised"))
          .append("</th><th class=\"num\">")
          .append(tr(lang, "Chính thức", "Final"))
          .append("</th><th>")
          .append(tr(lang, "Nguồn", "Source"))
          .append("</th><th>")
          .append(tr(lang, "Chênh lệch, nhận xét", "Gap, remark"))
          .append("</th></tr></thead>\n<tbody>\n");
      for (CriterionLine l : gaps) {
        out.append("<tr><td class=\"code\">")
            .append(escape(l.code()))
            .append("</td><td>")
            .append(escape(l.title().in(lang)))
            .append("</td><td class=\"num\">")
            .append(escape(ReconcileLabels.points(l.claimed(), lang)))
            .append("</td><td class=\"num\">")
            .append(escape(Labels.number(l.computed(), lang)))
            .append("</td><td class=\"num\">")
            .append(escape(ReconcileLabels.points(l.appraised(), lang)))
            .append("</td><td class=\"num\">")
            .append(escape(Labels.number(l.finalPoints(), lang)))
            .append("</td><td>")
            .append(escape(ReconcileLabels.source(l.source(), lang)))
            .append("</td><td>")
            .append(escape(ReconcileLabels.gaps(l, lang)));
        if (l.remark().isPresent()) {
          out.append("<br><small>").append(escape(l.remark().get())).append("</small>");
        }
        out.append("</td></tr>\n");
      }
      out.append("</tbody>\n</table></div>\n");
    }
    if (!u.problems().isEmpty()) {
      problems(out, u.problems(), lang);
    }
    out.append("</section>\n");
  }

  private static void problems(StringBuilder out, List<Finding> problems, Language lang) {
    out.append("<ul class=\"problems\">\n");
    for (Finding f : problems) {
      out.append("<li>").append(escape(f.message().in(lang))).append("</li>\n");
    }
    out.append("</ul>\n");
  }
}
