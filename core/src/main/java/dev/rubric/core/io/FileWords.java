package dev.rubric.core.io;

import dev.rubric.core.message.Message;
import dev.rubric.core.message.Phrasebook;

/**
 * The words of this package's readers in every language: the phrasebook {@code files_vi.txt} and
 * {@code files_en.txt} beside this class (named {@code files}, not {@code io}, so that its keys are
 * not mistaken for the {@code io.*} keys of {@link dev.rubric.core.message.MessageKey}).
 */
final class FileWords {
  private static final Phrasebook BOOK =
      Phrasebook.of("files", FileWords.class::getResourceAsStream);

  private FileWords() {}

  /** Returns the message {@code key} with its arguments as name and value pairs. */
  static Message say(String key, Object... namesAndValues) {
    return BOOK.say(key, namesAndValues);
  }
}
