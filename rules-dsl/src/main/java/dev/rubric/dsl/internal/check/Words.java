package dev.rubric.dsl.internal.check;

import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.Phrasebook;

/**
 * The checker's words in every language: the phrasebook {@code check_vi.txt} and {@code
 * check_en.txt} beside this class. Every diagnostic message and hint of this package is made here,
 * by key, and so are the words put into them: a node's kind, a value's type, an input or an
 * attribute.
 */
final class Words {
  static final Phrasebook BOOK = Phrasebook.of("check", Words.class::getResourceAsStream);

  private Words() {}

  /** Returns the message {@code key} with its arguments as name and value pairs. */
  static Message say(String key, Object... namesAndValues) {
    return BOOK.say(key, namesAndValues);
  }

  /** Returns what {@code declared} holds, an input or an attribute, as one word. */
  static Message what(Declared declared) {
    return declared.isInputs() ? say("check.word.input") : say("check.word.attribute");
  }

  /** Returns the word for a node of {@code kind}: area, criterion, bonus or penalty. */
  static Message kind(NodeKind kind) {
    return switch (kind) {
      case AREA -> say("check.kind.area");
      case CRITERION -> say("check.kind.criterion");
      case BONUS -> say("check.kind.bonus");
      case PENALTY -> say("check.kind.penalty");
    };
  }

  /** Returns the name of {@code type} used in diagnostics, e.g. "date" or "choice 'x'". */
  static Message type(Type type) {
    return switch (type.kind()) {
      case NUMBER -> say("check.type.number");
      case RATIO -> say("check.type.ratio");
      case BOOL -> say("check.type.yes-no");
      case DATE -> say("check.type.date");
      case STRING -> say("check.type.string");
      case CHOICE -> say("check.type.choice", "name", type.choice().orElseThrow().key());
      case DOCUMENT -> say("check.type.document");
      case TEXT -> say("check.type.text");
      case UNIT -> say("check.type.unit");
      case ERROR -> say("check.type.error");
    };
  }
}
