package dev.rubric.dsl.internal.check;

import dev.rubric.core.message.Message;
import dev.rubric.core.message.Phrasebook;

/**
 * The checker's words in every language: the phrasebook {@code check_vi.txt} and {@code
 * check_en.txt} beside this class. Every diagnostic message and hint of this package is made here,
 * by key.
 */
final class Words {
  static final Phrasebook BOOK = Phrasebook.of("check", Words.class::getResourceAsStream);

  private Words() {}

  /** Returns the message {@code key} with its arguments as name and value pairs. */
  static Message say(String key, Object... namesAndValues) {
    return BOOK.say(key, namesAndValues);
  }
}
