package dev.rubric.core.waiver;

import java.util.Locale;
import java.util.Optional;

/**
 * What a waiver does to the criterion it names.
 *
 * <p>In JSON an effect is its {@link #code()}: {@code "not_applicable"}, {@code "full_points"} or
 * {@code "fixed_points"}.
 */
public enum WaiverEffect {
  /**
   * The criterion does not apply to the unit: it and its maximum leave the total and the index is
   * rescaled, as with {@code else exclude} (không áp dụng). Any node, area or criterion.
   */
  NOT_APPLICABLE,
  /** The criterion is scored its maximum whatever the evidence (tính đủ điểm). Leaves only. */
  FULL_POINTS,
  /**
   * The criterion is scored the waiver's {@link Waiver#points()} (tính điểm cố định). Leaves only.
   */
  FIXED_POINTS;

  /** Returns the lowercase snake-case code used in JSON, e.g. {@code "full_points"}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the effect whose {@link #code()} is {@code code}, if there is one. */
  public static Optional<WaiverEffect> fromCode(String code) {
    for (WaiverEffect e : values()) {
      if (e.code().equals(code)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
