package dev.rubric.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.message.Message;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

  private static String render(SourceText source, Diagnostic... diagnostics) {
    return Diagnostics.render(source, List.of(diagnostics));
  }

  private static SourceSpan spanOf(String content, String part) {
    int start = content.indexOf(part);
    return SourceSpan.of(start, start + part.length());
  }

  @Test
  void render_unknownName_matchesTheStyleGuideLayout() {
    // given
    String content = "# comment\n".repeat(11) + "when ho_so_dung_hn > 1200\n";
    SourceText source = SourceText.of("cchc-xa.rubric", content);
    Diagnostic d =
        Diagnostic.error(
            "RB204",
            "unknown input 'ho_so_dung_hn'",
            spanOf(content, "ho_so_dung_hn"),
            "did you mean 'ho_so_dung_han'?");

    // when
    String rendered = render(source, d);

    // then
    assertThat(rendered)
        .isEqualTo(
            """
            cchc-xa.rubric:12:6: error: unknown input 'ho_so_dung_hn' [RB204]
               12 | when ho_so_dung_hn > 1200
                  |      ^^^^^^^^^^^^^
                  = hint: did you mean 'ho_so_dung_han'?
            """);
  }

  @Test
  void render_inVietnamese_wordsSeverityMessageHintsAndPath() {
    String content = "when ho_so_dung_hn > 1200\n";
    SourceText source = SourceText.of("cchc-xa.rubric", content);
    Diagnostic spanned =
        Diagnostic.of(
            DiagnosticCode.UNKNOWN_NAME,
            Message.literal(
                LocalizedText.of("không có tên 'ho_so_dung_hn'", "unknown name 'ho_so_dung_hn'")),
            spanOf(content, "ho_so_dung_hn"),
            Message.literal(
                LocalizedText.of(
                    "có phải ý bạn là 'ho_so_dung_han'?", "did you mean 'ho_so_dung_han'?")));
    Diagnostic unused =
        Diagnostic.atPath(
            DiagnosticCode.UNUSED_DECLARATION,
            Message.literal(LocalizedText.of("không dùng đến 'x'", "'x' is never read")),
            "catalog t > area 1");

    String vi = Diagnostics.render(source, List.of(spanned, unused), Language.VI);
    String en = Diagnostics.render(source, List.of(spanned, unused), Language.EN);

    assertThat(vi)
        .isEqualTo(
            """
            cchc-xa.rubric:1:6: lỗi: không có tên 'ho_so_dung_hn' [RB204]
               1 | when ho_so_dung_hn > 1200
                 |      ^^^^^^^^^^^^^
                 = gợi ý: có phải ý bạn là 'ho_so_dung_han'?

            cchc-xa.rubric: cảnh báo: không dùng đến 'x' [RB202] (tại catalog t > area 1)
            """);
    assertThat(en)
        .isEqualTo(render(source, spanned, unused))
        .startsWith("cchc-xa.rubric:1:6: error: unknown name 'ho_so_dung_hn' [RB204]")
        .contains("= hint: did you mean 'ho_so_dung_han'?")
        .contains("warning: 'x' is never read [RB202] (at catalog t > area 1)");
  }

  @Test
  void render_overTheCap_countsTheRestInTheLanguage() {
    String content = "x\n";
    SourceText source = SourceText.of("t.rubric", content);
    List<Diagnostic> many = new ArrayList<>();
    for (int i = 0; i < 103; i++) {
      many.add(Diagnostic.error("RB204", "unknown name 'x'", SourceSpan.of(0, 1)));
    }

    assertThat(Diagnostics.render(source, many, Language.VI)).endsWith("\n…và 3 mục khác\n");
    assertThat(Diagnostics.render(source, many, Language.EN)).endsWith("\n…and 3 more\n");
  }

  @Test
  void render_tabsBeforeSpan_expandsToFourColumnStopsAndShiftsCaret() {
    String content = "\tscore\t= ho_so";
    SourceText source = SourceText.of("t.rubric", content);

    String rendered =
        render(
            source, Diagnostic.error("RB204", "unknown input 'ho_so'", spanOf(content, "ho_so")));

    assertThat(rendered)
        .isEqualTo(
            """
            t.rubric:1:10: error: unknown input 'ho_so' [RB204]
               1 |     score   = ho_so
                 |               ^^^^^
            """);
  }

  @Test
  void render_tabInsideSpan_underlinesTheExpandedTab() {
    String content = "ab\t= 1";
    SourceText source = SourceText.of("t.rubric", content);

    String rendered = render(source, Diagnostic.error("RB110", "odd spacing", SourceSpan.of(2, 4)));

    assertThat(rendered)
        .isEqualTo(
            """
            t.rubric:1:3: error: odd spacing [RB110]
               1 | ab  = 1
                 |   ^^^
            """);
  }

  @Test
  void render_vietnameseNfcLine_countsPrecomposedLettersAsOneColumn() {
    String content = "khi đạt_chuẩn && hồ_sơ_đúng_hn >= 1";
    SourceText source = SourceText.of("v.rubric", content);
    Diagnostic d =
        Diagnostic.error(
            "RB204",
            "unknown input 'hồ_sơ_đúng_hn'",
            spanOf(content, "hồ_sơ_đúng_hn"),
            "did you mean 'hồ_sơ_đúng_hạn'?");

    String rendered = render(source, d);

    assertThat(rendered)
        .isEqualTo(
            """
            v.rubric:1:18: error: unknown input 'hồ_sơ_đúng_hn' [RB204]
               1 | khi đạt_chuẩn && hồ_sơ_đúng_hn >= 1
                 |                  ^^^^^^^^^^^^^
                 = hint: did you mean 'hồ_sơ_đúng_hạn'?
            """);
  }

  @Test
  void render_vietnameseNfdLine_placesCaretsLikeNfc() {
    // given: the header column counts code points (NFD has more), the carets count display columns
    String content =
        Normalizer.normalize("khi đạt_chuẩn && hồ_sơ_đúng_hn >= 1", Normalizer.Form.NFD);
    String name = Normalizer.normalize("hồ_sơ_đúng_hn", Normalizer.Form.NFD);
    SourceText source = SourceText.of("v.rubric", content);
    Diagnostic d = Diagnostic.error("RB204", "unknown input '" + name + "'", spanOf(content, name));

    // when
    String rendered = render(source, d);

    // then
    assertThat(rendered)
        .isEqualTo(
            "v.rubric:1:21: error: unknown input 'hồ_sơ_đúng_hn' [RB204]\n"
                + "   1 | "
                + content
                + "\n"
                + "     |                  ^^^^^^^^^^^^^\n");
  }

  @Test
  void render_wideCharactersBeforeSpan_shiftsCaretTwoColumnsEach() {
    String content = "名前 😀 = x";
    SourceText source = SourceText.of("w.rubric", content);

    String rendered =
        render(source, Diagnostic.error("RB204", "unknown input 'x'", spanOf(content, "x")));

    assertThat(rendered)
        .isEqualTo(
            """
            w.rubric:1:8: error: unknown input 'x' [RB204]
               1 | 名前 😀 = x
                 |           ^
            """);
  }

  @Test
  void render_multiLineSpan_underlinesToEndOfFirstLine() {
    String content = "a = (1 +\n  2)\n";
    SourceText source = SourceText.of("m.rubric", content);

    String rendered =
        render(
            source,
            Diagnostic.error("RB301", "expected a number but found a sum", SourceSpan.of(4, 13)));

    assertThat(rendered)
        .isEqualTo(
            """
            m.rubric:1:5: error: expected a number but found a sum [RB301]
               1 | a = (1 +
                 |     ^^^^
            """);
  }

  @Test
  void render_emptySpanAtEndOfLine_printsOneCaretAfterTheText() {
    String content = "abc\r\ndef";
    SourceText source = SourceText.of("e.rubric", content);

    String rendered =
        render(
            source,
            Diagnostic.error("RB110", "expected '{' but found end of line", SourceSpan.of(3, 3)));

    assertThat(rendered)
        .isEqualTo(
            """
            e.rubric:1:4: error: expected '{' but found end of line [RB110]
               1 | abc
                 |    ^
            """);
  }

  @Test
  void render_spanBeyondEnd_clampsToEndOfInput() {
    SourceText source = SourceText.of("e.rubric", "ab");

    String rendered =
        render(
            source,
            Diagnostic.error("RB110", "expected '}' but found end of file", SourceSpan.of(50, 60)));

    assertThat(rendered)
        .isEqualTo(
            """
            e.rubric:1:3: error: expected '}' but found end of file [RB110]
               1 | ab
                 |   ^
            """);
  }

  @Test
  void render_noSpanWithPath_printsOnlyHeaderWithPathAndHints() {
    SourceText source = SourceText.of("cchc-xa.rubric", "");
    Diagnostic d =
        Diagnostic.errorAtPath(
            "RB301",
            "weights sum to 99 but must sum to 100",
            "catalog cchc-xa > area 1 > criterion 1.1.2",
            "raise one weight by 1");

    String rendered = render(source, d);

    assertThat(rendered)
        .isEqualTo(
            """
            cchc-xa.rubric: error: weights sum to 99 but must sum to 100 [RB301] (at catalog cchc-xa > area 1 > criterion 1.1.2)
                 = hint: raise one weight by 1
            """);
  }

  @Test
  void render_unsortedDiagnostics_sortsByStartThenCodeAndPutsSpanlessLast() {
    // given
    String content = "abc def\nghi";
    SourceText source = SourceText.of("s.rubric", content);
    Diagnostic spanless = Diagnostic.warningAtPath("RB302", "unused input 'x'", "catalog s");
    Diagnostic defRb204 = Diagnostic.error("RB204", "unknown input 'def'", SourceSpan.of(4, 7));
    Diagnostic ghi = Diagnostic.note("RB200", "declared here", SourceSpan.of(8, 11));
    Diagnostic abc =
        Diagnostic.error("RB110", "expected 'catalog' but found 'abc'", SourceSpan.of(0, 3));
    Diagnostic defRb100 =
        Diagnostic.error("RB100", "unexpected character 'd' (U+0064)", SourceSpan.of(4, 5));

    // when
    String rendered = render(source, spanless, defRb204, ghi, abc, defRb100);

    // then
    assertThat(rendered)
        .isEqualTo(
            """
            s.rubric:1:1: error: expected 'catalog' but found 'abc' [RB110]
               1 | abc def
                 | ^^^

            s.rubric:1:5: error: unexpected character 'd' (U+0064) [RB100]
               1 | abc def
                 |     ^

            s.rubric:1:5: error: unknown input 'def' [RB204]
               1 | abc def
                 |     ^^^

            s.rubric:2:1: note: declared here [RB200]
               2 | ghi
                 | ^^^

            s.rubric: warning: unused input 'x' [RB302] (at catalog s)
            """);
  }

  @Test
  void sorted_equalKeys_keepsOriginalOrder() {
    Diagnostic first = Diagnostic.error("RB100", "first", SourceSpan.of(1, 2));
    Diagnostic second = Diagnostic.error("RB100", "second", SourceSpan.of(1, 3));

    assertThat(Diagnostics.sorted(List.of(first, second))).containsExactly(first, second);
  }

  @Test
  void render_105Diagnostics_rendersFirst100ThenAndNMore() {
    // given
    SourceText source = SourceText.of("c.rubric", "x");
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (int i = 0; i < 105; i++) {
      diagnostics.add(Diagnostic.error("RB100", "problem " + i, SourceSpan.of(0, 1)));
    }
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      expected
          .append(i == 0 ? "" : "\n")
          .append("c.rubric:1:1: error: problem ")
          .append(i)
          .append(" [RB100]\n   1 | x\n     | ^\n");
    }
    expected.append("\n…and 5 more\n");

    // when
    String rendered = Diagnostics.render(source, diagnostics);

    // then
    assertThat(rendered).isEqualTo(expected.toString());
  }

  @Test
  void render_longLine_cropsAroundTheSpanWithEllipses() {
    // given
    String content = "a".repeat(300) + " bad " + "b".repeat(300);
    SourceText source = SourceText.of("l.rubric", content);

    // when
    String rendered =
        render(source, Diagnostic.error("RB204", "unknown input 'bad'", spanOf(content, "bad")));

    // then
    assertThat(rendered)
        .isEqualTo(
            "l.rubric:1:302: error: unknown input 'bad' [RB204]\n"
                + "   1 | …"
                + "a".repeat(39)
                + " bad "
                + "b".repeat(116)
                + "…\n"
                + "     | "
                + " ".repeat(41)
                + "^^^\n");
  }

  @Test
  void render_controlCharacterInLine_showsReplacementCharacter() {
    SourceText source = SourceText.of("c.rubric", "a\u0000b");

    String rendered =
        render(
            source,
            Diagnostic.error(
                "RB100", "unexpected character '\u2400' (U+0000)", SourceSpan.of(1, 2)));

    assertThat(rendered)
        .isEqualTo(
            """
            c.rubric:1:2: error: unexpected character '\u2400' (U+0000) [RB100]
               1 | a\uFFFDb
                 |  ^
            """);
  }

  @Test
  void render_twoDigitAndOneDigitLines_sizesEachGutterToItsLineNumber() {
    String content = "x\n".repeat(9) + "yy\n";
    SourceText source = SourceText.of("g.rubric", content);

    String rendered =
        render(
            source,
            Diagnostic.error("RB100", "one", SourceSpan.of(0, 1), "h1"),
            Diagnostic.error("RB100", "ten", SourceSpan.of(18, 20), "h10"));

    assertThat(rendered)
        .isEqualTo(
            """
            g.rubric:1:1: error: one [RB100]
               1 | x
                 | ^
                 = hint: h1

            g.rubric:10:1: error: ten [RB100]
               10 | yy
                  | ^^
                  = hint: h10
            """);
  }

  @Test
  void render_noDiagnostics_isEmpty() {
    assertThat(Diagnostics.render(SourceText.of("a", "x"), List.of())).isEmpty();
  }

  @Test
  void hasErrors_onlyWarnings_isFalse() {
    assertThat(
            Diagnostics.hasErrors(List.of(Diagnostic.warning("RB300", "w", SourceSpan.of(0, 0)))))
        .isFalse();
  }
}
