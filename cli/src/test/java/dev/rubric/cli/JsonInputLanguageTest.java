package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cli.Cli.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A malformed JSON input file is reported in the run's language, frame and detail alike: {@code
 * lỗi: bad.json:2:1: $.unit: dữ liệu kết thúc giữa chừng} by default, the English words with {@code
 * --lang en}.
 */
class JsonInputLanguageTest {

  @TempDir Path dir;

  private String write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file.toString();
  }

  private static Result evaluate(boolean english, String evidence) {
    String[] args = {"evaluate", "--catalog", Cli.fixture("tiny.rubric"), "--evidence", evidence};
    return english ? Cli.runEn(args) : Cli.run(args);
  }

  @Test
  void evaluate_truncatedEvidence_isVietnameseByDefaultAndEnglishWithLangEn() throws IOException {
    String file = write("bad.json", "{\"format\": \"rubric-evidence/1\", \"unit\": {\n");

    Result vi = evaluate(false, file);
    Result en = evaluate(true, file);

    assertThat(vi.status()).isEqualTo(1);
    assertThat(vi.err()).isEqualTo("lỗi: " + file + ":2:1: $.unit: dữ liệu kết thúc giữa chừng\n");
    assertThat(en.status()).isEqualTo(1);
    assertThat(en.err()).isEqualTo("error: " + file + ":2:1: $.unit: unexpected end of input\n");
  }

  @Test
  void evaluate_wrongType_isVietnameseByDefaultAndEnglishWithLangEn() {
    String file = Cli.fixture("bad-evidence.json");

    Result vi = evaluate(false, file);
    Result en = evaluate(true, file);

    assertThat(vi.status()).isEqualTo(1);
    assertThat(vi.err())
        .isEqualTo(
            "lỗi: "
                + file
                + ":6:69: $.evidence.dung_han.denominator: cần một số thập phân không âm nhưng"
                + " gặp chuỗi \"abc\"\n");
    assertThat(en.err())
        .isEqualTo(
            "error: "
                + file
                + ":6:69: $.evidence.dung_han.denominator: expected a non-negative decimal number"
                + " but found string \"abc\"\n");
  }

  @Test
  void evaluate_unknownAndMissingFields_areVietnameseByDefault() throws IOException {
    String unknown =
        write(
            "unknown.json",
            """
            {
              "format": "rubric-evidence/1",
              "unit": {"code": "01", "name": "Xã An", "level": "commune", "kind": "xa", "nam": 1},
              "period": "2022",
              "evidence": {}
            }
            """);
    String missing =
        write(
            "missing.json",
            """
            {
              "format": "rubric-evidence/1",
              "unit": {"code": "01", "name": "Xã An", "level": "commune", "kind": "xa"},
              "evidence": {}
            }
            """);

    Result u = evaluate(false, unknown);
    Result m = evaluate(false, missing);
    Result mEn = evaluate(true, missing);

    assertThat(u.err())
        .isEqualTo(
            "lỗi: "
                + unknown
                + ":3:77: $.unit.nam: trường 'nam' không thuộc định dạng này; cần một trong các"
                + " trường 'code', 'name', 'level', 'kind', 'parent', 'attributes'\n");
    assertThat(m.err()).isEqualTo("lỗi: " + missing + ":1:1: $: thiếu trường bắt buộc 'period'\n");
    assertThat(mEn.err())
        .isEqualTo("error: " + missing + ":1:1: $: missing required field 'period'\n");
  }

  @Test
  void evaluate_malformedWaivers_areVietnameseByDefault() throws IOException {
    String waivers =
        write(
            "w.json",
            "{\"format\": \"rubric-waivers/1\", \"waivers\": [{\"unit\": \"01\", \"criterion\":"
                + " \"1.1\", \"effect\": \"exempt\"}]}");
    String[] args = {
      "evaluate",
      "--catalog",
      Cli.fixture("tiny.rubric"),
      "--evidence",
      Cli.fixture("tiny-an.json"),
      "--waivers",
      waivers
    };

    Result vi = Cli.run(args);

    assertThat(vi.status()).isEqualTo(1);
    assertThat(vi.err())
        .isEqualTo(
            "lỗi: "
                + waivers
                + ":1:89: $.waivers[0].effect: cần một cách miễn trừ ('not_applicable',"
                + " 'full_points' hoặc 'fixed_points') nhưng gặp chuỗi \"exempt\"\n");
  }
}
