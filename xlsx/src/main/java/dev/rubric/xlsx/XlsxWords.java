package dev.rubric.xlsx;

import dev.rubric.core.message.Message;
import dev.rubric.core.message.Phrasebook;

/**
 * The workbook reader's words in every language: the phrasebook {@code xlsx_vi.txt} and {@code
 * xlsx_en.txt} beside this class. Every detail of an {@link XlsxFormatException} is made here, by
 * key.
 */
final class XlsxWords {
  private static final Phrasebook BOOK =
      Phrasebook.of("xlsx", XlsxWords.class::getResourceAsStream);

  private XlsxWords() {}

  /** Returns the message {@code key} with its arguments as name and value pairs. */
  static Message say(String key, Object... namesAndValues) {
    return BOOK.say(key, namesAndValues);
  }
}
