package dev.rubric.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SourceTextTest {

  // lines: "ab" at 0, "cd" at 4 (after \r\n), "ef" at 7 (after \r), "gh" at 10 (after \n)
  private static final SourceText MIXED = SourceText.of("mixed.rubric", "ab\r\ncd\ref\ngh");

  @Test
  void lineOf_mixedTerminators_countsCrLfCrAndLfAsOneBreakEach() {
    assertThat(new int[] {MIXED.lineOf(0), MIXED.lineOf(4), MIXED.lineOf(7), MIXED.lineOf(10)})
        .containsExactly(1, 2, 3, 4);
  }

  @Test
  void lineOf_offsetBetweenCrAndLf_belongsToTheLineThePairEnds() {
    assertThat(MIXED.lineOf(3)).isEqualTo(1);
  }

  @Test
  void lineCount_mixedTerminators_isFour() {
    assertThat(MIXED.lineCount()).isEqualTo(4);
  }

  @Test
  void line_mixedTerminators_returnsTextWithoutTerminator() {
    assertThat(new String[] {MIXED.line(1), MIXED.line(2), MIXED.line(3), MIXED.line(4)})
        .containsExactly("ab", "cd", "ef", "gh");
  }

  @Test
  void columnOf_afterCrLf_isOneBased() {
    assertThat(new int[] {MIXED.columnOf(4), MIXED.columnOf(5), MIXED.columnOf(11)})
        .containsExactly(1, 2, 2);
  }

  @Test
  void lineCount_trailingNewline_endsWithAnEmptyLine() {
    SourceText source = SourceText.of("a", "x\n");

    assertThat(source.lineCount()).isEqualTo(2);
    assertThat(source.line(2)).isEmpty();
    assertThat(source.lineOf(2)).isEqualTo(2);
  }

  @Test
  void of_emptyContent_hasOneEmptyLine() {
    SourceText source = SourceText.of("empty", "");

    assertThat(source.lineCount()).isEqualTo(1);
    assertThat(source.line(1)).isEmpty();
    assertThat(source.columnOf(0)).isEqualTo(1);
  }

  @Test
  void columnOf_tab_countsOneCodePoint() {
    SourceText source = SourceText.of("a", "\t\tx");

    assertThat(source.columnOf(2)).isEqualTo(3);
  }

  @Test
  void columnOf_vietnameseNfc_countsPrecomposedLettersOnce() {
    String text = "tiêu_chí đạt";
    SourceText source = SourceText.of("a", text);

    assertThat(source.columnOf(text.indexOf('đ'))).isEqualTo(10);
  }

  @Test
  void columnOf_vietnameseNfd_countsCombiningMarksAsCodePoints() {
    // "đạt" in NFD is đ, a, U+0323, t: the 't' is the fourth code point
    String nfd = Normalizer.normalize("đạt", Normalizer.Form.NFD);
    SourceText source = SourceText.of("a", nfd);

    assertThat(source.columnOf(nfd.indexOf('t'))).isEqualTo(4);
  }

  @Test
  void columnOf_afterSupplementaryCharacter_countsCodePointsNotUtf16Units() {
    SourceText source = SourceText.of("a", "\uD83D\uDE00x");

    assertThat(source.columnOf(2)).isEqualTo(2);
  }

  @Test
  void lineOfAndColumnOf_offsetBeyondEnd_clampToEnd() {
    SourceText source = SourceText.of("a", "ab\ncd");

    assertThat(new int[] {source.lineOf(1000), source.columnOf(1000)}).containsExactly(2, 3);
  }

  @Test
  void lineOf_negativeOffset_throws() {
    assertThatThrownBy(() -> MIXED.lineOf(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offset: expected a non-negative offset but found -1");
  }

  @Test
  void line_outOfRange_throws() {
    assertThatThrownBy(() -> MIXED.line(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line: expected a line between 1 and 4 but found 5");
  }

  @Test
  void text_span_returnsCoveredTextClampedToEnd() {
    SourceText source = SourceText.of("a", "when x");

    assertThat(source.text(SourceSpan.of(5, 99))).isEqualTo("x");
  }

  @Test
  void of_nfdContent_keepsContentAsGiven() {
    String nfd = Normalizer.normalize("hồ sơ", Normalizer.Form.NFD);

    assertThat(SourceText.of("a", nfd).content()).isEqualTo(nfd);
  }

  @Test
  void equals_sameNameAndContent_isTrue() {
    assertThat(SourceText.of("a", "x"))
        .isEqualTo(SourceText.of("a", "x"))
        .isNotEqualTo(SourceText.of("b", "x"));
  }

  @Test
  void toString_largeContent_showsSizeNotContent() {
    assertThat(SourceText.of("a.rubric", "secret\nline"))
        .hasToString("SourceText[name=a.rubric, length=11, lines=2]");
  }
}
