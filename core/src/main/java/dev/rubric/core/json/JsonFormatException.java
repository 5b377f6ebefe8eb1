package dev.rubric.core.json;

import java.util.Objects;

/**
 * Thrown when a JSON document is not a valid Rubric document: malformed JSON, a missing or unknown
 * field, a value of the wrong type, or a value that breaks an invariant of the model.
 *
 * <p>The message has the form {@code <source>:<line>:<column>: <path>: <detail>}, for example:
 *
 * <pre>{@code
 * evidence.json:9:22: $.evidence.ho_so_dung_han.denominator: expected a non-negative decimal number but found string "abc"
 * }</pre>
 *
 * <p>{@code <path>} is a JSON path from the document root: {@code $}, then {@code .field} for each
 * field (or {@code ['field']} when the name is not an identifier) and {@code [index]} for each
 * array element. {@code <detail>} says what was expected and what was found. Line and column are
 * 1-based and point at the offending value, or at the object whose invariant failed. The components
 * are also available separately, so that hosts need not parse the message.
 */
public final class JsonFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The document's name. */
  private final String source;

  /** The 1-based line. */
  private final int line;

  /** The 1-based column. */
  private final int column;

  /** The JSON path. */
  private final String path;

  /** What was expected and what was found. */
  private final String detail;

  JsonFormatException(String source, int line, int column, String path, String detail) {
    super(source + ":" + line + ":" + column + ": " + path + ": " + detail);
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.path = Objects.requireNonNull(path, "path");
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /** Returns the name of the document, as passed to the reader, e.g. {@code "evidence.json"}. */
  public String source() {
    return source;
  }

  /** Returns the 1-based line of the offending value; 0 if the input carried no positions. */
  public int line() {
    return line;
  }

  /** Returns the 1-based column of the offending value; 0 if the input carried no positions. */
  public int column() {
    return column;
  }

  /** Returns the JSON path of the offending value, e.g. {@code "$.evidence.ho_so_dung_han"}. */
  public String path() {
    return path;
  }

  /** Returns what was expected and what was found, e.g. {@code "unknown field 'foo'"}. */
  public String detail() {
    return detail;
  }
}
