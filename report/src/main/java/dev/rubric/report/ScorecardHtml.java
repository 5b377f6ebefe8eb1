package dev.rubric.report;

import static dev.rubric.report.Html.escape;
import static dev.rubric.report.Labels.tr;

import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import dev.rubric.core.waiver.Waiver;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders a scorecard as one self-contained HTML page: the unit ({@code id="unit-name"}), index
 * ({@code id="index"}) and band, a bar per area, the findings by severity with their
 * recommendations, how the index was computed ({@code id="index-formula"}) and each criterion's
 * explanation in {@code <details>}, with an open copy of the explanations that only print shows
 * (closed {@code <details>} would print without them). Needs no script.
 */
public final class ScorecardHtml {
  private ScorecardHtml() {}

  /**
   * Returns the page for {@code card}, evaluated against {@code catalog}, with the evidence's
   * {@code note} if any.
   */
  public static String render(
      Scorecard card, Catalog catalog, Optional<String> note, Language lang) {
    return render(card, Optional.empty(), catalog, note, lang, Optional.empty());
  }

  /**
   * Returns the page for {@code card} as one page of a bundle beside a ranking page: as {@link
   * #render(Scorecard, Catalog, Optional, Language)}, with a link back to {@code rankingPage} (a
   * relative URL such as {@code index.html}, {@code id="back-to-ranking"}) above the unit's name.
   */
  public static String renderInBundle(
      Scorecard card, Catalog catalog, Language lang, String rankingPage) {
    return render(
        card, Optional.empty(), catalog, Optional.empty(), lang, Optional.of(rankingPage));
  }

  /**
   * Returns the page of a unit evaluated with waivers ({@code WaivedEvaluation} of rubric-rules-dsl
   * gives both scorecards): the scorecard with waivers, a tile with the index without them ({@code
   * id="index-without-waivers"}), each waived node badged {@code class="waived"}, and the waivers
   * applied ({@code id="waivers"}) before the findings.
   */
  public static String renderWithWaivers(
      Scorecard withWaivers,
      Scorecard withoutWaivers,
      Catalog catalog,
      Optional<String> note,
      Language lang) {
    return render(withWaivers, Optional.of(withoutWaivers), catalog, note, lang, Optional.empty());
  }

  private static String render(
      Scorecard card,
      Optional<Scorecard> withoutWaivers,
      Catalog catalog,
      Optional<String> note,
      Language lang,
      Optional<String> rankingPage) {
    StringBuilder out = new StringBuilder();
    String index = Labels.index(card, lang);
    IndexWorking working = IndexWorking.of(card, catalog, lang);
    Html.open(
        out,
        lang,
        card.unitName()
            + " · "
            + tr(lang, "Chỉ số ", "Index ")
            + index
            + " · "
            + card.catalogId()
            + " "
            + card.periodId(),
        CSS);

    out.append("<header>\n");
    rankingPage.ifPresent(
        page ->
            out.append("<p class=\"back screen-only\"><a id=\"back-to-ranking\" href=\"")
                .append(escape(page))
                .append("\">← ")
                .append(tr(lang, "Bảng xếp hạng", "Ranking"))
                .append("</a></p>\n"));
    out.append("<p class=\"eyebrow\">").append(escape(catalog.title().in(lang))).append("</p>\n");
    out.append("<h1 id=\"unit-name\">").append(escape(card.unitName())).append("</h1>\n");
    out.append("<p class=\"meta\">")
        .append(tr(lang, "Mã đơn vị ", "Unit code "))
        .append(escape(card.unitCode()))
        .append(" · ")
        .append(tr(lang, "Kỳ đánh giá ", "Period "))
        .append(escape(card.periodId()))
        .append(" · ")
        .append(tr(lang, "Bộ tiêu chí ", "Catalog "))
        .append(escape(card.catalogId() + " " + card.catalogVersion()))
        .append("</p>\n");
    note.ifPresent(n -> out.append("<p class=\"note\">").append(escape(n)).append("</p>\n"));
    out.append("<div class=\"headline\">\n");
    tile(out, tr(lang, "Chỉ số", "Index"), "<span id=\"index\">" + escape(index) + "</span>");
    tile(
        out,
        tr(lang, "Xếp loại", "Band"),
        "<span id=\"band\">" + escape(card.band().map(b -> b.in(lang)).orElse("–")) + "</span>");
    if (!working.weighted()) {
      // under a weighted index the plain sum of points says nothing about the index: not shown
      tile(out, tr(lang, "Tổng điểm", "Total points"), escape(Labels.number(card.total(), lang)));
    }
    withoutWaivers.ifPresent(
        w ->
            tile(
                out,
                tr(lang, "Chỉ số không tính miễn trừ", "Index without waivers"),
                "<span id=\"index-without-waivers\">" + escape(Labels.index(w, lang)) + "</span>"));
    out.append("</div>\n");
    indexWorking(out, working, lang);
    out.append("</header>\n");

    if (!card.waivers().isEmpty()) {
      // only pages with waivers carry the badge's style, so other pages stay as they were
      out.append("<style>\n")
          .append(".waived{margin-left:.4rem;padding:0 6px;border:1px solid #b7791f;")
          .append("border-radius:4px;\n  color:#975a16;font-size:.8rem;font-weight:600;")
          .append("white-space:nowrap}\n</style>\n");
    }
    out.append("<section id=\"areas\">\n<h2>")
        .append(tr(lang, "Kết quả theo lĩnh vực", "Scorecard by area"))
        .append("</h2>\n");
    out.append("<table>\n<thead><tr><th>")
        .append(tr(lang, "Mã", "Code"))
        .append("</th><th>")
        .append(tr(lang, "Lĩnh vực", "Area"))
        .append("</th><th class=\"num\">")
        .append(tr(lang, "Điểm", "Points"))
        .append("</th><th>")
        .append(tr(lang, "Kết quả", "Status"))
        .append("</th></tr></thead>\n<tbody>\n");
    for (NodeResult area : card.nodes()) {
      // a penalty item's bar shows the points deducted, in red
      boolean penalty = Html.isPenalty(catalog, area.code());
      String percent = Html.barPercent(area.earned(), area.applicableMax(), penalty);
      out.append("<tr><td class=\"code\">")
          .append(escape(area.code()))
          .append("</td><td>")
          .append(escape(area.title().in(lang)));
      Html.bar(
          out,
          percent,
          penalty
              ? "s-not_met"
              : Html.statusClass(area.status(), Labels.kind(catalog, area.code())),
          (penalty ? tr(lang, "bị trừ ", "deducted ") : "")
              + Labels.number(Decimal.parse(percent), lang)
              + "%");
      out.append("</td><td class=\"num\">")
          .append(escape(Labels.points(area.earned(), area.applicableMax(), lang)))
          .append("</td><td><span class=\"status ")
          .append(Html.statusClass(area.status(), Labels.kind(catalog, area.code())))
          .append("\">")
          .append(escape(Labels.status(area, catalog, lang)))
          .append("</span>");
      waivedBadge(out, card, area, lang);
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");

    if (!card.waivers().isEmpty()) {
      waivers(out, card, lang);
    }
    findings(out, card.findings(), lang);

    out.append("<section id=\"explanations\">\n<h2>")
        .append(tr(lang, "Giải trình từng tiêu chí", "How each criterion was scored"))
        .append("</h2>\n");
    out.append("<div class=\"screen-only\">\n");
    for (NodeResult area : card.nodes()) {
      node(out, card, catalog, area, lang);
    }
    // Printed, closed <details> would lose their content, and CSS cannot open them: paper gets the
    // same explanations, all open, in a copy that only print shows (no script needed).
    out.append("</div>\n<div class=\"print-only\">\n");
    for (NodeResult area : card.nodes()) {
      out.append("<pre class=\"why\">");
      printed(out, area, lang, "");
      out.append("</pre>\n");
    }
    out.append("</div>\n</section>\n");
    Html.close(
        out,
        "Rubric · " + card.catalogId() + " " + card.catalogVersion() + " · " + card.catalogHash());
    return out.toString();
  }

  /**
   * The page's own styles: the explanations' copy for paper ({@code .print-only}), shown only when
   * printing, in place of the {@code <details>} of the screen ({@code .screen-only}); the index's
   * working.
   */
  private static final String CSS =
      String.join(
          "\n",
          ".print-only{display:none}",
          "#index-formula p{margin:.3rem 0}",
          "#index-formula .working{font-variant-numeric:tabular-nums;font-weight:600}",
          "@media print{.screen-only{display:none}.print-only{display:block}",
          "  .print-only pre.why{break-inside:auto}}");

  /** Appends how the index was computed ({@code id="index-formula"}). */
  private static void indexWorking(StringBuilder out, IndexWorking working, Language lang) {
    out.append("<section id=\"index-formula\">\n<p>")
        .append(escape(working.formula()))
        .append("</p>\n");
    if (!working.terms().isEmpty()) {
      out.append("<table id=\"index-weights\">\n<thead><tr><th>")
          .append(tr(lang, "Mã", "Code"))
          .append("</th><th>")
          .append(tr(lang, "Lĩnh vực", "Area"))
          .append("</th><th class=\"num\">")
          .append(tr(lang, "Trọng số", "Weight"))
          .append("</th><th class=\"num\">")
          .append(tr(lang, "Tỷ lệ đạt", "Share"))
          .append("</th></tr></thead>\n<tbody>\n");
      for (IndexWorking.Term t : working.terms()) {
        out.append("<tr><td class=\"code\">")
            .append(escape(t.code()))
            .append("</td><td>")
            .append(escape(t.title()))
            .append("</td><td class=\"num\">")
            .append(escape(t.weight()))
            .append("</td><td class=\"num\">")
            .append(escape(t.share().orElse(tr(lang, "không tính", "not counted"))))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    working
        .working()
        .ifPresent(w -> out.append("<p class=\"working\">").append(escape(w)).append("</p>\n"));
    out.append("</section>\n");
  }

  /** Appends a node's explanation and its children's, indented, as text for the printed copy. */
  private static void printed(StringBuilder out, NodeResult node, Language lang, String indent) {
    for (String line : node.explanation().render(lang).split("\n", -1)) {
      out.append(indent).append(escape(line)).append('\n');
    }
    for (NodeResult child : node.children()) {
      printed(out, child, lang, indent + "  ");
    }
  }

  private static void tile(StringBuilder out, String label, String valueHtml) {
    out.append("<div class=\"tile\"><span class=\"label\">")
        .append(escape(label))
        .append("</span><span class=\"value\">")
        .append(valueHtml)
        .append("</span></div>\n");
  }

  private static void findings(StringBuilder out, List<Finding> all, Language lang) {
    out.append("<section id=\"findings\">\n<h2>")
        .append(tr(lang, "Phát hiện và khuyến nghị", "Findings and recommendations"))
        .append(" (")
        .append(all.size())
        .append(")</h2>\n");
    if (all.isEmpty()) {
      out.append("<p>")
          .append(tr(lang, "Không có phát hiện nào.", "No findings."))
          .append("</p>\n");
    }
    for (Severity s : Severity.values()) {
      List<Finding> group = all.stream().filter(f -> f.severity() == s).toList();
      if (group.isEmpty()) {
        continue;
      }
      String cls = "sev-" + s.name().toLowerCase(Locale.ROOT);
      out.append("<h3 class=\"")
          .append(cls)
          .append("\">")
          .append(escape(s.label(lang)))
          .append(" (")
          .append(group.size())
          .append(")</h3>\n<ul class=\"findings\">\n");
      for (Finding f : group) {
        out.append("<li><span class=\"code\">")
            .append(escape(f.criterionCode().orElse(f.code())))
            .append("</span>")
            .append(escape(f.message().in(lang)));
        if (f.pointsLost().signum() > 0) {
          out.append(" <span class=\"lost\">(")
              .append(escape(ScorecardText.pointsLost(f.pointsLost(), lang)))
              .append(")</span>");
        }
        f.recommendation()
            .ifPresent(
                r ->
                    out.append("<p class=\"rec\"><strong>")
                        .append(tr(lang, "Khuyến nghị:", "Recommendation:"))
                        .append("</strong> ")
                        .append(escape(r.in(lang)))
                        .append("</p>"));
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  /** Appends the waivers applied: criterion, effect, decision, approver, days and reason. */
  private static void waivers(StringBuilder out, Scorecard card, Language lang) {
    out.append("<section id=\"waivers\">\n<h2>")
        .append(tr(lang, "Miễn trừ đã áp dụng", "Waivers applied"))
        .append(" (")
        .append(card.waivers().size())
        .append(")</h2>\n<table>\n<thead><tr><th>")
        .append(tr(lang, "Mã", "Code"))
        .append("</th><th>")
        .append(tr(lang, "Miễn trừ", "Waiver"))
        .append("</th><th>")
        .append(tr(lang, "Quyết định", "Decision"))
        .append("</th><th>")
        .append(tr(lang, "Hiệu lực", "In force"))
        .append("</th><th>")
        .append(tr(lang, "Lý do", "Reason"))
        .append("</th></tr></thead>\n<tbody>\n");
    for (Waiver w : card.waivers().values()) {
      out.append("<tr><td class=\"code\">")
          .append(escape(w.criterionCode()))
          .append("</td><td>")
          .append(escape(Labels.effect(w, lang)))
          .append("</td><td>")
          .append(escape(w.decision()))
          .append("<br>")
          .append(escape(w.approver()))
          .append("</td><td>")
          .append(escape(w.validFrom().toString()))
          .append("<br>– ")
          .append(escape(w.validUntil().toString()))
          .append("</td><td>")
          .append(escape(w.reason()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static void waivedBadge(
      StringBuilder out, Scorecard card, NodeResult node, Language lang) {
    card.waiver(node.code())
        .ifPresent(
            w ->
                out.append("<span class=\"waived\" title=\"")
                    .append(escape(w.decision() + " · " + w.reason()))
                    .append("\">")
                    .append(escape(tr(lang, "miễn trừ", "waived")))
                    .append("</span>"));
  }

  private static void node(
      StringBuilder out, Scorecard card, Catalog catalog, NodeResult node, Language lang) {
    out.append("<details><summary><span class=\"code\">")
        .append(escape(node.code()))
        .append("</span>")
        .append(escape(node.title().in(lang)))
        .append("<span class=\"pts\">")
        .append(escape(Labels.points(node.earned(), node.applicableMax(), lang)))
        .append("</span><span class=\"status ")
        .append(Html.statusClass(node.status(), Labels.kind(catalog, node.code())))
        .append("\">")
        .append(escape(Labels.status(node, catalog, lang)))
        .append("</span>");
    waivedBadge(out, card, node, lang);
    out.append("</summary>\n<pre class=\"why\">")
        .append(escape(node.explanation().render(lang)))
        .append("</pre>\n");
    for (NodeResult child : node.children()) {
      node(out, card, catalog, child, lang);
    }
    out.append("</details>\n");
  }
}
