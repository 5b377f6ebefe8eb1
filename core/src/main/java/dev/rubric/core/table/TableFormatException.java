package dev.rubric.core.table;

/**
 * Thrown when an evidence table's header or a row is not valid for its catalog: an unknown or
 * repeated column, a cell that does not parse as its input's type, or a unit and period given
 * twice. The message starts with the position of the cell the problem is in ({@link
 * TableCell#position()}) and a colon, names the column, and says what was expected and what was
 * found. Front ends rethrow it as their own format exception with the same message.
 *
 * <p>It reports bad input, not a bug, so it carries no stack trace.
 */
public final class TableFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  TableFormatException(String message) {
    super(message, null, false, false);
  }
}
