package dev.rubric.dsl;

import dev.rubric.core.message.Message;
import dev.rubric.core.message.Phrasebook;

/**
 * The words of this package's diagnostics and problems in every language (layer resolution,
 * waivers): the phrasebook {@code dsl_vi.txt} and {@code dsl_en.txt} beside this class.
 */
final class Words {
  static final Phrasebook BOOK = Phrasebook.of("dsl", Words.class::getResourceAsStream);

  private Words() {}

  /** Returns the message {@code key} with its arguments as name and value pairs. */
  static Message say(String key, Object... namesAndValues) {
    return BOOK.say(key, namesAndValues);
  }
}
