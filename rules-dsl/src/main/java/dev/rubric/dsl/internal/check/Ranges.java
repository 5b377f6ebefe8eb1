package dev.rubric.dsl.internal.check;

import dev.rubric.core.Decimal;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.catalog.Rule;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.dsl.internal.print.ExprPrinter;
import dev.rubric.dsl.internal.syntax.Site;
import dev.rubric.dsl.internal.syntax.Site.Part;
import dev.rubric.dsl.internal.syntax.Syntax;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Range analysis: the {@link Interval} of values each expression and rule can take, from the
 * bindings {@link Names} recorded, to prove that a rule cannot award more than its max (RB305) or
 * less than its floor (RB306): 0 for areas, criteria and bonus items, {@code -max} for penalty
 * items, whose ceiling is 0.
 */
final class Ranges {

  /*
   * Implementation notes. Intervals are closed, with null for an unbounded end (Interval). Literals
   * are points; counts are [0, ∞), ratios [0, 1], 'max' the node's max, 'year' [1900, 2199]; a let
   * has the interval of its value, computed when it is declared. Arithmetic follows interval
   * arithmetic; min/max/if take the hull of their operands; x / best(x) for a non-negative x is
   * [0, 1]. Rules combine the intervals of their points: a case or tier rule is the hull of every
   * outcome, 'award' is clamped towards 0 by its cap, 'deduct' is max minus the deductions, raised
   * to its floor, 'best of' the larger of its alternatives, 'sum of' their sum, a gate adds 0.
   * Anything not understood is unbounded, which errs towards reporting. An input with a declared
   * range has that range, and an awarded input the points of the node it scores: evidence outside
   * them never reaches a rule (RB609, RB610).
   */

  private final Context cx;
  private final Map<Integer, Interval> letIntervals = new HashMap<>();

  /** The block of the node whose rule is being bounded: an awarded input takes its range. */
  private NodeKind block = NodeKind.AREA;

  Ranges(Context cx) {
    this.cx = cx;
  }

  /** Records the interval of the let in {@code slot}. */
  void declareLet(int slot, Interval interval) {
    letIntervals.put(slot, interval);
  }

  /**
   * Reports the rule of node {@code n}, which stands at {@code at}, if it can award more than its
   * ceiling or less than its floor; returns whether it stays within them. A node of a {@code block}
   * of penalty items deducts, so its ceiling is 0 and its floor {@code -max}.
   */
  boolean checkBounds(Rule rule, Site at, Syntax.Node n, Decimal max, NodeKind block) {
    this.block = block;
    Interval bounds = ruleInterval(rule, at, max);
    Decimal floor = block == NodeKind.PENALTY ? max.negate() : Decimal.ZERO;
    Decimal ceiling = block == NodeKind.PENALTY ? Decimal.ZERO : max;
    String code = n.code().value();
    if (bounds.hi() == null || bounds.hi().isGreaterThan(ceiling)) {
      cx.report.report(
          cx.report.spanOf(at).or(() -> n.code().span()),
          DiagnosticCode.ABOVE_MAX,
          Words.say(
              "check.above-max",
              "code",
              code,
              "points",
              bounds.hi() == null
                  ? Words.say("check.points.unbounded")
                  : Words.say("check.points.some", "points", String.valueOf(bounds.hi())),
              "ceiling",
              block == NodeKind.PENALTY
                  ? Words.say("check.ceiling.penalty")
                  : Words.say("check.ceiling.max", "max", max.toString())),
          bounds.hi() == null
              ? Words.say("check.hint.cap-points")
              : Words.say("check.hint.lower-points"));
      return false;
    }
    if (bounds.lo() == null || bounds.lo().isLessThan(floor)) {
      cx.report.report(
          cx.report.spanOf(at).or(() -> n.code().span()),
          DiagnosticCode.BELOW_FLOOR,
          Words.say(
              "check.below-floor",
              "code",
              code,
              "points",
              bounds.lo() == null
                  ? Words.say("check.points.unbounded-negative")
                  : Words.say("check.points.some", "points", String.valueOf(bounds.lo())),
              "floor",
              floor.toString()),
          block == NodeKind.PENALTY
              ? Words.say("check.hint.limit-deduction")
              : Words.say("check.hint.no-negative"));
      return false;
    }
    return true;
  }

  private Interval ruleInterval(Rule rule, Site at, Decimal max) {
    return rule.accept(
        new Rule.Visitor<Interval>() {
          @Override
          public Interval visitCases(Rule.Cases r) {
            Interval out = interval(r.otherwise(), at.at(Part.OTHERWISE), max);
            for (int i = 0; i < r.cases().size(); i++) {
              out = out.union(interval(r.cases().get(i).points(), at.at(Part.POINTS, i), max));
            }
            return out;
          }

          @Override
          public Interval visitTiers(Rule.Tiers r) {
            Interval out = interval(r.otherwise(), at.at(Part.OTHERWISE), max);
            for (int i = 0; i < r.tiers().size(); i++) {
              out = out.union(interval(r.tiers().get(i).points(), at.at(Part.POINTS, i), max));
            }
            return out;
          }

          @Override
          public Interval visitFormula(Rule.Formula r) {
            return interval(r.points(), at.at(Part.POINTS), max);
          }

          @Override
          public Interval visitPerItem(Rule.PerItem r) {
            Interval cap =
                r.cap().map(c -> interval(c, at.at(Part.CAP), max)).orElse(Interval.of(max));
            Interval raw =
                interval(r.points(), at.at(Part.POINTS), max)
                    .times(interval(r.count(), at.at(Part.PER), max));
            return raw.clampTowardsZero(cap);
          }

          @Override
          public Interval visitDeduct(Rule.Deduct r) {
            Interval deducted =
                interval(r.points(), at.at(Part.POINTS), max)
                    .times(interval(r.count(), at.at(Part.PER), max));
            return Interval.of(max)
                .minus(deducted)
                .maxWith(interval(r.floor(), at.at(Part.FLOOR), max));
          }

          @Override
          public Interval visitMaxOf(Rule.MaxOf r) {
            // A MaxOf has at least two alternatives.
            Interval out = ruleInterval(r.alternatives().get(0), at.at(Part.RULE, 0), max);
            for (int i = 1; i < r.alternatives().size(); i++) {
              out = out.maxWith(ruleInterval(r.alternatives().get(i), at.at(Part.RULE, i), max));
            }
            return out;
          }

          @Override
          public Interval visitSumOf(Rule.SumOf r) {
            Interval out = Interval.of(Decimal.ZERO);
            for (int i = 0; i < r.parts().size(); i++) {
              out = out.plus(ruleInterval(r.parts().get(i), at.at(Part.RULE, i), max));
            }
            return out;
          }

          @Override
          public Interval visitGate(Rule.Gate r) {
            return ruleInterval(r.rule(), at.at(Part.RULE), max).union(Interval.of(Decimal.ZERO));
          }
        });
  }

  /**
   * Returns the interval of {@code e} at {@code at}; {@code max} is the node's, null outside one.
   */
  Interval interval(Expr e, Site at, @Nullable Decimal max) {
    return e.accept(
        new Expr.Visitor<Interval>() {
          @Override
          public Interval visitNumber(Expr.Number n) {
            return Interval.of(n.value());
          }

          @Override
          public Interval visitStr(Expr.Str n) {
            return Interval.ALL;
          }

          @Override
          public Interval visitBool(Expr.Bool n) {
            return Interval.ALL;
          }

          @Override
          public Interval visitDate(Expr.DateLit n) {
            return Interval.ALL;
          }

          @Override
          public Interval visitRef(Expr.Ref n) {
            Binding b = cx.resolution.binding(at).orElse(null);
            if (b instanceof Binding.LetValue letValue) {
              return letIntervals.getOrDefault(letValue.slot(), Interval.ALL);
            }
            if (b instanceof Binding.Input input) {
              if (input.decl().awarded()) {
                // The evidence is checked against the node's range when it is bound (RB610).
                return max == null
                    ? Interval.ALL
                    : block == NodeKind.PENALTY
                        ? new Interval(max.negate(), Decimal.ZERO)
                        : new Interval(Decimal.ZERO, max);
              }
              return inputInterval(input.decl());
            }
            if (b instanceof Binding.Builtin builtin) {
              return switch (builtin.name()) {
                case MAX -> max == null ? Interval.ALL : Interval.of(max);
                case YEAR -> new Interval(Decimal.of(1900), Decimal.of(2199));
                default -> Interval.ALL;
              };
            }
            return Interval.ALL;
          }

          @Override
          public Interval visitField(Expr.Field n) {
            Binding b = cx.resolution.binding(at).orElse(null);
            if (b instanceof Binding.Attribute attribute) {
              return inputInterval(attribute.decl());
            }
            if (n.name().equals("numerator") || n.name().equals("denominator")) {
              return Interval.NON_NEGATIVE;
            }
            return Interval.ALL;
          }

          @Override
          public Interval visitUnary(Expr.Unary n) {
            return n.op() == Expr.UnaryOp.NEG
                ? interval(n.operand(), at.at(Part.OPERAND), max).negate()
                : Interval.ALL;
          }

          @Override
          public Interval visitBinary(Expr.Binary n) {
            Interval l = interval(n.left(), at.at(Part.LEFT), max);
            Interval r = interval(n.right(), at.at(Part.RIGHT), max);
            switch (n.op()) {
              case ADD -> {
                return l.plus(r);
              }
              case SUB -> {
                return l.minus(r);
              }
              case MUL -> {
                return l.times(r);
              }
              case DIV -> {
                if (isShareOfBest(n) && l.lo() != null && l.lo().signum() >= 0) {
                  // x / best(x) for a non-negative x lies in [0, 1]: the cohort's best is the
                  // largest x.
                  return new Interval(Decimal.ZERO, Decimal.ONE);
                }
                return l.dividedBy(r);
              }
              default -> {
                return Interval.ALL;
              }
            }
          }

          @Override
          public Interval visitCall(Expr.Call n) {
            switch (n.function()) {
              case MIN, MAX -> {
                Interval out = null;
                for (int i = 0; i < n.args().size(); i++) {
                  Interval a = interval(n.args().get(i), at.at(Part.ARG, i), max);
                  out =
                      out == null
                          ? a
                          : n.function() == Expr.Function.MIN ? out.minWith(a) : out.maxWith(a);
                }
                return out == null ? Interval.ALL : out;
              }
              case BEST -> {
                return n.args().isEmpty()
                    ? Interval.ALL
                    : interval(n.args().get(0), at.at(Part.ARG, 0), max);
              }
              default -> {
                return Interval.ALL;
              }
            }
          }

          @Override
          public Interval visitIn(Expr.In n) {
            return Interval.ALL;
          }

          @Override
          public Interval visitIf(Expr.If n) {
            return interval(n.then(), at.at(Part.THEN), max)
                .union(interval(n.otherwise(), at.at(Part.ELSE), max));
          }
        });
  }

  /** Returns whether {@code e} is {@code x / best(x)}, a unit's share of the cohort's best. */
  private static boolean isShareOfBest(Expr.Binary e) {
    if (!(e.right() instanceof Expr.Call)) {
      return false;
    }
    Expr.Call call = (Expr.Call) e.right();
    return call.function() == Expr.Function.BEST
        && call.args().size() == 1
        && ExprPrinter.print(call.args().get(0)).equals(ExprPrinter.print(e.left()));
  }

  private static Interval inputInterval(InputDecl decl) {
    if (decl.range().isPresent()) {
      // The evidence is checked against the declared range when it is bound (RB609).
      return new Interval(decl.range().get().low(), decl.range().get().high());
    }
    return switch (decl.type()) {
      case COUNT -> Interval.NON_NEGATIVE;
      case RATIO -> new Interval(Decimal.ZERO, Decimal.ONE);
      default -> Interval.ALL;
    };
  }
}
