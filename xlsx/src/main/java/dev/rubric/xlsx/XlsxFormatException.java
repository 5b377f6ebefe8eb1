package dev.rubric.xlsx;

import dev.rubric.core.Language;
import dev.rubric.core.io.MalformedInputException;
import dev.rubric.core.message.Message;
import org.jspecify.annotations.Nullable;

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
 * <p>The words are in every language: {@link #getMessage()} is the English, {@link
 * #message(Language)} the one asked for ({@code units.xlsx:Evidence!K5: cột 'nv_ke_hoach' (count):
 * cần một số nguyên, ví dụ '12', nhưng gặp 'mười hai'}), and {@link #text()} the whole message for
 * a host that renders it later.
 *
 * <p>It reports bad input, not a bug, so it carries no stack trace.
 */
public final class XlsxFormatException extends MalformedInputException {
  private static final long serialVersionUID = 1L;

  /** The formula whose saved value the cell at {@link #position} holds, if any. */
  private final @Nullable String formula;

  /** Whether the message is {@code position: detail}, rather than the detail alone. */
  private final boolean framed;

  private XlsxFormatException(
      String position, @Nullable String formula, boolean framed, Message detail) {
    super(position, detail, whole(position, formula, framed, detail).in(Language.EN));
    this.formula = formula;
    this.framed = framed;
  }

  /** A problem at {@code position} (the file, the sheet or a cell): {@code position: detail}. */
  XlsxFormatException(String position, Message detail) {
    this(position, null, true, detail);
  }

  /**
   * A problem of a cell that holds the saved value of {@code formula}: {@code position (the saved
   * value of the formula =…): detail}.
   */
  static XlsxFormatException ofFormulaCell(String position, String formula, Message detail) {
    return new XlsxFormatException(position, formula, true, detail);
  }

  /**
   * A problem of the file {@code file} whose message names the file itself, such as {@code cannot
   * read 'x.xlsx': no such file}.
   */
  static XlsxFormatException ofFile(String file, Message message) {
    return new XlsxFormatException(file, null, false, message);
  }

  private static Message whole(
      String position, @Nullable String formula, boolean framed, Message detail) {
    if (!framed) {
      return detail;
    }
    return formula == null
        ? XlsxWords.say("xlsx.at", "position", position, "detail", detail)
        : XlsxWords.say(
            "xlsx.at-formula", "position", position, "formula", formula, "detail", detail);
  }

  /** Returns the whole message, in every language. */
  @Override
  public Message text() {
    return whole(position(), formula, framed, detail());
  }
}
