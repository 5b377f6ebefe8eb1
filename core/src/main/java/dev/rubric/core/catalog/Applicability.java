package dev.rubric.core.catalog;

import java.util.Objects;

/**
 * When a node applies ({@code applies-when CONDITION else POLICY}) and what it contributes when it
 * does not.
 */
public record Applicability(Expr condition, NotApplicablePolicy policy) {
  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public Applicability {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(policy, "policy");
  }
}
