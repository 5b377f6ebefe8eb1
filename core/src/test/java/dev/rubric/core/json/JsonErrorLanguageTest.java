package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rubric.core.Language;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The readers' errors in Vietnamese: the same source, position and path as in English, with the
 * detail worded in the reader's language ({@link JsonFormatException#message(Language)}), while
 * {@link JsonFormatException#getMessage()} stays the English that {@link JsonErrorTest} and {@link
 * JsonSyntaxTest} pin.
 */
class JsonErrorLanguageTest {

  private static final String HEAD =
      """
      {
        "format": "rubric-evidence/1",
        "unit": {"code": "01969", "name": "Thị trấn Phủ Thông", "level": "commune", "kind": "thi_tran"},
        "period": "2022",
        "evidence": {
      """;

  /** An evidence file with one evidence item, on line 6. */
  private static String evidence(String item) {
    return HEAD + "    " + item + "\n  }\n}\n";
  }

  private static JsonFormatException evidenceError(String json) {
    return catchThrowableOfType(JsonFormatException.class, () -> Json.readEvidence("e.json", json));
  }

  static Stream<Arguments> vietnamese() {
    String valid = evidence("\"mot_cua\": {\"type\": \"flag\", \"value\": true}");
    return Stream.of(
        Arguments.of(
            "syntax: missing comma",
            HEAD + "    \"a\": {\"type\": \"flag\", \"value\": true}\n    \"b\": 1\n  }\n}\n",
            "e.json:7:5: $.evidence.a: cần ',' hoặc '}' nhưng gặp '\"'"),
        Arguments.of(
            "syntax: unexpected end",
            valid.substring(0, valid.indexOf("\"period\"")),
            "e.json:4:3: $.unit: dữ liệu kết thúc giữa chừng"),
        Arguments.of(
            "syntax: single quotes",
            "{'format': 1}",
            "e.json:1:2: $: cần tên trường trong dấu ngoặc kép nhưng gặp '''"),
        Arguments.of(
            "syntax: bare word",
            "{\"format\": rubric}",
            "e.json:1:12: $.format: cần một giá trị JSON nhưng gặp 'rubric'"),
        Arguments.of(
            "syntax: trailing content",
            valid + "x",
            "e.json:9:1: $: cần kết thúc dữ liệu nhưng gặp 'x'"),
        Arguments.of(
            "syntax: control character in a string",
            "[\"a\nb\"]",
            "e.json:1:4: $[0]: cần một ký tự của chuỗi nhưng gặp ký tự điều khiển '\\n'"),
        Arguments.of(
            "syntax: bad escape",
            "[\"a\\qb\"]",
            "e.json:1:5: $[0]: cần một chuỗi thoát (\\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t hoặc"
                + " \\uXXXX) nhưng gặp '\\q'"),
        Arguments.of(
            "syntax: empty document",
            "  ",
            "e.json:1:1: $: cần một giá trị JSON nhưng dữ liệu trống"),
        Arguments.of(
            "duplicate field",
            "{\"format\": \"rubric-evidence/1\", \"format\": 1}",
            "e.json:1:41: $.format: trường 'format' xuất hiện hai lần"),
        Arguments.of(
            "wrong type",
            evidence(
                "\"ho_so\": {\"type\": \"ratio\", \"numerator\": 412, \"denominator\": \"abc\"}"),
            "e.json:6:65: $.evidence.ho_so.denominator: cần một số thập phân không âm nhưng gặp"
                + " chuỗi \"abc\""),
        Arguments.of(
            "null",
            valid.replace("\"period\": \"2022\",", "\"period\": \"2022\", \"note\": null,"),
            "e.json:4:29: $.note: cần một chuỗi nhưng gặp giá trị null"),
        Arguments.of(
            "boolean for a number",
            evidence("\"nv\": {\"type\": \"count\", \"value\": true}"),
            "e.json:6:38: $.evidence.nv.value: cần một số nguyên không âm nhưng gặp giá trị logic"
                + " true"),
        Arguments.of(
            "unknown field",
            evidence("\"mot_cua\": {\"type\": \"flag\", \"value\": true, \"foo\": 1}"),
            "e.json:6:48: $.evidence.mot_cua.foo: trường 'foo' không thuộc định dạng này; cần một"
                + " trong các trường 'type', 'status', 'explanation', 'provenance', 'value'"),
        Arguments.of(
            "missing field",
            evidence("\"ho_so\": {\"type\": \"ratio\", \"numerator\": 412}"),
            "e.json:6:14: $.evidence.ho_so: thiếu trường bắt buộc 'denominator'"),
        Arguments.of(
            "neither status nor type",
            evidence("\"ho_so\": {\"explanation\": \"x\"}"),
            "e.json:6:14: $.evidence.ho_so: thiếu trường bắt buộc 'status' (hoặc 'type' nếu có"
                + " giá trị)"),
        Arguments.of(
            "wrong format",
            valid.replace("rubric-evidence/1", "rubric-evidence/2"),
            "e.json:2:13: $.format: cần 'rubric-evidence/1' nhưng gặp chuỗi \"rubric-evidence/2\""),
        Arguments.of(
            "unknown status",
            evidence("\"khao_sat\": {\"status\": \"done\"}"),
            "e.json:6:28: $.evidence.khao_sat.status: cần một trạng thái ('provided',"
                + " 'incomplete', 'missing_explained' hoặc 'missing') nhưng gặp chuỗi \"done\""),
        Arguments.of(
            "bad date",
            evidence("\"ngay\": {\"type\": \"date\", \"value\": \"2022-02-30\"}"),
            "e.json:6:39: $.evidence.ngay.value: cần một ngày có thật dạng 'yyyy-mm-dd' nhưng gặp"
                + " chuỗi \"2022-02-30\""),
        Arguments.of(
            "ratio above one",
            evidence("\"ho_so\": {\"type\": \"ratio\", \"numerator\": 421, \"denominator\": 420}"),
            "e.json:6:14: $.evidence.ho_so: ratio.numerator: cần tử số không lớn hơn mẫu số 420"
                + " nhưng gặp 421"),
        Arguments.of(
            "ratio over zero",
            evidence("\"ho_so\": {\"type\": \"ratio\", \"numerator\": 5, \"denominator\": 0}"),
            "e.json:6:14: $.evidence.ho_so: ratio.denominator: tử số là 5 nên cần mẫu số dương"
                + " nhưng gặp 0"),
        Arguments.of(
            "negative count",
            evidence("\"nv\": {\"type\": \"count\", \"value\": -3}"),
            "e.json:6:11: $.evidence.nv: count.value: cần số đếm không âm nhưng gặp -3"),
        Arguments.of(
            "value with status missing",
            evidence("\"mot_cua\": {\"status\": \"missing\", \"type\": \"flag\", \"value\": true}"),
            "e.json:6:16: $.evidence.mot_cua: evidence.value: trạng thái missing không được có giá"
                + " trị nhưng gặp giá trị kiểu flag"),
        Arguments.of(
            "explanation missing",
            evidence("\"khao_sat\": {\"status\": \"missing_explained\"}"),
            "e.json:6:17: $.evidence.khao_sat: evidence.explanation: trạng thái missing_explained"
                + " cần có lời giải trình nhưng không có"),
        Arguments.of(
            "explanation where none is allowed",
            evidence("\"khao_sat\": {\"status\": \"missing\", \"explanation\": \"Chưa làm\"}"),
            "e.json:6:17: $.evidence.khao_sat: evidence.explanation: trạng thái missing không được"
                + " có lời giải trình nhưng gặp 'Chưa làm'"),
        Arguments.of(
            "other invariants keep the model's words",
            evidence("\"ho so\": {\"type\": \"flag\", \"value\": true}"),
            "e.json:6:14: $.evidence['ho so']: giá trị không hợp lệ: evidenceSet.evidence: expected"
                + " an identifier (letters, digits, '_') but found 'ho so'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vietnamese")
  void readEvidence_error_readsInVietnamese(String name, String json, String message) {
    JsonFormatException e = evidenceError(json);

    assertThat(e.message(Language.VI)).isEqualTo(message);
    assertThat(e.text().in(Language.VI)).isEqualTo(message);
  }

  @Test
  void readScorecard_unknownFieldAndChannel_readInVietnamese() {
    JsonFormatException field =
        catchThrowableOfType(
            JsonFormatException.class,
            () -> Json.readScorecard("s.json", "{\"format\": \"rubric-scorecard/1\", \"x\": 1}"));
    JsonFormatException channel =
        catchThrowableOfType(
            JsonFormatException.class,
            () ->
                Json.readScorecard(
                    "s.json",
                    Json.write(ScorecardSample.phuThong())
                        .replace("\"channelTotals\": {", "\"channelTotals\": {\"kenh\": 1,")));

    assertThat(field.message(Language.VI))
        .isEqualTo("s.json:1:39: $.x: trường 'x' không thuộc định dạng này");
    assertThat(channel.detail(Language.VI))
        .isEqualTo(
            "khóa 'kenh' không phải một kênh; cần một kênh ('appraisal', 'survey' hoặc"
                + " 'system_measured')");
    assertThat(channel.detail())
        .isEqualTo(
            "unknown key 'kenh'; expected a channel ('appraisal', 'survey' or 'system_measured')");
  }

  @Test
  void readWaivers_badEffect_readsInVietnamese() {
    String json =
        "{\"format\": \"rubric-waivers/1\", \"waivers\": [{\"unit\": \"u\", \"criterion\": \"1.1\","
            + " \"effect\": \"exempt\"}]}";

    JsonFormatException e =
        catchThrowableOfType(JsonFormatException.class, () -> Json.readWaivers("w.json", json));

    assertThat(e.detail(Language.VI))
        .isEqualTo(
            "cần một cách miễn trừ ('not_applicable', 'full_points' hoặc 'fixed_points') nhưng gặp"
                + " chuỗi \"exempt\"");
  }

  @Test
  void error_inEnglish_isTheMessageAndItsParts() {
    JsonFormatException e =
        evidenceError(evidence("\"ho_so\": {\"type\": \"ratio\", \"numerator\": 412}"));

    assertThat(e.message(Language.EN)).isEqualTo(e.getMessage());
    assertThat(e.text().in(Language.EN)).isEqualTo(e.getMessage());
    assertThat(e.detail(Language.EN)).isEqualTo(e.detail());
    assertThat(e.detail(Language.VI)).isEqualTo("thiếu trường bắt buộc 'denominator'");
    assertThat(e.message(Language.VI)).startsWith("e.json:6:14: $.evidence.ho_so: ");
  }

  /** Every error the English tests pin, from the syntax errors to the decoders' details. */
  static Stream<Arguments> everyPinnedError() {
    Stream<Arguments> evidence =
        Stream.of(
                JsonErrorTest.evidenceCases(),
                JsonErrorTest.documentCases(),
                JsonSyntaxTest.malformed())
            .flatMap(Function.identity())
            .map(a -> Arguments.of(a.get()[0], "evidence", a.get()[1]));
    Stream<Arguments> assessments =
        JsonErrorTest.assessmentCases()
            .map(a -> Arguments.of(a.get()[0], "assessment", a.get()[1]));
    return Stream.concat(evidence, assessments);
  }

  private static final List<String> ENGLISH =
      List.of(
          "expected ",
          "but found",
          "unknown field",
          "unknown key",
          "missing required",
          "duplicate field",
          "unexpected end",
          "' or '",
          "end of input");

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyPinnedError")
  void everyPinnedError_inVietnamese_keepsThePlaceAndHasNoEnglishFrame(
      String name, String format, String json) {
    JsonFormatException e =
        catchThrowableOfType(
            JsonFormatException.class,
            () -> {
              if (format.equals("evidence")) {
                Json.readEvidence("x.json", json);
              } else {
                Json.readAssessment("x.json", json);
              }
            });
    String place = e.source() + ":" + e.line() + ":" + e.column() + ": " + e.path() + ": ";
    String vi = e.message(Language.VI);

    assertThat(e.message(Language.EN)).isEqualTo(e.getMessage()).isEqualTo(place + e.detail());
    assertThat(vi).startsWith(place);
    String detail = vi.substring(place.length());
    if (detail.startsWith("giá trị không hợp lệ: ")) {
      // an invariant of the model, in the model's own words
      assertThat(detail).isEqualTo("giá trị không hợp lệ: " + e.detail());
    } else {
      assertThat(detail).doesNotContain(ENGLISH);
    }
  }
}
