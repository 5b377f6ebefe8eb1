package dev.rubric.core.catalog;

import dev.rubric.core.Decimal;
import dev.rubric.core.internal.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a scorecard's index is computed from node results.
 *
 * <p>Every formula says what a unit scores when its scored set is empty ({@link #empty()}): when
 * nothing applies to it, or (XCCDF) no rule has a scored result. Implementations of the published
 * models disagree there, so the catalog chooses; the default is 0.
 */
public sealed interface IndexFormula
    permits IndexFormula.PercentOfApplicableMax,
        IndexFormula.WeightedSum,
        IndexFormula.PointsSum,
        IndexFormula.Xccdf {

  /** Returns the index of a unit whose scored set is empty. */
  Decimal empty();

  /**
   * PAR style: {@code 100 × (earned + bonus − penalty) / applicable max}, over the channels
   * present.
   *
   * @param clamp whether the index is limited to [0, 100] (bonus can otherwise exceed 100)
   * @param empty the index when the applicable max is 0
   */
  record PercentOfApplicableMax(boolean clamp, Decimal empty) implements IndexFormula {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if {@code empty} is null
     */
    public PercentOfApplicableMax {
      Objects.requireNonNull(empty, "empty");
    }

    /** The formula with an empty set scoring 0. */
    public PercentOfApplicableMax(boolean clamp) {
      this(clamp, Decimal.ZERO);
    }
  }

  /**
   * The sum of points: {@code earned + bonus − penalty} over the channels present, e.g. to publish
   * a rounded total of points as the index.
   *
   * @param empty the index when the applicable max is 0
   */
  record PointsSum(Decimal empty) implements IndexFormula {
    /**
     * Checks the component.
     *
     * @throws NullPointerException if {@code empty} is null
     */
    public PointsSum {
      Objects.requireNonNull(empty, "empty");
    }
  }

  /** The scale a weighted index is published on. */
  enum Scale {
    /** From 0 to 1, as DTI results are published. */
    FRACTION,
    /** From 0 to 100. */
    PERCENT;

    /** Returns the keyword the language uses, e.g. {@code "percent"}. */
    public String keyword() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

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
   * DTI style: {@code Σ wᵢ·vᵢ / Σ wᵢ}, where {@code vᵢ} is node i's share (0 to 1): its earned /
   * applicable max, or, when its children carry {@link Node#weight() weights}, the weighted mean of
   * their shares (composites of sub-indexes, at any depth).
   *
   * @param weights the weights of top-level nodes written with the formula; empty when the
   *     top-level nodes carry their own {@link Node#weight() weights}
   * @param scale whether the index runs from 0 to 1 or from 0 to 100
   * @param empty the index when no weighted node applies
   */
  record WeightedSum(List<Weight> weights, Scale scale, Decimal empty) implements IndexFormula {
    /**
     * Validates the weights and makes the list an immutable copy.
     *
     * @throws IllegalArgumentException if a code repeats, or weights are given and add up to 0
     * @throws NullPointerException if {@code weights} or an element is null
     */
    public WeightedSum {
      weights = List.copyOf(weights);
      Objects.requireNonNull(scale, "scale");
      Objects.requireNonNull(empty, "empty");
      Set<String> seen = new HashSet<>();
      Decimal total = Decimal.ZERO;
      for (Weight w : weights) {
        if (!seen.add(w.code())) {
          throw new IllegalArgumentException("weights: duplicate code '" + w.code() + "'");
        }
        total = total.plus(w.weight());
      }
      if (!weights.isEmpty() && total.signum() == 0) {
        throw new IllegalArgumentException("weights: expected a positive total weight but found 0");
      }
    }

    /**
     * The DTI form: the weights of top-level nodes, an index from 0 to 1, an empty set scoring 0.
     *
     * @throws IllegalArgumentException if {@code weights} is empty, a code repeats, or the weights
     *     add up to 0
     */
    public WeightedSum(List<Weight> weights) {
      this(requireSome(weights), Scale.FRACTION, Decimal.ZERO);
    }

    private static List<Weight> requireSome(List<Weight> weights) {
      if (weights.isEmpty()) {
        throw new IllegalArgumentException("weights: expected at least one weight but found none");
      }
      return weights;
    }

    /** Returns the weight written with the formula for top-level node {@code code}, if any. */
    public Optional<Decimal> weightOf(String code) {
      for (Weight w : weights) {
        if (w.code().equals(code)) {
          return Optional.of(w.weight());
        }
      }
      return Optional.empty();
    }
  }

  /** The four scoring models of XCCDF 1.2 (NIST IR 7275 rev. 4, section 7.3.2). */
  enum XccdfModel {
    /** {@code urn:xccdf:scoring:default}: weighted means of 0 or 100 per rule, up the tree. */
    DEFAULT,
    /** {@code urn:xccdf:scoring:flat}: the sum of the weights of the rules that pass. */
    FLAT,
    /** {@code urn:xccdf:scoring:flat-unweighted}: the number of rules that pass. */
    FLAT_UNWEIGHTED,
    /** {@code urn:xccdf:scoring:absolute}: 1 when every scored rule passes, else 0. */
    ABSOLUTE;

    /** Returns the keyword the language uses, e.g. {@code "flat-unweighted"}. */
    public String keyword() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * An XCCDF 1.2 scoring model over the leaves of the scored tree (bonus and penalty items do not
   * enter). A leaf is a rule whose result is {@code pass} when it is met and {@code fail} when it
   * is partial or not met; an error is {@code error} (scored, not passing); a node that does not
   * apply is {@code notapplicable} (not scored); a node without sufficient evidence is {@code
   * unknown} (scored, not passing) when {@code missingScored}, else {@code notchecked} (not
   * scored). Weights are the nodes' {@link Node#weight() weights}, 1 where absent.
   *
   * @param model which of the four models
   * @param missingScored whether a node without sufficient evidence counts as a failing rule
   * @param empty the index when no rule has a scored result
   */
  record Xccdf(XccdfModel model, boolean missingScored, Decimal empty) implements IndexFormula {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Xccdf {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(empty, "empty");
    }
  }
}
