package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A command that fails: one line on standard error, never a stack trace, status 1. */
class RunErrorsTest {

  @Command(name = "broken")
  static final class Broken implements Runnable {
    @Override
    public void run() {
      throw new IllegalStateException("bug: something impossible");
    }
  }

  @Test
  void handleExecutionException_bugInVietnamese_printsOneLineInVietnamese() {
    StringWriter err = new StringWriter();
    CommandLine command =
        new CommandLine(new Broken())
            .setErr(new PrintWriter(err))
            .setExecutionExceptionHandler(new RunErrors(Language.VI));

    assertThat(command.execute()).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "lỗi: lỗi nội bộ của Rubric, xin báo lỗi này: java.lang.IllegalStateException: bug:"
                + " something impossible"
                + System.lineSeparator());
  }

  @Test
  void handleExecutionException_bug_printsOneLineWithoutStackTraceAndReturns1() {
    // given
    StringWriter err = new StringWriter();
    CommandLine command =
        new CommandLine(new Broken())
            .setErr(new PrintWriter(err))
            .setExecutionExceptionHandler(new RunErrors(Language.EN));
    // when
    int status = command.execute();
    // then
    assertThat(status).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "error: internal error, please report it: java.lang.IllegalStateException: bug:"
                + " something impossible"
                + System.lineSeparator());
  }
}
