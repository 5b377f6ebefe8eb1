package dev.rubric.dsl.internal.eval;

import dev.rubric.core.catalog.IndexFormula;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.result.NodeStatus;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The catalog's index formulas, on exact points: a percentage of the applicable maximum (optionally
 * clamped to 0–100), the sum of points, a weighted mean of shares (composites at any depth) or one
 * of the XCCDF 1.2 scoring models. Nothing is rounded here; the engine rounds the index once, as
 * the catalog says, and gives an empty scored set the formula's {@link IndexFormula#empty()} value.
 */
final class IndexFormulas {
  private static final Num HUNDRED = Num.of(100);

  private IndexFormulas() {}

  /**
   * Returns the exact index, or null when the formula's scored set is empty (no applicable points,
   * no weighted node that applies, no XCCDF rule with a scored result).
   *
   * @param nodes the catalog's top-level areas, in catalog order
   * @param areas their results, in the same order
   * @param total the points counted: earned plus bonus minus penalty
   * @param applicable the applicable maximum of the channels counted
   */
  static @Nullable Num index(
      IndexFormula formula, List<Node> nodes, List<Scored> areas, Num total, Num applicable) {
    if (formula instanceof IndexFormula.WeightedSum weighted) {
      Num index = weighted(weighted, nodes, areas);
      return index == null || weighted.scale() == IndexFormula.Scale.FRACTION
          ? index
          : HUNDRED.times(index);
    }
    if (formula instanceof IndexFormula.Xccdf xccdf) {
      return xccdf(xccdf, nodes, areas);
    }
    if (applicable.signum() == 0) {
      return null;
    }
    if (formula instanceof IndexFormula.PointsSum) {
      return total;
    }
    Num index = HUNDRED.times(total).dividedBy(applicable);
    if (((IndexFormula.PercentOfApplicableMax) formula).clamp()) {
      index = index.max(Num.ZERO).min(HUNDRED);
    }
    return index;
  }

  // ---------------------------------------------------------------- weighted

  /**
   * Returns Σ wᵢ·vᵢ / Σ wᵢ over the weighted top-level nodes that apply, or null when none does.
   * The shares vᵢ come from exact points, never from the points nodes show.
   */
  private static @Nullable Num weighted(
      IndexFormula.WeightedSum formula, List<Node> nodes, List<Scored> areas) {
    Num sum = Num.ZERO;
    Num weights = Num.ZERO;
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      Optional<Num> w = formula.weightOf(n.code()).or(n::weight).map(Num::of);
      if (w.isEmpty()) {
        continue;
      }
      Num v = share(n, areas.get(i));
      if (v != null) {
        sum = sum.plus(w.get().times(v));
        weights = weights.plus(w.get());
      }
    }
    return weights.signum() == 0 ? null : sum.dividedBy(weights);
  }

  /**
   * Returns a node's share from 0 to 1, or null when it does not count (nothing applies, or none of
   * its weighted children counts): the weighted mean of its children's shares when some of its
   * children carry weights (the others then do not enter), else its earned / applicable max,
   * limited to [0, 1].
   */
  private static @Nullable Num share(Node n, Scored s) {
    if (s.applicable().signum() == 0) {
      return null;
    }
    boolean composite = false;
    for (Node c : n.children()) {
      composite |= c.weight().isPresent();
    }
    if (!composite || s.children().size() != n.children().size()) {
      return s.earned().dividedBy(s.applicable()).max(Num.ZERO).min(Num.ONE);
    }
    Num sum = Num.ZERO;
    Num weights = Num.ZERO;
    for (int i = 0; i < n.children().size(); i++) {
      Node c = n.children().get(i);
      if (c.weight().isEmpty()) {
        continue;
      }
      Num v = share(c, s.children().get(i));
      if (v != null) {
        Num w = Num.of(c.weight().get());
        sum = sum.plus(w.times(v));
        weights = weights.plus(w);
      }
    }
    return weights.signum() == 0 ? null : sum.dividedBy(weights);
  }

  // ---------------------------------------------------------------- XCCDF

  /** A node's score and the number of its children (or, for a leaf, itself) that were scored. */
  private record Tally(Num score, int count) {}

  private static @Nullable Num xccdf(
      IndexFormula.Xccdf formula, List<Node> nodes, List<Scored> areas) {
    if (formula.model() == IndexFormula.XccdfModel.DEFAULT) {
      Tally t = group(formula, nodes, areas);
      return t.count() == 0 ? null : t.score();
    }
    boolean unweighted = formula.model() == IndexFormula.XccdfModel.FLAT_UNWEIGHTED;
    Num[] flat = {Num.ZERO, Num.ZERO}; // score, max
    boolean[] scored = {false};
    for (int i = 0; i < nodes.size(); i++) {
      flat(formula, unweighted, nodes.get(i), areas.get(i), flat, scored);
    }
    if (!scored[0]) {
      return null;
    }
    if (formula.model() == IndexFormula.XccdfModel.ABSOLUTE) {
      return flat[0].compareTo(flat[1]) == 0 ? Num.ONE : Num.ZERO;
    }
    return flat[0];
  }

  /**
   * The default model's score of a group: Σ scoreᵢ·wᵢ / Σ wᵢ over the children with a scored rule
   * below them (0 when their weights add up to 0), and how many such children there are.
   */
  private static Tally group(IndexFormula.Xccdf formula, List<Node> nodes, List<Scored> results) {
    Num score = Num.ZERO;
    Num weights = Num.ZERO;
    int count = 0;
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      Tally t = tally(formula, n, results.get(i));
      if (t.count() == 0) {
        continue;
      }
      Num w = weight(n);
      score = score.plus(t.score().times(w));
      weights = weights.plus(w);
      count++;
    }
    if (count > 0) {
      score = weights.signum() == 0 ? Num.ZERO : score.dividedBy(weights);
    }
    return new Tally(score, count);
  }

  private static Tally tally(IndexFormula.Xccdf formula, Node n, Scored s) {
    if (n.children().isEmpty() || s.children().size() != n.children().size()) {
      Result r = result(formula, n, s.result().status());
      return r == Result.UNSCORED
          ? new Tally(Num.ZERO, 0)
          : new Tally(r == Result.PASS ? HUNDRED : Num.ZERO, 1);
    }
    return group(formula, n.children(), s.children());
  }

  private static void flat(
      IndexFormula.Xccdf formula,
      boolean unweighted,
      Node n,
      Scored s,
      Num[] flat,
      boolean[] scored) {
    if (!n.children().isEmpty() && s.children().size() == n.children().size()) {
      for (int i = 0; i < n.children().size(); i++) {
        flat(formula, unweighted, n.children().get(i), s.children().get(i), flat, scored);
      }
      return;
    }
    Result r = result(formula, n, s.result().status());
    if (r == Result.UNSCORED) {
      return;
    }
    scored[0] = true;
    Num w = unweighted ? Num.ONE : weight(n);
    flat[1] = flat[1].plus(w);
    if (r == Result.PASS) {
      flat[0] = flat[0].plus(w);
    }
  }

  private static Num weight(Node n) {
    return n.weight().map(Num::of).orElse(Num.ONE);
  }

  /** How an XCCDF rule result counts. */
  private enum Result {
    PASS,
    FAIL,
    UNSCORED
  }

  /**
   * Maps a leaf's status to an XCCDF rule result: a leaf of max 0 (collected, not scored) is
   * informational and not scored; met is pass; partial, not met and error are scored and not
   * passing (fail, error); not applicable is notapplicable (not scored); missing evidence is
   * unknown (scored, not passing) or notchecked (not scored), as the catalog says.
   */
  private static Result result(IndexFormula.Xccdf formula, Node n, NodeStatus status) {
    if (n.max().signum() == 0) {
      return Result.UNSCORED;
    }
    return switch (status) {
      case MET -> Result.PASS;
      case NOT_APPLICABLE -> Result.UNSCORED;
      case INSUFFICIENT_EVIDENCE -> formula.missingScored() ? Result.FAIL : Result.UNSCORED;
      default -> Result.FAIL;
    };
  }
}
