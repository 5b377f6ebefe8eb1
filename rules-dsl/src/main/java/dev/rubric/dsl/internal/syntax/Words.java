package dev.rubric.dsl.internal.syntax;

import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.Phrasebook;

/**
 * The parser's words in every language: the phrasebook {@code syntax_vi.txt} and {@code
 * syntax_en.txt} beside this class. Every diagnostic message and hint of this package is made here,
 * by key; what the author wrote (names, tokens, codes) is passed as text that no language changes.
 */
final class Words {
  static final Phrasebook BOOK = Phrasebook.of("syntax", Words.class::getResourceAsStream);

  private Words() {}

  /** Returns the message {@code key} with its arguments as name and value pairs. */
  static Message say(String key, Object... namesAndValues) {
    return BOOK.say(key, namesAndValues);
  }

  /** Returns the noun for a node of {@code kind}: area, criterion, bonus or penalty item. */
  static Message kind(NodeKind kind) {
    return switch (kind) {
      case AREA -> say("syntax.kind.area");
      case CRITERION -> say("syntax.kind.criterion");
      case BONUS -> say("syntax.kind.bonus");
      case PENALTY -> say("syntax.kind.penalty");
    };
  }

  /** Returns {@code text} as it is in every language: written tokens, names, punctuation. */
  static Message verbatim(String text) {
    return Message.literal(LocalizedText.of(text));
  }
}
