package dev.rubric.cli.cli;

import java.util.Optional;

/**
 * A command line that does not fit the command: an unknown command or option, a missing or invalid
 * value. The application prints the message, the usage line and a pointer to {@code --help}, and
 * exits with status 2.
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Optional<CommandSpec> command;

  /**
   * Creates an exception about the command line of {@code command}, or of no command when empty.
   */
  public UsageException(String message, Optional<CommandSpec> command) {
    super(message, null, false, false);
    this.command = command;
  }

  /** Returns the command whose usage to show, if the problem lies within one. */
  public Optional<CommandSpec> command() {
    return command;
  }
}
