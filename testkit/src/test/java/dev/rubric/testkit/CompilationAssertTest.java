package dev.rubric.testkit;

import static dev.rubric.testkit.RubricAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.dsl.Compilation;
import dev.rubric.dsl.Rubric;
import org.junit.jupiter.api.Test;

class CompilationAssertTest {

  /** A catalog whose rule on line 9 misspells an input. */
  private static final String TYPO =
      String.join(
          "\n",
          "catalog \"typo\" version \"1.0.0\" {",
          "  title \"Lỗi chính tả\"",
          "  applies-to commune",
          "  inputs {",
          "    ratio ho_so_dung_han \"Hồ sơ đúng hạn\" higher-better",
          "  }",
          "  area \"3\" \"Thủ tục hành chính\" {",
          "    criterion \"3.2\" \"Hồ sơ đúng hạn\" max 4 {",
          "      tiers ho_so_dung_hn { >= 98%: 4, otherwise: 0 }",
          "    }",
          "  }",
          "}",
          "");

  private static Compilation compile(String name, String text) {
    return Rubric.standard().compile(SourceText.of(name, text));
  }

  @Test
  void hasError_misspelledInput_isRB204AtItsPosition() {
    assertThat(compile("typo.rubric", TYPO))
        .hasError("RB204")
        .at(9, 13)
        .hasMessage("unknown name 'ho_so_dung_hn'")
        .hasHint("did you mean 'ho_so_dung_han'?");
  }

  @Test
  void hasNoErrors_sampleCatalog_passes() {
    assertThat(compile("cchc-xa-2022.rubric", SampleCatalog.TEXT)).hasNoErrors();
  }

  @Test
  void hasNoErrors_withError_failsListingErrors() {
    assertThatThrownBy(() -> assertThat(compile("typo.rubric", TYPO)).hasNoErrors())
        .hasMessage(
            String.join(
                "\n",
                "",
                "Expecting compilation of \"typo.rubric\"",
                "to have no errors",
                "but had 1:",
                "  9:13: error: unknown name 'ho_so_dung_hn' [RB204]"));
  }

  @Test
  void hasError_otherCode_failsListingDiagnostics() {
    assertThatThrownBy(() -> assertThat(compile("typo.rubric", TYPO)).hasError("RB301"))
        .hasMessage(
            String.join(
                "\n",
                "",
                "Expecting compilation of \"typo.rubric\"",
                "to have an error with code:",
                "  \"RB301\"",
                "but had diagnostics:",
                "  9:13: error: unknown name 'ho_so_dung_hn' [RB204]"));
  }

  @Test
  void hasError_noDiagnostics_saysSo() {
    assertThatThrownBy(
            () -> assertThat(compile("cchc-xa-2022.rubric", SampleCatalog.TEXT)).hasError("RB204"))
        .hasMessage(
            String.join(
                "\n",
                "",
                "Expecting compilation of \"cchc-xa-2022.rubric\"",
                "to have an error with code:",
                "  \"RB204\"",
                "but had no diagnostics"));
  }

  @Test
  void at_otherPosition_failsWithBothPositions() {
    assertThatThrownBy(() -> assertThat(compile("typo.rubric", TYPO)).hasError("RB204").at(12, 9))
        .hasMessage(
            String.join(
                "\n",
                "",
                "Expecting error RB204 \"unknown name 'ho_so_dung_hn'\"",
                "to be at line 12, column 9",
                "but was at line 9, column 13"));
  }

  @Test
  void hasMessage_otherMessage_fails() {
    assertThatThrownBy(
            () ->
                assertThat(compile("typo.rubric", TYPO))
                    .hasError("RB204")
                    .hasMessage("unknown name 'x'"))
        .hasMessage(
            String.join(
                "\n",
                "",
                "Expecting error RB204 \"unknown name 'ho_so_dung_hn'\"",
                "to have message:",
                "  \"unknown name 'x'\"",
                "but had message:",
                "  \"unknown name 'ho_so_dung_hn'\""));
  }

  @Test
  void hasWarning_unusedInput_isRB202() {
    String unused =
        TYPO.replace("tiers ho_so_dung_hn", "tiers ho_so_dung_han")
            .replace("  inputs {\n", "  inputs {\n    count thua \"Thừa\"\n");

    assertThat(compile("unused.rubric", unused)).hasNoErrors().hasWarning("RB202").at(5, 11);
  }
}
