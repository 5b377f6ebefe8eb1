package dev.rubric.core.json;

import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.message.Message;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
 *
 * <p>The detail is worded in every language: {@link #getMessage()} and {@link #detail()} are
 * English, {@link #message(Language)} and {@link #detail(Language)} the language asked for, and
 * {@link #text()} the whole message to render later, for example in Vietnamese:
 *
 * <pre>{@code
 * evidence.json:9:22: $.evidence.ho_so_dung_han.denominator: cần một số thập phân không âm nhưng gặp chuỗi "abc"
 * }</pre>
 *
 * <p>A value that breaks an invariant of the model is reported with the model's own English
 * message, which Vietnamese introduces as {@code giá trị không hợp lệ: …}, except for the evidence
 * items' most common mistakes (a ratio above one or over zero, a negative count, a status that does
 * not fit the value or explanation), which are worded in every language.
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

  /** What was expected and what was found, in English. */
  private final String detail;

  /** What was expected and what was found, in every language; not serialized. */
  private final transient @Nullable Message words;

  JsonFormatException(String source, int line, int column, String path, Message detail) {
    super(source + ":" + line + ":" + column + ": " + path + ": " + detail.in(Language.EN));
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.path = Objects.requireNonNull(path, "path");
    this.detail = detail.in(Language.EN);
    this.words = detail;
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

  /**
   * Returns what was expected and what was found, in English, e.g. {@code "unknown field 'foo'"}.
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns what was expected and what was found in {@code language}, e.g. {@code "trường 'foo'
   * không thuộc định dạng này"}.
   */
  public String detail(Language language) {
    Message m = words;
    return m == null ? detail : m.in(language);
  }

  /**
   * Returns the whole message, {@code <source>:<line>:<column>: <path>: <detail>}, in {@code
   * language}; in English it is {@link #getMessage()}.
   */
  public String message(Language language) {
    return source + ":" + line + ":" + column + ": " + path + ": " + detail(language);
  }

  /**
   * Returns the whole message, {@code <source>:<line>:<column>: <path>: <detail>}, as a {@link
   * Message} to render in the reader's language, e.g. for an {@code InvalidInputException}.
   */
  public Message text() {
    Message m = words;
    return Words.say(
        "json.at",
        "source",
        source,
        "line",
        line,
        "column",
        column,
        "path",
        path,
        "detail",
        m == null ? Message.literal(LocalizedText.of(detail, detail)) : m);
  }
}
