package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cli.Cli.Result;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The CLI's errors speak the run's language: Vietnamese by default, English with {@code --lang en},
 * for usage errors (status 2) and bad input (status 1) alike.
 */
class ErrorLanguageTest {

  /** English words that a Vietnamese error line must not hold. */
  private static final List<String> ENGLISH =
      List.of(
          "error",
          "unknown",
          "option",
          "expected",
          "found",
          "cannot",
          "missing",
          "did you mean",
          "no such",
          "needs",
          "command",
          "holds",
          "unit",
          "Usage",
          "Try");

  private static void assertVietnamese(Result r) {
    for (String word : ENGLISH) {
      assertThat(r.err().replaceAll("'[^']*'|--[a-z-]+|rubric [a-z]+", ""))
          .as("English '%s' in %s", word, r.err())
          .doesNotContainIgnoringCase(word);
    }
  }

  @Test
  void unknownOption_isVietnameseByDefaultAndEnglishWithLangEn() {
    Result vi = Cli.run("demo", "--frmat", "json");
    Result en = Cli.runEn("demo", "--frmat", "json");

    assertThat(vi.status()).isEqualTo(2);
    assertThat(vi.err()).startsWith("lỗi: không có tùy chọn '--frmat'; có phải là '--format'?\n");
    assertVietnamese(vi);
    assertThat(en.status()).isEqualTo(2);
    assertThat(en.err()).startsWith("error: unknown option '--frmat'; did you mean '--format'?\n");
  }

  @Test
  void misspeltRequiredOption_namesTheMisspellingNotTheMissingOption() {
    Result vi = Cli.run("rank", "--catalog", Cli.CATALOG, "--evidnce", Cli.EVIDENCE_CSV);
    Result en = Cli.runEn("rank", "--catalog", Cli.CATALOG, "--evidnce", Cli.EVIDENCE_CSV);

    assertThat(vi.status()).isEqualTo(2);
    assertThat(vi.err())
        .startsWith("lỗi: không có tùy chọn '--evidnce'; có phải là '--evidence'?\n");
    assertThat(en.status()).isEqualTo(2);
    assertThat(en.err())
        .startsWith("error: unknown option '--evidnce'; did you mean '--evidence'?\n");
  }

  @Test
  void unknownCommand_isVietnameseByDefaultAndEnglishWithLangEn() {
    Result vi = Cli.run("evalute");
    Result en = Cli.runEn("evalute");

    assertThat(vi.status()).isEqualTo(2);
    assertThat(vi.err()).startsWith("lỗi: không có lệnh 'evalute'; có phải là 'evaluate'?\n");
    assertVietnamese(vi);
    assertThat(en.err()).startsWith("error: unknown command 'evalute'; did you mean 'evaluate'?\n");
  }

  @Test
  void missingFile_isVietnameseByDefaultAndEnglishWithLangEn() {
    Result vi = Cli.run("check", "không-có.rubric");
    Result en = Cli.runEn("check", "không-có.rubric");

    assertThat(vi.status()).isEqualTo(1);
    assertThat(vi.err()).isEqualTo("lỗi: không đọc được 'không-có.rubric': không có tệp này\n");
    assertThat(en.status()).isEqualTo(1);
    assertThat(en.err()).isEqualTo("error: cannot read 'không-có.rubric': no such file\n");
  }

  @Test
  void missingEvidence_ofARunCommand_isVietnamese() {
    Result vi = Cli.run("evaluate", "--catalog", Cli.CATALOG, "--evidence", "thiếu.json");

    assertThat(vi.status()).isEqualTo(1);
    assertThat(vi.err()).isEqualTo("lỗi: không đọc được 'thiếu.json': không có tệp này\n");
  }

  @Test
  void badChoice_isVietnameseByDefaultAndEnglishWithLangEn() {
    Result vi =
        Cli.run(
            "evaluate", "--catalog", Cli.CATALOG, "--evidence", Cli.PHU_THONG, "--format", "jsn");
    Result en =
        Cli.runEn(
            "evaluate", "--catalog", Cli.CATALOG, "--evidence", Cli.PHU_THONG, "--format", "jsn");

    assertThat(vi.status()).isEqualTo(2);
    assertThat(vi.err().lines().findFirst().orElseThrow())
        .startsWith("lỗi: tùy chọn '--format' chỉ nhận ")
        .endsWith(" nhưng có 'jsn'; có phải là 'json'?");
    assertVietnamese(vi);
    assertThat(en.err().lines().findFirst().orElseThrow())
        .startsWith("error: option '--format' expects ")
        .endsWith(" but found 'jsn'; did you mean 'json'?");
  }

  @Test
  void badNumber_isVietnameseByDefaultAndEnglishWithLangEn() {
    Result vi = Cli.run("advise", "--catalog", Cli.CATALOG, "--top", "ba");
    Result en = Cli.runEn("advise", "--catalog", Cli.CATALOG, "--top", "ba");

    assertThat(vi.status()).isEqualTo(2);
    assertThat(vi.err().lines().findFirst().orElseThrow())
        .isEqualTo("lỗi: tùy chọn '--top' cần N nhưng có 'ba'");
    assertVietnamese(vi);
    assertThat(en.err().lines().findFirst().orElseThrow())
        .isEqualTo("error: option '--top' expects N but found 'ba'");
  }

  @Test
  void missingValue_isVietnameseByDefault() {
    Result vi = Cli.run("evaluate", "--catalog");

    assertThat(vi.status()).isEqualTo(2);
    assertThat(vi.err().lines().findFirst().orElseThrow())
        .isEqualTo("lỗi: tùy chọn '--catalog' cần một giá trị FILE");
    assertVietnamese(vi);
  }

  @Test
  void errorTables_haveTheSameKeysInBothLanguages() throws IOException {
    assertThat(keys("Errors_vi.properties")).isEqualTo(keys("Errors_en.properties")).isNotEmpty();
  }

  private static java.util.Set<Object> keys(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ErrorLanguageTest.class.getResourceAsStream(name)) {
      p.load(java.util.Objects.requireNonNull(in, name));
    }
    return p.keySet();
  }
}
