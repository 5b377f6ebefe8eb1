package dev.rubric.cli.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.LocalizedText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArgumentParserTest {

  private static final CommandSpec SPEC =
      new CommandSpec(
          "evaluate",
          LocalizedText.of("tóm tắt", "summary"),
          LocalizedText.of("mô tả", "description"),
          List.of(
              Option.value("--catalog", "FILE", "tệp", "file").asRequired(),
              Option.value("--format", "FORMAT", "định dạng", "format").withChoices("text", "json"),
              Option.flag("--no-color", "không màu", "no colour"),
              Option.flag("--help", "trợ giúp", "help").withShortName("-h")),
          Optional.empty(),
          List.of());

  private static final CommandSpec WITH_OPERANDS =
      new CommandSpec(
          "check",
          LocalizedText.of("tóm tắt", "summary"),
          LocalizedText.of("mô tả", "description"),
          List.of(Option.flag("--no-color", "không màu", "no colour")),
          Optional.of(new CommandSpec.Operands("CATALOG", 1, LocalizedText.of("tệp", "files"))),
          List.of());

  private static Arguments parse(CommandSpec spec, String... args) {
    return ArgumentParser.parse(spec, List.of(args));
  }

  @Test
  void parse_separateAndAttachedValues_areBothRead() {
    Arguments a = parse(SPEC, "--catalog", "a.rubric", "--format=json", "--no-color");
    assertThat(a.value("--catalog")).contains("a.rubric");
    assertThat(a.value("--format")).contains("json");
    assertThat(a.has("--no-color")).isTrue();
  }

  @Test
  void parse_optionNotGiven_isEmptyAndFallsBack() {
    Arguments a = parse(SPEC, "--catalog", "a.rubric");
    assertThat(a.value("--format")).isEmpty();
    assertThat(a.value("--format", "text")).isEqualTo("text");
    assertThat(a.has("--no-color")).isFalse();
  }

  @Test
  void parse_attachedValueStartingWithDash_isAValue() {
    assertThat(parse(SPEC, "--catalog=-odd.rubric").value("--catalog")).contains("-odd.rubric");
  }

  @Test
  void parse_operandsAnywhereAndAfterDoubleDash_areKeptInOrder() {
    assertThat(parse(WITH_OPERANDS, "a.rubric", "--no-color", "--", "--b.rubric").operands())
        .containsExactly("a.rubric", "--b.rubric");
  }

  @Test
  void parse_unknownOption_suggestsTheClosest() {
    assertThatThrownBy(() -> parse(SPEC, "--catalog", "a", "--frmat", "json"))
        .isInstanceOf(UsageException.class)
        .hasMessage("unknown option '--frmat'; did you mean '--format'?");
  }

  @Test
  void parse_unknownShortOption_isRejected() {
    assertThatThrownBy(() -> parse(SPEC, "-x")).hasMessage("unknown option '-x'");
  }

  @Test
  void parse_valueOutsideChoices_listsTheChoicesAndSuggests() {
    assertThatThrownBy(() -> parse(SPEC, "--catalog", "a", "--format", "jsn"))
        .hasMessage("option '--format' expects text, json but found 'jsn'; did you mean 'json'?");
  }

  @Test
  void parse_optionWithoutValueAtTheEnd_saysWhatItNeeds() {
    assertThatThrownBy(() -> parse(SPEC, "--catalog"))
        .hasMessage("option '--catalog' needs a value FILE");
  }

  @Test
  void parse_optionFollowedByAnotherOption_saysWhatItFound() {
    assertThatThrownBy(() -> parse(SPEC, "--catalog", "--format", "json"))
        .hasMessage("option '--catalog' needs a value FILE but found '--format'");
  }

  @Test
  void parse_repeatedOption_isRejected() {
    assertThatThrownBy(() -> parse(SPEC, "--catalog", "a", "--catalog", "b"))
        .hasMessage("option '--catalog' is given more than once");
  }

  @Test
  void parse_flagWithValue_isRejected() {
    assertThatThrownBy(() -> parse(SPEC, "--catalog", "a", "--no-color=yes"))
        .hasMessage("option '--no-color' takes no value but found 'yes'");
  }

  @Test
  void parse_missingRequiredOption_namesIt() {
    assertThatThrownBy(() -> parse(SPEC, "--format", "json"))
        .hasMessage("missing required option '--catalog FILE'");
  }

  @Test
  void parse_operandForCommandWithoutOperands_isRejected() {
    assertThatThrownBy(() -> parse(SPEC, "--catalog", "a", "extra"))
        .hasMessage("unexpected argument 'extra'");
  }

  @Test
  void parse_tooFewOperands_namesTheOperand() {
    assertThatThrownBy(() -> parse(WITH_OPERANDS)).hasMessage("missing argument CATALOG");
  }

  @Test
  void parse_error_carriesTheCommandForItsUsage() {
    assertThatThrownBy(() -> parse(SPEC))
        .isInstanceOfSatisfying(UsageException.class, e -> assertThat(e.command()).contains(SPEC));
  }

  @Test
  void asksFor_helpAfterDoubleDash_isAnOperand() {
    assertThat(ArgumentParser.asksFor(List.of("a", "-h"), "-h", "--help")).isTrue();
    assertThat(ArgumentParser.asksFor(List.of("--", "-h"), "-h", "--help")).isFalse();
  }

  @Test
  void peek_readsSeparateAndAttachedValues() {
    assertThat(ArgumentParser.peek(List.of("x", "--lang", "en"), "--lang")).contains("en");
    assertThat(ArgumentParser.peek(List.of("--lang=en"), "--lang")).contains("en");
    assertThat(ArgumentParser.peek(List.of("--", "--lang", "en"), "--lang")).isEmpty();
  }
}
