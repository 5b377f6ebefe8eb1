package dev.rubric.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Language;
import org.junit.jupiter.api.Test;

class PhrasebookTest {
  private static final Phrasebook SAMPLE =
      Phrasebook.of("sample", PhrasebookTest.class::getResourceAsStream);

  @Test
  void say_rendersEachLanguage_withTheArguments() {
    Message m = SAMPLE.say("t.expected", "expected", "'{'", "found", "','");

    assertThat(m.in(Language.EN)).isEqualTo("expected '{' but found ','");
    assertThat(m.in(Language.VI)).isEqualTo("cần '{' nhưng gặp ','");
    assertThat(m.key()).isEqualTo("t.expected");
    assertThat(m.arguments()).containsOnlyKeys("expected", "found");
  }

  @Test
  void say_nestedMessage_isWordedInTheReadersLanguage() {
    Message inner = SAMPLE.say("t.plain");
    Message m = SAMPLE.say("t.expected", "expected", inner, "found", 3);

    assertThat(m.in(Language.VI)).isEqualTo("cần không có gì nhưng gặp 3");
    assertThat(m.in(Language.EN)).isEqualTo("expected nothing here but found 3");
  }

  @Test
  void say_text_isNfcNormalised() {
    Message m = SAMPLE.say("t.expected", "expected", "Phu\u0309", "found", "x");

    assertThat(m.in(Language.VI)).isEqualTo("cần Phủ nhưng gặp x");
  }

  @Test
  void say_textThatNoValueMayHold_isShownWithReplacementCharacters() {
    Message m = SAMPLE.say("t.expected", "expected", "a\u0000b", "found", "\uD83Dx\uD83D\uDE00");

    assertThat(m.in(Language.EN)).isEqualTo("expected a\uFFFDb but found \uFFFDx\uD83D\uDE00");
  }

  @Test
  void say_sameKeyAndArguments_equal() {
    assertThat(SAMPLE.say("t.expected", "expected", "a", "found", "b"))
        .isEqualTo(SAMPLE.say("t.expected", "found", "b", "expected", "a"))
        .isNotEqualTo(SAMPLE.say("t.expected", "expected", "a", "found", "c"));
  }

  @Test
  void say_missingOrExtraArgument_isRefusedAsADefect() {
    assertThatThrownBy(() -> SAMPLE.say("t.expected", "expected", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "bug: t.expected: expected the arguments [expected, found] but found [expected]");
    assertThatThrownBy(() -> SAMPLE.say("t.plain", "x", "y"))
        .hasMessage("bug: t.plain: expected the arguments [] but found [x]");
    assertThatThrownBy(() -> SAMPLE.say("t.nope"))
        .hasMessage("bug: phrasebook 'sample' has no key 't.nope'");
    assertThatThrownBy(() -> SAMPLE.say("t.expected", "expected"))
        .hasMessage("bug: t.expected: expected name and value pairs");
    assertThatThrownBy(() -> SAMPLE.say("t.expected", "expected", 1.5, "found", "x"))
        .hasMessageStartingWith("bug: t.expected: expected a String, Message, Arg, int or long");
  }

  @Test
  void of_tablesWithDifferentKeys_isAPackagingDefect() {
    assertThatThrownBy(() -> Phrasebook.of("missing", PhrasebookTest.class::getResourceAsStream))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("bug: phrasebook 'missing': keys not in every language: [t.two]");
  }

  @Test
  void of_keyWithOtherPlaceholders_isAPackagingDefect() {
    assertThatThrownBy(() -> Phrasebook.of("mismatch", PhrasebookTest.class::getResourceAsStream))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "bug: phrasebook 'mismatch': key 't.one' has placeholders [b] in vi but [a] in en");
  }

  @Test
  void of_absentTable_isAPackagingDefect() {
    assertThatThrownBy(() -> Phrasebook.of("absent", PhrasebookTest.class::getResourceAsStream))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("absent_vi.txt is not on the class path");
  }

  @Test
  void keysAndTemplates_readAsWritten() {
    assertThat(SAMPLE.keys()).containsExactly("t.expected", "t.plain");
    assertThat(SAMPLE.template("t.plain", Language.VI)).isEqualTo("không có gì");
    assertThat(SAMPLE.template("t.plain", Language.EN)).isEqualTo("nothing here");
  }
}
