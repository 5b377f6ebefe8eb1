package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.SourceText;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checker's diagnostics read in Vietnamese as well as in English: the message and hints of each
 * come from its phrasebook, with the words put into them (a node's kind, a value's type, an input
 * or an attribute) in the reader's language too, while the English stays as it was.
 */
class CheckerVietnameseTest {

  private static List<Diagnostic> check(String inputs, String body) {
    String text =
        String.join(
            "\n",
            "catalog \"demo\" version \"1.0.0\" {",
            "  title \"Demo\"",
            "  applies-to commune",
            "  inputs {",
            inputs,
            "  }",
            body,
            "}",
            "");
    return Rubric.standard().compile(SourceText.of("demo.rubric", text)).diagnostics();
  }

  private static Diagnostic only(List<Diagnostic> diagnostics, String code) {
    List<Diagnostic> of = diagnostics.stream().filter(d -> d.code().equals(code)).toList();
    assertThat(of).as("diagnostics %s in %s", code, diagnostics).hasSize(1);
    return of.get(0);
  }

  @Test
  void unusedInput_inVietnamese_namesTheInputAndHowToUseIt() {
    List<Diagnostic> ds =
        check(
            "    count n \"N\"\n    count so_ho_so \"Số hồ sơ\"",
            "  area \"1\" \"A\" max 2 {\n    points = min(2, n)\n  }");

    Diagnostic d = only(ds, "RB202");

    assertThat(d.message(Language.VI))
        .isEqualTo("trường dữ liệu đầu vào 'so_ho_so' được khai báo nhưng không được dùng ở đâu");
    assertThat(d.hints(Language.VI)).containsExactly("hãy xóa nó, hoặc dùng nó trong một quy tắc");
    assertThat(d.message()).isEqualTo("input 'so_ho_so' is declared but never used");
    assertThat(d.hints()).containsExactly("remove it, or use it in a rule");
  }

  @Test
  void numberAsCondition_inVietnamese_wordsTheRoleAndBothTypes() {
    List<Diagnostic> ds =
        check(
            "    count so_ho_so \"Số hồ sơ\"",
            "  area \"1\" \"A\" max 1 {\n    score 1 when so_ho_so\n    otherwise 0\n  }");

    Diagnostic d = only(ds, "RB301");

    assertThat(d.message(Language.VI))
        .isEqualTo("cần điều kiện 'when' là giá trị có/không nhưng gặp số");
    assertThat(d.hints(Language.VI)).containsExactly("hãy so sánh nó, ví dụ so_ho_so >= 1");
    assertThat(d.message())
        .isEqualTo("expected the 'when' condition to be a yes/no value but found a number");
    assertThat(d.hints()).containsExactly("compare it, e.g. so_ho_so >= 1");
  }

  @Test
  void orderingAChoice_inVietnamese_namesTheChoiceInVietnamese() {
    List<Diagnostic> ds =
        check(
            "    choice vai_tro \"Người chủ trì\" options chu_tich, pho_chu_tich",
            "  area \"1\" \"A\" max 1 {\n    score 1 when vai_tro > \"chu_tich\"\n    otherwise 0\n"
                + "  }");

    Diagnostic d = only(ds, "RB301");

    assertThat(d.message(Language.VI))
        .isEqualTo("giữa lựa chọn của 'vai_tro' và chuỗi cần '==' hoặc '!=' nhưng gặp '>'");
    assertThat(d.message())
        .isEqualTo("expected '==' or '!=' between choice 'vai_tro' and string but found '>'");
  }

  @Test
  void unguardedRatio_inVietnamese_warnsOfZeroOverZeroWithBothFixes() {
    List<Diagnostic> ds =
        check(
            "    ratio dung_han \"Hồ sơ đúng hạn / đã giải quyết\"",
            "  area \"1\" \"A\" max 4 {\n    points = dung_han * max\n  }");

    Diagnostic d = only(ds, "RB320");

    assertThat(d.isError()).isFalse();
    assertThat(d.message(Language.VI))
        .isEqualTo(
            "tỷ lệ 'dung_han' được dùng như một số nhưng trước đó không có gì kiểm tra"
                + " 'dung_han.denominator'; với dữ liệu kiểm chứng 0/0, đây là phép chia cho 0"
                + " (RB501)");
    assertThat(d.hints(Language.VI))
        .containsExactly(
            "nếu 0/0 nghĩa là không có việc gì phát sinh, hãy cho đủ điểm trước: score max when"
                + " dung_han.denominator == 0 otherwise …",
            "nếu không, hãy cho 0 điểm hoặc bỏ tiêu chí ra: only if dung_han.denominator > 0 { …"
                + " }, hoặc applies-when dung_han.denominator > 0 else exclude");
    assertThat(d.hints())
        .containsExactly(
            "if 0/0 means nothing occurred, give full points first: score max when"
                + " dung_han.denominator == 0 otherwise …",
            "else score it 0 or leave it out: only if dung_han.denominator > 0 { … }, or"
                + " applies-when dung_han.denominator > 0 else exclude");
  }

  @Test
  void criterionWithoutRule_inVietnamese_wordsTheNodeKind() {
    List<Diagnostic> ds =
        check(
            "    count n \"N\"",
            "  area \"1\" \"A\" {\n    criterion \"1.1\" \"B\" max 1 {\n      points = min(1, n)\n"
                + "    }\n    criterion \"1.2\" \"C\" max 1 {\n    }\n  }");

    Diagnostic d = only(ds, "RB314");

    assertThat(d.message(Language.VI))
        .isEqualTo("tiêu chí '1.2' không có quy tắc cũng không có tiêu chí con");
    assertThat(d.message()).isEqualTo("criterion '1.2' has neither a rule nor sub-criteria");
  }

  @Test
  void everyMessageOfSeveralMistakes_inVietnamese_differsFromTheEnglishAndIsNfc() {
    List<Diagnostic> ds =
        check(
            "    count n \"N\"\n    count n \"N lần nữa\"\n    flag co \"Có\"",
            "  area \"1\" \"A\" max 2 {\n    points = if co then n else \"x\"\n  }\n"
                + "  area \"1\" \"B\" max -1 {\n    score 3 when n / 0 > 1 and year\n  }");

    assertThat(ds).hasSizeGreaterThan(2);
    for (Diagnostic d : ds) {
      String vi = d.message(Language.VI);
      assertThat(vi).as(d.code()).isNotEqualTo(d.message());
      assertThat(vi).isEqualTo(Normalizer.normalize(vi, Normalizer.Form.NFC));
      assertThat(d.hints(Language.VI)).hasSameSizeAs(d.hints());
    }
  }
}
