package dev.rubric.dsl.internal.layer;

import dev.rubric.core.message.Message;
import dev.rubric.core.message.Phrasebook;

/**
 * The layer merge's words in every language: the phrasebook {@code layer_vi.txt} and {@code
 * layer_en.txt} beside this class. Every diagnostic message and hint of this package is made here,
 * by key.
 */
final class Words {
  static final Phrasebook BOOK = Phrasebook.of("layer", Words.class::getResourceAsStream);

  private Words() {}

  /** Returns the message {@code key} with its arguments as name and value pairs. */
  static Message say(String key, Object... namesAndValues) {
    return BOOK.say(key, namesAndValues);
  }
}
