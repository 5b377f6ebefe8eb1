package dev.rubric.report;

import static dev.rubric.report.Labels.tr;

import dev.rubric.cohort.Ranking;
import dev.rubric.core.Language;
import java.util.List;

/**
 * Renders a {@link Ranking} as terminal text: the ranking table, the band distribution and the area
 * averages.
 */
public final class RankingText {

  /** The longest distribution bar, in characters. */
  private static final int BAR_WIDTH = 40;

  private RankingText() {}

  /** Returns the report. */
  public static String render(Ranking ranking, Language lang, Ansi ansi) {
    StringBuilder out = new StringBuilder();
    out.append(ansi.paint(tr(lang, "XẾP HẠNG", "RANKING"), Ansi.Style.BOLD))
        .append(" · ")
        .append(ranking.catalog().title().in(lang))
        .append(" (")
        .append(ranking.catalog().id())
        .append(' ')
        .append(ranking.catalog().version())
        .append(") · ")
        .append(ranking.rows().size())
        .append(tr(lang, " đơn vị", ranking.rows().size() == 1 ? " unit" : " units"))
        .append("\n\n");

    TextTable table =
        new TextTable()
            .column(tr(lang, "Hạng", "Rank"), TextTable.Align.RIGHT)
            .column(tr(lang, "Mã", "Code"), TextTable.Align.LEFT)
            .column(tr(lang, "Đơn vị", "Unit"), TextTable.Align.LEFT, ScorecardText.TITLE_WIDTH)
            .column(tr(lang, "Kỳ", "Period"), TextTable.Align.LEFT)
            .column(tr(lang, "Chỉ số", "Index"), TextTable.Align.RIGHT)
            .column(tr(lang, "Xếp loại", "Band"), TextTable.Align.LEFT);
    Ansi.Style[] none = new Ansi.Style[0];
    Ansi.Style[] bold = {Ansi.Style.BOLD};
    for (Ranking.Row r : ranking.rows()) {
      Ranking.Summary c = r.summary();
      table.row(
          List.of(
              Integer.toString(r.rank()),
              c.unitCode(),
              c.unitName(),
              c.periodId(),
              Labels.index(c, lang),
              c.band().map(b -> b.in(lang)).orElse("–")),
          List.of(bold, none, none, none, bold, none));
    }
    out.append(table.render(ansi, ""));

    if (!ranking.distribution().isEmpty()) {
      out.append('\n')
          .append(ansi.paint(tr(lang, "PHÂN BỐ XẾP LOẠI", "BAND DISTRIBUTION"), Ansi.Style.BOLD))
          .append('\n');
      int most = ranking.distribution().stream().mapToInt(Ranking.BandCount::count).max().orElse(0);
      TextTable bands =
          new TextTable()
              .column(tr(lang, "Xếp loại", "Band"), TextTable.Align.LEFT)
              .column(tr(lang, "Số đơn vị", "Units"), TextTable.Align.RIGHT)
              .column("", TextTable.Align.LEFT);
      for (Ranking.BandCount b : ranking.distribution()) {
        int length =
            most <= BAR_WIDTH ? b.count() : (int) Math.round((double) b.count() * BAR_WIDTH / most);
        bands.row(
            List.of(b.band().in(lang), Integer.toString(b.count()), "█".repeat(length)),
            List.of(none, none, new Ansi.Style[] {Ansi.Style.CYAN}));
      }
      out.append(bands.render(ansi, ""));
    }

    out.append('\n')
        .append(
            ansi.paint(
                tr(lang, "ĐIỂM TRUNG BÌNH THEO LĨNH VỰC", "AVERAGE POINTS BY AREA"),
                Ansi.Style.BOLD))
        .append('\n');
    TextTable areas =
        new TextTable()
            .column(tr(lang, "Mã", "Code"), TextTable.Align.LEFT)
            .column(tr(lang, "Lĩnh vực", "Area"), TextTable.Align.LEFT, ScorecardText.TITLE_WIDTH)
            .column(tr(lang, "Trung bình", "Average"), TextTable.Align.RIGHT)
            .column(tr(lang, "Tỷ lệ", "Share"), TextTable.Align.RIGHT);
    for (Ranking.AreaAverage a : ranking.areas()) {
      areas.row(
          a.code(),
          a.title().in(lang),
          Labels.points(a.averageEarned(), a.averageApplicableMax(), lang),
          share(a, lang));
    }
    out.append(areas.render(ansi, ""));
    return out.toString();
  }

  /**
   * Returns the average earned as a percentage of the average applicable maximum, e.g. {@code
   * 70,8%}, or {@code −7%} for a penalty item (the share of its maximum deduction).
   */
  static String share(Ranking.AreaAverage a, Language lang) {
    return Labels.percent(a.averageEarned(), a.averageApplicableMax(), lang);
  }
}
