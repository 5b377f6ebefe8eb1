package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.DiagnosticSeverity;
import dev.rubric.core.diagnostic.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the compiler reports mistakes beyond the single-mistake golden cases: one mistake among many
 * valid criteria gives one diagnostic, the parser recovers at statement and block boundaries,
 * diagnostics come sorted by position, and rendering stops after 100.
 */
class CompileDiagnosticsTest {

  private static Compilation compile(String name, String text) {
    return Rubric.standard().compile(SourceText.of(name, text));
  }

  private static String sample() throws IOException {
    return Files.readString(SampleCatalogTest.SAMPLE, StandardCharsets.UTF_8);
  }

  private static String replaceOnce(String text, String target, String replacement) {
    assertThat(text)
        .as("the sample catalog should contain %s once", target)
        .containsOnlyOnce(target);
    return text.replace(target, replacement);
  }

  @Test
  void compile_typoInOneCriterionOfTheSample_givesOneDiagnostic() throws IOException {
    String text = replaceOnce(sample(), "tiers ho_so_dung_han {", "tiers ho_so_dung_hn {");

    Compilation c = compile("cchc-xa-2022.rubric", text);

    assertThat(c.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::message, Diagnostic::hints)
        .containsExactly(
            tuple(
                "RB204",
                "unknown name 'ho_so_dung_hn'",
                List.of("did you mean 'ho_so_dung_han'?")));
  }

  @Test
  void compile_unknownAttributeInTheSample_givesOneDiagnostic() throws IOException {
    String text =
        replaceOnce(
            sample(), "applies-when unit.co_thu_phi else", "applies-when unit.co_thu_pi else");

    Compilation c = compile("cchc-xa-2022.rubric", text);

    assertThat(c.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::hints)
        .containsExactly(tuple("RB208", List.of("did you mean 'unit.co_thu_phi'?")));
  }

  @Test
  void compile_missingParenthesisInTheSample_recoversWithOneDiagnostic() throws IOException {
    String text =
        replaceOnce(
            sample(), "otherwise nhiem_vu_cap_tren * max", "otherwise min(nhiem_vu_cap_tren * max");

    Compilation c = compile("cchc-xa-2022.rubric", text);

    assertThat(c.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::message)
        .containsExactly(tuple("RB110", "expected ')' but found 'recommend'"));
  }

  @Test
  void compile_missingClosingBraceOfACriterion_givesOneDiagnostic() {
    // Without its '}', criterion 1.1 takes 1.2 as a sub-criterion and every later '}' closes one
    // level too early, so the file ends one '}' short: one diagnostic, not one per block.
    String text =
        "catalog \"t\" version \"1.0.0\" {\n"
            + "  title \"T\"\n"
            + "  applies-to commune\n"
            + "  inputs {\n"
            + "    count n \"N\"\n"
            + "  }\n"
            + "  area \"1\" \"A\" max 4 {\n"
            + "    criterion \"1.1\" \"X\" max 2 {\n"
            + "      tiers n { >= 2: 2, otherwise: 0 }\n"
            + "    criterion \"1.2\" \"Y\" max 2 {\n"
            + "      points = min(2, n)\n"
            + "    }\n"
            + "  }\n"
            + "}\n";

    Compilation c = compile("brace.rubric", text);

    assertThat(c.render())
        .isEqualTo(
            "brace.rubric:15:1: error: expected '}' closing the catalog but found end of file [RB110]\n"
                + "   15 |\n"
                + "      | ^\n");
  }

  @Test
  void compile_badTierInsideItsBlock_recoversAfterTheBlock() {
    String text =
        "catalog \"t\" version \"1.0.0\" {\n"
            + "  title \"T\"\n"
            + "  applies-to commune\n"
            + "  inputs {\n"
            + "    count n \"N\"\n"
            + "  }\n"
            + "  area \"1\" \"A\" max 4 {\n"
            + "    criterion \"1.1\" \"X\" max 2 {\n"
            + "      tiers n { > = 2: 2, otherwise: 0 }\n"
            + "    }\n"
            + "    criterion \"1.2\" \"Y\" max 2 {\n"
            + "      points = min(2 n)\n"
            + "    }\n"
            + "  }\n"
            + "}\n";

    Compilation c = compile("two.rubric", text);

    assertThat(c.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::message)
        .containsExactly(
            tuple("RB127", "expected a value (a number, a name, a string or '(') but found '='"),
            tuple("RB110", "expected ')' but found 'n'"));
    assertThat(c.render())
        .startsWith("two.rubric:9:19: error:")
        .contains("\ntwo.rubric:12:22: error:");
  }

  @Test
  void compile_severalMistakes_sortsDiagnosticsByPosition() {
    // The checker finds them in the order RB204 (line 8), RB305 (line 10), RB202 (line 5).
    String text =
        "catalog \"t\" version \"1.0.0\" {\n"
            + "  title \"T\"\n"
            + "  applies-to commune\n"
            + "  inputs {\n"
            + "    count khong_dung \"Không dùng\"\n"
            + "    count n \"N\"\n"
            + "  }\n"
            + "  area \"1\" \"A\" max 2 { points = min(2, m) }\n"
            + "  area \"2\" \"B\" max 2 { points = min(2, n) }\n"
            + "  area \"3\" \"C\" max 2 { score 3 when n > 1 }\n"
            + "}\n";

    Compilation c = compile("order.rubric", text);

    assertThat(c.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::severity)
        .containsExactly(
            tuple("RB202", DiagnosticSeverity.WARNING),
            tuple("RB204", DiagnosticSeverity.ERROR),
            tuple("RB305", DiagnosticSeverity.ERROR));
    assertThat(c.diagnostics()).extracting(d -> d.span().orElseThrow().start()).isSorted();
  }

  @Test
  void render_moreThanHundredDiagnostics_isCappedWithAMoreLine() {
    StringBuilder text =
        new StringBuilder(
            "catalog \"t\" version \"1.0.0\" {\n  title \"T\"\n  applies-to commune\n  inputs {\n    count n \"N\"\n  }\n");
    text.append("  area \"0\" \"A\" max 1 { points = min(1, n) }\n");
    for (int i = 1; i <= 150; i++) {
      text.append("  area \"")
          .append(i)
          .append("\" \"A\" max 1 { points = min(1, chua_khai_bao_")
          .append(i)
          .append(") }\n");
    }
    text.append("}\n");

    Compilation c = compile("many.rubric", text.toString());
    String rendered = c.render();

    assertThat(c.diagnostics()).hasSize(150).extracting(Diagnostic::code).containsOnly("RB204");
    assertThat(rendered.split("\n\n")).hasSize(101);
    assertThat(rendered)
        .contains("unknown name 'chua_khai_bao_100'")
        .doesNotContain("unknown name 'chua_khai_bao_101'");
    assertThat(rendered).endsWith("\n\n…and 50 more\n");
  }

  @Test
  void compile_nameWithACombiningMarkNfcCannotCompose_isRB129NotAnException() {
    // 'q' + U+0308 has no precomposed form; the catalog model would reject the name with an
    // exception.
    String text =
        "catalog \"t\" version \"1.0.0\" {\n  title \"T\"\n  applies-to commune\n"
            + "  inputs {\n    count q\u0308 \"Q\"\n  }\n"
            + "  area \"1\" \"A\" max 2 { points = min(2, q\u0308) }\n}\n";

    Compilation c = compile("mark.rubric", text);

    assertThat(c.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::message)
        .containsExactly(
            tuple(
                "RB129",
                "expected an input name such as 'ho_so_dung_han' (letters, digits and '_') but found 'q\u0308'"));
  }

  @Test
  void orElseThrow_withErrors_throwsWithTheRenderedDiagnostics() {
    Compilation c = compile("t.rubric", "catalog \"t\" version \"1.0.0\" {\n  titel \"T\"\n}\n");

    InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class, c::orElseThrow);

    assertThat(e).hasMessage(c.render());
    assertThat(e.diagnostics()).isEqualTo(c.diagnostics());
  }
}
