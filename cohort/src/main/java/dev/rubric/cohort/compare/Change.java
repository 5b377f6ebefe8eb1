package dev.rubric.cohort.compare;

import java.util.Objects;
import java.util.Optional;

/**
 * One change between two catalog versions.
 *
 * @param kind what changed
 * @param fromCode the node or input in the older version (node code, input key, {@code unit.}
 *     attribute); empty for a new node or a catalog-level change
 * @param toCode the same in the newer version; empty for a removed node or a catalog-level change
 * @param before the old value as text (a maximum, a rule in the catalog language, a title); empty
 *     when there is none
 * @param after the new value as text; empty when there is none
 */
public record Change(
    ChangeKind kind,
    Optional<String> fromCode,
    Optional<String> toCode,
    Optional<String> before,
    Optional<String> after) {

  /** Checks that no component is null. */
  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fromCode, "fromCode");
    Objects.requireNonNull(toCode, "toCode");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** Returns the code shown for the change: the new code, else the old one, else empty. */
  public String code() {
    return toCode.or(() -> fromCode).orElse("");
  }
}
