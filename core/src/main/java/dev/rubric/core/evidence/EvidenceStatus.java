package dev.rubric.core.evidence;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a unit supplied the evidence for an input. Whether incomplete or unexplained evidence
 * costs points is the catalog rule's decision, not the status's.
 *
 * <p>In JSON a status is its {@link #code()}: {@code "provided"}, {@code "incomplete"}, {@code
 * "missing_explained"} or {@code "missing"}.
 */
public enum EvidenceStatus {
  /** The evidence was supplied in full; the item has a value. */
  PROVIDED,
  /** Some evidence was supplied but not all that is required; the item may have a partial value. */
  INCOMPLETE,
  /**
   * No evidence was supplied, and the unit explained why (giải trình); the item has an explanation
   * and no value.
   */
  MISSING_EXPLAINED,
  /** No evidence was supplied and nothing was explained; the item has no value. */
  MISSING;

  /** Returns the lowercase snake-case code used in JSON, e.g. {@code "missing_explained"}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the status whose {@link #code()} is {@code code}, if there is one. */
  public static Optional<EvidenceStatus> fromCode(String code) {
    for (EvidenceStatus s : values()) {
      if (s.code().equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Returns whether an item with this status may carry a value. */
  public boolean allowsValue() {
    return this == PROVIDED || this == INCOMPLETE;
  }
}
