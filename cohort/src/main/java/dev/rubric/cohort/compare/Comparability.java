package dev.rubric.cohort.compare;

/** How a node's results under two catalog versions can be compared. Ordered from the best. */
public enum Comparability {
  /** Same rule and maximum (possibly a new code, title or position): points compare directly. */
  COMPARABLE("comparable"),
  /** Same kind of rule, another maximum: compare shares of the maximum, not points. */
  RESCALED("rescaled"),
  /**
   * The rule, applicability or parts changed, or the node is new, removed or merged: no delta is
   * shown.
   */
  NOT_COMPARABLE("not-comparable");

  private final String code;

  Comparability(String code) {
    this.code = code;
  }

  /** Returns the code used in JSON and CSV, e.g. {@code not-comparable}. */
  public String code() {
    return code;
  }

  /** Returns the worse of this and {@code other}. */
  public Comparability worst(Comparability other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
