package dev.rubric.dsl.internal.eval;

import dev.rubric.core.LocalizedText;

/**
 * Unwinds the evaluation of one node when a value cannot be computed (division by zero, a cohort
 * value outside a cohort evaluation). Caught at the node, where it becomes the node's ERROR status
 * and a finding; it never leaves the evaluator.
 */
final class EvaluationError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final transient LocalizedText text;

  EvaluationError(String code, LocalizedText text) {
    super(code + ": " + text.en().orElse(text.vi()), null, false, false);
    this.code = code;
    this.text = text;
  }

  String code() {
    return code;
  }

  LocalizedText text() {
    return text;
  }
}
