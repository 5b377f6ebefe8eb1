package dev.rubric.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cli.Cli;
import dev.rubric.cli.Cli.Result;
import org.junit.jupiter.api.Test;

/** {@code rubric check}: diagnostics for catalog files. */
class CheckCommandTest {

  @Test
  void check_bundledCatalog_isOk() {
    Result r = Cli.run("check", Cli.CATALOG);
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo(Cli.CATALOG + ": ok\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void check_catalogWithWarning_showsItAndIsOk() {
    // given
    String file = Cli.fixture("warn.rubric");
    // when
    Result r = Cli.run("check", file, "--lang", "en");
    // then
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .startsWith(
            file + ":7:11: warning: input 'khong_dung' is declared but never used [RB202]\n")
        .endsWith("\n" + file + ": ok, 1 warning\n");
  }

  @Test
  void check_brokenCatalog_printsTheDiagnosticWithPositionAndExits1() {
    // given
    String file = Cli.fixture("broken.rubric");
    // when
    Result r = Cli.run("check", file);
    // then
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out())
        .startsWith(file + ":9:13: lỗi: tên 'ho_so_dung_hn' chưa được khai báo [RB204]\n")
        .contains("= gợi ý: có phải ý bạn là 'ho_so_dung_han'?\n")
        .endsWith("\n" + file + ": 1 lỗi\n");
  }

  @Test
  void check_severalFiles_checksEachAndFailsIfAnyFails() {
    // when
    Result r =
        Cli.run("check", "--lang", "en", Cli.CATALOG, "nope.rubric", Cli.fixture("broken.rubric"));
    // then
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out())
        .startsWith(Cli.CATALOG + ": ok\n")
        .endsWith(Cli.fixture("broken.rubric") + ": 1 error\n");
    assertThat(r.err()).isEqualTo("error: cannot read 'nope.rubric': no such file\n");
  }

  @Test
  void check_directory_cannotBeRead() {
    Result r = Cli.runEn("check", "src");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: cannot read 'src': is a directory\n");
  }

  @Test
  void check_noFile_isAUsageError() {
    Result r = Cli.runEn("check");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("error: missing argument CATALOG\nUsage: rubric check [options] CATALOG...\n");
  }

  @Test
  void summary_countsErrorsAndWarnings() {
    assertThat(CheckCommand.summary(0, 0, dev.rubric.core.Language.EN)).isEqualTo("ok");
    assertThat(CheckCommand.summary(0, 2, dev.rubric.core.Language.VI)).isEqualTo("ok, 2 cảnh báo");
    assertThat(CheckCommand.summary(3, 1, dev.rubric.core.Language.EN))
        .isEqualTo("3 errors, 1 warning");
  }
}
