package dev.rubric.dsl.internal.check;

import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.Rule;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.dsl.internal.syntax.Site;
import dev.rubric.dsl.internal.syntax.Site.Part;
import dev.rubric.dsl.internal.syntax.SiteWalk;
import dev.rubric.dsl.internal.syntax.SiteWalk.Sited;
import dev.rubric.dsl.internal.syntax.Syntax;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Warns where a ratio is used as a number with nothing before it testing the ratio's denominator
 * (RB320): with evidence {@code 0/0} that use divides by zero, and the criterion becomes an
 * evaluation error (RB501).
 *
 * <p>A use is guarded when a condition evaluated before it on its path compares {@code
 * x.denominator} with something: the node's or an ancestor's {@code applies-when}; an earlier (or
 * its own) {@code score … when}; an earlier or enclosing {@code only if} condition; the condition
 * of an enclosing {@code if … then … else}; the left operand of an enclosing {@code and} or {@code
 * or}. Which way the test goes is not checked: a test written at all shows that the author thought
 * of {@code 0/0}. Reads through {@code .numerator}, {@code .denominator} and {@code present(x)} are
 * not uses as a number. One warning per ratio and node; run only on a catalog without errors.
 */
final class ZeroGuards {
  private final Context cx;

  /** The ratios already warned about in the current node. */
  private final Set<String> warned = new HashSet<>();

  ZeroGuards(Context cx) {
    this.cx = cx;
  }

  /** Checks every node of the catalog {@code s}, in source order. */
  void check(Syntax.Catalog s) {
    nodes(s.nodes(), Site.CATALOG, Part.AREA, Set.of());
    nodes(s.bonus(), Site.CATALOG, Part.BONUS, Set.of());
    nodes(s.penalties(), Site.CATALOG, Part.PENALTY, Set.of());
  }

  private void nodes(List<Syntax.Node> nodes, Site parent, Part part, Set<String> outer) {
    for (int i = 0; i < nodes.size(); i++) {
      Syntax.Node n = nodes.get(i);
      Site at = parent.at(part, i);
      Set<String> guarded = new HashSet<>(outer);
      n.applicability().ifPresent(a -> tested(a.condition(), guarded));
      warned.clear();
      for (int l = 0; l < n.lets().size(); l++) {
        expr(n.lets().get(l).value(), at.at(Part.LET, l), new HashSet<>(guarded));
      }
      n.rule().ifPresent(r -> rule(r, at.at(Part.RULE), guarded));
      for (int f = 0; f < n.findings().size(); f++) {
        Site finding = at.at(Part.FINDING, f);
        n.findings()
            .get(f)
            .condition()
            .ifPresent(c -> expr(c, finding.at(Part.WHEN), new HashSet<>(guarded)));
      }
      nodes(n.children(), at, Part.CRITERION, guarded);
    }
  }

  private void rule(Rule rule, Site at, Set<String> outer) {
    Set<String> guarded = new HashSet<>(outer);
    if (rule instanceof Rule.Cases r) {
      // A case's condition guards its own points, the later cases and the otherwise.
      for (int i = 0; i < r.cases().size(); i++) {
        Rule.Case c = r.cases().get(i);
        expr(c.condition(), at.at(Part.WHEN, i), guarded);
        tested(c.condition(), guarded);
        expr(c.points(), at.at(Part.POINTS, i), guarded);
      }
      expr(r.otherwise(), at.at(Part.OTHERWISE), guarded);
      return;
    }
    if (rule instanceof Rule.Gate gate) {
      for (int i = 0; i < gate.conditions().size(); i++) {
        Expr c = gate.conditions().get(i);
        expr(c, at.at(Part.IF, i), guarded);
        tested(c, guarded);
      }
      rule(gate.rule(), at.at(Part.RULE), guarded);
      return;
    }
    for (Sited<Expr> e : SiteWalk.expressions(rule, at)) {
      expr(e.node(), e.site(), guarded);
    }
    for (Sited<Rule> sub : SiteWalk.subRules(rule, at)) {
      rule(sub.node(), sub.site(), guarded);
    }
  }

  private void expr(Expr e, Site at, Set<String> guarded) {
    if (e instanceof Expr.Ref ref) {
      if (cx.resolution.type(at).kind() == Type.Kind.RATIO
          && !guarded.contains(ref.name())
          && warned.add(ref.name())) {
        warn(ref.name(), at);
      }
      return;
    }
    if (e instanceof Expr.Field field && field.target() instanceof Expr.Ref) {
      return; // x.numerator, x.denominator: parts, never a quotient
    }
    if (e instanceof Expr.Call call && call.function() == Expr.Function.PRESENT) {
      return;
    }
    if (e instanceof Expr.Binary b && (b.op() == Expr.BinaryOp.AND || b.op() == Expr.BinaryOp.OR)) {
      Set<String> right = new HashSet<>(guarded);
      expr(b.left(), at.at(Part.LEFT), guarded);
      tested(b.left(), right);
      expr(b.right(), at.at(Part.RIGHT), right);
      return;
    }
    if (e instanceof Expr.If x) {
      Set<String> branches = new HashSet<>(guarded);
      expr(x.condition(), at.at(Part.IF), guarded);
      tested(x.condition(), branches);
      expr(x.then(), at.at(Part.THEN), branches);
      expr(x.otherwise(), at.at(Part.ELSE), branches);
      return;
    }
    for (Sited<Expr> part : SiteWalk.parts(e, at)) {
      expr(part.node(), part.site(), guarded);
    }
  }

  /** Adds to {@code into} the ratios whose denominator condition {@code c} compares. */
  private static void tested(Expr c, Set<String> into) {
    if (c instanceof Expr.Binary b) {
      if (b.op().isComparison()) {
        denominatorOf(b.left(), into);
        denominatorOf(b.right(), into);
      } else {
        tested(b.left(), into);
        tested(b.right(), into);
      }
    } else if (c instanceof Expr.Unary u) {
      tested(u.operand(), into);
    } else if (c instanceof Expr.If x) {
      tested(x.condition(), into);
    }
  }

  private static void denominatorOf(Expr e, Set<String> into) {
    if (e instanceof Expr.Field f
        && f.name().equals("denominator")
        && f.target() instanceof Expr.Ref ref) {
      into.add(ref.name());
    }
  }

  private void warn(String name, Site at) {
    cx.report.report(
        at,
        DiagnosticCode.UNGUARDED_RATIO,
        Words.say("check.unguarded-ratio", "name", name),
        Words.say("check.hint.full-points-first", "name", name),
        Words.say("check.hint.zero-or-leave-out", "name", name, "block", "{ … }"));
  }
}
