package dev.rubric.report;

import static dev.rubric.report.Labels.tr;

import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import dev.rubric.core.waiver.Waiver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders a scorecard as terminal text: the unit, the scorecard by area with columns aligned by
 * display width, the total, index and band, then the findings grouped by severity with their
 * recommendations.
 */
public final class ScorecardText {

  /** The widest a title may be before it wraps. */
  static final int TITLE_WIDTH = 60;

  /** The widest a finding or explanation line may be before it wraps. */
  static final int TEXT_WIDTH = 96;

  private ScorecardText() {}

  /**
   * Returns the report of {@code card}, evaluated against {@code catalog}, with the evidence's
   * {@code note} if any.
   */
  public static String render(
      Scorecard card, Catalog catalog, Optional<String> note, Language lang, Ansi ansi) {
    return render(card, Optional.empty(), catalog, note, lang, ansi);
  }

  /**
   * Returns the report of a unit evaluated with waivers ({@code WaivedEvaluation} of
   * rubric-rules-dsl gives both scorecards): the scorecard with waivers, each waived node marked,
   * the index with waivers and then without them, and the waivers applied (effect, decision,
   * approver, days in force, reason) before the findings.
   */
  public static String renderWithWaivers(
      Scorecard withWaivers,
      Scorecard withoutWaivers,
      Catalog catalog,
      Optional<String> note,
      Language lang,
      Ansi ansi) {
    return render(withWaivers, Optional.of(withoutWaivers), catalog, note, lang, ansi);
  }

  private static String render(
      Scorecard card,
      Optional<Scorecard> withoutWaivers,
      Catalog catalog,
      Optional<String> note,
      Language lang,
      Ansi ansi) {
    StringBuilder out = new StringBuilder();
    unitLine(out, card, lang, ansi);
    out.append(tr(lang, "Bộ tiêu chí: ", "Catalog: "))
        .append(catalog.title().in(lang))
        .append(" (")
        .append(card.catalogId())
        .append(' ')
        .append(card.catalogVersion())
        .append(")\n");
    note.ifPresent(
        n -> {
          for (String line :
              TextTable.wrap(tr(lang, "Ghi chú dữ liệu: ", "Data note: ") + n, TEXT_WIDTH)) {
            out.append(ansi.paint(line, Ansi.Style.DIM)).append('\n');
          }
        });
    out.append('\n');

    heading(out, ansi, tr(lang, "KẾT QUẢ THEO LĨNH VỰC", "SCORECARD BY AREA"));
    TextTable table =
        new TextTable()
            .column(tr(lang, "Mã", "Code"), TextTable.Align.LEFT)
            .column(
                tr(lang, "Lĩnh vực, tiêu chí", "Area, criterion"),
                TextTable.Align.LEFT,
                TITLE_WIDTH)
            .column(tr(lang, "Điểm", "Points"), TextTable.Align.RIGHT)
            .column(tr(lang, "Kết quả", "Status"), TextTable.Align.LEFT);
    for (NodeResult area : card.nodes()) {
      rows(table, card, catalog, area, 0, lang);
    }
    out.append(table.render(ansi, ""));
    out.append('\n');

    IndexWorking working = IndexWorking.of(card, catalog, lang);
    // under a weighted index the plain sum of points is not what the index is made of
    out.append(
            working.weighted()
                ? tr(
                    lang,
                    "Tổng điểm (cộng không theo trọng số, không dùng để tính chỉ số): ",
                    "Total (unweighted sum of points, not used for the index): ")
                : tr(lang, "Tổng điểm: ", "Total: "))
        .append(Labels.number(card.total(), lang))
        .append(tr(lang, " (thưởng ", " (bonus "))
        .append(Labels.number(card.bonus(), lang))
        .append(tr(lang, ", trừ ", ", penalty "))
        .append(Labels.number(card.penalty(), lang))
        .append(")\n");
    out.append(
        ansi.paint(tr(lang, "Chỉ số: ", "Index: ") + Labels.index(card, lang), Ansi.Style.BOLD));
    card.band()
        .ifPresent(
            b ->
                out.append(tr(lang, " · Xếp loại: ", " · Band: "))
                    .append(ansi.paint(b.in(lang), Ansi.Style.BOLD, Ansi.Style.CYAN)));
    out.append('\n');
    withoutWaivers.ifPresent(
        w -> {
          out.append(tr(lang, "Chỉ số không tính miễn trừ: ", "Index without waivers: "))
              .append(Labels.index(w, lang));
          w.band()
              .ifPresent(
                  b -> out.append(tr(lang, " · Xếp loại: ", " · Band: ")).append(b.in(lang)));
          out.append('\n');
        });
    indexWorking(out, working, lang, ansi);
    if (!card.surveyIncluded() && hasSurvey(card)) {
      out.append(
              ansi.paint(
                  tr(
                      lang,
                      "Chưa có kết quả khảo sát: chỉ số được tính trên phần điểm còn lại.",
                      "No survey results: the index is computed over the remaining points."),
                  Ansi.Style.DIM))
          .append('\n');
    }
    out.append('\n');
    if (!card.waivers().isEmpty()) {
      waivers(out, card, lang, ansi);
    }
    findings(out, card.findings(), lang, ansi);
    return out.toString();
  }

  /**
   * Appends how the index was computed: the formula in words, each weighted area's weight and share
   * under a weighted index, and the formula with the unit's numbers when they reproduce the index.
   */
  private static void indexWorking(
      StringBuilder out, IndexWorking working, Language lang, Ansi ansi) {
    for (String line :
        TextTable.wrap(tr(lang, "Cách tính: ", "How: ") + working.formula(), TEXT_WIDTH)) {
      out.append(ansi.paint(line, Ansi.Style.DIM)).append('\n');
    }
    for (IndexWorking.Term t : working.terms()) {
      String text =
          t.code()
              + " "
              + t.title()
              + tr(lang, ": trọng số ", ": weight ")
              + t.weight()
              + ", "
              + t.share()
                  .map(v -> tr(lang, "tỷ lệ đạt ", "share ") + v)
                  .orElse(tr(lang, "không áp dụng, không tính", "does not apply, not counted"));
      for (String line : TextTable.wrap(text, TEXT_WIDTH - 4)) {
        out.append("  • ").append(line).append('\n');
      }
    }
    working
        .working()
        .ifPresent(
            w -> {
              List<String> lines = TextTable.wrap(w, TEXT_WIDTH - 2);
              for (String line : lines) {
                out.append("  ").append(line).append('\n');
              }
            });
  }

  /** Appends the waivers applied, one per line with its effect, decision and reason. */
  private static void waivers(StringBuilder out, Scorecard card, Language lang, Ansi ansi) {
    heading(
        out,
        ansi,
        tr(lang, "MIỄN TRỪ ĐÃ ÁP DỤNG", "WAIVERS APPLIED") + " (" + card.waivers().size() + ")");
    for (Waiver w : card.waivers().values()) {
      String text =
          "["
              + w.criterionCode()
              + "] "
              + Labels.effect(w, lang)
              + tr(lang, " · quyết định ", " · decision ")
              + w.decision()
              + " ("
              + w.approver()
              + ")"
              + tr(lang, " · hiệu lực ", " · in force ")
              + w.validFrom()
              + " – "
              + w.validUntil()
              + ": "
              + w.reason();
      List<String> lines = TextTable.wrap(text, TEXT_WIDTH - 4);
      for (int i = 0; i < lines.size(); i++) {
        out.append(i == 0 ? "  • " : "    ").append(lines.get(i)).append('\n');
      }
    }
    out.append('\n');
  }

  /**
   * Returns the explanation of one node: its explanation tree (whose first line names the node, its
   * points and status), its findings with recommendations, then the same for each child, indented.
   */
  public static String explain(NodeResult node, Scorecard card, Language lang, Ansi ansi) {
    StringBuilder out = new StringBuilder();
    unitLine(out, card, lang, ansi);
    out.append('\n');
    explain(out, node, card, lang, ansi, "");
    return out.toString();
  }

  /**
   * Returns the explanation of one node as {@link #explain(NodeResult, Scorecard, Language, Ansi)}
   * does, and for a top-level node under a weighted index ({@code catalog}'s formula) the node's
   * part in the index: its weight and share, then the whole formula with the unit's numbers.
   */
  public static String explain(
      NodeResult node, Scorecard card, Catalog catalog, Language lang, Ansi ansi) {
    StringBuilder out = new StringBuilder(explain(node, card, lang, ansi));
    IndexWorking working = IndexWorking.of(card, catalog, lang);
    if (working.terms().stream().anyMatch(t -> t.code().equals(node.code()))) {
      out.append('\n')
          .append(ansi.paint(tr(lang, "TRONG CHỈ SỐ", "IN THE INDEX"), Ansi.Style.BOLD))
          .append('\n');
      indexWorking(out, working, lang, ansi);
    }
    return out.toString();
  }

  private static void explain(
      StringBuilder out, NodeResult node, Scorecard card, Language lang, Ansi ansi, String indent) {
    String[] lines = node.explanation().render(lang).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String text = lines[i].stripLeading();
      String lead = indent + lines[i].substring(0, lines[i].length() - text.length());
      for (String part : TextTable.wrap(text, TEXT_WIDTH - lead.length())) {
        out.append(lead).append(i == 0 ? ansi.paint(part, Ansi.Style.BOLD) : part).append('\n');
      }
    }
    for (Finding f : card.findingsFor(node.code())) {
      finding(out, f, lang, ansi, indent + "  ", false);
    }
    for (NodeResult child : node.children()) {
      explain(out, child, card, lang, ansi, indent + "  ");
    }
  }

  /** Appends e.g. {@code Thị trấn Phủ Thông (01969) · kỳ đánh giá 2022}. */
  private static void unitLine(StringBuilder out, Scorecard card, Language lang, Ansi ansi) {
    out.append(ansi.paint(card.unitName(), Ansi.Style.BOLD))
        .append(" (")
        .append(card.unitCode())
        .append(")")
        .append(tr(lang, " · kỳ đánh giá ", " · period "))
        .append(card.periodId())
        .append('\n');
  }

  private static void rows(
      TextTable table, Scorecard card, Catalog catalog, NodeResult node, int depth, Language lang) {
    Ansi.Style[] weight = depth == 0 ? new Ansi.Style[] {Ansi.Style.BOLD} : new Ansi.Style[0];
    String waived =
        card.waiver(node.code()).isPresent() ? tr(lang, " · miễn trừ", " · waived") : "";
    table.row(
        List.of(
            "  ".repeat(depth) + node.code(),
            node.title().in(lang),
            Labels.points(node.earned(), node.applicableMax(), lang),
            Labels.status(node, catalog, lang) + waived),
        List.of(
            weight, weight, weight, Styles.of(node.status(), Labels.kind(catalog, node.code()))));
    for (NodeResult child : node.children()) {
      rows(table, card, catalog, child, depth + 1, lang);
    }
  }

  private static boolean hasSurvey(Scorecard card) {
    return card.nodes().stream().anyMatch(n -> n.channel() == Channel.SURVEY);
  }

  private static void findings(StringBuilder out, List<Finding> all, Language lang, Ansi ansi) {
    heading(
        out,
        ansi,
        tr(lang, "PHÁT HIỆN VÀ KHUYẾN NGHỊ", "FINDINGS AND RECOMMENDATIONS")
            + " ("
            + all.size()
            + ")");
    if (all.isEmpty()) {
      out.append(tr(lang, "Không có phát hiện nào.", "No findings.")).append('\n');
      return;
    }
    for (Severity s : Severity.values()) {
      List<Finding> group = new ArrayList<>();
      for (Finding f : all) {
        if (f.severity() == s) {
          group.add(f);
        }
      }
      if (group.isEmpty()) {
        continue;
      }
      out.append(ansi.paint(s.label(lang) + " (" + group.size() + ")", Styles.of(s))).append('\n');
      for (Finding f : group) {
        finding(out, f, lang, ansi, "  ", true);
      }
    }
  }

  private static void finding(
      StringBuilder out, Finding f, Language lang, Ansi ansi, String indent, boolean withCode) {
    StringBuilder text = new StringBuilder();
    String message = f.message().in(lang);
    if (withCode) {
      // a data-quality or assessment finding ends in '(where, RB602)': its code is not repeated
      boolean namesItsCode = f.criterionCode().isEmpty() && message.endsWith(f.code() + ")");
      if (!namesItsCode) {
        text.append('[').append(f.criterionCode().orElse(f.code())).append("] ");
      }
    } else {
      text.append(f.severity().label(lang)).append(": ");
    }
    text.append(message);
    if (f.pointsLost().signum() > 0) {
      text.append(" (").append(pointsLost(f.pointsLost(), lang)).append(')');
    }
    List<String> lines = TextTable.wrap(text.toString(), TEXT_WIDTH - indent.length() - 2);
    for (int i = 0; i < lines.size(); i++) {
      out.append(indent).append(i == 0 ? "• " : "  ").append(lines.get(i)).append('\n');
    }
    if (f.recommendation().isPresent()) {
      String label = tr(lang, "Khuyến nghị: ", "Recommendation: ");
      List<String> rec =
          TextTable.wrap(
              label + f.recommendation().get().in(lang), TEXT_WIDTH - indent.length() - 4);
      for (int i = 0; i < rec.size(); i++) {
        out.append(indent)
            .append(i == 0 ? "  → " : "    ")
            .append(ansi.paint(rec.get(i), Ansi.Style.GREEN))
            .append('\n');
      }
    }
  }

  /** Returns e.g. {@code "−1,5 điểm"} or {@code "−1 point"}. */
  static String pointsLost(Decimal lost, Language lang) {
    String n = "−" + Labels.number(lost, lang);
    return lang == Language.EN
        ? n + (lost.equals(Decimal.ONE) ? " point" : " points")
        : n + " điểm";
  }

  private static void heading(StringBuilder out, Ansi ansi, String text) {
    out.append(ansi.paint(text, Ansi.Style.BOLD)).append('\n');
  }
}
