package dev.rubric.dsl.internal.eval;

import dev.rubric.core.result.NodeResult;
import java.util.List;

/**
 * A node's reported result beside its exact points: what the evaluator decides with.
 *
 * <p>{@link NodeResult#earned()} and {@link NodeResult#applicableMax()} are for display: a leaf's
 * points are cut to {@link dev.rubric.core.Decimal#DIVISION_SCALE} places when their quotient does
 * not terminate, and a parent shows the sum of what its children show. Parent statuses, findings,
 * bonus and penalty totals, area shares and the index are computed from {@code earned} and {@code
 * applicable} here, which are exact, so the index is rounded once, where the catalog says.
 *
 * <p>{@code children} are the children's own {@code Scored}, in catalog order, for the index
 * formulas that look below the top level (weighted composites, XCCDF).
 */
record Scored(NodeResult result, Num earned, Num applicable, List<Scored> children) {

  /** A leaf's. */
  Scored(NodeResult result, Num earned, Num applicable) {
    this(result, earned, applicable, List.of());
  }
}
