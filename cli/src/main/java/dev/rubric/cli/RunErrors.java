package dev.rubric.cli;

import dev.rubric.core.io.InvalidInputException;
import dev.rubric.dsl.InvalidCatalogException;
import dev.rubric.dsl.InvalidWaiversException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A command that stopped on bad input: prints one {@code error:} line naming the file and position,
 * or a catalog's diagnostics, to standard error and returns status 1. Any other exception is a bug:
 * it is named in one line, also without a stack trace, and also returns 1.
 */
final class RunErrors implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
    command.getOut().flush();
    PrintWriter err = command.getErr();
    if (ex instanceof InvalidInputException) {
      err.println("error: " + ex.getMessage());
    } else if (ex instanceof InvalidCatalogException) {
      err.println(String.valueOf(ex.getMessage()).stripTrailing());
    } else if (ex instanceof InvalidWaiversException) {
      // one line per waiver, each 'file:line:column: error: path: ... [RB75x]'
      err.println(ex.getMessage());
    } else {
      err.println(internalError(ex));
    }
    err.flush();
    return 1;
  }

  /** Returns the line that reports a bug: {@code error: internal error: …}. */
  static String internalError(Throwable ex) {
    return "error: internal error, please report it: " + ex;
  }
}
