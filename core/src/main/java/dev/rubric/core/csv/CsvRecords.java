package dev.rubric.core.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits RFC 4180 text into records of fields, each field with the 1-based line and column where it
 * starts. Fields are separated by {@code ','} and records by CRLF, LF or CR; a field in double
 * quotes may hold commas, line breaks and {@code ""} for a quote. Empty lines are skipped, and so
 * are lines starting with {@code '#'} while the caller allows comments. Columns count code points.
 * Not thread-safe.
 */
final class CsvRecords {

  /** One field: its unquoted value and where it starts. */
  record Field(String value, int line, int column) {}

  /**
   * One record.
   *
   * @param fields the fields, at least one
   * @param line the line the record starts on
   * @param endColumn the column just after the record's last character
   */
  record Row(List<Field> fields, int line, int endColumn) {}

  private final String name;
  private final String text;
  private int pos;
  private int line = 1;
  private int column = 1;

  /**
   * Reads {@code text}, a file named {@code name} in messages; a leading byte order mark is
   * skipped.
   */
  CsvRecords(String name, String text) {
    this.name = name;
    this.text = text;
    this.pos = text.startsWith("\uFEFF") ? 1 : 0;
  }

  /** Returns the position of the next character as {@code file:line:column}. */
  String here() {
    return name + ":" + line + ":" + column;
  }

  /**
   * Returns the next record, or empty at the end of the text.
   *
   * @param commentsAllowed whether a line starting with {@code '#'} is a comment
   * @throws CsvFormatException if a quoted field is not closed or a quote is misplaced
   */
  Optional<Row> next(boolean commentsAllowed) {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (isLineBreak(c)) {
        lineBreak();
      } else if (c == '#' && commentsAllowed) {
        while (pos < text.length() && !isLineBreak(text.charAt(pos))) {
          advance();
        }
      } else {
        break;
      }
    }
    if (pos >= text.length()) {
      return Optional.empty();
    }
    int recordLine = line;
    List<Field> fields = new ArrayList<>();
    while (true) {
      fields.add(pos < text.length() && text.charAt(pos) == '"' ? quoted() : unquoted());
      if (pos < text.length() && text.charAt(pos) == ',') {
        advance();
        continue;
      }
      int end = column;
      if (pos < text.length()) {
        lineBreak();
      }
      return Optional.of(new Row(List.copyOf(fields), recordLine, end));
    }
  }

  private Field unquoted() {
    int startLine = line;
    int startColumn = column;
    int start = pos;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ',' || isLineBreak(c)) {
        break;
      }
      if (c == '"') {
        throw new CsvFormatException(
            here()
                + ": unexpected '\"' inside an unquoted field; put the whole field in double quotes"
                + " and double the quote");
      }
      advance();
    }
    return new Field(text.substring(start, pos), startLine, startColumn);
  }

  private Field quoted() {
    int startLine = line;
    int startColumn = column;
    String opened = here();
    advance();
    StringBuilder value = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw new CsvFormatException(
            opened
                + ": expected a closing '\"' for the quoted field that starts here but found end of"
                + " file");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        advance();
        if (pos < text.length() && text.charAt(pos) == '"') {
          value.append('"');
          advance();
          continue;
        }
        break;
      }
      if (isLineBreak(c)) {
        value.append('\n');
        lineBreak();
        continue;
      }
      int from = pos;
      advance();
      value.append(text, from, pos);
    }
    if (pos < text.length() && text.charAt(pos) != ',' && !isLineBreak(text.charAt(pos))) {
      throw new CsvFormatException(
          here()
              + ": expected ',' or the end of the line after a closing '\"' but found '"
              + text.substring(pos, pos + Character.charCount(text.codePointAt(pos)))
              + "'");
    }
    return new Field(value.toString(), startLine, startColumn);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /** Consumes one line break: CRLF, LF or CR. */
  private void lineBreak() {
    if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
      pos++;
    }
    pos++;
    line++;
    column = 1;
  }

  /** Consumes one code point of a line. */
  private void advance() {
    if (Character.isHighSurrogate(text.charAt(pos))
        && pos + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(pos + 1))) {
      pos++;
    }
    pos++;
    column++;
  }
}
