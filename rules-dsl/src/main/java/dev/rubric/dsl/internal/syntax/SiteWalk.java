package dev.rubric.dsl.internal.syntax;

import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.FindingTemplate;
import dev.rubric.core.catalog.Rule;
import dev.rubric.dsl.internal.syntax.Site.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The parts of expressions, rules and catalogs with their {@link Site}s: the one statement of which
 * step leads to which part. Passes that handle each kind of part themselves take the same steps (a
 * binary operator's left operand is at {@code LEFT}, a tier's threshold at {@code THRESHOLD}).
 */
public final class SiteWalk {
  private SiteWalk() {}

  /** A part of a catalog and where it stands. */
  public record Sited<T>(T node, Site site) {}

  /**
   * Returns the direct sub-expressions of {@code e}, which stands at {@code at}, in source order.
   */
  public static List<Sited<Expr>> parts(Expr e, Site at) {
    List<Sited<Expr>> out = new ArrayList<>();
    if (e instanceof Expr.Field field) {
      out.add(new Sited<>(field.target(), at.at(Part.TARGET)));
    } else if (e instanceof Expr.Unary unary) {
      out.add(new Sited<>(unary.operand(), at.at(Part.OPERAND)));
    } else if (e instanceof Expr.Binary b) {
      out.add(new Sited<>(b.left(), at.at(Part.LEFT)));
      out.add(new Sited<>(b.right(), at.at(Part.RIGHT)));
    } else if (e instanceof Expr.Call call) {
      List<Expr> args = call.args();
      for (int i = 0; i < args.size(); i++) {
        out.add(new Sited<>(args.get(i), at.at(Part.ARG, i)));
      }
    } else if (e instanceof Expr.In in) {
      out.add(new Sited<>(in.value(), at.at(Part.VALUE)));
      for (int i = 0; i < in.options().size(); i++) {
        out.add(new Sited<>(in.options().get(i), at.at(Part.OPTION, i)));
      }
    } else if (e instanceof Expr.If x) {
      out.add(new Sited<>(x.condition(), at.at(Part.IF)));
      out.add(new Sited<>(x.then(), at.at(Part.THEN)));
      out.add(new Sited<>(x.otherwise(), at.at(Part.ELSE)));
    }
    return out;
  }

  /**
   * Returns the expressions directly in {@code rule}, which stands at {@code at}, in the order they
   * are evaluated (a case's condition before its points); the expressions of its sub-rules are not
   * included.
   */
  public static List<Sited<Expr>> expressions(Rule rule, Site at) {
    List<Sited<Expr>> out = new ArrayList<>();
    if (rule instanceof Rule.Cases r) {
      for (int i = 0; i < r.cases().size(); i++) {
        out.add(new Sited<>(r.cases().get(i).condition(), at.at(Part.WHEN, i)));
        out.add(new Sited<>(r.cases().get(i).points(), at.at(Part.POINTS, i)));
      }
      out.add(new Sited<>(r.otherwise(), at.at(Part.OTHERWISE)));
    } else if (rule instanceof Rule.Tiers r) {
      out.add(new Sited<>(r.subject(), at.at(Part.SUBJECT)));
      for (int i = 0; i < r.tiers().size(); i++) {
        out.add(new Sited<>(r.tiers().get(i).threshold(), at.at(Part.THRESHOLD, i)));
        out.add(new Sited<>(r.tiers().get(i).points(), at.at(Part.POINTS, i)));
      }
      out.add(new Sited<>(r.otherwise(), at.at(Part.OTHERWISE)));
    } else if (rule instanceof Rule.Formula formula) {
      out.add(new Sited<>(formula.points(), at.at(Part.POINTS)));
    } else if (rule instanceof Rule.PerItem r) {
      out.add(new Sited<>(r.points(), at.at(Part.POINTS)));
      out.add(new Sited<>(r.count(), at.at(Part.PER)));
      r.cap().ifPresent(c -> out.add(new Sited<>(c, at.at(Part.CAP))));
    } else if (rule instanceof Rule.Deduct r) {
      out.add(new Sited<>(r.points(), at.at(Part.POINTS)));
      out.add(new Sited<>(r.count(), at.at(Part.PER)));
      out.add(new Sited<>(r.floor(), at.at(Part.FLOOR)));
    } else if (rule instanceof Rule.Gate gate) {
      List<Expr> conditions = gate.conditions();
      for (int i = 0; i < conditions.size(); i++) {
        out.add(new Sited<>(conditions.get(i), at.at(Part.IF, i)));
      }
    }
    return out;
  }

  /** Returns the rules directly in {@code rule}, which stands at {@code at}, in source order. */
  public static List<Sited<Rule>> subRules(Rule rule, Site at) {
    List<Rule> rules;
    if (rule instanceof Rule.MaxOf maxOf) {
      rules = maxOf.alternatives();
    } else if (rule instanceof Rule.SumOf sumOf) {
      rules = sumOf.parts();
    } else if (rule instanceof Rule.Gate gate) {
      return List.of(new Sited<>(gate.rule(), at.at(Part.RULE)));
    } else {
      return List.of();
    }
    List<Sited<Rule>> out = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      out.add(new Sited<>(rules.get(i), at.at(Part.RULE, i)));
    }
    return out;
  }

  /**
   * Calls {@code visit} with every rule, finding template and expression of {@code catalog}
   * (sub-rules and sub-expressions included) and its site.
   */
  public static void forEachPart(Syntax.Catalog catalog, BiConsumer<Object, Site> visit) {
    for (int i = 0; i < catalog.lets().size(); i++) {
      expression(catalog.lets().get(i).value(), Site.CATALOG.at(Part.LET, i), visit);
    }
    nodes(catalog.nodes(), Site.CATALOG, Part.AREA, visit);
    nodes(catalog.bonus(), Site.CATALOG, Part.BONUS, visit);
    nodes(catalog.penalties(), Site.CATALOG, Part.PENALTY, visit);
  }

  private static void nodes(
      List<Syntax.Node> nodes, Site parent, Part block, BiConsumer<Object, Site> visit) {
    for (int i = 0; i < nodes.size(); i++) {
      Syntax.Node n = nodes.get(i);
      Site at = parent.at(block, i);
      n.applicability().ifPresent(a -> expression(a.condition(), at.at(Part.APPLIES_WHEN), visit));
      for (int l = 0; l < n.lets().size(); l++) {
        expression(n.lets().get(l).value(), at.at(Part.LET, l), visit);
      }
      n.rule().ifPresent(r -> rule(r, at.at(Part.RULE), visit));
      for (int f = 0; f < n.findings().size(); f++) {
        FindingTemplate t = n.findings().get(f);
        Site finding = at.at(Part.FINDING, f);
        visit.accept(t, finding);
        t.condition().ifPresent(c -> expression(c, finding.at(Part.WHEN), visit));
      }
      nodes(n.children(), at, Part.CRITERION, visit);
    }
  }

  private static void rule(Rule r, Site at, BiConsumer<Object, Site> visit) {
    visit.accept(r, at);
    expressions(r, at).forEach(e -> expression(e.node(), e.site(), visit));
    subRules(r, at).forEach(s -> rule(s.node(), s.site(), visit));
  }

  private static void expression(Expr e, Site at, BiConsumer<Object, Site> visit) {
    visit.accept(e, at);
    parts(e, at).forEach(p -> expression(p.node(), p.site(), visit));
  }
}
