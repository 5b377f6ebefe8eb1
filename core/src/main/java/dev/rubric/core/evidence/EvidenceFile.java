package dev.rubric.core.evidence;

import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import java.util.Objects;

/**
 * Everything needed to evaluate one unit for one period except the catalog: the unit snapshot, the
 * period and the evidence. This is what an evidence JSON file ({@code "rubric-evidence/1"}) holds;
 * read and write it with {@code dev.rubric.core.json.Json}.
 *
 * @param unit the unit as it stood in the period
 * @param period the period
 * @param evidence the unit's evidence for the period
 */
public record EvidenceFile(Unit unit, Period period, EvidenceSet evidence) {

  /**
   * Checks that the three parts agree.
   *
   * @throws IllegalArgumentException if {@code evidence} names another unit or another period
   */
  public EvidenceFile {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(evidence, "evidence");
    if (!evidence.unitCode().equals(unit.code())) {
      throw new IllegalArgumentException(
          "evidenceFile.evidence.unitCode: expected the unit's code '"
              + unit.code()
              + "' but found '"
              + evidence.unitCode()
              + "'");
    }
    if (!evidence.periodId().equals(period.id())) {
      throw new IllegalArgumentException(
          "evidenceFile.evidence.periodId: expected the period's id '"
              + period.id()
              + "' but found '"
              + evidence.periodId()
              + "'");
    }
  }
}
