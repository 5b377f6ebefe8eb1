package dev.rubric.dsl.internal.eval;

import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.message.Arg;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.MessageKey;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * Unwinds the evaluation of one node when a value cannot be computed (division by zero, a cohort
 * value outside a cohort evaluation). Caught at the node, where it becomes the node's ERROR status
 * and a finding; it never leaves the evaluator.
 */
final class EvaluationError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final DiagnosticCode code;
  private final transient Message reason;

  /** The exception of a defect (RB505), whose stack trace is logged once; null otherwise. */
  private final transient @Nullable RuntimeException defect;

  private final AtomicBoolean logged = new AtomicBoolean();

  EvaluationError(DiagnosticCode code, Message reason) {
    this(code, reason, null);
  }

  private EvaluationError(DiagnosticCode code, Message reason, @Nullable RuntimeException defect) {
    super(null, null, false, false);
    this.code = code;
    this.reason = reason;
    this.defect = defect;
  }

  /**
   * Returns {@code e} if it is already an evaluation error, else RB505: a defect of Rubric met
   * while evaluating one node. The node gets status error and a finding naming the exception's
   * type, so that one defect never stops a whole evaluation.
   */
  static EvaluationError of(RuntimeException e) {
    if (e instanceof EvaluationError evaluationError) {
      return evaluationError;
    }
    return new EvaluationError(
        DiagnosticCode.INTERNAL_ERROR,
        Message.of(MessageKey.INTERNAL_ERROR, Arg.text(e.getClass().getSimpleName())),
        e);
  }

  /**
   * Logs the defect behind an RB505 result at WARN on {@code log}, with its stack trace, the first
   * time it is called for this error and never again (a catalog {@code let} that fails is one error
   * however many criteria read it); does nothing for other codes. The criterion's code and the
   * exception's type are logged, never the exception's message or its causes' messages, which may
   * quote evidence values: the logged throwable is a {@link Trace} copy of the stack trace.
   *
   * @return whether it logged
   */
  boolean logDefectOnce(Logger log, String criterionCode) {
    RuntimeException e = defect;
    if (e == null || !logged.compareAndSet(false, true)) {
      return false;
    }
    log.warn(
        "RB505: defect {} while evaluating criterion {}; the criterion scores 0 with status error,"
            + " the evaluation goes on",
        e.getClass().getName(),
        criterionCode,
        Trace.of(e, 0));
    return true;
  }

  DiagnosticCode code() {
    return code;
  }

  /** Returns why the value could not be computed. */
  Message reason() {
    return reason;
  }

  /** Returns the code and the reason in English, rendered only when asked. */
  @Override
  public String getMessage() {
    return code.code() + ": " + reason.in(Language.EN);
  }

  /**
   * A copy of an exception's stack trace without its message: the type's name stands in for the
   * message, and causes are copied the same way (at most {@link #MAX_CAUSES} deep).
   */
  static final class Trace extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_CAUSES = 8;

    private Trace(String type, @Nullable Trace cause) {
      super(type, cause, false, true);
    }

    static Trace of(Throwable t, int depth) {
      Throwable cause = t.getCause();
      Trace copy =
          new Trace(
              t.getClass().getName(),
              cause == null || cause == t || depth >= MAX_CAUSES ? null : of(cause, depth + 1));
      copy.setStackTrace(t.getStackTrace());
      return copy;
    }
  }
}
