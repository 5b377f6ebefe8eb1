package dev.rubric.cohort.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rubric.core.Language;
import dev.rubric.core.io.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The side files' errors in Vietnamese: the same file, position and path as the English that {@link
 * SideFilesTest} pins, with the detail in the reader's language.
 */
class SideFilesLanguageTest {

  private static InvalidInputException mapping(String json) {
    return catchThrowableOfType(
        InvalidInputException.class, () -> CodeMapping.read("m.json", json));
  }

  @Test
  void mapping_problems_readInVietnamese() {
    assertThat(
            mapping(
                    "{\n  \"format\": \"rubric-mapping/1\",\n  \"catalogId\": \"mini\", \"from\":"
                        + " \"1.0.0\", \"to\": \"2.0.0\",\n  \"codes\": [{\"from\": \"B.9\", \"to\":"
                        + " 3}]\n}\n")
                .message(Language.VI))
        .isEqualTo("m.json:4:35: $.codes[0].to: cần một chuỗi nhưng gặp 3");
    assertThat(mapping("{\"format\": \"rubric-mapping/2\"}").message(Language.VI))
        .isEqualTo(
            "m.json:1:12: $.format: cần định dạng \"rubric-mapping/1\" nhưng gặp"
                + " \"rubric-mapping/2\"");
    assertThat(mapping("{\"format\": \"rubric-mapping/1\", \"x\": 1}").message(Language.VI))
        .isEqualTo(
            "m.json:1:37: $.x: cần một trong các trường format, catalogId, from, to, codes nhưng"
                + " gặp 'x'");
    assertThat(mapping("[]").message(Language.VI))
        .isEqualTo("m.json:1:1: $: cần một đối tượng JSON nhưng gặp mảng");
    assertThat(mapping("{\"format\": null}").message(Language.VI))
        .isEqualTo("m.json:1:12: $.format: cần một giá trị nhưng gặp null");
    assertThat(mapping("{\"format\": \"rubric-mapping/1\"").message(Language.VI))
        .startsWith("m.json:1:")
        .contains(": JSON không hợp lệ (lời của bộ phân tích Jackson): ");
  }

  @Test
  void mapping_missingField_readsInBothLanguages() {
    InvalidInputException e =
        mapping(
            "{\"format\": \"rubric-mapping/1\", \"catalogId\": \"x\", \"from\": \"1.0.0\", \"to\":"
                + " \"2.0.0\", \"codes\": [{\"from\": \"A\"}]}");

    assertThat(e.message(Language.VI))
        .isEqualTo("m.json:1:92: $.codes[0]: cần trường 'to' nhưng không có");
    assertThat(e.message(Language.EN))
        .isEqualTo(e.getMessage())
        .isEqualTo("m.json:1:92: $.codes[0]: expected the field 'to' but found none");
  }

  @Test
  void succession_repeatedUnit_readsInVietnamese() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                Succession.read(
                    "s.json",
                    "{\"format\": \"rubric-succession/1\", \"events\": [{\"period\": \"2025\","
                        + " \"from\": [\"A\", \"A\"], \"to\": \"B\"}]}"));

    assertThat(e.message(Language.VI))
        .isEqualTo(
            "s.json:1:79: $.events[0].from[1]: cần các mã đơn vị khác nhau nhưng gặp 'A' lần nữa");
  }
}
