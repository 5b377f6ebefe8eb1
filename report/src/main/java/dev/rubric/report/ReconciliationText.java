package dev.rubric.report;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders a {@link Reconciliation} as terminal text: per unit its indexes by view and the criteria
 * with a gap side by side (claimed, computed, appraised, final, where the final points came from),
 * the problems of the assessments, then the cohort's agreement: kappa, mean gap, the level matrix,
 * the least reliable criteria and the units furthest from their final result. Columns are aligned
 * by display width ({@link TextTable}).
 */
public final class ReconciliationText {

  /** The most criteria and units the cohort section lists. */
  static final int TOP = 5;

  private ReconciliationText() {}

  /** Returns the report. */
  public static String render(Reconciliation r, Language lang, Ansi ansi) {
    StringBuilder out = new StringBuilder();
    out.append(ansi.paint(tr(lang, "ĐỐI SOÁT ĐIỂM", "RECONCILIATION"), Ansi.Style.BOLD))
        .append(" · ")
        .append(r.catalogId())
        .append(' ')
        .append(r.catalogVersion())
        .append(" · ")
        .append(r.units().size())
        .append(tr(lang, " đơn vị", r.units().size() == 1 ? " unit" : " units"))
        .append('\n');
    for (UnitReconciliation u : r.units()) {
      unit(out, u, lang, ansi);
    }
    if (!r.problems().isEmpty()) {
      out.append('\n')
          .append(ansi.paint(tr(lang, "VẤN ĐỀ CỦA DỮ LIỆU", "DATA PROBLEMS"), Ansi.Style.BOLD))
          .append('\n');
      problems(out, r.problems(), lang);
    }
    agreement(out, r.agreement(), lang, ansi);
    return out.toString();
  }

  private static void unit(StringBuilder out, UnitReconciliation u, Language lang, Ansi ansi) {
    out.append('\n')
        .append(ansi.paint(u.unitName() + " (" + u.unitCode() + ")", Ansi.Style.BOLD))
        .append('\n');
    List<String> views = new ArrayList<>();
    for (RoundIndex i : u.indexes()) {
      views.add(
          ReconcileLabels.view(i.view(), lang)
              + " "
              + Labels.number(i.indexRounded(), lang)
              + i.band().map(b -> " (" + b.in(lang) + ")").orElse(""));
    }
    out.append(tr(lang, "Chỉ số: ", "Index: ")).append(String.join(" · ", views)).append('\n');
    if (!u.assessed()) {
      out.append(tr(lang, "Chưa có bản chấm điểm.\n", "No assessment.\n"));
      return;
    }
    List<CriterionLine> gaps = u.lines().stream().filter(CriterionLine::hasGap).toList();
    out.append(
        tr(
            lang,
            gaps.size() + " tiêu chí có chênh lệch, " + (u.lines().size() - gaps.size()) + " khớp",
            gaps.size() + " criteria with a gap, " + (u.lines().size() - gaps.size()) + " agreed"));
    out.append(tr(lang, "; tự chấm vượt minh chứng ", "; claimed above the evidence "))
        .append(Labels.number(u.overClaimedPoints(), lang))
        .append(tr(lang, " điểm\n", " points\n"));
    if (!gaps.isEmpty()) {
      TextTable t =
          new TextTable()
              .column(tr(lang, "Mã", "Code"), TextTable.Align.LEFT)
              .column(tr(lang, "Tiêu chí", "Criterion"), TextTable.Align.LEFT, 34)
              .column(tr(lang, "Tự chấm", "Claimed"), TextTable.Align.RIGHT)
              .column(tr(lang, "Minh chứng", "Computed"), TextTable.Align.RIGHT)
              .column(tr(lang, "Thẩm định", "Appraised"), TextTable.Align.RIGHT)
              .column(tr(lang, "Chính thức", "Final"), TextTable.Align.RIGHT)
              .column(tr(lang, "Nguồn", "Source"), TextTable.Align.LEFT, 16)
              .column(tr(lang, "Chênh lệch", "Gap"), TextTable.Align.LEFT, 26);
      for (CriterionLine l : gaps) {
        t.row(
            l.code(),
            l.title().in(lang),
            ReconcileLabels.points(l.claimed(), lang),
            Labels.number(l.computed(), lang),
            ReconcileLabels.points(l.appraised(), lang),
            Labels.number(l.finalPoints(), lang),
            ReconcileLabels.source(l.source(), lang),
            ReconcileLabels.gaps(l, lang));
      }
      out.append(t.render(ansi, "  "));
    }
    if (!u.problems().isEmpty()) {
      problems(out, u.problems(), lang);
    }
  }

  private static void problems(StringBuilder out, List<Finding> problems, Language lang) {
    for (Finding f : problems) {
      out.append("  • ").append(f.message().in(lang)).append('\n');
    }
  }

  private static void agreement(StringBuilder out, Agreement a, Language lang, Ansi ansi) {
    out.append('\n')
        .append(
            ansi.paint(
                tr(
                    lang,
                    "MỨC ĐỘ KHỚP GIỮA TỰ CHẤM VÀ KẾT QUẢ",
                    "SELF-SCORES AGAINST FINAL RESULTS"),
                Ansi.Style.BOLD))
        .append('\n');
    out.append(tr(lang, "Số cặp điểm: ", "Pairs: "))
        .append(a.pairs())
        .append(tr(lang, " · Kappa có trọng số bậc hai: ", " · quadratically weighted kappa: "))
        .append(ReconcileLabels.statistic(a.kappa(), lang))
        .append(tr(lang, " · chênh lệch tuyệt đối trung bình: ", " · mean absolute gap: "))
        .append(ReconcileLabels.statistic(a.meanAbsoluteGap(), lang))
        .append(tr(lang, " điểm\n", " points\n"));
    if (a.pairs() == 0) {
      return;
    }
    out.append(
        tr(
            lang,
            "Mức = phần điểm đạt so với điểm tối đa; hàng: tự chấm, cột: kết quả cuối cùng\n",
            "Level = share of the maximum; rows: self-score, columns: final result\n"));
    TextTable m = new TextTable().column("", TextTable.Align.LEFT);
    for (int j = 0; j < a.levels(); j++) {
      m.column(ReconcileLabels.level(j, lang), TextTable.Align.RIGHT);
    }
    for (int i = 0; i < a.levels(); i++) {
      List<String> row = new ArrayList<>();
      row.add(ReconcileLabels.level(i, lang));
      for (int v : a.matrix().get(i)) {
        row.add(Integer.toString(v));
      }
      m.row(row.toArray(String[]::new));
    }
    out.append(m.render(ansi, "  "));
    if (!a.leastReliable().isEmpty()) {
      out.append('\n')
          .append(tr(lang, "Tiêu chí tự chấm kém tin cậy nhất\n", "Least reliable self-scores\n"));
      TextTable t =
          new TextTable()
              .column(tr(lang, "Mã", "Code"), TextTable.Align.LEFT)
              .column(tr(lang, "Tiêu chí", "Criterion"), TextTable.Align.LEFT, 40)
              .column(tr(lang, "Tự chấm vượt", "Over-claimed"), TextTable.Align.RIGHT)
              .column(tr(lang, "Vượt TB", "Mean over"), TextTable.Align.RIGHT)
              .column(tr(lang, "Lệch TB", "Mean gap"), TextTable.Align.RIGHT)
              .column("Kappa", TextTable.Align.RIGHT);
      for (String code : a.leastReliable().subList(0, Math.min(TOP, a.leastReliable().size()))) {
        CriterionAgreement c =
            a.criteria().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
        t.row(
            c.code(),
            c.title().in(lang),
            c.overClaims()
                + "/"
                + c.claims()
                + " ("
                + ReconcileLabels.percent(c.overClaimRate(), lang)
                + ")",
            ReconcileLabels.statistic(c.meanOverClaim(), lang),
            ReconcileLabels.statistic(Optional.of(c.meanAbsoluteGap()), lang),
            ReconcileLabels.statistic(c.kappa(), lang));
      }
      out.append(t.render(ansi, "  "));
    }
    if (!a.furthestUnits().isEmpty()) {
      out.append('\n')
          .append(
              tr(
                  lang,
                  "Đơn vị tự chấm xa kết quả nhất\n",
                  "Units furthest from their final result\n"));
      TextTable t =
          new TextTable()
              .column(tr(lang, "Mã", "Code"), TextTable.Align.LEFT)
              .column(tr(lang, "Đơn vị", "Unit"), TextTable.Align.LEFT, 30)
              .column(tr(lang, "Tự chấm", "Self"), TextTable.Align.RIGHT)
              .column(tr(lang, "Kết quả", "Final"), TextTable.Align.RIGHT)
              .column(tr(lang, "Chênh chỉ số", "Index gap"), TextTable.Align.RIGHT)
              .column(tr(lang, "Lệch điểm", "Point gap"), TextTable.Align.RIGHT);
      for (UnitDistance d : a.furthestUnits().subList(0, Math.min(TOP, a.furthestUnits().size()))) {
        t.row(
            d.unitCode(),
            d.unitName(),
            Labels.number(d.selfIndex(), lang),
            Labels.number(d.finalIndex(), lang),
            Labels.number(d.indexGap(), lang),
            Labels.number(d.pointGap(), lang));
      }
      out.append(t.render(ansi, "  "));
    }
  }
}
