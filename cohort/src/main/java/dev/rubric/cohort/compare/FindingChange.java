package dev.rubric.cohort.compare;

import dev.rubric.core.finding.Finding;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding matched across two periods by its criterion (through the code mapping) and kind, or by
 * its code when it concerns no criterion.
 *
 * @param status new, persisting or resolved
 * @param key what the findings were matched by: the criterion's newer code, a dot and the kind
 *     (e.g. {@code 2.3.partial}), or the finding code
 * @param before the finding in the older period; empty when new
 * @param after the finding in the newer period; empty when resolved
 */
public record FindingChange(
    Status status, String key, Optional<Finding> before, Optional<Finding> after) {

  /** Checks that no component is null. */
  public FindingChange {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** Returns the newer finding, else the older one. */
  public Finding finding() {
    return after.or(() -> before).orElseThrow();
  }

  /** Whether a finding is new, persisting or resolved. */
  public enum Status {
    /** Only in the newer period. */
    NEW,
    /** In both. */
    PERSISTING,
    /** Only in the older period. */
    RESOLVED;

    /** Returns the code used in JSON and CSV, e.g. {@code persisting}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
