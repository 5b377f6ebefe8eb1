package dev.rubric.cli;

import dev.rubric.cli.io.ErrorWords;
import dev.rubric.core.Language;
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
 * it is named in one line, also without a stack trace, and also returns 1. The lines are in the
 * run's language, a catalog's diagnostics included.
 */
final class RunErrors implements IExecutionExceptionHandler {

  private final Language lang;

  /** Creates the handler of a run in {@code lang}. */
  RunErrors(Language lang) {
    this.lang = lang;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
    command.getOut().flush();
    PrintWriter err = command.getErr();
    if (ex instanceof InvalidInputException invalid) {
      err.println(ErrorWords.line(lang, invalid.message(lang)));
    } else if (ex instanceof InvalidCatalogException invalid) {
      err.println(invalid.message(lang).stripTrailing());
    } else if (ex instanceof InvalidWaiversException invalid) {
      // one line per waiver, each 'file:line:column: error: path: ... [RB75x]' ('lỗi:' in
      // Vietnamese)
      err.println(invalid.message(lang));
    } else {
      err.println(internalError(ex, lang));
    }
    err.flush();
    return 1;
  }

  /** Returns the line that reports a bug in {@code lang}: {@code error: internal error: …}. */
  static String internalError(Throwable ex, Language lang) {
    return ErrorWords.text(lang, "error.internal", ex);
  }
}
