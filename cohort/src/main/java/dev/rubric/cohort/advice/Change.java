package dev.rubric.cohort.advice;

import dev.rubric.core.evidence.EvidenceValue;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of evidence a {@link Fix} asks for: the input, its value now (empty when the evidence
 * is missing or carries no value) and the value that reaches the next level.
 *
 * @param inputKey the declared input, e.g. {@code ho_so_dung_han}
 * @param from the value the unit supplied, if any
 * @param to the value the fix asks for
 */
public record Change(String inputKey, Optional<EvidenceValue> from, EvidenceValue to) {
  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public Change {
    Objects.requireNonNull(inputKey, "inputKey");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
