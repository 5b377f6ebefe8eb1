package dev.rubric.dsl.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.message.Arg;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.MessageKey;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * A defect turned into an RB505 result is logged at WARN with its stack trace exactly once, and
 * without the exception's message (which may quote evidence values).
 */
class EvaluationErrorTest {

  /** A logger that keeps every call, at every level. */
  static final class RecordingLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    record Event(Level level, String message, @Nullable Throwable thrown) {}

    final transient List<Event> events = new ArrayList<>();

    RecordingLogger() {
      this.name = "recording";
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return RecordingLogger.class.getName();
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level,
        @Nullable Marker marker,
        String messagePattern,
        Object @Nullable [] arguments,
        @Nullable Throwable throwable) {
      events.add(
          new Event(
              level, MessageFormatter.basicArrayFormat(messagePattern, arguments), throwable));
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }
  }

  private static String stackTrace(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString();
  }

  private static IllegalStateException defect() {
    return new IllegalStateException(
        "value 4711-SECRET of ho_so_dung_han", new NumberFormatException("9999-SECRET"));
  }

  @Test
  void logDefectOnce_defect_logsItsStackTraceAtWarnOnce() {
    // given
    IllegalStateException defect = defect();
    EvaluationError error = EvaluationError.of(defect);
    RecordingLogger log = new RecordingLogger();
    // when
    boolean first = error.logDefectOnce(log, "2.1");
    boolean second = error.logDefectOnce(log, "2.1");
    boolean third = error.logDefectOnce(log, "3.4");
    // then
    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(third).isFalse();
    assertThat(log.events).hasSize(1);
    RecordingLogger.Event e = log.events.get(0);
    assertThat(e.level()).isEqualTo(Level.WARN);
    assertThat(e.message())
        .startsWith(
            "RB505: defect java.lang.IllegalStateException while evaluating criterion 2.1;");
    assertThat(e.thrown()).isNotNull();
    assertThat(e.thrown().getStackTrace()).isEqualTo(defect.getStackTrace());
    assertThat(e.thrown().getCause()).isNotNull();
    assertThat(e.thrown().getCause().getMessage()).isEqualTo("java.lang.NumberFormatException");
  }

  @Test
  void logDefectOnce_defect_logsNoMessageOfTheExceptionOrItsCauses() {
    // given
    EvaluationError error = EvaluationError.of(defect());
    RecordingLogger log = new RecordingLogger();
    // when
    error.logDefectOnce(log, "2.1");
    // then
    RecordingLogger.Event e = log.events.get(0);
    assertThat(e.message() + stackTrace(e.thrown())).doesNotContain("SECRET", "ho_so_dung_han");
  }

  @Test
  void logDefectOnce_expectedEvaluationError_logsNothing() {
    // given: RB501, a division by zero, is about the data, not a defect
    EvaluationError error =
        new EvaluationError(
            DiagnosticCode.EVALUATION_DIVISION_BY_ZERO,
            Message.of(MessageKey.INTERNAL_ERROR, Arg.text("x")));
    RecordingLogger log = new RecordingLogger();
    // when
    boolean logged = error.logDefectOnce(log, "2.1");
    // then
    assertThat(logged).isFalse();
    assertThat(log.events).isEmpty();
  }

  @Test
  void of_evaluationError_isTheSameErrorSoItIsLoggedOnce() {
    // given: a failed let read by two criteria is rethrown as the same error
    EvaluationError error = EvaluationError.of(defect());
    RecordingLogger log = new RecordingLogger();
    // when
    EvaluationError.of(error).logDefectOnce(log, "1.1");
    EvaluationError.of(error).logDefectOnce(log, "1.2");
    // then
    assertThat(EvaluationError.of(error)).isSameAs(error);
    assertThat(log.events).hasSize(1);
  }
}
