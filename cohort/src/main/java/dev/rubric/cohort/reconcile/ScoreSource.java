package dev.rubric.cohort.reconcile;

/** Where the final points of a criterion came from. */
public enum ScoreSource {
  /** The points computed from the evidence: no council round changed them. */
  COMPUTED("computed"),
  /** The council's points, which differ from the computed ones. */
  APPRAISED("appraised"),
  /** The points the unit gave in its explanation, which the council accepted. */
  ACCEPTED_EXPLANATION("accepted_explanation");

  private final String code;

  ScoreSource(String code) {
    this.code = code;
  }

  /** Returns the lowercase snake-case code used in JSON and CSV, e.g. {@code "computed"}. */
  public String code() {
    return code;
  }
}
