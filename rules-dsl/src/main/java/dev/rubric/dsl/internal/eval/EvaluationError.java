package dev.rubric.dsl.internal.eval;

import dev.rubric.core.LocalizedText;
import dev.rubric.core.diagnostic.DiagnosticCode;

/**
 * Unwinds the evaluation of one node when a value cannot be computed (division by zero, a cohort
 * value outside a cohort evaluation). Caught at the node, where it becomes the node's ERROR status
 * and a finding; it never leaves the evaluator.
 */
final class EvaluationError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final DiagnosticCode code;
  private final transient LocalizedText text;

  EvaluationError(DiagnosticCode code, LocalizedText text) {
    super(code.code() + ": " + text.en().orElse(text.vi()), null, false, false);
    this.code = code;
    this.text = text;
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
    String what = e.getClass().getSimpleName();
    return new EvaluationError(
        DiagnosticCode.INTERNAL_ERROR,
        LocalizedText.of(
            "lỗi nội bộ của Rubric khi tính tiêu chí này ("
                + what
                + "); xin báo lỗi kèm bộ tiêu chí",
            "an internal error of Rubric while evaluating this criterion ("
                + what
                + "); please report it with the catalog"));
  }

  DiagnosticCode code() {
    return code;
  }

  LocalizedText text() {
    return text;
  }
}
