package dev.rubric.cli.command;

import dev.rubric.cli.cli.Arguments;
import dev.rubric.cli.cli.CommandSpec;

/** One command of the CLI. */
public interface Command {

  /** Returns what the command accepts and its help. */
  CommandSpec spec();

  /**
   * Runs the command and returns its exit status: 0 on success, 1 when the input is invalid.
   *
   * @throws dev.rubric.cli.io.InvalidInputException for a missing, unreadable or malformed
   *     file
   * @throws dev.rubric.dsl.InvalidCatalogException for a catalog with errors
   * @throws dev.rubric.cli.cli.UsageException for arguments that do not fit together
   */
  int run(Arguments args, Context context);
}
