package dev.rubric.core.io;

import dev.rubric.core.Language;
import dev.rubric.core.message.Message;
import org.jspecify.annotations.Nullable;

/**
 * A problem with a file the user named: missing, unreadable or malformed. The message is shown to
 * the user as it is, after {@code "error: "}; it names the file and, where there is one, the
 * position ({@code file:line:column}) or JSON path. Carries no stack trace: it reports bad input,
 * not a bug.
 *
 * <p>An exception created from a {@link Message} has its words in every language: {@link
 * #getMessage()} is the English, {@link #message(Language)} the one asked for. An exception created
 * from a string has only that string, in every language.
 */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The words in every language, when the exception was created from a message; not serialized. */
  private final transient @Nullable Message localized;

  /** Creates an exception with the message shown to the user. */
  public InvalidInputException(String message) {
    super(message, null, false, false);
    this.localized = null;
  }

  /** Creates an exception whose message is {@code message}, in English by {@link #getMessage()}. */
  public InvalidInputException(Message message) {
    super(message.in(Language.EN), null, false, false);
    this.localized = message;
  }

  /** Returns the message in {@code language}, or the one string the exception was created with. */
  public String message(Language language) {
    Message m = localized;
    return m == null ? String.valueOf(getMessage()) : m.in(language);
  }
}
