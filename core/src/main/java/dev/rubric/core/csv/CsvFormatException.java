package dev.rubric.core.csv;

import dev.rubric.core.Language;
import dev.rubric.core.io.MalformedInputException;
import dev.rubric.core.message.Message;

/**
 * Thrown when a CSV evidence file is not valid for its catalog: malformed CSV, an unknown or
 * repeated column, a cell that does not parse as its input's type, or a unit and period given
 * twice.
 *
 * <p>The message starts with the position, {@code <file>:<line>:<column>: }, names the column where
 * there is one, and says what was expected and what was found, for example:
 *
 * <pre>{@code
 * units.csv:4:23: column 'nv_ke_hoach' (count): expected a whole number such as '12' but found 'abc'
 * }</pre>
 *
 * <p>The detail is in every language: {@link #getMessage()} is the English, {@link
 * #message(Language)} the one asked for ({@code units.csv:4:23: cột 'nv_ke_hoach' (count): cần một
 * số nguyên, ví dụ '12', nhưng gặp 'abc'}), and {@link #text()} the whole message for a host that
 * renders it later.
 *
 * <p>It reports bad input, not a bug, so it carries no stack trace.
 */
public final class CsvFormatException extends MalformedInputException {
  private static final long serialVersionUID = 1L;

  CsvFormatException(String position, Message detail) {
    super(position, detail, position + ": " + detail.in(Language.EN));
  }

  /** Returns the whole message, {@code position: detail}, in every language. */
  @Override
  public Message text() {
    return CsvWords.say("csv.at", "position", position(), "detail", detail());
  }
}
