package dev.rubric.cohort.reconcile;

import dev.rubric.core.Decimal;
import dev.rubric.core.finding.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit reconciled: its criteria side by side, a finding per gap, the problems of its
 * assessment, and the index of every view of its points.
 *
 * @param unitCode the unit's code
 * @param unitName the unit's name
 * @param assessed whether the unit has an assessment; without one, only computed points are shown
 * @param lines one line per scored criterion (the leaves of the catalog), in catalog order
 * @param findings one finding per gap (RB821–RB824), in the order of the lines
 * @param problems the problems of the unit's assessment (RB801–RB808), in the order of its scores
 * @param indexes the index of each view: {@code computed}, each round the assessment has (in round
 *     order; criteria a round does not score keep their latest earlier points, else the computed
 *     ones) and {@code final_result}
 */
public record UnitReconciliation(
    String unitCode,
    String unitName,
    boolean assessed,
    List<CriterionLine> lines,
    List<Finding> findings,
    List<Finding> problems,
    List<RoundIndex> indexes) {

  /** Checks and copies the components. */
  public UnitReconciliation {
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(unitName, "unitName");
    lines = List.copyOf(lines);
    findings = List.copyOf(findings);
    problems = List.copyOf(problems);
    indexes = List.copyOf(indexes);
  }

  /**
   * Returns the index of {@code view} ({@code "computed"}, a round code, {@code "final_result"}).
   */
  public Optional<RoundIndex> index(String view) {
    return indexes.stream().filter(i -> i.view().equals(view)).findFirst();
  }

  /** Returns the line of criterion {@code code}, if the catalog scores it. */
  public Optional<CriterionLine> line(String code) {
    return lines.stream().filter(l -> l.code().equals(code)).findFirst();
  }

  /**
   * Returns the over-claim measure: the points claimed above the computed ones, summed over the
   * criteria. Raising a claim never lowers it.
   */
  public Decimal overClaimedPoints() {
    Decimal sum = Decimal.ZERO;
    for (CriterionLine l : lines) {
      sum = sum.plus(l.overClaim());
    }
    return sum;
  }
}
