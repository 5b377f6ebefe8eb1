package dev.rubric.core.finding;

import dev.rubric.core.Language;
import java.util.Objects;

/**
 * How serious a {@link Finding} is, declared from most to least severe, so that the natural order
 * ({@link #compareTo}) sorts the most severe first.
 *
 * <p>In JSON a severity is its lowercase constant name: {@code "critical"}, {@code "major"}, {@code
 * "minor"}, {@code "info"}.
 */
public enum Severity {
  /** The most serious level, e.g. a gate criterion failed or a mandatory document is missing. */
  CRITICAL("Nghiêm trọng", "Critical"),
  /** A shortfall that costs a significant share of a criterion's points. */
  MAJOR("Lớn", "Major"),
  /** A small shortfall or a formal defect. */
  MINOR("Nhỏ", "Minor"),
  /** An observation that costs no points. */
  INFO("Thông tin", "Information");

  private final String vi;
  private final String en;

  Severity(String vi, String en) {
    this.vi = vi;
    this.en = en;
  }

  /**
   * Returns the human-readable name in {@code language}, e.g. {@code "Nghiêm trọng"} or {@code
   * "Critical"}.
   */
  public String label(Language language) {
    Objects.requireNonNull(language, "language");
    return language == Language.EN ? en : vi;
  }

  /** Returns whether this severity is at least as serious as {@code other}. */
  public boolean isAtLeast(Severity other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) <= 0;
  }
}
