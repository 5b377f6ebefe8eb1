package dev.rubric.core.io;

/**
 * A problem with a file the user named: missing, unreadable or malformed. The message is shown to
 * the user as it is, after {@code "error: "}; it names the file and, where there is one, the
 * position ({@code file:line:column}) or JSON path. Carries no stack trace: it reports bad input,
 * not a bug.
 */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with the message shown to the user. */
  public InvalidInputException(String message) {
    super(message, null, false, false);
  }
}
