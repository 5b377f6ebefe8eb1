package dev.rubric.report;

import static dev.rubric.report.Labels.tr;

import dev.rubric.cohort.robust.AreaInfluence;
import dev.rubric.cohort.robust.RankRobustness;
import dev.rubric.cohort.robust.UnitRobustness;
import dev.rubric.core.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link RankRobustness} as terminal text: each unit's nominal and median rank, 5–95%
 * rank interval, chance of changing band and stability; its rank with each area left out; and the
 * influence of each area's weight.
 */
public final class RobustnessText {
  private RobustnessText() {}

  /** Returns the report. */
  public static String render(RankRobustness r, Language lang, Ansi ansi) {
    StringBuilder out = new StringBuilder();
    out.append(ansi.paint(tr(lang, "ĐỘ VỮNG CỦA XẾP HẠNG", "RANK ROBUSTNESS"), Ansi.Style.BOLD))
        .append(" · ")
        .append(r.catalog().title().in(lang))
        .append(" (")
        .append(r.catalog().id())
        .append(' ')
        .append(r.catalog().version())
        .append(") · ")
        .append(r.units().size())
        .append(tr(lang, " đơn vị", r.units().size() == 1 ? " unit" : " units"))
        .append('\n')
        .append(RobustnessWords.method(r, lang))
        .append(tr(lang, " · ổn định: ", " · stable: "))
        .append(r.stableCount())
        .append('/')
        .append(r.units().size())
        .append("\n\n");

    Ansi.Style[] none = new Ansi.Style[0];
    Ansi.Style[] bold = {Ansi.Style.BOLD};
    Ansi.Style[] red = {Ansi.Style.RED};
    TextTable table =
        new TextTable()
            .column(tr(lang, "Hạng", "Rank"), TextTable.Align.RIGHT)
            .column(tr(lang, "Mã", "Code"), TextTable.Align.LEFT)
            .column(tr(lang, "Đơn vị", "Unit"), TextTable.Align.LEFT, ScorecardText.TITLE_WIDTH)
            .column(tr(lang, "Chỉ số", "Index"), TextTable.Align.RIGHT)
            .column(tr(lang, "Xếp loại", "Band"), TextTable.Align.LEFT)
            .column(tr(lang, "Trung vị", "Median"), TextTable.Align.RIGHT)
            .column("5–95%", TextTable.Align.RIGHT)
            .column(tr(lang, "Đổi loại", "Band change"), TextTable.Align.RIGHT)
            .column(tr(lang, "Ổn định", "Stable"), TextTable.Align.LEFT);
    for (UnitRobustness u : r.units()) {
      table.row(
          List.of(
              Integer.toString(u.rank()),
              u.unitCode(),
              u.unitName(),
              RobustnessWords.index(r, u, lang),
              u.band().map(b -> b.in(lang)).orElse("–"),
              Integer.toString(u.medianRank()),
              RobustnessWords.interval(u),
              RobustnessWords.probability(u, lang),
              RobustnessWords.yesNo(u.stable(), lang)),
          List.of(bold, none, none, none, none, none, bold, none, u.stable() ? none : red));
    }
    out.append(table.render(ansi, "")).append(RobustnessWords.stableRule(r, lang)).append('\n');

    out.append('\n')
        .append(
            ansi.paint(
                tr(lang, "HẠNG KHI BỎ TỪNG LĨNH VỰC", "RANK WITH ONE AREA LEFT OUT"),
                Ansi.Style.BOLD))
        .append('\n');
    TextTable leaveOut =
        new TextTable()
            .column(tr(lang, "Hạng", "Rank"), TextTable.Align.RIGHT)
            .column(tr(lang, "Mã", "Code"), TextTable.Align.LEFT)
            .column(tr(lang, "Đơn vị", "Unit"), TextTable.Align.LEFT, ScorecardText.TITLE_WIDTH);
    for (AreaInfluence a : r.areas()) {
      leaveOut.column(tr(lang, "bỏ ", "w/o ") + a.code(), TextTable.Align.RIGHT);
    }
    for (UnitRobustness u : r.units()) {
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(u.rank()));
      row.add(u.unitCode());
      row.add(u.unitName());
      for (int rank : u.leaveOneOut()) {
        row.add(Integer.toString(rank));
      }
      leaveOut.row(row.toArray(new String[0]));
    }
    out.append(leaveOut.render(ansi, ""));

    out.append('\n')
        .append(
            ansi.paint(
                tr(lang, "ẢNH HƯỞNG CỦA TRỌNG SỐ", "INFLUENCE OF THE WEIGHTS"), Ansi.Style.BOLD))
        .append('\n');
    TextTable areas =
        new TextTable()
            .column(tr(lang, "Mã", "Code"), TextTable.Align.LEFT)
            .column(tr(lang, "Lĩnh vực", "Area"), TextTable.Align.LEFT, ScorecardText.TITLE_WIDTH)
            .column(tr(lang, "Trọng số", "Weight"), TextTable.Align.RIGHT)
            .column(tr(lang, "Biên độ", "Range"), TextTable.Align.RIGHT)
            .column(tr(lang, "Lệch hạng TB", "Mean rank shift"), TextTable.Align.RIGHT)
            .column(tr(lang, "Lệch hạng tối đa", "Max rank shift"), TextTable.Align.RIGHT)
            .column(tr(lang, "Lệch chỉ số TB", "Mean index shift"), TextTable.Align.RIGHT);
    for (AreaInfluence a : r.areas()) {
      areas.row(
          a.code(),
          a.title().in(lang),
          Labels.number(a.weight(), lang),
          RobustnessWords.spread(a.spreadPerMille(), lang),
          RobustnessWords.meanRankShift(a, lang),
          Integer.toString(a.maxRankShift()),
          plain(RobustnessWords.meanIndexShift(r, a).toString(), lang));
    }
    out.append(areas.render(ansi, ""))
        .append(
            tr(
                lang,
                "Mỗi trọng số lần lượt nhận 10 giá trị trải đều trong biên độ, các trọng số khác giữ"
                    + " nguyên; lệch tính trên mọi đơn vị.",
                "Each weight in turn takes 10 values spread evenly over its range, the others stay"
                    + " nominal; shifts are averaged over every unit."))
        .append('\n');
    return out.toString();
  }

  private static String plain(String s, Language lang) {
    return lang == Language.VI ? s.replace('.', ',') : s;
  }
}
