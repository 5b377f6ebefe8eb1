package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.core.waiver.Waivers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser's, the layer merge's and the waiver check's problems read as Vietnamese in Vietnamese
 * and keep their English words in English: the message and each hint, one by one, beyond what the
 * rendered goldens show.
 */
class VietnameseDiagnosticsTest {

  private static final String HEAD =
      """
      catalog "demo" version "1.0.0" {
        title "Demo"
        applies-to commune
        inputs {
          count n "N"
        }
      """;

  private static Diagnostic only(String text) {
    List<Diagnostic> ds = Rubric.standard().compile(SourceText.of("t.rubric", text)).diagnostics();
    assertThat(ds).as(text).hasSize(1);
    return ds.get(0);
  }

  private static InvalidWaiversException invalid(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable evaluation) {
    Throwable thrown = catchThrowable(evaluation);
    assertThat(thrown).isInstanceOf(InvalidWaiversException.class);
    return (InvalidWaiversException) thrown;
  }

  @Test
  void decimalComma_readsAsVietnamese_withTheDecimalPointHint() {
    Diagnostic d = only(HEAD + "  area \"1\" \"A\" max 0,5 {\n    points = min(max, n)\n  }\n}\n");

    assertThat(d.code()).isEqualTo("RB110");
    assertThat(d.message(Language.VI))
        .isEqualTo("cần dấu '{' mở phần thân của lĩnh vực nhưng gặp ','");
    assertThat(d.hints(Language.VI))
        .containsExactly(
            "số thập phân được viết bằng dấu chấm: '0.5', không dùng dấu phẩy như '0,5'");
    assertThat(d.message()).isEqualTo("expected '{' opening the area's body but found ','");
    assertThat(d.hints()).containsExactly("decimals are written with a point: '0.5', not '0,5'");
  }

  @Test
  void misspeltOtherwise_isAnUnknownCriterionStatement_withDidYouMeanInVietnamese() {
    Diagnostic d =
        only(
            HEAD + "  area \"1\" \"A\" max 2 {\n    score 2 when n >= 4\n    otherwse 0\n  }\n}\n");

    assertThat(d.code()).isEqualTo("RB111");
    assertThat(d.message(Language.VI))
        .startsWith("cần một câu lệnh dùng trong tiêu chí (award, best, ")
        .endsWith(") nhưng gặp 'otherwse'");
    assertThat(d.hints(Language.VI)).containsExactly("có phải ý bạn là 'otherwise'?");
    assertThat(d.hints()).containsExactly("did you mean 'otherwise'?");
  }

  @Test
  void endOfFile_isNamedInVietnamese() {
    Diagnostic d = only(HEAD + "  area \"1\" \"A\" max 2 {\n    points = min(max, n)\n  }\n");

    assertThat(d.message(Language.VI)).isEqualTo("cần dấu '}' đóng bộ tiêu chí nhưng gặp cuối tệp");
    assertThat(d.message()).isEqualTo("expected '}' closing the catalog but found end of file");
  }

  @Test
  void hyphenInAPenaltyCode_namesTheKindOfNodeInVietnamese() {
    Diagnostic d =
        only(
            HEAD
                + "  area \"1\" \"A\" max 2 {\n    points = min(max, n)\n  }\n"
                + "  penalty \"P\" \"Trừ\" max 1 {\n    points = 0\n    points = 1\n  }\n}\n");

    assertThat(d.code()).isEqualTo("RB118");
    assertThat(d.message(Language.VI))
        .isEqualTo(
            "mục điểm trừ 'P' đã có một quy tắc; mỗi tiêu chí chỉ có một quy tắc nhưng gặp quy"
                + " tắc thứ hai");
    assertThat(d.message())
        .isEqualTo(
            "penalty 'P' already has a rule; expected one rule per criterion but found a second");
  }

  @Test
  void lexerProblems_readAsVietnamese() {
    Diagnostic date =
        only(
            HEAD
                + "  decision \"12/QĐ\" dated 2022-02-30\n"
                + "  area \"1\" \"A\" max 2 {\n    points = min(max, n)\n  }\n}\n");
    Diagnostic string = only("catalog \"demo\" version \"1.0.0\" {\n  title \"Demo\n}\n");

    assertThat(date.code()).isEqualTo("RB103");
    assertThat(date.message(Language.VI)).isEqualTo("ngày '2022-02-30' không hợp lệ");
    assertThat(date.hints(Language.VI)).containsExactly("tháng 2022-02 có 28 ngày");
    assertThat(string.code()).isEqualTo("RB101");
    assertThat(string.message(Language.VI)).isEqualTo("chuỗi chưa được đóng");
    assertThat(string.hints(Language.VI))
        .containsExactly("hãy đóng chuỗi bằng '\"' trước khi hết dòng");
  }

  @Test
  void layerOverridingAnUnknownNode_readsAsVietnamese() {
    Compilation c =
        Rubric.standard()
            .compile(
                SourceText.of(
                    "layer.rubric",
                    "catalog \"demo-layer\" version \"1.0.0\" extends \"demo-base\" version"
                        + " \"1.x\" {\n  title \"Lớp mẫu\" en \"Sample layer\"\n"
                        + "  override \"1.3\" max 2\n}\n"),
                CatalogResolver.directory(DiagnosticCase.BASES));

    assertThat(c.diagnostics()).hasSize(1);
    Diagnostic d = c.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("RB704");
    assertThat(d.message(Language.VI))
        .isEqualTo(
            "không thể ghi đè '1.3': bộ tiêu chí gốc 'demo-base' 1.0.0 không có mục nào mang mã"
                + " này");
    assertThat(d.hints(Language.VI)).containsExactly("có phải ý bạn là '1.1'?");
    assertThat(d.message())
        .isEqualTo("cannot override '1.3': base 'demo-base' 1.0.0 has no node with that code");
  }

  @Test
  void layerWithoutBase_readsAsVietnamese() {
    Diagnostic d =
        only(
            HEAD
                + "  area \"1\" \"A\" max 2 {\n    points = min(max, n)\n  }\n  remove \"1\"\n}\n");

    assertThat(d.code()).isEqualTo("RB708");
    assertThat(d.message(Language.VI))
        .isEqualTo(
            "'override' và 'remove' thay đổi một bộ tiêu chí gốc, nhưng bộ tiêu chí này không kế"
                + " thừa bộ nào");
  }

  @Test
  void waiverForAnUnknownCriterion_readsAsVietnamese_lineByLine() throws IOException {
    CompiledCatalog catalog = SampleCatalogTest.compileSample().orElseThrow();
    EvidenceFile caoSon =
        EvidenceLoader.readJson(WaiverEvaluationTest.EVIDENCE, "02002-cao-son.json");
    Waivers waivers =
        Waivers.read(Path.of("src/test/resources/waivers/rb750-unknown-criterion.json"), "w.json");

    InvalidWaiversException e = invalid(() -> catalog.evaluate(caoSon, waivers));

    String vi =
        "w.json:4:5: lỗi: $.waivers[0].criterion: không có tiêu chí '3.9' trong bộ tiêu chí"
            + " 'cchc-xa' 2022.1.0; có phải ý bạn là '3.1'? [RB750]";
    assertThat(e.message(Language.VI)).isEqualTo(vi);
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).message(Language.VI)).isEqualTo(vi);
    assertThat(e.getMessage())
        .isEqualTo(
            "w.json:4:5: error: $.waivers[0].criterion: unknown criterion '3.9' in catalog"
                + " 'cchc-xa' 2022.1.0; did you mean '3.1'? [RB750]");
    assertThat(e.message(Language.EN)).isEqualTo(e.getMessage());
  }

  @Test
  void waiverPointsAboveTheMaximum_readsAsVietnamese() throws IOException {
    CompiledCatalog catalog = SampleCatalogTest.compileSample().orElseThrow();
    EvidenceFile caoSon =
        EvidenceLoader.readJson(WaiverEvaluationTest.EVIDENCE, "02002-cao-son.json");
    Waivers waivers =
        Waivers.read(
            Path.of("src/test/resources/waivers/rb752-points-above-maximum.json"), "w.json");

    InvalidWaiversException e = invalid(() -> catalog.evaluate(caoSon, waivers));

    assertThat(e.message(Language.VI))
        .isEqualTo(
            "w.json:4:5: lỗi: $.waivers[0].points: cần số điểm từ 0 đến 3 (điểm tối đa của"
                + " '3.5') nhưng gặp 4 [RB752]");
  }
}
