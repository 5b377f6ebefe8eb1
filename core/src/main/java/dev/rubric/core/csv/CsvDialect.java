package dev.rubric.core.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a CSV file separates its fields and writes its decimals. Every dialect writes UTF-8 with a
 * byte order mark and RFC 4180 quoting (a field holding the separator, a quote or a line break is
 * quoted).
 *
 * <p>A spreadsheet program opens a {@code .csv} file with the list separator of the computer's
 * locale. In a Vietnamese locale that separator is {@code ';'} and the decimal separator {@code
 * ','}, so a comma-separated file opens as one column and {@code 0.83} is not read as a number.
 * {@link #VI} writes what such a program expects. {@link #VI_SEP} adds a first line {@code sep=;},
 * which Microsoft Excel honours whatever the locale, but which other readers (LibreOffice, pandas,
 * R, Rubric's readers of other files) see as a first row of data; Rubric's evidence reader skips
 * it.
 */
public enum CsvDialect {
  /** Fields separated by {@code ','}, decimals with a point: RFC 4180 as most programs read it. */
  STANDARD("standard", ',', '.', false),
  /** Fields separated by {@code ';'}, decimals with a comma: a Vietnamese-locale spreadsheet. */
  VI("vi", ';', ',', false),
  /** {@link #VI} with a first line {@code sep=;}, for Microsoft Excel in any locale. */
  VI_SEP("vi-sep", ';', ',', true);

  private final String keyword;
  private final char separator;
  private final char decimalSeparator;
  private final boolean separatorLine;

  CsvDialect(String keyword, char separator, char decimalSeparator, boolean separatorLine) {
    this.keyword = keyword;
    this.separator = separator;
    this.decimalSeparator = decimalSeparator;
    this.separatorLine = separatorLine;
  }

  /**
   * Returns the dialect's name on the command line: {@code standard}, {@code vi}, {@code vi-sep}.
   */
  public String keyword() {
    return keyword;
  }

  /** Returns the character between fields. */
  public char separator() {
    return separator;
  }

  /** Returns the character between a number's whole and fractional digits. */
  public char decimalSeparator() {
    return decimalSeparator;
  }

  /** Returns whether a file starts with a line {@code sep=<separator>}. */
  public boolean separatorLine() {
    return separatorLine;
  }

  /** Returns the dialect named {@code keyword}, if there is one. */
  public static Optional<CsvDialect> of(String keyword) {
    return Arrays.stream(values()).filter(d -> d.keyword.equals(keyword)).findFirst();
  }

  /** Returns the dialects' keywords, in declaration order. */
  public static List<String> keywords() {
    return Arrays.stream(values()).map(CsvDialect::keyword).toList();
  }
}
