package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceValue;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and invalid documents, each pinned to its exact message: source, line, column, JSON
 * path and what was expected and found.
 */
class JsonErrorTest {

  /**
   * An evidence file whose evidence items (given as lines 6 onwards) are the only variable part.
   */
  private static String evidence(String items) {
    return """
        {
          "format": "rubric-evidence/1",
          "unit": {"code": "01969", "name": "Thị trấn Phủ Thông", "level": "commune", "kind": "thi_tran"},
          "period": "2022",
          "evidence": {
        %s
          }
        }
        """
        .formatted(items);
  }

  /** An evidence file whose unit object (line 3) is the only variable part. */
  private static String unit(String unit) {
    return """
        {
          "format": "rubric-evidence/1",
          "unit": %s,
          "period": "2022",
          "evidence": {}
        }
        """
        .formatted(unit);
  }

  static Stream<Arguments> evidenceCases() {
    return Stream.of(
        Arguments.of(
            "wrong type for denominator",
            evidence(
                "    \"ho_so_dung_han\": {\"type\": \"ratio\", \"numerator\": 412, \"denominator\": \"abc\"}"),
            "e.json:6:74: $.evidence.ho_so_dung_han.denominator: expected a non-negative decimal number but found string \"abc\""),
        Arguments.of(
            "unknown field",
            evidence(
                "    \"ho_so_dung_han\": {\"type\": \"ratio\", \"numerator\": 412, \"denominator\": 420, \"foo\": 1}"),
            "e.json:6:79: $.evidence.ho_so_dung_han.foo: unknown field 'foo'; expected one of 'type', 'status', 'explanation', 'provenance', 'numerator', 'denominator'"),
        Arguments.of(
            "missing required field",
            evidence("    \"ho_so_dung_han\": {\"type\": \"ratio\", \"numerator\": 412}"),
            "e.json:6:23: $.evidence.ho_so_dung_han: missing required field 'denominator'"),
        Arguments.of(
            "ratio 5/0",
            evidence(
                "    \"ho_so_dung_han\": {\"type\": \"ratio\", \"numerator\": 5, \"denominator\": 0}"),
            "e.json:6:23: $.evidence.ho_so_dung_han: ratio.denominator: expected a positive denominator for numerator 5 but found 0"),
        Arguments.of(
            "ratio above one",
            evidence(
                "    \"ho_so_dung_han\": {\"type\": \"ratio\", \"numerator\": 421, \"denominator\": 420}"),
            "e.json:6:23: $.evidence.ho_so_dung_han: ratio.numerator: expected at most the denominator 420 but found 421"),
        Arguments.of(
            "negative count",
            evidence("    \"nv_ke_hoach\": {\"type\": \"count\", \"value\": -3}"),
            "e.json:6:20: $.evidence.nv_ke_hoach: count.value: expected a non-negative count but found -3"),
        Arguments.of(
            "fractional count",
            evidence("    \"nv_ke_hoach\": {\"type\": \"count\", \"value\": 1.5}"),
            "e.json:6:47: $.evidence.nv_ke_hoach.value: expected a non-negative integer but found number 1.5"),
        Arguments.of(
            "invalid calendar date",
            evidence(
                "    \"ke_hoach\": {\"type\": \"document\", \"number\": \"12/KH-UBND\", \"issued\": \"2022-02-30\"}"),
            "e.json:6:72: $.evidence.ke_hoach.issued: expected a calendar date 'yyyy-mm-dd' but found string \"2022-02-30\""),
        Arguments.of(
            "date in 1800",
            evidence(
                "    \"ke_hoach\": {\"type\": \"document\", \"number\": \"12/KH-UBND\", \"issued\": \"1800-01-20\"}"),
            "e.json:6:17: $.evidence.ke_hoach: document.issued: expected a date between 1900-01-01 and 2199-12-31 but found 1800-01-20"),
        Arguments.of(
            "document without number or title",
            evidence("    \"ke_hoach\": {\"type\": \"document\", \"issuer\": \"UBND\"}"),
            "e.json:6:17: $.evidence.ke_hoach: document: expected a number or a title but found neither"),
        Arguments.of(
            "bad status",
            evidence("    \"khao_sat\": {\"status\": \"done\"}"),
            "e.json:6:28: $.evidence.khao_sat.status: expected a status ('provided', 'incomplete', 'missing_explained' or 'missing') but found string \"done\""),
        Arguments.of(
            "unknown evidence type",
            evidence("    \"ty_le\": {\"type\": \"percent\", \"value\": 98}"),
            "e.json:6:23: $.evidence.ty_le.type: expected an evidence type ('document', 'count', 'quantity', 'ratio', 'flag', 'choice', 'date' or 'text') but found string \"percent\""),
        Arguments.of(
            "neither type nor status",
            evidence("    \"khao_sat\": {}"),
            "e.json:6:17: $.evidence.khao_sat: missing required field 'status' (or 'type' for a provided value)"),
        Arguments.of(
            "value field without type",
            evidence("    \"khao_sat\": {\"status\": \"incomplete\", \"value\": 3}"),
            "e.json:6:42: $.evidence.khao_sat.value: unknown field 'value'; expected one of 'type', 'status', 'explanation', 'provenance'"),
        Arguments.of(
            "missing explained without explanation",
            evidence("    \"khao_sat\": {\"status\": \"missing_explained\"}"),
            "e.json:6:17: $.evidence.khao_sat: evidence.explanation: expected an explanation when status is missing_explained but found none"),
        Arguments.of(
            "missing with a value",
            evidence(
                "    \"mot_cua\": {\"type\": \"flag\", \"value\": true, \"status\": \"missing\"}"),
            "e.json:6:16: $.evidence.mot_cua: evidence.value: expected no value when status is missing but found a flag"),
        Arguments.of(
            "null instead of a string",
            evidence("    \"ghi_chu\": {\"type\": \"text\", \"value\": null}"),
            "e.json:6:42: $.evidence.ghi_chu.value: expected a string but found null"),
        Arguments.of(
            "string instead of a boolean",
            evidence("    \"mot_cua\": {\"type\": \"flag\", \"value\": \"yes\"}"),
            "e.json:6:42: $.evidence.mot_cua.value: expected a boolean but found string \"yes\""),
        Arguments.of(
            "huge exponent",
            evidence(
                "    \"chi_phi\": {\"type\": \"quantity\", \"amount\": 1e400, \"unit\": \"ha\"}"),
            "e.json:6:47: $.evidence.chi_phi.amount: expected a decimal number with at most 64 digits before and after the decimal point but found number 1e400"),
        Arguments.of(
            "bad content hash",
            evidence(
                "    \"ke_hoach\": {\"type\": \"document\", \"title\": \"Kế hoạch\", \"contentHash\": \"sha1:abc\"}"),
            "e.json:6:17: $.evidence.ke_hoach: document.contentHash: expected 'sha256:' followed by 64 hex digits but found 'sha1:abc'"),
        Arguments.of(
            "bad date-time offset",
            evidence(
                "    \"mot_cua\": {\"type\": \"flag\", \"value\": true, \"provenance\": {\"submittedAt\": \"2023-01-05T08:30:00\"}}"),
            "e.json:6:78: $.evidence.mot_cua.provenance.submittedAt: expected a date-time with offset such as '2022-09-21T08:30:00+07:00' but found string \"2023-01-05T08:30:00\""),
        Arguments.of(
            "key not an identifier",
            evidence("    \"ho so\": {\"status\": \"missing\"}"),
            "e.json:6:14: $.evidence['ho so']: evidenceSet.evidence: expected an identifier (letters, digits, '_') but found 'ho so'"),
        Arguments.of(
            "duplicate key",
            evidence(
                "    \"mot_cua\": {\"status\": \"missing\"},\n    \"mot_cua\": {\"status\": \"missing\"}"),
            "e.json:7:14: $.evidence.mot_cua: duplicate field 'mot_cua'"),
        Arguments.of(
            "malformed: missing comma",
            evidence(
                "    \"mot_cua\": {\"status\": \"missing\"}\n    \"khao_sat\": {\"status\": \"missing\"}"),
            "e.json:7:5: $.evidence.mot_cua: expected ',' or '}' but found '\"'"),
        Arguments.of(
            "too deep",
            evidence("    \"sau\": " + "[".repeat(70) + "]".repeat(70)),
            "e.json:6:75: $.evidence.sau"
                + "[0]".repeat(62)
                + ": expected nesting depth at most 64 but found 65"),
        Arguments.of(
            "nul character in text is fine but a blank one is not",
            evidence("    \"ghi_chu\": {\"type\": \"text\", \"value\": \" \"}"),
            "e.json:6:16: $.evidence.ghi_chu: text.value: expected non-blank text but found ' '"),
        Arguments.of(
            "uppercase level",
            unit(
                "{\"code\": \"01969\", \"name\": \"Thị trấn Phủ Thông\", \"level\": \"Commune\", \"kind\": \"thi_tran\"}"),
            "e.json:3:11: $.unit: unit.level: expected a lowercase code such as 'commune' or 'thi_tran' (a-z, 0-9, '_') but found 'Commune'"),
        Arguments.of(
            "missing unit name",
            unit("{\"code\": \"01969\", \"level\": \"commune\", \"kind\": \"thi_tran\"}"),
            "e.json:3:11: $.unit: missing required field 'name'"),
        Arguments.of(
            "misspelt unit field",
            unit(
                "{\"code\": \"01969\", \"nam\": \"Phủ Thông\", \"level\": \"commune\", \"kind\": \"thi_tran\"}"),
            "e.json:3:29: $.unit.nam: unknown field 'nam'; expected one of 'code', 'name', 'level', 'kind', 'parent', 'attributes'"),
        Arguments.of(
            "attribute without type",
            unit(
                "{\"code\": \"1\", \"name\": \"X\", \"level\": \"commune\", \"kind\": \"xa\", \"attributes\": {\"mot_cua\": {\"value\": true}}}"),
            "e.json:3:98: $.unit.attributes.mot_cua: missing required field 'type'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("evidenceCases")
  void readEvidence_invalidDocument_reportsPathAndDetail(String name, String json, String message) {
    assertThatThrownBy(() -> Json.readEvidence("e.json", json))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(message);
  }

  static Stream<Arguments> documentCases() {
    String valid = evidence("");
    return Stream.of(
        Arguments.of(
            "empty document", "", "e.json:1:1: $: expected a JSON value but found end of input"),
        Arguments.of(
            "trailing garbage", valid + "x", "e.json:9:1: $: expected end of input but found 'x'"),
        Arguments.of(
            "second document", valid + "{}", "e.json:9:1: $: expected end of input but found '{'"),
        Arguments.of(
            "extra closing brace",
            valid + "}",
            "e.json:9:1: $: expected end of input but found '}'"),
        Arguments.of(
            "truncated",
            valid.substring(0, valid.indexOf("\"period\"")),
            "e.json:4:3: $.unit: unexpected end of input"),
        Arguments.of(
            "array instead of object", "[]", "e.json:1:1: $: expected an object but found array"),
        Arguments.of("missing format", "{}", "e.json:1:1: $: missing required field 'format'"),
        Arguments.of(
            "wrong format",
            valid.replace("rubric-evidence/1", "rubric-evidence/2"),
            "e.json:2:13: $.format: expected 'rubric-evidence/1' but found string \"rubric-evidence/2\""),
        Arguments.of(
            "single quotes",
            "{'format': 1}",
            "e.json:1:2: $: expected a field name in double quotes but found '''"),
        Arguments.of(
            "bare word",
            "{\"format\": rubric}",
            "e.json:1:12: $.format: expected a JSON value but found 'rubric'"),
        Arguments.of(
            "period as a number",
            valid.replace("\"2022\"", "2022"),
            "e.json:4:13: $.period: expected a year such as '2022' or a period object but found number 2022"),
        Arguments.of(
            "period in 1800",
            valid.replace("\"2022\"", "\"1800\""),
            "e.json:4:13: $.period: period.year: expected a year between 1900 and 2199 but found 1800"),
        Arguments.of(
            "period ends before it starts",
            valid.replace(
                "\"2022\"", "{\"id\": \"H1\", \"start\": \"2022-06-30\", \"end\": \"2022-01-01\"}"),
            "e.json:4:13: $.period: period.end: expected a date on or after the start 2022-06-30 but found 2022-01-01"),
        Arguments.of(
            "note is null",
            valid.replace("\"period\": \"2022\",", "\"period\": \"2022\", \"note\": null,"),
            "e.json:4:29: $.note: expected a string but found null"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentCases")
  void readEvidence_malformedDocument_reportsPosition(String name, String json, String message) {
    assertThatThrownBy(() -> Json.readEvidence("e.json", json))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(message);
  }

  static Stream<Arguments> assessmentCases() {
    String head =
        "{\"format\": \"rubric-assessment/1\", \"unit\": \"01969\", \"period\": \"2022\", \"catalog\": \"cchc-xa\", \"catalogVersion\": \"2022.1\", \"scores\": [";
    return Stream.of(
        Arguments.of(
            "bad round",
            head + "{\"criterion\": \"1.1\", \"round\": \"second\", \"points\": 1}]}",
            "a.json:1:161: $.scores[0].round: expected a round ('self_assessment', 'appraisal', 'explanation', 're_appraisal' or 'final') but found string \"second\""),
        Arguments.of(
            "points as a string",
            head + "{\"criterion\": \"1.1\", \"round\": \"final\", \"points\": \"1\"}]}",
            "a.json:1:180: $.scores[0].points: expected a decimal number but found string \"1\""),
        Arguments.of(
            "duplicate score",
            head
                + "{\"criterion\": \"1.1\", \"round\": \"final\", \"points\": 1}, {\"criterion\": \"1.1\", \"round\": \"final\", \"points\": 0}]}",
            "a.json:1:1: $: assessment.scores: expected one score per criterion and round but found criterion '1.1' in round final at positions 0 and 1"),
        Arguments.of(
            "scores not an array",
            head.substring(0, head.length() - 1) + "{}}",
            "a.json:1:130: $.scores: expected an array of scores but found object"),
        Arguments.of(
            "unknown field in score",
            head + "{\"criterion\": \"1.1\", \"round\": \"final\", \"points\": 1, \"diem\": 1}]}",
            "a.json:1:183: $.scores[0].diem: unknown field 'diem'; expected one of 'criterion', 'round', 'points', 'remark', 'by', 'date', 'evidence'"),
        Arguments.of(
            "bad catalog version",
            head.replace("2022.1", "latest") + "]}",
            "a.json:1:1: $: assessment.catalogVersion: expected a semantic version such as '2022.1.0' but found 'latest'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("assessmentCases")
  void readAssessment_invalidDocument_reportsPathAndDetail(
      String name, String json, String message) {
    assertThatThrownBy(() -> Json.readAssessment("a.json", json))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(message);
  }

  @Test
  void readEvidence_wrongType_exposesParts() {
    String json =
        evidence(
            "    \"ho_so_dung_han\": {\"type\": \"ratio\", \"numerator\": 412, \"denominator\": \"abc\"}");

    JsonFormatException e =
        catchThrowableOfType(JsonFormatException.class, () -> Json.readEvidence("e.json", json));

    assertThat(e)
        .extracting(
            JsonFormatException::source,
            JsonFormatException::line,
            JsonFormatException::column,
            JsonFormatException::path,
            JsonFormatException::detail)
        .containsExactly(
            "e.json",
            6,
            74,
            "$.evidence.ho_so_dung_han.denominator",
            "expected a non-negative decimal number but found string \"abc\"");
  }

  @Test
  void readEvidence_stringOverOneMebibyte_isRejected() {
    String json =
        evidence(
            "    \"ghi_chu\": {\"type\": \"text\", \"value\": \""
                + "a".repeat(Json.MAX_STRING_LENGTH + 1)
                + "\"}");

    assertThatThrownBy(() -> Json.readEvidence("e.json", json))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "e.json:6:42: $.evidence.ghi_chu.value: expected a string of at most 1048576 characters but found 1048577");
  }

  @Test
  void readEvidence_longStringValue_isAbbreviatedInMessage() {
    String json =
        evidence("    \"mot_cua\": {\"type\": \"flag\", \"value\": \"" + "có ".repeat(30) + "\"}");

    assertThatThrownBy(() -> Json.readEvidence("e.json", json))
        .hasMessage(
            "e.json:6:42: $.evidence.mot_cua.value: expected a boolean but found string \"có có có có có có có có có có có có có …\"");
  }

  @Test
  void readEvidence_nulCharacterInText_isRejectedWithItsPosition() {
    String json = evidence("    \"ghi_chu\": {\"type\": \"text\", \"value\": \"a\\u0000b\"}");

    assertThatThrownBy(() -> Json.readEvidence("e.json", json))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "e.json:6:42: $.evidence.ghi_chu.value: expected a string without NUL characters but"
                + " found \\u0000 at character 2");
  }

  @Test
  void readEvidence_loneSurrogateInUnitName_isRejectedWithItsPosition() {
    String json =
        unit(
            "{\"code\": \"01\", \"name\": \"Xã\\ud800\", \"level\": \"commune\", \"kind\": \"xa\"}");

    assertThatThrownBy(() -> Json.readEvidence("e.json", json))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "e.json:3:34: $.unit.name: expected a string of Unicode characters but found the"
                + " lone surrogate \\ud800 at character 3");
  }

  @Test
  void readEvidence_loneLowSurrogateInText_isRejected() {
    String json = evidence("    \"ghi_chu\": {\"type\": \"text\", \"value\": \"x\\udc00\"}");

    assertThatThrownBy(() -> Json.readEvidence("e.json", json))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "e.json:6:42: $.evidence.ghi_chu.value: expected a string of Unicode characters but"
                + " found the lone surrogate \\udc00 at character 2");
  }

  @Test
  void readEvidence_surrogatePairInText_isKept() {
    String json =
        evidence("    \"ghi_chu\": {\"type\": \"text\", \"value\": \"hồ sơ \\ud83d\\udcc4\"}");

    EvidenceFile f = Json.readEvidence("e.json", json);

    assertThat(f.evidence().evidence("ghi_chu").orElseThrow().value())
        .contains(new EvidenceValue.TextValue("hồ sơ 📄"));
  }

  @Test
  void readEvidence_failingReader_throwsUncheckedIoException() {
    java.io.Reader broken =
        new java.io.Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws java.io.IOException {
            throw new java.io.IOException("disk gone");
          }

          @Override
          public void close() {}
        };

    assertThatThrownBy(() -> Json.readEvidence("e.json", broken))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("disk gone");
  }

  @Test
  void readEvidence_byteOrderMark_isSkipped() {
    EvidenceFile f = Json.readEvidence("e.json", "\uFEFF" + evidence(""));

    assertThat(f.unit().code()).isEqualTo("01969");
  }

  @Test
  void readEvidence_documentOver16Mebibytes_isRejected() {
    String json = " ".repeat((int) Json.MAX_DOCUMENT_LENGTH) + evidence("");

    assertThatThrownBy(() -> Json.readEvidence("e.json", json))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageEndingWith(
            "$: expected a document of at most 16777216 characters but found more");
  }
}
