package dev.rubric.core.table;

import dev.rubric.core.Language;
import dev.rubric.core.io.MalformedInputException;
import dev.rubric.core.message.Message;

/**
 * Thrown when an evidence table's header or a row is not valid for its catalog: an unknown or
 * repeated column, a cell that does not parse as its input's type, or a unit and period given
 * twice. The message starts with the position of the cell the problem is in ({@link
 * TableCell#position()}) and a colon, names the column, and says what was expected and what was
 * found. Front ends rethrow it as their own format exception with the same position and detail.
 *
 * <p>The detail is a {@link Message}, in every language: {@link #getMessage()} is the English
 * {@code position: detail}, {@link #message(Language)} the one asked for, for example {@code
 * units.csv:4:23: cột 'nv_ke_hoach' (count): cần một số nguyên, ví dụ '12', nhưng gặp 'abc'}.
 *
 * <p>It reports bad input, not a bug, so it carries no stack trace.
 */
public final class TableFormatException extends MalformedInputException {
  private static final long serialVersionUID = 1L;

  TableFormatException(String position, Message detail) {
    super(position, detail, position + ": " + detail.in(Language.EN));
  }

  /** Returns the whole message, {@code position: detail}, in every language. */
  @Override
  public Message text() {
    return EvidenceTable.words().say("table.at", "position", position(), "detail", detail());
  }
}
