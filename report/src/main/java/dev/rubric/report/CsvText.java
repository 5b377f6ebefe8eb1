package dev.rubric.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV for spreadsheets: UTF-8 text starting with a byte order mark (so that spreadsheet
 * programs detect UTF-8), RFC 4180 quoting and CRLF line ends. Not thread-safe.
 *
 * <p>Cells are neutralised against formula injection, as OWASP advises for CSV: a cell that begins
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, and is not a number,
 * gets a single quote ({@code '}) in front, so that a spreadsheet shows it as text instead of
 * running it as a formula. Unit names, titles and remarks come from other systems' data, and {@code
 * =HYPERLINK(…)} or {@code @SUM(…)} in one must not become a live formula. A number is an optional
 * sign, digits and an optional decimal point or comma with more digits ({@code -1}, {@code -1.5},
 * {@code -1,5}, {@code +3}); it stays as it is, so negative points remain numbers. (A number
 * written with the minus sign U+2212, {@code −1,5}, starts with no trigger character and stays as
 * it is too.)
 */
final class CsvText {

  /** A plain decimal number with an optional sign: never a formula, never neutralised. */
  private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+([.,][0-9]+)?");

  private final StringBuilder out = new StringBuilder("\uFEFF");

  /** Appends one record. */
  CsvText row(List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(neutralise(fields.get(i))));
    }
    out.append("\r\n");
    return this;
  }

  /** Appends one record. */
  CsvText row(String... fields) {
    return row(List.of(fields));
  }

  /**
   * Returns {@code field} with a single quote in front if a spreadsheet would take it for a
   * formula: it begins with {@code = + - @}, a tab or a carriage return and is not a number.
   */
  static String neutralise(String field) {
    if (field.isEmpty()) {
      return field;
    }
    char first = field.charAt(0);
    boolean trigger =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return trigger && !NUMBER.matcher(field).matches() ? "'" + field : field;
  }

  /**
   * Returns {@code field}, in double quotes with inner quotes doubled when it holds a comma, quote,
   * line break or edge space.
   */
  static String quote(String field) {
    boolean plain =
        field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
            && !field.startsWith(" ")
            && !field.endsWith(" ");
    return plain ? field : "\"" + field.replace("\"", "\"\"") + "\"";
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
