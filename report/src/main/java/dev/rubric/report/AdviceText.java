package dev.rubric.report;

import static dev.rubric.report.Labels.tr;

import dev.rubric.cohort.advice.CohortAdvice;
import dev.rubric.cohort.advice.Fix;
import dev.rubric.cohort.advice.UnitAdvice;
import dev.rubric.cohort.advice.Unsolved;
import dev.rubric.core.Language;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.result.Scorecard;
import java.util.List;

/**
 * Renders advice as terminal text: for one unit, its fixes ranked by index gained and the criteria
 * without a fix; for a cohort, the Pareto table of lost points and each unit's first fixes.
 */
public final class AdviceText {
  private AdviceText() {}

  /** Returns the report of one unit's advice. */
  public static String render(Catalog catalog, UnitAdvice advice, Language lang, Ansi ansi) {
    StringBuilder out = new StringBuilder();
    Scorecard card = advice.scorecard();
    out.append(ansi.paint(tr(lang, "NÊN SỬA GÌ TRƯỚC", "WHICH FIX GAINS MOST"), Ansi.Style.BOLD))
        .append(" · ")
        .append(card.unitName())
        .append(" (")
        .append(card.unitCode())
        .append(") · ")
        .append(card.periodId())
        .append(" · ")
        .append(tr(lang, "chỉ số ", "index "))
        .append(Labels.index(card, lang))
        .append(card.band().map(b -> " · " + b.in(lang)).orElse(""))
        .append("\n\n");
    if (advice.fixes().isEmpty()) {
      out.append(tr(lang, "Không có cách sửa nào.", "No fix found.")).append('\n');
    } else {
      out.append(fixes(catalog, advice.fixes(), card.indexDecimals(), lang).render(ansi, ""));
    }
    if (!advice.unsolved().isEmpty()) {
      out.append('\n')
          .append(ansi.paint(tr(lang, "CHƯA TÍNH ĐƯỢC CÁCH SỬA", "NO FIX SOLVED"), Ansi.Style.BOLD))
          .append('\n');
      TextTable t =
          new TextTable()
              .column(tr(lang, "Mã", "Code"), TextTable.Align.LEFT)
              .column(
                  tr(lang, "Tiêu chí", "Criterion"),
                  TextTable.Align.LEFT,
                  ScorecardText.TITLE_WIDTH)
              .column(tr(lang, "Điểm mất", "Lost"), TextTable.Align.RIGHT)
              .column(tr(lang, "Lý do", "Reason"), TextTable.Align.LEFT);
      for (Unsolved u : advice.unsolved()) {
        t.row(
            u.criterionCode(),
            u.title().in(lang),
            Labels.number(u.pointsLost(), lang),
            AdviceWords.reason(u.reason(), lang));
      }
      out.append(t.render(ansi, ""));
    }
    return out.toString();
  }

  private static TextTable fixes(Catalog catalog, List<Fix> fixes, int decimals, Language lang) {
    TextTable t =
        new TextTable()
            .column("#", TextTable.Align.RIGHT)
            .column(tr(lang, "Mã", "Code"), TextTable.Align.LEFT)
            .column(
                tr(lang, "Tiêu chí", "Criterion"), TextTable.Align.LEFT, ScorecardText.TITLE_WIDTH)
            .column(tr(lang, "Thay đổi", "Change"), TextTable.Align.LEFT, ScorecardText.TITLE_WIDTH)
            .column(tr(lang, "Điểm", "Points"), TextTable.Align.RIGHT)
            .column(tr(lang, "Chỉ số", "Index"), TextTable.Align.RIGHT)
            .column(tr(lang, "Tăng", "Gain"), TextTable.Align.RIGHT)
            .column(tr(lang, "Xếp loại", "Band"), TextTable.Align.LEFT);
    int i = 1;
    for (Fix f : fixes) {
      t.row(
          Integer.toString(i++),
          f.criterionCode(),
          f.title().in(lang),
          AdviceWords.changes(catalog, f, lang),
          Labels.number(f.pointsBefore(), lang) + " → " + Labels.number(f.pointsAfter(), lang),
          Labels.index(f.indexRoundedBefore(), decimals, lang)
              + " → "
              + Labels.index(f.indexRoundedAfter(), decimals, lang),
          AdviceWords.gain(f.indexGained(), lang),
          f.changesBand()
              ? f.bandBefore().map(b -> b.in(lang)).orElse("–")
                  + " → "
                  + f.bandAfter().map(b -> b.in(lang)).orElse("–")
              : f.bandAfter().map(b -> b.in(lang)).orElse("–"));
    }
    return t;
  }

  /** Returns the report of a cohort's advice, with each unit's first {@code top} fixes. */
  public static String render(
      Catalog catalog, CohortAdvice advice, int top, Language lang, Ansi ansi) {
    StringBuilder out = new StringBuilder();
    out.append(
            ansi.paint(
                tr(lang, "TIÊU CHÍ MẤT NHIỀU ĐIỂM NHẤT", "CRITERIA LOSING MOST POINTS"),
                Ansi.Style.BOLD))
        .append(" · ")
        .append(catalog.title().in(lang))
        .append(" · ")
        .append(advice.units().size())
        .append(tr(lang, " đơn vị", advice.units().size() == 1 ? " unit" : " units"))
        .append("\n\n");
    TextTable p =
        new TextTable()
            .column(tr(lang, "Mã", "Code"), TextTable.Align.LEFT)
            .column(
                tr(lang, "Tiêu chí", "Criterion"), TextTable.Align.LEFT, ScorecardText.TITLE_WIDTH)
            .column(tr(lang, "Điểm mất", "Points lost"), TextTable.Align.RIGHT)
            .column(tr(lang, "Số đơn vị", "Units"), TextTable.Align.RIGHT)
            .column(tr(lang, "Tỷ lệ", "Share"), TextTable.Align.RIGHT)
            .column(tr(lang, "Lũy kế", "Cumulative"), TextTable.Align.RIGHT);
    for (CohortAdvice.ParetoRow r : advice.pareto()) {
      p.row(
          r.criterionCode(),
          r.title().in(lang),
          Labels.number(r.pointsLost(), lang),
          Integer.toString(r.units()),
          Labels.index(r.share(), CohortAdvice.SHARE_DECIMALS, lang) + "%",
          Labels.index(r.cumulativeShare(), CohortAdvice.SHARE_DECIMALS, lang) + "%");
    }
    out.append(p.render(ansi, ""));
    out.append('\n')
        .append(
            ansi.paint(
                tr(lang, "CÁCH SỬA HÀNG ĐẦU CỦA TỪNG ĐƠN VỊ", "EACH UNIT'S TOP FIXES"),
                Ansi.Style.BOLD))
        .append('\n');
    TextTable u =
        new TextTable()
            .column(tr(lang, "Đơn vị", "Unit"), TextTable.Align.LEFT, ScorecardText.TITLE_WIDTH)
            .column(tr(lang, "Chỉ số", "Index"), TextTable.Align.RIGHT)
            .column("#", TextTable.Align.RIGHT)
            .column(tr(lang, "Mã", "Code"), TextTable.Align.LEFT)
            .column(tr(lang, "Thay đổi", "Change"), TextTable.Align.LEFT, ScorecardText.TITLE_WIDTH)
            .column(tr(lang, "Tăng", "Gain"), TextTable.Align.RIGHT);
    for (UnitAdvice a : advice.units()) {
      Scorecard c = a.scorecard();
      String unit = c.unitName() + " (" + c.unitCode() + ")";
      List<Fix> fixes = a.top(top);
      if (fixes.isEmpty()) {
        u.row(unit, Labels.index(c, lang), "", "", tr(lang, "không có", "none"), "");
      }
      int i = 1;
      for (Fix f : fixes) {
        u.row(
            i == 1 ? unit : "",
            i == 1 ? Labels.index(c, lang) : "",
            Integer.toString(i),
            f.criterionCode(),
            AdviceWords.changes(catalog, f, lang),
            AdviceWords.gain(f.indexGained(), lang));
        i++;
      }
    }
    out.append(u.render(ansi, ""));
    return out.toString();
  }
}
