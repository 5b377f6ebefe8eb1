package dev.rubric.dsl.internal.check;

import dev.rubric.core.Decimal;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.Rule;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.dsl.internal.print.ExprPrinter;
import dev.rubric.dsl.internal.syntax.Site;
import dev.rubric.dsl.internal.syntax.Site.Part;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tier ordering: the first tier that holds decides, so a tier an earlier tier always takes first
 * can never be reached (RB303), and tiers in two directions whose ranges overlap give the overlap
 * to the earlier tier (RB304, a warning). Only tiers with literal thresholds are compared.
 */
final class TierOrder {

  /*
   * Implementation notes. Thresholds of a numeric tier list are compared pairwise in two sweeps.
   * Overlap: a lower-bound tier (>=, >) followed anywhere later by an upper-bound tier (<=, <) at or
   * above it, or the reverse, covers the values between both thresholds twice; the first such pair
   * for each earlier tier is reported once. Unreachability: of two neighbouring tiers in the same
   * direction, the later is unreachable when its threshold is on the far side of the earlier one's
   * (a higher '>=' after a lower '>='), or equal to it, except for '>' then '>=' (or '<' then '<=')
   * at the same value, which still catches the threshold itself.
   */

  private final Context cx;

  TierOrder(Context cx) {
    this.cx = cx;
  }

  /**
   * Checks the order of the tiers of {@code r}, which stands at {@code at}, on a {@code subject}.
   */
  void check(Rule.Tiers r, Site at, Type subject) {
    List<Rule.Tier> tiers = r.tiers();
    if (subject.isStringLike()) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < tiers.size(); i++) {
        Rule.Tier t = tiers.get(i);
        if (t.op() == Expr.BinaryOp.EQ
            && t.threshold() instanceof Expr.Str
            && !seen.add(((Expr.Str) t.threshold()).value())) {
          cx.report.report(
              at.at(Part.THRESHOLD, i),
              DiagnosticCode.UNREACHABLE_TIER,
              Words.say(
                  "check.duplicate-option-tier", "option", ((Expr.Str) t.threshold()).value()));
        }
      }
      return;
    }
    overlaps(tiers, at);
    unreachable(tiers, at);
  }

  private void overlaps(List<Rule.Tier> tiers, Site at) {
    for (int i = 0; i < tiers.size(); i++) {
      for (int j = i + 1; j < tiers.size(); j++) {
        Rule.Tier a = tiers.get(i);
        Rule.Tier b = tiers.get(j);
        Decimal x = constant(a.threshold());
        Decimal y = constant(b.threshold());
        if (x == null || y == null) {
          continue;
        }
        boolean overlap =
            (isLowerBound(a.op()) && isUpperBound(b.op()) && !y.isLessThan(x))
                || (isUpperBound(a.op()) && isLowerBound(b.op()) && !x.isLessThan(y));
        if (overlap) {
          cx.report.report(
              at.at(Part.THRESHOLD, j),
              DiagnosticCode.OVERLAPPING_TIERS,
              Words.say(
                  "check.overlapping-tiers",
                  "tier",
                  b.op().symbol() + " " + ExprPrinter.print(b.threshold()),
                  "earlier",
                  a.op().symbol() + " " + ExprPrinter.print(a.threshold()),
                  "low",
                  ExprPrinter.print(x.isLessThan(y) ? a.threshold() : b.threshold()),
                  "high",
                  ExprPrinter.print(x.isLessThan(y) ? b.threshold() : a.threshold())),
              Words.say("check.hint.one-direction"));
          break;
        }
      }
    }
  }

  private void unreachable(List<Rule.Tier> tiers, Site at) {
    for (int i = 1; i < tiers.size(); i++) {
      Rule.Tier prev = tiers.get(i - 1);
      Rule.Tier cur = tiers.get(i);
      Decimal p = constant(prev.threshold());
      Decimal c = constant(cur.threshold());
      if (p == null || c == null) {
        continue;
      }
      boolean down = isLowerBound(prev.op()) && isLowerBound(cur.op());
      boolean up = isUpperBound(prev.op()) && isUpperBound(cur.op());
      boolean unreachable =
          (down
                  && (c.isGreaterThan(p)
                      || (c.equals(p)
                          && !(prev.op() == Expr.BinaryOp.GT && cur.op() == Expr.BinaryOp.GE))))
              || (up
                  && (c.isLessThan(p)
                      || (c.equals(p)
                          && !(prev.op() == Expr.BinaryOp.LT && cur.op() == Expr.BinaryOp.LE))));
      if (unreachable) {
        cx.report.report(
            at.at(Part.THRESHOLD, i),
            DiagnosticCode.UNREACHABLE_TIER,
            Words.say(
                "check.unreachable-tier",
                "tier",
                cur.op().symbol() + " " + asWritten(cur.threshold()),
                "before",
                prev.op().symbol() + " " + asWritten(prev.threshold())),
            down ? Words.say("check.hint.order-down") : Words.say("check.hint.order-up"));
      }
    }
  }

  private static boolean isLowerBound(Expr.BinaryOp op) {
    return op == Expr.BinaryOp.GE || op == Expr.BinaryOp.GT;
  }

  private static boolean isUpperBound(Expr.BinaryOp op) {
    return op == Expr.BinaryOp.LE || op == Expr.BinaryOp.LT;
  }

  /** Returns a number literal as the author wrote it: {@code 98%}, not {@code 0.98}. */
  private static String asWritten(Expr e) {
    Expr.Number n = (Expr.Number) e;
    return ExprPrinter.number(n.value(), n.percent());
  }

  private static @Nullable Decimal constant(Expr e) {
    return e instanceof Expr.Number number ? number.value() : null;
  }
}
