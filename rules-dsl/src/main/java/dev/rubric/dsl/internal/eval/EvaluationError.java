package dev.rubric.dsl.internal.eval;

import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.message.Arg;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.MessageKey;

/**
 * Unwinds the evaluation of one node when a value cannot be computed (division by zero, a cohort
 * value outside a cohort evaluation). Caught at the node, where it becomes the node's ERROR status
 * and a finding; it never leaves the evaluator.
 */
final class EvaluationError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final DiagnosticCode code;
  private final transient Message reason;

  EvaluationError(DiagnosticCode code, Message reason) {
    super(null, null, false, false);
    this.code = code;
    this.reason = reason;
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
        Message.of(MessageKey.INTERNAL_ERROR, Arg.text(e.getClass().getSimpleName())));
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
}
