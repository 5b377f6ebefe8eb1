package dev.rubric.report;

import dev.rubric.core.csv.CsvDialect;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV for spreadsheets: UTF-8 text starting with a byte order mark (so that spreadsheet
 * programs detect UTF-8), RFC 4180 quoting and CRLF line ends, in a {@link CsvDialect}: fields
 * separated by {@code ','} or {@code ';'}, numbers (the cells written through {@link #number}) with
 * a decimal point or comma, and for {@link CsvDialect#VI_SEP} a first line {@code sep=;}. Not
 * thread-safe.
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
  private final CsvDialect dialect;

  /** A writer of the standard dialect: {@code ','} between fields, decimal points. */
  CsvText() {
    this(CsvDialect.STANDARD);
  }

  /** A writer of {@code dialect}. */
  CsvText(CsvDialect dialect) {
    this.dialect = dialect;
    if (dialect.separatorLine()) {
      out.append("sep=").append(dialect.separator()).append("\r\n");
    }
  }

  /**
   * Returns the cell of {@code decimal}, a number written with a decimal point ({@code -1.5}), in
   * the dialect: {@code -1,5} where decimals take a comma.
   */
  String number(String decimal) {
    return decimal.replace('.', dialect.decimalSeparator());
  }

  /** Appends one record. */
  CsvText row(List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(dialect.separator());
      }
      out.append(quote(neutralise(fields.get(i)), dialect.separator()));
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
   * Returns {@code field}, in double quotes with inner quotes doubled when it holds the {@code
   * separator}, a quote, a line break or an edge space.
   */
  static String quote(String field, char separator) {
    boolean plain =
        field.chars().noneMatch(c -> c == separator || c == '"' || c == '\n' || c == '\r')
            && !field.startsWith(" ")
            && !field.endsWith(" ");
    return plain ? field : "\"" + field.replace("\"", "\"\"") + "\"";
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
