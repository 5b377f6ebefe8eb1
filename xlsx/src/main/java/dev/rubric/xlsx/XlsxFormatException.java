package dev.rubric.xlsx;

/**
 * Thrown when a workbook cannot be read as evidence for its catalog: not an {@code .xlsx} file,
 * encrypted, larger than the {@link XlsxLimits}, made for another catalog, a sheet missing, or a
 * cell that does not hold what its column needs.
 *
 * <p>The message starts with the file and, where there is one, the sheet and cell, names the
 * column, and says what was expected and what was found, for example:
 *
 * <pre>{@code
 * units.xlsx:Evidence!K5: column 'nv_ke_hoach' (count): expected a whole number such as '12' but found 'mười hai'
 * }</pre>
 *
 * <p>It reports bad input, not a bug, so it carries no stack trace.
 */
public final class XlsxFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  XlsxFormatException(String message) {
    super(message, null, false, false);
  }
}
