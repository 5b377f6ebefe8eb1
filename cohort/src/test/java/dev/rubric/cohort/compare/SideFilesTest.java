package dev.rubric.cohort.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.io.InvalidInputException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading code mappings and succession tables: every problem named by line, column and path. */
class SideFilesTest {

  @Test
  void mapping_valid_isRead() {
    CodeMapping m = Mini.mapping();

    assertThat(m.catalogId()).isEqualTo("mini");
    assertThat(m.codes())
        .containsExactly(new CodeMapping.Entry("B.9", "B.1", Optional.of("Đánh số lại")));
    assertThat(m.byOldCode()).containsEntry("B.9", "B.1");
  }

  @Test
  void mapping_wrongType_namesLineColumnAndPath() {
    String json =
        "{\n  \"format\": \"rubric-mapping/1\",\n  \"catalogId\": \"mini\", \"from\": \"1.0.0\","
            + " \"to\": \"2.0.0\",\n  \"codes\": [{\"from\": \"B.9\", \"to\": 3}]\n}\n";

    assertThatThrownBy(() -> CodeMapping.read("m.json", json))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("m.json:4:35: $.codes[0].to: expected a string but found 3");
  }

  @Test
  void mapping_problems_areEachNamed() {
    assertThatThrownBy(() -> CodeMapping.read("m.json", "{\"format\": \"rubric-mapping/2\"}"))
        .hasMessage(
            "m.json:1:12: $.format: expected the format \"rubric-mapping/1\" but found"
                + " \"rubric-mapping/2\"");
    assertThatThrownBy(
            () ->
                CodeMapping.read(
                    "m.json",
                    "{\"format\": \"rubric-mapping/1\", \"catalogId\": \"x\", \"from\": \"1.0.0\","
                        + " \"to\": \"2.0.0\", \"codes\": [{\"from\": \"A\", \"to\": \"B\"},"
                        + " {\"from\": \"A\", \"to\": \"C\"}]}"))
        .hasMessage(
            "m.json:1:127: $.codes[1].from: expected each old code once but found 'A' again");
    assertThatThrownBy(
            () -> CodeMapping.read("m.json", "{\"format\": \"rubric-mapping/1\", \"x\": 1}"))
        .hasMessageStartingWith("m.json:1:37: $.x: expected one of the fields format, catalogId");
    assertThatThrownBy(() -> CodeMapping.read("m.json", "{\"format\": \"rubric-mapping/1\""))
        .hasMessageStartingWith("m.json:1:")
        .hasMessageContaining("malformed JSON");
    assertThatThrownBy(() -> CodeMapping.read("m.json", "[]"))
        .hasMessage("m.json:1:1: $: expected a JSON object but found array");
    assertThatThrownBy(() -> CodeMapping.read("m.json", "{\"format\": null}"))
        .hasMessage("m.json:1:12: $.format: expected a value but found null");
  }

  @Test
  void succession_valid_isReadWithDiacriticsNormalised() {
    Succession s =
        Succession.read(
            "s.json",
            "{\"format\": \"rubric-succession/1\", \"events\": [{\"period\": \"2025\", \"from\":"
                + " [\"01972\", \"01975\"], \"to\": \"01969\", \"note\": \"Sa\u0301p nh\u1eadp\"}]}");

    assertThat(s.events())
        .containsExactly(
            new Succession.Event(
                "2025", List.of("01972", "01975"), "01969", Optional.of("Sáp nhập")));
  }

  @Test
  void succession_emptyOrRepeatedFrom_isAnError() {
    assertThatThrownBy(
            () ->
                Succession.read(
                    "s.json",
                    "{\"format\": \"rubric-succession/1\", \"events\": [{\"period\": \"2025\","
                        + " \"from\": [], \"to\": \"01969\"}]}"))
        .hasMessage(
            "s.json:1:73: $.events[0].from: expected at least one unit code but found an empty array");
    assertThatThrownBy(
            () ->
                Succession.read(
                    "s.json",
                    "{\"format\": \"rubric-succession/1\", \"events\": [{\"period\": \"2025\","
                        + " \"from\": [\"A\", \"A\"], \"to\": \"B\"}]}"))
        .hasMessage(
            "s.json:1:79: $.events[0].from[1]: expected distinct unit codes but found 'A' again");
  }

  @Test
  void bump_between_readsSemanticVersions() {
    assertThat(Bump.between("2021.1.0", "2022.1.0")).isEqualTo(Bump.MAJOR);
    assertThat(Bump.between("2022.1.0", "2022.2.0")).isEqualTo(Bump.MINOR);
    assertThat(Bump.between("2022.1.0", "2022.1.1")).isEqualTo(Bump.PATCH);
    assertThat(Bump.between("2022.1.0", "2022.1.0")).isEqualTo(Bump.NONE);
    assertThat(Bump.between("2022.1.0", "2021.9.9")).isEqualTo(Bump.NONE);
  }
}
