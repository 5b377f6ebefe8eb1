package dev.rubric.report;

import java.util.List;

/**
 * Writes CSV for spreadsheets: UTF-8 text starting with a byte order mark (so that spreadsheet
 * programs detect UTF-8), RFC 4180 quoting and CRLF line ends. Not thread-safe.
 */
final class CsvText {
  private final StringBuilder out = new StringBuilder("\uFEFF");

  /** Appends one record. */
  CsvText row(List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(fields.get(i)));
    }
    out.append("\r\n");
    return this;
  }

  /** Appends one record. */
  CsvText row(String... fields) {
    return row(List.of(fields));
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
