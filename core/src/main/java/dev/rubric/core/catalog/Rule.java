package dev.rubric.core.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a criterion turns evidence into points. Every rule kind observed in real criteria sets is a
 * record here or a {@link Formula} over {@link Expr}s (ratio × max, ratio-to-target, ratio-to-best).
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
    R visitCases(Cases r);

    R visitTiers(Tiers r);

    R visitFormula(Formula r);

    R visitPerItem(PerItem r);

    R visitDeduct(Deduct r);

    R visitMaxOf(MaxOf r);

    R visitSumOf(SumOf r);

    R visitGate(Gate r);
  }

  /** {@code score P when C}: the first case whose condition holds gives the points. */
  record Case(Expr points, Expr condition) {
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
    public Cases {
      cases = List.copyOf(cases);
      if (cases.isEmpty()) {
        throw new IllegalArgumentException("cases: expected at least one 'score … when …' case but found none");
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
    public Tier {
      Objects.requireNonNull(op, "op");
      if (!op.isComparison()) {
        throw new IllegalArgumentException("tier.op: expected a comparison but found '" + op.symbol() + "'");
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

  /** {@code deduct P per COUNT [floor F]}: start at the criterion's max, lose P per item, not below F. */
  record Deduct(Expr points, Expr count, Expr floor) implements Rule {
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
    public SumOf {
      parts = List.copyOf(parts);
      if (parts.size() < 2) {
        throw new IllegalArgumentException("parts: expected at least two parts but found " + parts.size());
      }
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitSumOf(this);
    }
  }

  /** {@code only if C1, C2 { rule }}: the rule's points count only if every condition holds, else 0. */
  record Gate(List<Expr> conditions, Rule rule) implements Rule {
    public Gate {
      conditions = List.copyOf(conditions);
      if (conditions.isEmpty()) {
        throw new IllegalArgumentException("conditions: expected at least one gate condition but found none");
      }
      Objects.requireNonNull(rule, "rule");
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitGate(this);
    }
  }
}
