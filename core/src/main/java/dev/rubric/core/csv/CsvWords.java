package dev.rubric.core.csv;

import dev.rubric.core.internal.Text;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.Phrasebook;
import java.util.Optional;

/**
 * The CSV readers' words in every language: the phrasebook {@code csv_vi.txt} and {@code
 * csv_en.txt} beside this class. Every detail of a {@link CsvFormatException} of this package is
 * made here, by key.
 */
final class CsvWords {
  static final Phrasebook BOOK = Phrasebook.of("csv", CsvWords.class::getResourceAsStream);

  private CsvWords() {}

  /** Returns the message {@code key} with its arguments as name and value pairs. */
  static Message say(String key, Object... namesAndValues) {
    return BOOK.say(key, namesAndValues);
  }

  /**
   * Returns what a cell holding a NUL character or a lone surrogate is reported with, if {@code
   * value} holds one: {@code expected text but found a NUL character (U+0000)}.
   */
  static Optional<Message> badCharacter(String value) {
    return Text.badCharacter(value)
        .map(
            bad ->
                bad.startsWith("a NUL")
                    ? say("csv.nul")
                    : say(
                        "csv.surrogate-in-cell",
                        "code",
                        bad.substring("a lone surrogate ".length())));
  }
}
