package dev.rubric.core.result;

import dev.rubric.core.Language;
import dev.rubric.core.catalog.NodeKind;
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

  /**
   * Returns the human-readable name of this status for a node of {@code kind}, in {@code language}:
   * a bonus item that earned nothing is {@code "Chưa được cộng"} ({@code "Not earned"}), not "not
   * met"; a penalty item with no deduction is {@code "Không bị trừ"} ({@code "No deduction"}) and
   * one with a deduction {@code "Bị trừ điểm"} ({@code "Deducted"}); every other node reads as
   * {@link #label(Language)}.
   */
  public String label(Language language, NodeKind kind) {
    Objects.requireNonNull(kind, "kind");
    if (kind == NodeKind.BONUS && this == NOT_MET) {
      return language == Language.EN ? "Not earned" : "Chưa được cộng";
    }
    if (kind == NodeKind.PENALTY && this == MET) {
      return language == Language.EN ? "No deduction" : "Không bị trừ";
    }
    if (kind == NodeKind.PENALTY && this == NOT_MET) {
      return language == Language.EN ? "Deducted" : "Bị trừ điểm";
    }
    return label(language);
  }

  /**
   * Returns whether this status, for a node of {@code kind}, is neutral news rather than a
   * shortfall: a bonus item not earned. Reports show it without the colour of "not met".
   */
  public boolean isNeutral(NodeKind kind) {
    return kind == NodeKind.BONUS && this == NOT_MET;
  }
}
