package dev.rubric.core.csv;

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
 * <p>It reports bad input, not a bug, so it carries no stack trace.
 */
public final class CsvFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CsvFormatException(String message) {
    super(message, null, false, false);
  }
}
