package dev.rubric.core.evidence;

import dev.rubric.core.internal.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * One evidence item: the status of what a unit supplied for one declared input, the typed value if
 * any, the unit's explanation, and provenance.
 *
 * <p>Invariants between status, value and explanation:
 *
 * <table>
 *   <caption>Allowed combinations</caption>
 *   <tr><th>status</th><th>value</th><th>explanation</th></tr>
 *   <tr><td>{@code PROVIDED}</td><td>required</td><td>absent</td></tr>
 *   <tr><td>{@code INCOMPLETE}</td><td>optional (partial)</td><td>optional</td></tr>
 *   <tr><td>{@code MISSING_EXPLAINED}</td><td>absent</td><td>required</td></tr>
 *   <tr><td>{@code MISSING}</td><td>absent</td><td>absent</td></tr>
 * </table>
 *
 * <p>An incomplete item may carry an explanation because units must explain every criterion scored
 * with incomplete evidence; a missing item with an explanation is {@code MISSING_EXPLAINED}.
 *
 * @param status whether the evidence was supplied
 * @param value the supplied value
 * @param explanation the unit's explanation (giải trình); non-blank, NFC
 * @param provenance where the item came from; {@link Provenance#NONE} when unknown
 */
public record Evidence(
    EvidenceStatus status,
    Optional<EvidenceValue> value,
    Optional<String> explanation,
    Provenance provenance) {

  /**
   * Validates and normalises the components.
   *
   * @throws IllegalArgumentException if the combination of status, value and explanation is not
   *     allowed (see the table above) or the explanation is blank
   */
  public Evidence {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(provenance, "provenance");
    explanation = explanation.map(e -> Text.nonBlank("evidence.explanation", e));
    if (status == EvidenceStatus.PROVIDED && value.isEmpty()) {
      throw new IllegalArgumentException(
          "evidence.value: expected a value when status is provided but found none");
    }
    if (!status.allowsValue() && value.isPresent()) {
      throw new IllegalArgumentException(
          "evidence.value: expected no value when status is "
              + status.code()
              + " but found a "
              + value.get().typeName());
    }
    if (status == EvidenceStatus.MISSING_EXPLAINED && explanation.isEmpty()) {
      throw new IllegalArgumentException(
          "evidence.explanation: expected an explanation when status is missing_explained but found none");
    }
    if ((status == EvidenceStatus.PROVIDED || status == EvidenceStatus.MISSING)
        && explanation.isPresent()) {
      throw new IllegalArgumentException(
          "evidence.explanation: expected no explanation when status is "
              + status.code()
              + " but found '"
              + explanation.get()
              + "'");
    }
  }

  /** Returns a provided item with {@code value} and no provenance. */
  public static Evidence provided(EvidenceValue value) {
    return new Evidence(
        EvidenceStatus.PROVIDED, Optional.of(value), Optional.empty(), Provenance.NONE);
  }

  /**
   * Returns an incomplete item with the partial {@code value} and the unit's {@code explanation}.
   */
  public static Evidence incomplete(EvidenceValue value, String explanation) {
    return new Evidence(
        EvidenceStatus.INCOMPLETE, Optional.of(value), Optional.of(explanation), Provenance.NONE);
  }

  /**
   * Returns a missing item that the unit explained.
   *
   * @throws IllegalArgumentException if {@code explanation} is blank
   */
  public static Evidence missingExplained(String explanation) {
    return new Evidence(
        EvidenceStatus.MISSING_EXPLAINED,
        Optional.empty(),
        Optional.of(explanation),
        Provenance.NONE);
  }

  /** Returns a missing, unexplained item. */
  public static Evidence missing() {
    return new Evidence(
        EvidenceStatus.MISSING, Optional.empty(), Optional.empty(), Provenance.NONE);
  }

  /** Returns a copy with {@code provenance}. */
  public Evidence withProvenance(Provenance provenance) {
    return new Evidence(status, value, explanation, provenance);
  }
}
