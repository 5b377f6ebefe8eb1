package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cli.Cli.Result;
import dev.rubric.core.Language;
import org.junit.jupiter.api.Test;

/**
 * How picocli reads a command line, and what a line that does not fit prints: {@code error:} and
 * what was expected and found, the usage line of the command at fault and a pointer to its help, on
 * standard error, with status 2.
 */
class UsageErrorsTest {

  /** Returns the first line of standard error. */
  private static String error(String... args) {
    Result r = Cli.runEn(args);
    assertThat(r.status()).as("status").isEqualTo(2);
    assertThat(r.out()).isEmpty();
    return r.err().lines().findFirst().orElseThrow();
  }

  @Test
  void run_separateAndAttachedValues_areBothRead() {
    Result r =
        Cli.run(
            "evaluate", "--catalog=" + Cli.CATALOG, "--evidence", Cli.PHU_THONG, "--format=json");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("{\n  \"format\": \"rubric-scorecard/1\"");
  }

  @Test
  void run_argumentsAfterDoubleDash_areOperandsEvenIfTheyLookLikeOptions() {
    Result r = Cli.runEn("check", Cli.CATALOG, "--no-color", "--", "--b.rubric", "-h");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(Cli.CATALOG + ": ok\n");
    assertThat(r.err())
        .isEqualTo(
            "error: cannot read '--b.rubric': no such file\n"
                + "error: cannot read '-h': no such file\n");
  }

  @Test
  void run_unknownOptionWithAttachedValue_namesTheOption() {
    assertThat(error("demo", "--frmat=json"))
        .isEqualTo("error: unknown option '--frmat'; did you mean '--format'?");
  }

  @Test
  void run_unknownShortOption_hasNoSuggestion() {
    assertThat(error("demo", "-x")).isEqualTo("error: unknown option '-x'");
  }

  @Test
  void run_unknownOptionWithoutCommand_showsTheUsageOfRubric() {
    assertThat(Cli.runEn("--frmat").err())
        .isEqualTo(
            "error: unknown option '--frmat'; did you mean '--format'?\n"
                + "Usage: rubric [COMMAND] [options]\n"
                + "Try 'rubric --help' for more information.\n");
  }

  @Test
  void run_valueOutsideChoices_listsTheChoicesAndSuggests() {
    assertThat(error("evaluate", "--catalog", "a", "--evidence", "b", "--format", "jsn"))
        .isEqualTo(
            "error: option '--format' expects text, json, csv, html, sarif but found 'jsn'; did you mean"
                + " 'json'?");
  }

  @Test
  void run_optionWithoutValueAtTheEnd_saysWhatItNeeds() {
    assertThat(error("evaluate", "--catalog"))
        .isEqualTo("error: option '--catalog' needs a value FILE");
  }

  @Test
  void run_optionFollowedByAnotherOption_saysWhatItFound() {
    assertThat(error("evaluate", "--catalog", "--format", "json"))
        .isEqualTo("error: option '--catalog' needs a value FILE but found '--format'");
    assertThat(error("evaluate", "--catalog", "--frmat", "json"))
        .isEqualTo("error: option '--catalog' needs a value FILE but found '--frmat'");
  }

  @Test
  void run_valueStartingWithDash_isTakenForAnOption() {
    assertThat(error("evaluate", "--catalog", "-odd.rubric", "--evidence", "b"))
        .isEqualTo("error: option '--catalog' needs a value FILE but found '-odd.rubric'");
    assertThat(error("evaluate", "--catalog=-odd.rubric", "--evidence", "b"))
        .isEqualTo("error: option '--catalog' needs a value FILE but found '-odd.rubric'");
  }

  @Test
  void run_repeatedOption_isRejected() {
    assertThat(error("evaluate", "--catalog", "a", "--catalog", "b"))
        .isEqualTo("error: option '--catalog' is given more than once");
  }

  @Test
  void run_flagWithValue_isRejected() {
    assertThat(error("demo", "--no-color=yes"))
        .isEqualTo("error: option '--no-color' takes no value but found 'yes'");
  }

  @Test
  void run_missingRequiredOptions_namesTheFirst() {
    assertThat(error("evaluate", "--format", "json"))
        .isEqualTo("error: missing required option '--catalog FILE'");
  }

  @Test
  void run_operandForCommandWithoutOperands_isRejected() {
    assertThat(error("demo", "extra")).isEqualTo("error: unexpected argument 'extra'");
  }

  @Test
  void run_demoOptionBeforeAnotherCommand_isRejected() {
    Result r = Cli.runEn("--format", "json", "rank", "--catalog", "a", "--evidence", "b");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: option '--format' before the command 'rank' belongs to the demo; write a"
                + " command's options after its name\n"
                + "Usage: rubric [COMMAND] [options]\n"
                + "Try 'rubric --help' for more information.\n");
  }

  @Test
  void run_helpOfUnknownCommand_suggestsTheClosest() {
    Result r = Cli.runEn("help", "evalute");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: unknown command 'evalute'; did you mean 'evaluate'?\n"
                + "Try 'rubric --help' for more information.\n");
  }

  @Test
  void run_usageErrorInsideACommand_showsThatCommandsUsage() {
    Result r = Cli.run("evaluate", "--catalog", Cli.CATALOG, "--evidence", Cli.EVIDENCE_DIR);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("lỗi: '" + Cli.EVIDENCE_DIR + "' có tài liệu kiểm chứng của 14 đơn vị;")
        .endsWith(
            "\nCách dùng: rubric evaluate --catalog FILE --evidence FILE [tùy chọn]\n"
                + "Xem 'rubric evaluate --help' để biết thêm.\n");
  }

  @Test
  void helpLanguage_readsTheFirstLangBeforeDoubleDash() {
    assertThat(Main.helpLanguage(new String[] {"x", "--lang", "en"})).isEqualTo(Language.EN);
    assertThat(Main.helpLanguage(new String[] {"--lang=en"})).isEqualTo(Language.EN);
    assertThat(Main.helpLanguage(new String[] {"--", "--lang", "en"})).isEqualTo(Language.VI);
    assertThat(Main.helpLanguage(new String[] {"--lang", "fr", "--lang", "en"}))
        .isEqualTo(Language.VI);
    assertThat(Main.helpLanguage(new String[] {"--lang"})).isEqualTo(Language.VI);
  }
}
