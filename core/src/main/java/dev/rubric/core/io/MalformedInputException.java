package dev.rubric.core.io;

import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.message.Message;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the readers of tables throw about a malformed file (CSV, evidence tables, workbooks): a
 * position in the file and what was expected and found there, in every language. {@link
 * #getMessage()} is the English; {@link #message(Language)} the one asked for; {@link #text()} the
 * whole message, for a host that renders it later or passes it on ({@code new
 * InvalidInputException(e.text())}).
 *
 * <p>It reports bad input, not a bug, so it carries no stack trace. A deserialized exception keeps
 * the English words only.
 */
public abstract class MalformedInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Where the problem is. */
  private final String position;

  /** The English detail, kept for a deserialized exception, which has no {@link #detail}. */
  private final String englishDetail;

  /** What was expected and found, in every language; not serialized. */
  private final transient @Nullable Message detail;

  /**
   * Creates the exception of the problem {@code detail} at {@code position}, whose English message
   * is {@code englishMessage}.
   */
  protected MalformedInputException(String position, Message detail, String englishMessage) {
    super(englishMessage, null, false, false);
    this.position = Objects.requireNonNull(position, "position");
    this.englishDetail = detail.in(Language.EN);
    this.detail = detail;
  }

  /** Returns where the problem is, such as {@code units.csv:4:23}, as the subclass documents. */
  public String position() {
    return position;
  }

  /** Returns what was expected and what was found, in every language. */
  public Message detail() {
    Message d = detail;
    return d == null ? Message.literal(LocalizedText.of(englishDetail, englishDetail)) : d;
  }

  /** Returns the detail in {@code language}. */
  public String detail(Language language) {
    return detail().in(language);
  }

  /** Returns the whole message in {@code language}; in English it is {@link #getMessage}. */
  public String message(Language language) {
    return text().in(language);
  }

  /** Returns the whole message, in every language. */
  public abstract Message text();
}
