package dev.rubric.testkit;

import dev.rubric.core.catalog.Applicability;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.FindingTemplate;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.Let;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.catalog.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Rewrites a catalog so that rules read every input through a catalog-level alias, {@code let
 * alias_x = x}: a change that must not change any score.
 */
final class LetAliases {

  private final Set<String> inputs;

  private LetAliases(Catalog catalog) {
    this.inputs = catalog.inputs().stream().map(InputDecl::key).collect(Collectors.toSet());
  }

  static String alias(String key) {
    return "alias_" + key;
  }

  /** Returns {@code catalog} with aliases declared first and used everywhere except present(). */
  static Catalog of(Catalog catalog) {
    LetAliases a = new LetAliases(catalog);
    List<Let> lets = new ArrayList<>();
    catalog.inputs().forEach(i -> lets.add(new Let(alias(i.key()), new Expr.Ref(i.key()))));
    catalog.lets().forEach(l -> lets.add(new Let(l.name(), a.expr(l.value()))));
    return new Catalog(
        catalog.id(),
        catalog.version(),
        catalog.title(),
        catalog.provenance(),
        catalog.appliesTo(),
        catalog.inputs(),
        catalog.attributes(),
        lets,
        a.nodes(catalog.nodes()),
        a.nodes(catalog.bonus()),
        a.nodes(catalog.penalties()),
        catalog.index(),
        catalog.bands(),
        catalog.rounding());
  }

  private List<Node> nodes(List<Node> nodes) {
    return nodes.stream().map(this::node).toList();
  }

  private Node node(Node n) {
    return new Node(
        n.code(),
        n.kind(),
        n.title(),
        n.max(),
        n.channel(),
        n.applicability().map(a -> new Applicability(expr(a.condition()), a.policy())),
        n.lets().stream().map(l -> new Let(l.name(), expr(l.value()))).toList(),
        n.rule().map(this::rule),
        nodes(n.children()),
        n.findings().stream()
            .map(f -> new FindingTemplate(f.severity(), f.condition().map(this::expr), f.message()))
            .toList(),
        n.silent(),
        n.recommendation(),
        n.weight(),
        n.rounding());
  }

  private Rule rule(Rule r) {
    UnaryOperator<Expr> e = this::expr;
    return r.accept(
        new Rule.Visitor<Rule>() {
          @Override
          public Rule visitCases(Rule.Cases x) {
            return new Rule.Cases(
                x.cases().stream()
                    .map(c -> new Rule.Case(e.apply(c.points()), e.apply(c.condition())))
                    .toList(),
                e.apply(x.otherwise()));
          }

          @Override
          public Rule visitTiers(Rule.Tiers x) {
            return new Rule.Tiers(
                e.apply(x.subject()),
                x.tiers().stream()
                    .map(t -> new Rule.Tier(t.op(), e.apply(t.threshold()), e.apply(t.points())))
                    .toList(),
                e.apply(x.otherwise()));
          }

          @Override
          public Rule visitFormula(Rule.Formula x) {
            return new Rule.Formula(e.apply(x.points()));
          }

          @Override
          public Rule visitPerItem(Rule.PerItem x) {
            return new Rule.PerItem(e.apply(x.points()), e.apply(x.count()), x.cap().map(e));
          }

          @Override
          public Rule visitDeduct(Rule.Deduct x) {
            return new Rule.Deduct(e.apply(x.points()), e.apply(x.count()), e.apply(x.floor()));
          }

          @Override
          public Rule visitMaxOf(Rule.MaxOf x) {
            return new Rule.MaxOf(x.alternatives().stream().map(LetAliases.this::rule).toList());
          }

          @Override
          public Rule visitSumOf(Rule.SumOf x) {
            return new Rule.SumOf(x.parts().stream().map(LetAliases.this::rule).toList());
          }

          @Override
          public Rule visitGate(Rule.Gate x) {
            return new Rule.Gate(x.conditions().stream().map(e).toList(), rule(x.rule()));
          }
        });
  }

  private Expr expr(Expr e) {
    return e.accept(
        new Expr.Visitor<Expr>() {
          @Override
          public Expr visitNumber(Expr.Number x) {
            return x;
          }

          @Override
          public Expr visitStr(Expr.Str x) {
            return x;
          }

          @Override
          public Expr visitBool(Expr.Bool x) {
            return x;
          }

          @Override
          public Expr visitDate(Expr.DateLit x) {
            return x;
          }

          @Override
          public Expr visitRef(Expr.Ref x) {
            return inputs.contains(x.name()) ? new Expr.Ref(alias(x.name())) : x;
          }

          @Override
          public Expr visitField(Expr.Field x) {
            return new Expr.Field(expr(x.target()), x.name());
          }

          @Override
          public Expr visitUnary(Expr.Unary x) {
            return new Expr.Unary(x.op(), expr(x.operand()));
          }

          @Override
          public Expr visitBinary(Expr.Binary x) {
            return new Expr.Binary(x.op(), expr(x.left()), expr(x.right()));
          }

          @Override
          public Expr visitCall(Expr.Call x) {
            if (x.function() == Expr.Function.PRESENT) {
              return x;
            }
            return new Expr.Call(
                x.function(), x.args().stream().map(LetAliases.this::expr).toList());
          }

          @Override
          public Expr visitIn(Expr.In x) {
            return new Expr.In(
                expr(x.value()), x.options().stream().map(LetAliases.this::expr).toList());
          }

          @Override
          public Expr visitIf(Expr.If x) {
            return new Expr.If(expr(x.condition()), expr(x.then()), expr(x.otherwise()));
          }
        });
  }
}
