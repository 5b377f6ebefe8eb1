package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a whole: dispatch, help, version, usage errors and colour. */
class MainTest {

  @Test
  void run_noArguments_runsTheDemo() {
    Result r = Cli.run();
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Thị trấn Phủ Thông (01969)");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void run_onlyGlobalOrDemoOptions_runsTheDemoWithThem() {
    assertThat(Cli.run("--lang", "en").out()).contains("Index: 77.06 · Band: Fair");
    assertThat(Cli.run("--format", "json").out())
        .startsWith("{\n  \"format\": \"rubric-scorecard/1\"");
  }

  @Test
  void run_help_printsTheOverviewInVietnamese() {
    Result r = Cli.run("--help");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("Cách dùng: rubric [LỆNH] [tùy chọn]")
        .contains("  demo       Đánh giá thị trấn Phủ Thông")
        .contains("  evaluate   Đánh giá một đơn vị")
        .contains("Mã thoát: 0 thành công, 1 đầu vào không hợp lệ");
  }

  @Test
  void run_helpInEnglish_printsTheOverviewInEnglish() {
    Result r = Cli.run("--lang", "en", "-h");
    assertThat(r.out())
        .contains("Usage: rubric [COMMAND] [options]")
        .contains("  rank       Evaluate and rank many units");
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "check", "evaluate", "rank", "explain"})
  void run_commandHelp_printsUsageOptionsAndExitCodes(String command) {
    // when
    Result vi = Cli.run(command, "--help");
    Result en = Cli.run(command, "-h", "--lang", "en");
    // then
    assertThat(vi.status()).isZero();
    assertThat(vi.out())
        .startsWith("Cách dùng: rubric " + command)
        .contains("-h, --help")
        .contains("Mã thoát:");
    assertThat(en.status()).isZero();
    assertThat(en.out()).startsWith("Usage: rubric " + command).contains("Exit status:");
  }

  @Test
  void run_helpWithOtherwiseInvalidArguments_stillPrintsHelp() {
    assertThat(Cli.run("evaluate", "--bogus", "--help").status()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void run_version_printsTheProjectVersion(String option) {
    Result r = Cli.run(option);
    assertThat(r.status()).isZero();
    assertThat(r.out()).matches("rubric \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }

  @Test
  void run_versionOnACommand_printsTheVersion() {
    assertThat(Cli.run("rank", "--version").out()).startsWith("rubric ");
  }

  @Test
  void run_unknownCommand_isAUsageErrorWithASuggestion() {
    Result r = Cli.run("evalute");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "lỗi: không có lệnh 'evalute'; có phải là 'evaluate'?\n"
                + "Xem 'rubric --help' để biết thêm.\n");
  }

  @Test
  void run_unknownCommandFarFromAll_listsTheCommands() {
    assertThat(Cli.run("--lang", "en", "frobnicate").err())
        .isEqualTo(
            "error: unknown command 'frobnicate'; expected one of demo, check, evaluate, rank,"
                + " advise, explain, template, diff, compare, reconcile\n"
                + "Try 'rubric --help' for more information.\n");
  }

  @Test
  void run_unknownOption_printsTheUsageAndExits2() {
    Result r =
        Cli.run(
            "rank", "--catalog", Cli.CATALOG, "--evidence", Cli.EVIDENCE_CSV, "--frmat", "json");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "lỗi: không có tùy chọn '--frmat'; có phải là '--format'?\n"
                + "Cách dùng: rubric rank --catalog FILE --evidence FILE [tùy chọn]\n"
                + "Xem 'rubric rank --help' để biết thêm.\n");
  }

  @Test
  void run_usageErrorInEnglish_printsTheEnglishUsage() {
    Result r = Cli.run("evaluate", "--lang", "en", "--catalog", Cli.CATALOG);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: missing required option '--evidence FILE'\n"
                + "Usage: rubric evaluate --catalog FILE --evidence FILE [options]\n"
                + "Try 'rubric evaluate --help' for more information.\n");
  }

  @Test
  void run_invalidLanguage_isAUsageError() {
    Result r = Cli.run("demo", "--lang", "fr");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("lỗi: tùy chọn '--lang' chỉ nhận vi, en nhưng có 'fr'\n");
  }

  @Test
  void run_colourCapableTerminal_colours() {
    assertThat(Cli.run(true, "demo").out()).contains("\u001b[1mThị trấn Phủ Thông\u001b[0m");
  }

  @Test
  void run_noColorFlag_orNoTerminal_neverColours() {
    assertThat(Cli.run(true, "demo", "--no-color").out()).doesNotContain("\u001b[");
    assertThat(Cli.run(false, "demo").out()).doesNotContain("\u001b[");
  }

  @Test
  void run_colouredAndPlainText_differOnlyByEscapes() {
    String coloured = Cli.run(true, "demo").out();
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(Cli.run("demo").out());
  }
}
