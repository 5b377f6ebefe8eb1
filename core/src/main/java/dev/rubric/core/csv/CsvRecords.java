package dev.rubric.core.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits RFC 4180 text into records of fields, each field with the 1-based line and column where it
 * starts. Fields are separated by {@code ','} (or the {@link #separator(char)} set) and records by
 * CRLF, LF or CR; a field in double quotes may hold commas, line breaks and {@code ""} for a quote.
 * Empty lines are skipped, and so are lines starting with {@code '#'} while the caller allows
 * comments. Columns count code points. Reads its text from a {@link Reader} a buffer at a time, so
 * it holds one record, not the file. Not thread-safe.
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

  /** What {@link #peek} returns past the last character. */
  private static final int END = -1;

  private final String name;
  private final Reader in;
  private final char[] buffer = new char[8192];

  /** The next character's index in {@link #buffer}; characters before {@link #limit} are read. */
  private int pos;

  private int limit;
  private boolean exhausted;
  private int line = 1;
  private int column = 1;

  /** The character between fields: {@code ','} unless {@link #separator(char)} says otherwise. */
  private char separator = ',';

  /**
   * Reads {@code in}, a file named {@code name} in messages; a leading byte order mark is skipped.
   * The reader is read as records are asked for, and never closed.
   *
   * @throws UncheckedIOException if reading fails
   */
  CsvRecords(String name, Reader in) {
    this.name = name;
    this.in = in;
    if (peek(0) == '\uFEFF') {
      pos++;
    }
  }

  /** Makes {@code separator} the character between the fields of the records read from now on. */
  void separator(char separator) {
    this.separator = separator;
  }

  /**
   * Consumes a first line {@code sep=X} (Microsoft Excel's way of naming the separator) and returns
   * its {@code X}; returns empty, consuming nothing, when the text does not start with {@code
   * sep=}.
   *
   * @throws CsvFormatException if the line names a separator other than {@code ','} or {@code ';'}
   */
  Optional<Character> separatorLine() {
    String sep = "sep=";
    for (int i = 0; i < sep.length(); i++) {
      if (peek(i) != sep.charAt(i)) {
        return Optional.empty();
      }
    }
    int c = peek(sep.length());
    int after = peek(sep.length() + 1);
    if ((c != ',' && c != ';') || (after != END && !isLineBreak(after))) {
      throw new CsvFormatException(name + ":1:5", CsvWords.say("csv.separator-line"));
    }
    for (int i = 0; i <= sep.length(); i++) {
      advance();
    }
    if (peek(0) != END) {
      lineBreak();
    }
    return Optional.of((char) c);
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
   * @throws UncheckedIOException if reading fails
   */
  Optional<Row> next(boolean commentsAllowed) {
    while (peek(0) != END) {
      int c = peek(0);
      if (isLineBreak(c)) {
        lineBreak();
      } else if (c == '#' && commentsAllowed) {
        while (peek(0) != END && !isLineBreak(peek(0))) {
          advance();
        }
      } else {
        break;
      }
    }
    if (peek(0) == END) {
      return Optional.empty();
    }
    int recordLine = line;
    List<Field> fields = new ArrayList<>();
    while (true) {
      fields.add(peek(0) == '"' ? quoted() : unquoted());
      if (peek(0) == separator) {
        advance();
        continue;
      }
      int end = column;
      if (peek(0) != END) {
        lineBreak();
      }
      return Optional.of(new Row(List.copyOf(fields), recordLine, end));
    }
  }

  private Field unquoted() {
    int startLine = line;
    int startColumn = column;
    StringBuilder value = new StringBuilder();
    while (peek(0) != END) {
      int c = peek(0);
      if (c == separator || isLineBreak(c)) {
        break;
      }
      if (c == '"') {
        throw new CsvFormatException(here(), CsvWords.say("csv.quote-in-field"));
      }
      advance(value);
    }
    return new Field(value.toString(), startLine, startColumn);
  }

  private Field quoted() {
    int startLine = line;
    int startColumn = column;
    String opened = here();
    advance();
    StringBuilder value = new StringBuilder();
    while (true) {
      int c = peek(0);
      if (c == END) {
        throw new CsvFormatException(opened, CsvWords.say("csv.unclosed-quote"));
      }
      if (c == '"') {
        advance();
        if (peek(0) == '"') {
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
      advance(value);
    }
    int c = peek(0);
    if (c != END && c != separator && !isLineBreak(c)) {
      StringBuilder found = new StringBuilder();
      found.append((char) c);
      int low = peek(1);
      if (Character.isHighSurrogate((char) c)
          && low != END
          && Character.isLowSurrogate((char) low)) {
        found.append((char) low);
      }
      throw new CsvFormatException(
          here(),
          CsvWords.say(
              "csv.after-quote",
              "separator",
              String.valueOf(separator),
              "found",
              found.toString()));
    }
    return new Field(value.toString(), startLine, startColumn);
  }

  private static boolean isLineBreak(int c) {
    return c == '\n' || c == '\r';
  }

  /** Consumes one line break: CRLF, LF or CR. */
  private void lineBreak() {
    if (peek(0) == '\r' && peek(1) == '\n') {
      pos++;
    }
    pos++;
    line++;
    column = 1;
  }

  /** Consumes one code point of a line. */
  private void advance() {
    if (Character.isHighSurrogate(buffer[pos]) && isLowSurrogate(peek(1))) {
      pos++;
    }
    pos++;
    column++;
  }

  /**
   * Consumes one code point of a line, appending it to {@code value}.
   *
   * @throws CsvFormatException if it is NUL or a lone surrogate, which no text value may hold
   */
  private void advance(StringBuilder value) {
    char c = buffer[pos];
    if (c == '\0') {
      throw new CsvFormatException(here(), CsvWords.say("csv.nul"));
    }
    if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && isLowSurrogate(peek(1)))) {
      throw new CsvFormatException(
          here(),
          CsvWords.say("csv.surrogate", "code", String.format(Locale.ROOT, "U+%04X", (int) c)));
    }
    value.append(c);
    if (Character.isHighSurrogate(buffer[pos]) && isLowSurrogate(peek(1))) {
      pos++;
      value.append(buffer[pos]);
    }
    pos++;
    column++;
  }

  private static boolean isLowSurrogate(int c) {
    return c != END && Character.isLowSurrogate((char) c);
  }

  /**
   * Returns the character {@code ahead} places after the next one (0 or 1), or {@link #END} past
   * the end of the text.
   */
  private int peek(int ahead) {
    if (pos + ahead >= limit) {
      fill(ahead + 1);
    }
    return pos + ahead < limit ? buffer[pos + ahead] : END;
  }

  /** Reads until {@code wanted} characters from {@link #pos} on are buffered or the text ends. */
  private void fill(int wanted) {
    if (pos > 0) {
      System.arraycopy(buffer, pos, buffer, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    try {
      while (limit < wanted && !exhausted) {
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
          exhausted = true;
        } else {
          limit += n;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
