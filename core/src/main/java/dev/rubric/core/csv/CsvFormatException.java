package dev.rubric.core.csv;

import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.message.Message;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a CSV evidence file is not valid for its catalog: malformed CSV, an unknown or
 * repeated column, a cell that does not parse as its input's type, or a unit and period given
 * twice.
 *
 * <p>The message starts with the position, {@code <file>:<line>:<column>: }, names the column where
 * there is one, and says what was expected and what was found, for example:
 *
 * <pre>{@code
 * units.csv:4:23: column 'nv_ke_hoach' (count): expected a whole number such as '12' but found 'abc'
 * }</pre>
 *
 * <p>The detail is in every language: {@link #getMessage()} is the English, {@link
 * #message(Language)} the one asked for ({@code units.csv:4:23: cột 'nv_ke_hoach' (count): cần một
 * số nguyên, ví dụ '12', nhưng gặp 'abc'}), and {@link #text()} the whole message for a host that
 * renders it later.
 *
 * <p>It reports bad input, not a bug, so it carries no stack trace.
 */
public final class CsvFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Where the problem is. */
  private final String position;

  /** The English detail, kept for a deserialized exception, which has no {@link #detail}. */
  private final String englishDetail;

  /** What was expected and found, in every language; not serialized. */
  private final transient @Nullable Message detail;

  CsvFormatException(String position, Message detail) {
    super(position + ": " + detail.in(Language.EN), null, false, false);
    this.position = Objects.requireNonNull(position, "position");
    this.englishDetail = detail.in(Language.EN);
    this.detail = detail;
  }

  /**
   * Returns where the problem is: {@code file:line:column}, or the file's name alone for a problem
   * of the whole file.
   */
  public String position() {
    return position;
  }

  /** Returns what was expected and what was found, without the position, in every language. */
  public Message detail() {
    Message d = detail;
    return d == null ? Message.literal(LocalizedText.of(englishDetail, englishDetail)) : d;
  }

  /** Returns the detail in {@code language}. */
  public String detail(Language language) {
    return detail().in(language);
  }

  /** Returns {@code position: detail} in {@code language}; in English it is {@link #getMessage}. */
  public String message(Language language) {
    return text().in(language);
  }

  /** Returns the whole message, {@code position: detail}, in every language. */
  public Message text() {
    return CsvWords.say("csv.at", "position", position, "detail", detail());
  }
}
