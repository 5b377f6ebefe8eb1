package dev.rubric.core.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a criterion turns evidence into points. Every rule kind observed in real criteria sets is a
 * record here or a {@link Formula} over {@link Expr}s (ratio × max, ratio-to-target,
 * ratio-to-best).
 */
public sealed interface Rule
    permits Rule.Cases,
        Rule.Tiers,
        Rule.Formula,
        Rule.PerItem,
        Rule.Deduct,
        Rule.MaxOf,
        Rule.SumOf,
        Rule.Gate {

  /** Calls the visitor method for this rule's kind. */
  <R> R accept(Visitor<R> visitor);

  /** One method per rule kind. */
  interface Visitor<R> {
    /** Returns the result for a {@link Cases} rule. */
    R visitCases(Cases r);

    /** Returns the result for a {@link Tiers} rule. */
    R visitTiers(Tiers r);

    /** Returns the result for a {@link Formula} rule. */
    R visitFormula(Formula r);

    /** Returns the result for a {@link PerItem} rule. */
    R visitPerItem(PerItem r);

    /** Returns the result for a {@link Deduct} rule. */
    R visitDeduct(Deduct r);

    /** Returns the result for a {@link MaxOf} rule. */
    R visitMaxOf(MaxOf r);

    /** Returns the result for a {@link SumOf} rule. */
    R visitSumOf(SumOf r);

    /** Returns the result for a {@link Gate} rule. */
    R visitGate(Gate r);
  }

  /** {@code score P when C}: the first case whose condition holds gives the points. */
  record Case(Expr points, Expr condition) {
    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public Case {
      Objects.requireNonNull(points, "points");
      Objects.requireNonNull(condition, "condition");
    }
  }

  /**
   * Conditional award: the first case that holds decides, else {@code otherwise}. A boolean award
   * is one case with {@code otherwise 0}; dated deadlines are cases on dates.
   */
  record Cases(List<Case> cases, Expr otherwise) implements Rule {
    /**
     * Checks that there is at least one case.
     *
     * @throws IllegalArgumentException if {@code cases} is empty
     * @throws NullPointerException if a component or list element is null
     */
    public Cases {
      cases = List.copyOf(cases);
      if (cases.isEmpty()) {
        throw new IllegalArgumentException(
            "cases: expected at least one 'score … when …' case but found none");
      }
      Objects.requireNonNull(otherwise, "otherwise");
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitCases(this);
    }
  }

  /** One tier: {@code >= 98%: 3}. */
  record Tier(Expr.BinaryOp op, Expr threshold, Expr points) {
    /**
     * Checks that the operator is a comparison.
     *
     * @throws IllegalArgumentException if {@code op} is not one of the six comparisons
     * @throws NullPointerException if a component is null
     */
    public Tier {
      Objects.requireNonNull(op, "op");
      if (!op.isComparison()) {
        throw new IllegalArgumentException(
            "tier.op: expected a comparison but found '" + op.symbol() + "'");
      }
      Objects.requireNonNull(threshold, "threshold");
      Objects.requireNonNull(points, "points");
    }
  }

  /**
   * Tiers on a count, ratio, quantity or choice: the first tier whose comparison with the subject
   * holds gives the points, else {@code otherwise}.
   */
  record Tiers(Expr subject, List<Tier> tiers, Expr otherwise) implements Rule {
    /**
     * Checks that there is at least one tier.
     *
     * @throws IllegalArgumentException if {@code tiers} is empty
     * @throws NullPointerException if a component or list element is null
     */
    public Tiers {
      Objects.requireNonNull(subject, "subject");
      tiers = List.copyOf(tiers);
      if (tiers.isEmpty()) {
        throw new IllegalArgumentException("tiers: expected at least one tier but found none");
      }
      Objects.requireNonNull(otherwise, "otherwise");
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitTiers(this);
    }
  }

  /** {@code points = expression}: ratio × max, ratio-to-target capped, ratio-to-best. */
  record Formula(Expr points) implements Rule {
    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public Formula {
      Objects.requireNonNull(points, "points");
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitFormula(this);
    }
  }

  /**
   * {@code award P per COUNT [cap C]}: {@code P × COUNT}, limited to the cap (the criterion's max
   * when absent). A negative {@code P} with a negative cap is a penalty with a floor.
   */
  record PerItem(Expr points, Expr count, Optional<Expr> cap) implements Rule {
    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public PerItem {
      Objects.requireNonNull(points, "points");
      Objects.requireNonNull(count, "count");
      Objects.requireNonNull(cap, "cap");
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitPerItem(this);
    }
  }

  /**
   * {@code deduct P per COUNT [floor F]}: start at the criterion's max, lose P per item, not below
   * F.
   */
  record Deduct(Expr points, Expr count, Expr floor) implements Rule {
    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public Deduct {
      Objects.requireNonNull(points, "points");
      Objects.requireNonNull(count, "count");
      Objects.requireNonNull(floor, "floor");
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitDeduct(this);
    }
  }

  /** {@code best of { … }}: the alternative that gives the most points. */
  record MaxOf(List<Rule> alternatives) implements Rule {
    /**
     * Checks that there are at least two alternatives.
     *
     * @throws IllegalArgumentException if {@code alternatives} has fewer than two elements
     * @throws NullPointerException if {@code alternatives} or an element is null
     */
    public MaxOf {
      alternatives = List.copyOf(alternatives);
      if (alternatives.size() < 2) {
        throw new IllegalArgumentException(
            "alternatives: expected at least two alternatives but found " + alternatives.size());
      }
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitMaxOf(this);
    }
  }

  /** {@code sum of { … }}: additive parts, e.g. two halves with their own conditions. */
  record SumOf(List<Rule> parts) implements Rule {
    /**
     * Checks that there are at least two parts.
     *
     * @throws IllegalArgumentException if {@code parts} has fewer than two elements
     * @throws NullPointerException if {@code parts} or an element is null
     */
    public SumOf {
      parts = List.copyOf(parts);
      if (parts.size() < 2) {
        throw new IllegalArgumentException(
            "parts: expected at least two parts but found " + parts.size());
      }
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitSumOf(this);
    }
  }

  /**
   * {@code only if C1, C2 { rule }}: the rule's points count only if every condition holds, else 0.
   */
  record Gate(List<Expr> conditions, Rule rule) implements Rule {
    /**
     * Checks that there is at least one condition.
     *
     * @throws IllegalArgumentException if {@code conditions} is empty
     * @throws NullPointerException if a component or list element is null
     */
    public Gate {
      conditions = List.copyOf(conditions);
      if (conditions.isEmpty()) {
        throw new IllegalArgumentException(
            "conditions: expected at least one gate condition but found none");
      }
      Objects.requireNonNull(rule, "rule");
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitGate(this);
    }
  }
}
