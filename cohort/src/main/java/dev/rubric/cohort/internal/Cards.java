package dev.rubric.cohort.internal;

import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import java.util.List;

/**
 * What the cohort's accumulators look up in a scorecard, written once: the ranking and the
 * robustness analysis find an area's result the same way and refuse a scorecard of another catalog
 * with the same words. Not exported: the package is internal to {@code dev.rubric.cohort}.
 */
public final class Cards {

  private Cards() {}

  /**
   * Returns the result of node {@code code} of {@code card}: the top-level node at {@code position}
   * when it has that code (a catalog's areas come in its order, so this is the usual case and
   * spares a search), else the top-level node of that code, else the node of that code anywhere in
   * the tree.
   *
   * @param position where the node is expected among the top-level nodes; -1 for nowhere in
   *     particular
   * @throws IllegalArgumentException if {@code card} has no node {@code code}: it is a scorecard of
   *     another catalog
   */
  public static NodeResult node(Scorecard card, int position, String code) {
    List<NodeResult> top = card.nodes();
    if (position >= 0 && position < top.size() && top.get(position).code().equals(code)) {
      return top.get(position);
    }
    for (NodeResult r : top) {
      if (r.code().equals(code)) {
        return r;
      }
    }
    return card.node(code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "cards: expected scorecards of one catalog but '"
                        + card.unitCode()
                        + "' lacks node '"
                        + code
                        + "'"));
  }
}
