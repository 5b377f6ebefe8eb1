package dev.rubric.core.finding;

import java.util.Objects;

/**
 * What a {@link Finding} is about. Each kind has a stable {@link #code()} that forms the last
 * segment of finding codes such as {@code "2.3.not-met"} (see {@link Finding#codeFor}).
 *
 * <p>In JSON a kind is its lowercase constant name, like every Rubric enum: {@code "not_met"},
 * {@code "missing_evidence"}, ...; its {@link #code()} is the hyphenated form used inside finding
 * codes.
 */
public enum FindingKind {
  /** A criterion scored no points ({@code "not-met"}). */
  NOT_MET("not-met"),
  /** A criterion scored some but not all of its applicable points ({@code "partial"}). */
  PARTIAL("partial"),
  /** Evidence a criterion requires is missing or incomplete ({@code "missing-evidence"}). */
  MISSING_EVIDENCE("missing-evidence"),
  /** A dated obligation was met after its deadline, or not by the as-of date ({@code "late"}). */
  LATE("late"),
  /** Input data is inconsistent, out of range or malformed ({@code "data-quality"}). */
  DATA_QUALITY("data-quality"),
  /**
   * A self-assessed score differs from the computed or appraised one ({@code
   * "self-assessment-gap"}).
   */
  SELF_ASSESSMENT_GAP("self-assessment-gap"),
  /**
   * A rule needs the other units of the cohort (e.g. ratio to the best unit) and was evaluated
   * without them ({@code "needs-cohort"}).
   */
  NEEDS_COHORT("needs-cohort"),
  /** A rule could not be evaluated; the node's status is an error ({@code "evaluation-error"}). */
  EVALUATION_ERROR("evaluation-error"),
  /**
   * Waivers applied to the unit, or a waiver that was not in force and so not applied ({@code
   * "waiver"}).
   */
  WAIVER("waiver");

  private final String code;

  FindingKind(String code) {
    this.code = code;
  }

  /** Returns the stable lowercase, hyphenated code, e.g. {@code "self-assessment-gap"}. */
  public String code() {
    return code;
  }

  /**
   * Returns the kind whose {@link #code()} is {@code code}.
   *
   * @throws IllegalArgumentException if no kind has that code
   */
  public static FindingKind fromCode(String code) {
    Objects.requireNonNull(code, "code");
    for (FindingKind k : values()) {
      if (k.code.equals(code)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "kind: expected a finding kind code such as 'not-met' but found '" + code + "'");
  }
}
