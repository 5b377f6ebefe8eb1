package dev.rubric.testkit;

import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.FindingTemplate;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.Let;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.catalog.Rule;
import dev.rubric.core.message.MessageTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link Catalog} value: which inputs each node reads, with {@code let} bindings followed
 * to the inputs they are computed from.
 */
final class CatalogWalk {

  private final Set<String> inputKeys = new HashSet<>();
  private final Map<String, Set<String>> byNode = new LinkedHashMap<>();
  private final Map<String, String> parents = new LinkedHashMap<>();

  private CatalogWalk(Catalog catalog) {
    catalog.inputs().forEach(i -> inputKeys.add(i.key()));
    Map<String, Expr> scope = new LinkedHashMap<>();
    for (Let l : catalog.lets()) {
      scope.put(l.name(), l.value());
    }
    for (List<Node> block : List.of(catalog.nodes(), catalog.bonus(), catalog.penalties())) {
      for (Node n : block) {
        visit(n, null, scope);
      }
    }
  }

  /** Returns the walk of {@code catalog}. */
  static CatalogWalk of(Catalog catalog) {
    return new CatalogWalk(catalog);
  }

  /** Returns the inputs node {@code code} reads itself (not through its children), in order. */
  Set<String> inputsOf(String code) {
    return byNode.getOrDefault(code, Set.of());
  }

  /** Returns the codes of {@code code}'s ancestors, nearest first. */
  List<String> ancestorsOf(String code) {
    List<String> out = new ArrayList<>();
    String p = parents.get(code);
    while (p != null) {
      out.add(p);
      p = parents.get(p);
    }
    return out;
  }

  /** Returns whether {@code code} has an ancestor {@code ancestor}. */
  boolean isBelow(String code, String ancestor) {
    return ancestorsOf(code).contains(ancestor);
  }

  /** Returns every node code, parents before children, in catalog order. */
  Set<String> codes() {
    return byNode.keySet();
  }

  private void visit(Node n, @Nullable String parent, Map<String, Expr> outer) {
    if (parent != null) {
      parents.put(n.code(), parent);
    }
    Map<String, Expr> scope = new LinkedHashMap<>(outer);
    for (Let l : n.lets()) {
      scope.put(l.name(), l.value());
    }
    Set<String> out = new LinkedHashSet<>();
    n.applicability().ifPresent(a -> exprInputs(a.condition(), scope, out));
    n.lets().forEach(l -> exprInputs(l.value(), scope, out));
    n.rule().ifPresent(r -> ruleExprs(r).forEach(e -> exprInputs(e, scope, out)));
    for (FindingTemplate f : n.findings()) {
      f.condition().ifPresent(c -> exprInputs(c, scope, out));
      List<String> texts = new ArrayList<>();
      texts.add(f.message().vi());
      f.message().en().ifPresent(texts::add);
      for (String text : texts) {
        Matcher m = MessageTable.PLACEHOLDER.matcher(text);
        while (m.find()) {
          String name = m.group(1);
          Expr let = scope.get(name);
          if (let != null) {
            exprInputs(let, scope, out);
          } else if (inputKeys.contains(name)) {
            out.add(name);
          }
        }
      }
    }
    byNode.put(n.code(), out);
    for (Node c : n.children()) {
      visit(c, n.code(), scope);
    }
  }

  /** Returns every expression of {@code rule}, nested rules included, in source order. */
  static List<Expr> ruleExprs(Rule rule) {
    List<Expr> out = new ArrayList<>();
    rule.accept(
        new Rule.Visitor<Void>() {
          @Override
          public Void visitCases(Rule.Cases r) {
            r.cases()
                .forEach(
                    c -> {
                      out.add(c.condition());
                      out.add(c.points());
                    });
            out.add(r.otherwise());
            return null;
          }

          @Override
          public Void visitTiers(Rule.Tiers r) {
            out.add(r.subject());
            r.tiers()
                .forEach(
                    t -> {
                      out.add(t.threshold());
                      out.add(t.points());
                    });
            out.add(r.otherwise());
            return null;
          }

          @Override
          public Void visitFormula(Rule.Formula r) {
            out.add(r.points());
            return null;
          }

          @Override
          public Void visitPerItem(Rule.PerItem r) {
            out.add(r.points());
            out.add(r.count());
            r.cap().ifPresent(out::add);
            return null;
          }

          @Override
          public Void visitDeduct(Rule.Deduct r) {
            out.add(r.points());
            out.add(r.count());
            out.add(r.floor());
            return null;
          }

          @Override
          public Void visitMaxOf(Rule.MaxOf r) {
            r.alternatives().forEach(a -> out.addAll(ruleExprs(a)));
            return null;
          }

          @Override
          public Void visitSumOf(Rule.SumOf r) {
            r.parts().forEach(a -> out.addAll(ruleExprs(a)));
            return null;
          }

          @Override
          public Void visitGate(Rule.Gate r) {
            out.addAll(r.conditions());
            out.addAll(ruleExprs(r.rule()));
            return null;
          }
        });
    return out;
  }

  private void exprInputs(Expr e, Map<String, Expr> scope, Set<String> out) {
    collect(e, scope, out, new HashSet<>());
  }

  private void collect(Expr e, Map<String, Expr> scope, Set<String> out, Set<String> seenLets) {
    e.accept(
        new Expr.Visitor<Void>() {
          @Override
          public Void visitNumber(Expr.Number x) {
            return null;
          }

          @Override
          public Void visitStr(Expr.Str x) {
            return null;
          }

          @Override
          public Void visitBool(Expr.Bool x) {
            return null;
          }

          @Override
          public Void visitDate(Expr.DateLit x) {
            return null;
          }

          @Override
          public Void visitRef(Expr.Ref x) {
            Expr let = scope.get(x.name());
            if (let != null) {
              if (seenLets.add(x.name())) {
                collect(let, scope, out, seenLets);
              }
            } else if (inputKeys.contains(x.name())) {
              out.add(x.name());
            }
            return null;
          }

          @Override
          public Void visitField(Expr.Field x) {
            return x.target().accept(this);
          }

          @Override
          public Void visitUnary(Expr.Unary x) {
            return x.operand().accept(this);
          }

          @Override
          public Void visitBinary(Expr.Binary x) {
            x.left().accept(this);
            return x.right().accept(this);
          }

          @Override
          public Void visitCall(Expr.Call x) {
            x.args().forEach(a -> a.accept(this));
            return null;
          }

          @Override
          public Void visitIn(Expr.In x) {
            x.value().accept(this);
            x.options().forEach(o -> o.accept(this));
            return null;
          }

          @Override
          public Void visitIf(Expr.If x) {
            x.condition().accept(this);
            x.then().accept(this);
            return x.otherwise().accept(this);
          }
        });
  }

  /** Returns the declared input {@code key} of {@code catalog}. */
  static InputDecl input(Catalog catalog, String key) {
    return catalog
        .input(key)
        .orElseThrow(() -> new IllegalStateException("bug: no input '" + key + "'"));
  }
}
