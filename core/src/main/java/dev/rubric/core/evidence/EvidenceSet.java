package dev.rubric.core.evidence;

import dev.rubric.core.internal.Checks;
import dev.rubric.core.internal.Text;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The evidence of one unit for one period: one {@link Evidence} item per declared input key.
 *
 * <p>Build one with {@link #builder()}:
 *
 * <pre>{@code
 * EvidenceSet evidence = EvidenceSet.builder()
 *     .unitCode("01969")
 *     .periodId("2022")
 *     .note("SYNTHETIC data")
 *     .putEvidence("ho_so_dung_han", Evidence.provided(EvidenceValue.Ratio.of(412, 420)))
 *     .putEvidence("khao_sat", Evidence.missingExplained("Chưa tổ chức khảo sát"))
 *     .build();
 * }</pre>
 *
 * <p>Invariants, checked by {@code build()}: codes are non-blank without surrounding spaces, input
 * keys are identifiers (letters, digits, {@code '_'}), the note is non-blank. Strings are
 * NFC-normalised. Items iterate in key order whatever order they were added in, so equal sets
 * iterate, print and serialise identically. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvidenceSet {

  EvidenceSet() {}

  /** Returns a builder; {@code unitCode} and {@code periodId} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EvidenceSet}; obtained from {@link EvidenceSet#builder()}. */
  public static final class Builder extends ImmutableEvidenceSet.Builder {
    Builder() {}
  }

  /** Returns the code of the unit the evidence is about, e.g. {@code "01969"}. */
  public abstract String unitCode();

  /** Returns the id of the period the evidence covers, e.g. {@code "2022"}. */
  public abstract String periodId();

  /** Returns a free note about the whole set, e.g. {@code "SYNTHETIC data"}. */
  public abstract Optional<String> note();

  /** Returns the items by input key, in key order. */
  @Value.NaturalOrder
  public abstract SortedMap<String, Evidence> evidence();

  /** Returns the item for {@code inputKey}, if the set has one. */
  public Optional<Evidence> evidence(String inputKey) {
    return Optional.ofNullable(evidence().get(Text.nfc(inputKey)));
  }

  @Value.Check
  EvidenceSet normalize() {
    String unitCode = Text.code("evidenceSet.unitCode", unitCode());
    String periodId = Text.code("evidenceSet.periodId", periodId());
    Optional<String> note = note().map(n -> Text.nonBlank("evidenceSet.note", n));
    SortedMap<String, Evidence> items = new TreeMap<>();
    evidence()
        .forEach(
            (k, v) -> {
              String key = Checks.identifier("evidenceSet.evidence", k);
              if (items.put(key, v) != null) {
                throw new IllegalArgumentException(
                    "evidenceSet.evidence: expected distinct keys but found '"
                        + key
                        + "' twice after NFC normalisation");
              }
            });
    if (unitCode.equals(unitCode())
        && periodId.equals(periodId())
        && note.equals(note())
        && items.keySet().equals(evidence().keySet())) {
      return this;
    }
    return new Builder().unitCode(unitCode).periodId(periodId).note(note).evidence(items).build();
  }
}
