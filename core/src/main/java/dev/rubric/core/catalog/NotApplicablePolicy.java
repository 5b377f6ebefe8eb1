package dev.rubric.core.catalog;

/**
 * What a node that does not apply to a unit contributes (the three ways real criteria sets handle
 * it).
 */
public enum NotApplicablePolicy {
  /** The node is scored in full: the triggering situation did not occur ({@code else full}). */
  AWARD_FULL("full"),
  /** The node and its max leave the total: the index is rescaled ({@code else exclude}). */
  EXCLUDE_AND_RESCALE("exclude"),
  /**
   * The node's whole channel leaves the index, which is renormalised over the remaining channels
   * ({@code else renormalise}): no survey gives appraised / appraisal max × 100.
   */
  RENORMALISE_CHANNEL("renormalise");

  private final String keyword;

  NotApplicablePolicy(String keyword) {
    this.keyword = keyword;
  }

  /** Returns the keyword used after {@code else} in catalog text. */
  public String keyword() {
    return keyword;
  }
}
