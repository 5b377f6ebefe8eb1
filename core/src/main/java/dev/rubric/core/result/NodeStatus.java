package dev.rubric.core.result;

import dev.rubric.core.Language;
import java.util.Objects;

/**
 * The outcome of evaluating one catalog node for a unit.
 *
 * <p>In JSON a status is its lowercase constant name: {@code "met"}, {@code "partial"}, {@code
 * "not_met"}, {@code "not_applicable"}, {@code "insufficient_evidence"}, {@code "error"}.
 */
public enum NodeStatus {
  /** The node earned all of its applicable points (Đạt). */
  MET("Đạt", "Met"),
  /** The node earned some but not all of its applicable points (Đạt một phần). */
  PARTIAL("Đạt một phần", "Partially met"),
  /** The node earned none of its applicable points (Không đạt). */
  NOT_MET("Không đạt", "Not met"),
  /**
   * The node does not apply to the unit; its not-applicable policy decided whether its points were
   * awarded or excluded from the applicable maximum (Không áp dụng).
   */
  NOT_APPLICABLE("Không áp dụng", "Not applicable"),
  /** The evidence needed to score the node is missing or incomplete (Thiếu tài liệu kiểm chứng). */
  INSUFFICIENT_EVIDENCE("Thiếu tài liệu kiểm chứng", "Insufficient evidence"),
  /** The node's rule could not be evaluated; a finding describes why (Lỗi). */
  ERROR("Lỗi", "Error");

  private final String vi;
  private final String en;

  NodeStatus(String vi, String en) {
    this.vi = vi;
    this.en = en;
  }

  /**
   * Returns the human-readable name in {@code language}, e.g. {@code "Đạt một phần"} or {@code
   * "Partially met"}.
   */
  public String label(Language language) {
    Objects.requireNonNull(language, "language");
    return language == Language.EN ? en : vi;
  }
}
