package dev.rubric.dsl.internal.eval;

import dev.rubric.core.Decimal;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.FindingTemplate;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.catalog.Let;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.catalog.Rule;
import dev.rubric.dsl.internal.check.Binding;
import dev.rubric.dsl.internal.check.Checker;
import dev.rubric.dsl.internal.check.Resolution;
import dev.rubric.dsl.internal.print.ExprPrinter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Lowers a checked {@link Catalog} to an evaluation plan: every name becomes a slot, every rule a
 * {@link Rules.RulePlan}, every finding message a list of literal and value segments. Runs once
 * per compilation.
 */
final class PlanCompiler {

  private final Catalog catalog;
  private final Resolution resolution;
  private final Map<String, Integer> inputSlots = new HashMap<>();
  private int bestSites;
  private int letSlot;
  /** The expression of every let compiled so far, by slot, to follow inputs read through lets. */
  private final Map<Integer, Expr> letExprs = new HashMap<>();
  /** The block being compiled: AREA for the main tree, BONUS or PENALTY. */
  private NodeKind block = NodeKind.AREA;

  private PlanCompiler(Catalog catalog, Resolution resolution) {
    this.catalog = catalog;
    this.resolution = resolution;
    for (int i = 0; i < catalog.inputs().size(); i++) {
      inputSlots.put(catalog.inputs().get(i).key(), i);
    }
  }

  /** The compiled plan of a whole catalog. */
  record Plan(
      Code[] catalogLets,
      int[] catalogLetSlots,
      PlanNode[] nodes,
      PlanNode[] bonus,
      PlanNode[] penalties,
      int letCount,
      int bestSites) {}

  static Plan compile(Catalog catalog, Resolution resolution) {
    PlanCompiler c = new PlanCompiler(catalog, resolution);
    Map<String, Code> scope = new LinkedHashMap<>();
    Code[] lets = new Code[catalog.lets().size()];
    int[] slots = new int[lets.length];
    for (int i = 0; i < lets.length; i++) {
      Let l = catalog.lets().get(i);
      lets[i] = c.code(l.value());
      slots[i] = c.letSlot++;
      c.letExprs.put(slots[i], l.value());
      scope.put(l.name(), new Code.LetRef(l.name(), slots[i], lets[i].percent));
    }
    PlanNode[] nodes = c.nodes(catalog.nodes(), scope);
    c.block = NodeKind.BONUS;
    PlanNode[] bonus = c.nodes(catalog.bonus(), scope);
    c.block = NodeKind.PENALTY;
    PlanNode[] penalties = c.nodes(catalog.penalties(), scope);
    return new Plan(lets, slots, nodes, bonus, penalties, resolution.letCount(), c.bestSites);
  }

  private PlanNode[] nodes(List<Node> nodes, Map<String, Code> scope) {
    PlanNode[] out = new PlanNode[nodes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = node(nodes.get(i), scope);
    }
    return out;
  }

  private PlanNode node(Node n, Map<String, Code> outer) {
    Map<String, Code> scope = new LinkedHashMap<>(outer);
    Code applies = n.applicability().map(a -> code(a.condition())).orElse(null);
    Code[] lets = new Code[n.lets().size()];
    int[] letSlots = new int[lets.length];
    String[] letNames = new String[lets.length];
    for (int i = 0; i < lets.length; i++) {
      Let l = n.lets().get(i);
      lets[i] = code(l.value());
      letSlots[i] = letSlot++;
      letExprs.put(letSlots[i], l.value());
      letNames[i] = l.name();
      scope.put(l.name(), new Code.LetRef(l.name(), letSlots[i], lets[i].percent));
    }
    Rules.RulePlan rule = n.rule().map(this::rule).orElse(null);
    Set<String> referenced = new LinkedHashSet<>();
    n.applicability().ifPresent(a -> collectInputs(a.condition(), referenced));
    n.lets().forEach(l -> collectInputs(l.value(), referenced));
    n.rule().ifPresent(r -> collectInputs(r, referenced));
    n.findings().forEach(f -> f.condition().ifPresent(c -> collectInputs(c, referenced)));
    List<Integer> required = new ArrayList<>();
    for (String key : referenced) {
      InputDecl d = input(key);
      if (d.required()) {
        required.add(inputSlots.get(key));
      }
    }
    PlanNode[] children = nodes(n.children(), scope);
    List<PlanNode.FindingPlan> findings = new ArrayList<>();
    for (FindingTemplate t : n.findings()) {
      findings.add(
          new PlanNode.FindingPlan(
              t.severity(),
              t.condition().map(this::code).orElse(null),
              segments(t.message().vi(), scope),
              segments(t.message().en().orElse(t.message().vi()), scope)));
    }
    return new PlanNode(
        n,
        block,
        Num.of(n.max()),
        applies,
        n.applicability().map(a -> a.policy()).orElse(null),
        lets,
        letSlots,
        letNames,
        rule,
        children,
        findings.toArray(new PlanNode.FindingPlan[0]),
        required.stream().mapToInt(Integer::intValue).toArray(),
        referenced.toArray(new String[0]));
  }

  /** Returns the declared input {@code key} by its slot: {@code Catalog.input} searches the list. */
  private InputDecl input(String key) {
    return catalog.inputs().get(inputSlots.get(key));
  }

  private List<Object> segments(String message, Map<String, Code> scope) {
    List<Object> out = new ArrayList<>();
    Matcher m = Checker.PLACEHOLDER.matcher(message);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        out.add(message.substring(last, m.start()));
      }
      String name = m.group(1);
      Code c = scope.get(name);
      if (c == null && inputSlots.containsKey(name)) {
        InputDecl d = input(name);
        c = new Code.InputRef(name, inputSlots.get(name), d.type() == InputType.RATIO);
      }
      out.add(c == null ? new PlanNode.Placeholder(name) : c);
      last = m.end();
    }
    if (last < message.length()) {
      out.add(message.substring(last));
    }
    return out;
  }

  private void collectInputs(Object node, Set<String> out) {
    if (node instanceof Rule) {
      ((Rule) node).accept(new InputCollector(out));
    } else {
      ((Expr) node).accept(new ExprInputs(out));
    }
  }

  private final class InputCollector implements Rule.Visitor<Void> {
    private final Set<String> out;

    InputCollector(Set<String> out) {
      this.out = out;
    }

    private void e(Expr x) {
      x.accept(new ExprInputs(out));
    }

    @Override
    public Void visitCases(Rule.Cases r) {
      r.cases().forEach(c -> {
        e(c.condition());
        e(c.points());
      });
      e(r.otherwise());
      return null;
    }

    @Override
    public Void visitTiers(Rule.Tiers r) {
      e(r.subject());
      r.tiers().forEach(t -> {
        e(t.threshold());
        e(t.points());
      });
      e(r.otherwise());
      return null;
    }

    @Override
    public Void visitFormula(Rule.Formula r) {
      e(r.points());
      return null;
    }

    @Override
    public Void visitPerItem(Rule.PerItem r) {
      e(r.points());
      e(r.count());
      r.cap().ifPresent(this::e);
      return null;
    }

    @Override
    public Void visitDeduct(Rule.Deduct r) {
      e(r.points());
      e(r.count());
      e(r.floor());
      return null;
    }

    @Override
    public Void visitMaxOf(Rule.MaxOf r) {
      r.alternatives().forEach(a -> a.accept(this));
      return null;
    }

    @Override
    public Void visitSumOf(Rule.SumOf r) {
      r.parts().forEach(a -> a.accept(this));
      return null;
    }

    @Override
    public Void visitGate(Rule.Gate r) {
      r.conditions().forEach(this::e);
      r.rule().accept(this);
      return null;
    }
  }

  /** Collects the input keys an expression reads; {@code present(x)} does not count as a use. */
  private final class ExprInputs implements Expr.Visitor<Void> {
    private final Set<String> out;

    ExprInputs(Set<String> out) {
      this.out = out;
    }

    @Override
    public Void visitNumber(Expr.Number e) {
      return null;
    }

    @Override
    public Void visitStr(Expr.Str e) {
      return null;
    }

    @Override
    public Void visitBool(Expr.Bool e) {
      return null;
    }

    @Override
    public Void visitDate(Expr.DateLit e) {
      return null;
    }

    @Override
    public Void visitRef(Expr.Ref e) {
      resolution.binding(e).ifPresent(b -> {
        if (b instanceof Binding.Input) {
          out.add(((Binding.Input) b).decl().key());
        } else if (b instanceof Binding.LetValue) {
          // An input read through a let (of this node, an ancestor or the catalog) is read here too.
          Expr value = letExprs.get(((Binding.LetValue) b).slot());
          if (value != null) {
            value.accept(this);
          }
        }
      });
      return null;
    }

    @Override
    public Void visitField(Expr.Field e) {
      return e.target().accept(this);
    }

    @Override
    public Void visitUnary(Expr.Unary e) {
      return e.operand().accept(this);
    }

    @Override
    public Void visitBinary(Expr.Binary e) {
      e.left().accept(this);
      return e.right().accept(this);
    }

    @Override
    public Void visitCall(Expr.Call e) {
      if (e.function() != Expr.Function.PRESENT) {
        e.args().forEach(a -> a.accept(this));
      }
      return null;
    }

    @Override
    public Void visitIn(Expr.In e) {
      e.value().accept(this);
      e.options().forEach(o -> o.accept(this));
      return null;
    }

    @Override
    public Void visitIf(Expr.If e) {
      e.condition().accept(this);
      e.then().accept(this);
      return e.otherwise().accept(this);
    }
  }

  // ---------------------------------------------------------------- rules

  private Rules.RulePlan rule(Rule r) {
    return r.accept(
        new Rule.Visitor<Rules.RulePlan>() {
          @Override
          public Rules.RulePlan visitCases(Rule.Cases x) {
            Code[] conditions = new Code[x.cases().size()];
            Code[] points = new Code[conditions.length];
            for (int i = 0; i < conditions.length; i++) {
              conditions[i] = code(x.cases().get(i).condition());
              points[i] = code(x.cases().get(i).points());
            }
            return new Rules.Cases(conditions, points, code(x.otherwise()));
          }

          @Override
          public Rules.RulePlan visitTiers(Rule.Tiers x) {
            int n = x.tiers().size();
            Expr.BinaryOp[] ops = new Expr.BinaryOp[n];
            Code[] thresholds = new Code[n];
            Code[] points = new Code[n];
            for (int i = 0; i < n; i++) {
              ops[i] = x.tiers().get(i).op();
              thresholds[i] = code(x.tiers().get(i).threshold());
              points[i] = code(x.tiers().get(i).points());
            }
            return new Rules.Tiers(code(x.subject()), ops, thresholds, points, code(x.otherwise()));
          }

          @Override
          public Rules.RulePlan visitFormula(Rule.Formula x) {
            return new Rules.Formula(code(x.points()));
          }

          @Override
          public Rules.RulePlan visitPerItem(Rule.PerItem x) {
            return new Rules.PerItem(code(x.points()), code(x.count()), x.cap().map(c -> code(c)).orElse(null));
          }

          @Override
          public Rules.RulePlan visitDeduct(Rule.Deduct x) {
            return new Rules.Deduct(code(x.points()), code(x.count()), code(x.floor()));
          }

          @Override
          public Rules.RulePlan visitMaxOf(Rule.MaxOf x) {
            return new Rules.MaxOf(x.alternatives().stream().map(PlanCompiler.this::rule).toArray(Rules.RulePlan[]::new));
          }

          @Override
          public Rules.RulePlan visitSumOf(Rule.SumOf x) {
            return new Rules.SumOf(x.parts().stream().map(PlanCompiler.this::rule).toArray(Rules.RulePlan[]::new));
          }

          @Override
          public Rules.RulePlan visitGate(Rule.Gate x) {
            return new Rules.Gate(x.conditions().stream().map(PlanCompiler.this::code).toArray(Code[]::new), rule(x.rule()));
          }
        });
  }

  // ---------------------------------------------------------------- expressions

  private Code code(Expr e) {
    String src = ExprPrinter.print(e);
    return e.accept(
        new Expr.Visitor<Code>() {
          @Override
          public Code visitNumber(Expr.Number x) {
            return new Code.Const(src, Num.of(x.value()), x.percent());
          }

          @Override
          public Code visitStr(Expr.Str x) {
            return new Code.Const(src, x.value(), false);
          }

          @Override
          public Code visitBool(Expr.Bool x) {
            return new Code.Const(src, x.value(), false);
          }

          @Override
          public Code visitDate(Expr.DateLit x) {
            return new Code.Const(src, x.value(), false);
          }

          @Override
          public Code visitRef(Expr.Ref x) {
            Binding b = resolution.binding(x).orElseThrow(() -> new IllegalStateException("bug: unresolved " + x.name()));
            return binding(b, src);
          }

          @Override
          public Code visitField(Expr.Field x) {
            var b = resolution.binding(x);
            if (b.isPresent()) {
              return binding(b.get(), src);
            }
            Code target = code(x.target());
            switch (x.name()) {
              case "issued":
                return new Code.DocIssued(src, target);
              case "numerator":
                return new Code.RatioPart(src, target, true);
              case "denominator":
                return new Code.RatioPart(src, target, false);
              default:
                throw new IllegalStateException("bug: unchecked field " + x.name());
            }
          }

          @Override
          public Code visitUnary(Expr.Unary x) {
            Code operand = code(x.operand());
            return x.op() == Expr.UnaryOp.NOT ? new Code.Not(src, operand) : new Code.Neg(src, operand);
          }

          @Override
          public Code visitBinary(Expr.Binary x) {
            Code l = code(x.left());
            Code r = code(x.right());
            switch (x.op()) {
              case AND:
                return new Code.Logic(src, true, l, r);
              case OR:
                return new Code.Logic(src, false, l, r);
              case ADD:
              case SUB:
              case MUL:
                return new Code.Arith(src, x.op(), l, r, false);
              case DIV:
                return new Code.Arith(src, x.op(), l, r, true);
              default:
                return new Code.Compare(src, x.op(), l, r);
            }
          }

          @Override
          public Code visitCall(Expr.Call x) {
            List<Code> args = new ArrayList<>();
            if (x.function() != Expr.Function.PRESENT) {
              x.args().forEach(a -> args.add(code(a)));
            }
            switch (x.function()) {
              case DATE:
                return new Code.DateOf(src, args.get(0), args.get(1), args.get(2));
              case DAYS_AFTER:
                return new Code.DaysAfter(src, args.get(0), args.get(1));
              case DAYS_BETWEEN:
                return new Code.DaysBetween(src, args.get(0), args.get(1));
              case MIN:
              case MAX:
                return new Code.MinMax(src, x.function() == Expr.Function.MIN, List.copyOf(args),
                    args.stream().anyMatch(a -> a.percent));
              case PRESENT:
                {
                  Binding b = resolution.binding(x.args().get(0)).orElseThrow();
                  return new Code.Present(src, ((Binding.Input) b).slot());
                }
              case BEST:
                return new Code.Best(src, bestSites++, args.get(0));
              default:
                throw new IllegalStateException("bug: unhandled function " + x.function());
            }
          }

          @Override
          public Code visitIn(Expr.In x) {
            List<Code> options = new ArrayList<>();
            x.options().forEach(o -> options.add(code(o)));
            return new Code.In(src, code(x.value()), List.copyOf(options));
          }

          @Override
          public Code visitIf(Expr.If x) {
            return new Code.If(src, code(x.condition()), code(x.then()), code(x.otherwise()));
          }
        });
  }

  private static Code binding(Binding b, String src) {
    if (b instanceof Binding.Input) {
      Binding.Input in = (Binding.Input) b;
      return new Code.InputRef(src, in.slot(), in.decl().type() == InputType.RATIO);
    }
    if (b instanceof Binding.Attribute) {
      return new Code.AttributeRef(src, ((Binding.Attribute) b).slot());
    }
    if (b instanceof Binding.LetValue) {
      return new Code.LetRef(src, ((Binding.LetValue) b).slot(), false);
    }
    switch (((Binding.Builtin) b).name()) {
      case YEAR:
        return new Code.Builtin(src, Code.Builtin.Which.YEAR);
      case MAX:
        return new Code.Builtin(src, Code.Builtin.Which.MAX);
      case UNIT_KIND:
        return new Code.Builtin(src, Code.Builtin.Which.KIND);
      case UNIT_LEVEL:
        return new Code.Builtin(src, Code.Builtin.Which.LEVEL);
      case UNIT_CODE:
        return new Code.Builtin(src, Code.Builtin.Which.CODE);
      default:
        throw new IllegalStateException("bug: 'unit' without a field");
    }
  }

  static Decimal zero() {
    return Decimal.ZERO;
  }
}
