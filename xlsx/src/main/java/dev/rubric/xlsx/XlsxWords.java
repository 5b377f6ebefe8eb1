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

  /**
   * Returns {@code s} fit to be shown in a message: a NUL character or a lone surrogate (which a
   * zip entry's name may hold and no text may) is shown as U+FFFD.
   */
  static String printable(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else {
        out.append(c == 0 || Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }

  /** Returns the message {@code key} with its arguments as name and value pairs. */
  static Message say(String key, Object... namesAndValues) {
    return BOOK.say(key, namesAndValues);
  }
}
