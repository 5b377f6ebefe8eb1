package dev.rubric.core.catalog;

import dev.rubric.core.Decimal;
import dev.rubric.core.internal.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** How a scorecard's index is computed from node results. */
public sealed interface IndexFormula
    permits IndexFormula.PercentOfApplicableMax, IndexFormula.WeightedSum {

  /**
   * PAR style: {@code 100 × (earned + bonus − penalty) / applicable max}, over the channels
   * present.
   *
   * @param clamp whether the index is limited to [0, 100] (bonus can otherwise exceed 100)
   */
  record PercentOfApplicableMax(boolean clamp) implements IndexFormula {}

  /** One weighted component of a {@link WeightedSum}: a top-level node and its weight. */
  record Weight(String code, Decimal weight) {
    /**
     * Checks the code and that the weight is not negative.
     *
     * @throws IllegalArgumentException if {@code code} is blank or has surrounding whitespace, or
     *     {@code weight} is negative
     * @throws NullPointerException if a component is null
     */
    public Weight {
      code = Text.code("weight.code", code);
      Objects.requireNonNull(weight, "weight");
      if (weight.signum() < 0) {
        throw new IllegalArgumentException(
            "weight " + code + ": expected a non-negative weight but found " + weight);
      }
    }
  }

  /**
   * DTI style: {@code Σ wᵢ·vᵢ / Σ wᵢ}, where {@code vᵢ} is node i's earned / applicable max (0 to
   * 1).
   */
  record WeightedSum(List<Weight> weights) implements IndexFormula {
    /**
     * Validates the weights and makes the list an immutable copy.
     *
     * @throws IllegalArgumentException if {@code weights} is empty, a code repeats, or the weights
     *     add up to 0
     * @throws NullPointerException if {@code weights} or an element is null
     */
    public WeightedSum {
      weights = List.copyOf(weights);
      if (weights.isEmpty()) {
        throw new IllegalArgumentException("weights: expected at least one weight but found none");
      }
      Set<String> seen = new HashSet<>();
      Decimal total = Decimal.ZERO;
      for (Weight w : weights) {
        if (!seen.add(w.code())) {
          throw new IllegalArgumentException("weights: duplicate code '" + w.code() + "'");
        }
        total = total.plus(w.weight());
      }
      if (total.signum() == 0) {
        throw new IllegalArgumentException("weights: expected a positive total weight but found 0");
      }
    }
  }
}
