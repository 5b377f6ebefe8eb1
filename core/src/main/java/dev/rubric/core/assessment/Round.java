package dev.rubric.core.assessment;

import java.util.Locale;
import java.util.Optional;

/**
 * A round of the yearly scoring cycle, in the order the rounds happen.
 *
 * <p>In JSON a round is its {@link #code()}: {@code "self_assessment"}, {@code "appraisal"}, {@code
 * "explanation"}, {@code "re_appraisal"} or {@code "final"}.
 */
public enum Round {
  /** The unit scores itself, with evidence (tự đánh giá, tự chấm điểm). */
  SELF_ASSESSMENT,
  /** The appraisal council recognises or adjusts the self-scores (thẩm định). */
  APPRAISAL,
  /** The unit explains or contests the appraisal, with further files (giải trình). */
  EXPLANATION,
  /** The council appraises again after the explanation (thẩm định lại). */
  RE_APPRAISAL,
  /** The published score (điểm chính thức). */
  FINAL;

  /** Returns the lowercase snake-case code used in JSON, e.g. {@code "self_assessment"}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the round whose {@link #code()} is {@code code}, if there is one. */
  public static Optional<Round> fromCode(String code) {
    for (Round r : values()) {
      if (r.code().equals(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
