package dev.rubric.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

  /** Returns the display column at which {@code cell} starts in {@code line}. */
  private static int displayColumnOf(String line, String cell) {
    int at = line.indexOf(cell);
    assertThat(at).as("'%s' in '%s'", cell, line).isNotNegative();
    return TextLayout.width(line.substring(0, at));
  }

  private static List<String> lines(String rendered) {
    return Arrays.asList(rendered.split("\n"));
  }

  @Test
  void render_vietnameseCombiningAndWideText_alignsColumnsByDisplayWidth() {
    // given: the same title precomposed (NFC) and decomposed (NFD), and a title with wide
    // characters
    String nfc = "Cải cách thủ tục hành chính";
    String nfd = Normalizer.normalize("Cải cách tổ chức bộ máy", Normalizer.Form.NFD);
    TextTable table =
        new TextTable()
            .column("Mã", TextTable.Align.LEFT)
            .column("Lĩnh vực", TextTable.Align.LEFT)
            .column("Điểm", TextTable.Align.RIGHT)
            .column("Kết quả", TextTable.Align.LEFT)
            .row("3", nfc, "13,35/18", "Đạt một phần")
            .row("4", nfd, "2/4", "Không đạt")
            .row("9", "行政改革 (thử)", "0/1", "Lỗi");
    // when
    List<String> out = lines(table.render(Ansi.OFF, ""));
    // then
    assertThat(nfd.length()).isGreaterThan(TextLayout.width(nfd));
    int status = displayColumnOf(out.get(0), "Kết quả");
    assertThat(displayColumnOf(out.get(2), "Đạt một phần")).isEqualTo(status);
    assertThat(displayColumnOf(out.get(3), "Không đạt")).isEqualTo(status);
    assertThat(displayColumnOf(out.get(4), "Lỗi")).isEqualTo(status);
    int pointsEnd = displayColumnOf(out.get(2), "13,35/18") + TextLayout.width("13,35/18");
    assertThat(displayColumnOf(out.get(3), "2/4") + 3).isEqualTo(pointsEnd);
    assertThat(displayColumnOf(out.get(4), "0/1") + 3).isEqualTo(pointsEnd);
  }

  @Test
  void render_colour_doesNotMoveColumns() {
    // given
    TextTable table =
        new TextTable()
            .column("Mã", TextTable.Align.LEFT)
            .column("Kết quả", TextTable.Align.LEFT)
            .row(
                List.of("1", "Đạt"),
                List.of(new Ansi.Style[] {Ansi.Style.BOLD}, new Ansi.Style[] {Ansi.Style.GREEN}));
    // when
    String coloured = table.render(Ansi.ON, "  ");
    // then
    assertThat(coloured).contains("\u001b[32mĐạt\u001b[0m");
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", ""))
        .isEqualTo(table.render(Ansi.OFF, "  "));
  }

  @Test
  void render_longCell_wrapsWithinItsColumn() {
    // given
    TextTable table =
        new TextTable()
            .column("Mã", TextTable.Align.LEFT)
            .column("Tiêu chí", TextTable.Align.LEFT, 20)
            .column("Điểm", TextTable.Align.RIGHT)
            .row("4.1", "Phân công nhiệm vụ cán bộ, công chức phù hợp vị trí việc làm", "0/2");
    // when
    List<String> out = lines(table.render(Ansi.OFF, ""));
    // then
    assertThat(out)
        .containsExactly(
            "Mã   Tiêu chí             Điểm",
            "──────────────────────────────",
            "4.1  Phân công nhiệm vụ    0/2",
            "     cán bộ, công chức",
            "     phù hợp vị trí việc",
            "     làm");
  }

  @Test
  void wrap_wordWiderThanTheLine_isBrokenBetweenCodePoints() {
    assertThat(TextTable.wrap("ab hồsơđúnghạn cd", 5))
        .containsExactly("ab", "hồsơđ", "únghạ", "n cd");
  }

  @Test
  void wrap_shortText_isOneLine() {
    assertThat(TextTable.wrap("Đạt", 10)).containsExactly("Đạt");
    assertThat(TextTable.wrap("", 10)).containsExactly("");
  }
}
