package dev.rubric.dsl.internal.eval;

import dev.rubric.core.catalog.IndexFormula;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The catalog's index formulas, on exact points: a percentage of the applicable maximum (optionally
 * clamped to 0–100) or a weighted sum of area shares. Nothing is rounded here; the engine rounds
 * the index once, as the catalog says.
 */
final class IndexFormulas {
  private IndexFormulas() {}

  /**
   * Returns the exact index, or null when no criterion applies (no applicable points, or no
   * weighted area that applies).
   *
   * @param areas the top-level areas' results, in catalog order
   * @param total the points counted: earned plus bonus minus penalty
   * @param applicable the applicable maximum of the channels counted
   */
  static @Nullable Num index(IndexFormula formula, List<Scored> areas, Num total, Num applicable) {
    if (formula instanceof IndexFormula.WeightedSum weighted) {
      return weighted(weighted, areas);
    }
    if (applicable.signum() == 0) {
      return null;
    }
    Num index = Num.of(100).times(total).dividedBy(applicable);
    if (((IndexFormula.PercentOfApplicableMax) formula).clamp()) {
      index = index.max(Num.ZERO).min(Num.of(100));
    }
    return index;
  }

  /**
   * Returns Σ wᵢ·vᵢ / Σ wᵢ over the weighted areas that apply, or null when none applies. The
   * shares vᵢ come from the areas' exact points, never from the points they show.
   */
  private static @Nullable Num weighted(IndexFormula.WeightedSum formula, List<Scored> areas) {
    Num sum = Num.ZERO;
    Num weights = Num.ZERO;
    for (IndexFormula.Weight w : formula.weights()) {
      for (Scored a : areas) {
        if (a.result().code().equals(w.code()) && a.applicable().signum() > 0) {
          Num v = a.earned().dividedBy(a.applicable()).max(Num.ZERO).min(Num.ONE);
          sum = sum.plus(Num.of(w.weight()).times(v));
          weights = weights.plus(Num.of(w.weight()));
        }
      }
    }
    return weights.signum() == 0 ? null : sum.dividedBy(weights);
  }
}
