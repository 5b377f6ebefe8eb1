package dev.rubric.core.evidence;

import dev.rubric.core.internal.Checks;
import dev.rubric.core.internal.Text;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an evidence item came from and who vouched for it: the data source (nguồn thu thập dữ liệu)
 * and the verifier (đơn vị phối hợp xác minh) of DTI indicator tables, and the submission record of
 * PAR scoring software. Every component is optional; {@link #NONE} has none.
 *
 * @param sourceSystem the system or body that supplied the data, e.g. {@code "Hệ thống một cửa điện
 *     tử tỉnh"}
 * @param submittedBy who submitted the item
 * @param submittedAt when the item was submitted, with its UTC offset
 * @param verifiedBy who verified the item
 */
public record Provenance(
    Optional<String> sourceSystem,
    Optional<String> submittedBy,
    Optional<OffsetDateTime> submittedAt,
    Optional<String> verifiedBy) {

  /** Provenance with no component. */
  public static final Provenance NONE =
      new Provenance(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Validates and normalises the components.
   *
   * @throws IllegalArgumentException if a text is blank or {@code submittedAt} lies outside
   *     1900-01-01..2199-12-31
   */
  public Provenance {
    sourceSystem =
        Objects.requireNonNull(sourceSystem, "sourceSystem")
            .map(s -> Text.nonBlank("provenance.sourceSystem", s));
    submittedBy =
        Objects.requireNonNull(submittedBy, "submittedBy")
            .map(s -> Text.nonBlank("provenance.submittedBy", s));
    submittedAt =
        Objects.requireNonNull(submittedAt, "submittedAt")
            .map(t -> Checks.dateTime("provenance.submittedAt", t));
    verifiedBy =
        Objects.requireNonNull(verifiedBy, "verifiedBy")
            .map(s -> Text.nonBlank("provenance.verifiedBy", s));
  }

  /** Returns provenance naming only the source system. */
  public static Provenance fromSource(String sourceSystem) {
    return NONE.withSourceSystem(sourceSystem);
  }

  /** Returns a copy with {@code sourceSystem}. */
  public Provenance withSourceSystem(String sourceSystem) {
    return new Provenance(Optional.of(sourceSystem), submittedBy, submittedAt, verifiedBy);
  }

  /** Returns a copy with {@code submittedBy}. */
  public Provenance withSubmittedBy(String submittedBy) {
    return new Provenance(sourceSystem, Optional.of(submittedBy), submittedAt, verifiedBy);
  }

  /** Returns a copy with {@code submittedAt}. */
  public Provenance withSubmittedAt(OffsetDateTime submittedAt) {
    return new Provenance(sourceSystem, submittedBy, Optional.of(submittedAt), verifiedBy);
  }

  /** Returns a copy with {@code verifiedBy}. */
  public Provenance withVerifiedBy(String verifiedBy) {
    return new Provenance(sourceSystem, submittedBy, submittedAt, Optional.of(verifiedBy));
  }

  /** Returns whether no component is present. */
  public boolean isEmpty() {
    return equals(NONE);
  }
}
