package dev.rubric.core.assessment;

import dev.rubric.core.message.Message;
import dev.rubric.core.message.MessageKey;
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

  /**
   * Returns the round's name as a message, e.g. "tự đánh giá" or "self-assessment" ({@code
   * title().in(language)}).
   */
  public Message title() {
    return Message.of(
        switch (this) {
          case SELF_ASSESSMENT -> MessageKey.ROUND_SELF_ASSESSMENT;
          case APPRAISAL -> MessageKey.ROUND_APPRAISAL;
          case EXPLANATION -> MessageKey.ROUND_EXPLANATION;
          case RE_APPRAISAL -> MessageKey.ROUND_RE_APPRAISAL;
          case FINAL -> MessageKey.ROUND_FINAL;
        });
  }

  /** Returns whether the appraisal council gives this round's points. */
  public boolean isCouncil() {
    return this == APPRAISAL || this == RE_APPRAISAL || this == FINAL;
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
