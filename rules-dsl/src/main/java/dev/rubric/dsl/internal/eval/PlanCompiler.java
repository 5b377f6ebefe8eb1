package dev.rubric.dsl.internal.eval;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.FindingTemplate;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.catalog.Let;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.catalog.Rule;
import dev.rubric.core.message.MessageTable;
import dev.rubric.dsl.internal.check.Binding;
import dev.rubric.dsl.internal.check.Resolution;
import dev.rubric.dsl.internal.print.ExprPrinter;
import dev.rubric.dsl.internal.syntax.Site;
import dev.rubric.dsl.internal.syntax.Site.Part;
import dev.rubric.dsl.internal.syntax.SiteWalk;
import dev.rubric.dsl.internal.syntax.SiteWalk.Sited;
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
 * {@link Rules.RulePlan}, every finding message a list of literal and value segments. Runs once per
 * compilation.
 */
final class PlanCompiler {

  private final Catalog catalog;
  private final Resolution resolution;
  private final Map<String, Integer> inputSlots = new HashMap<>();
  private int bestSites;
  private int letSlot;

  /**
   * The expression of every let compiled so far and its site, by slot, to follow inputs read
   * through lets.
   */
  private final Map<Integer, Sited<Expr>> letExprs = new HashMap<>();

  /** Whether each let, by slot, shows as a percentage: as its own explanation line shows it. */
  private final Map<Integer, Boolean> letShownAsPercent = new HashMap<>();

  /** The block being compiled: AREA for the main tree, BONUS or PENALTY. */
  private NodeKind block = NodeKind.AREA;

  private PlanCompiler(Catalog catalog, Resolution resolution) {
    this.catalog = catalog;
    this.resolution = resolution;
    for (int i = 0; i < catalog.inputs().size(); i++) {
      inputSlots.put(catalog.inputs().get(i).key(), i);
    }
  }

  /**
   * The compiled plan of a whole catalog. A class rather than a record of arrays: plans are
   * compared by identity, and their arrays are never exposed outside the evaluator or modified.
   */
  static final class Plan {
    private final Code[] catalogLets;
    private final int[] catalogLetSlots;
    private final PlanNode[] nodes;
    private final PlanNode[] bonus;
    private final PlanNode[] penalties;
    private final int letCount;
    private final int bestSites;

    Plan(
        Code[] catalogLets,
        int[] catalogLetSlots,
        PlanNode[] nodes,
        PlanNode[] bonus,
        PlanNode[] penalties,
        int letCount,
        int bestSites) {
      this.catalogLets = catalogLets;
      this.catalogLetSlots = catalogLetSlots;
      this.nodes = nodes;
      this.bonus = bonus;
      this.penalties = penalties;
      this.letCount = letCount;
      this.bestSites = bestSites;
    }

    Code[] catalogLets() {
      return catalogLets;
    }

    int[] catalogLetSlots() {
      return catalogLetSlots;
    }

    PlanNode[] nodes() {
      return nodes;
    }

    PlanNode[] bonus() {
      return bonus;
    }

    PlanNode[] penalties() {
      return penalties;
    }

    int letCount() {
      return letCount;
    }

    int bestSites() {
      return bestSites;
    }
  }

  static Plan compile(Catalog catalog, Resolution resolution) {
    PlanCompiler c = new PlanCompiler(catalog, resolution);
    Map<String, Code> scope = new LinkedHashMap<>();
    Code[] lets = new Code[catalog.lets().size()];
    int[] slots = new int[lets.length];
    for (int i = 0; i < lets.length; i++) {
      Let l = catalog.lets().get(i);
      Site at = Site.CATALOG.at(Part.LET, i);
      lets[i] = c.code(l.value(), at);
      slots[i] = c.letSlot++;
      c.letExprs.put(slots[i], new Sited<>(l.value(), at));
      c.letShownAsPercent.put(slots[i], lets[i].percent);
      scope.put(l.name(), new Code.LetRef(l.name(), slots[i], lets[i].percent, lets[i].percent));
    }
    PlanNode[] nodes = c.nodes(catalog.nodes(), Site.CATALOG, Part.AREA, scope);
    c.block = NodeKind.BONUS;
    PlanNode[] bonus = c.nodes(catalog.bonus(), Site.CATALOG, Part.BONUS, scope);
    c.block = NodeKind.PENALTY;
    PlanNode[] penalties = c.nodes(catalog.penalties(), Site.CATALOG, Part.PENALTY, scope);
    return new Plan(lets, slots, nodes, bonus, penalties, resolution.letCount(), c.bestSites);
  }

  /**
   * Compiles the nodes of a block of the catalog, or the sub-criteria of a node, at {@code parent}.
   */
  private PlanNode[] nodes(List<Node> nodes, Site parent, Part part, Map<String, Code> scope) {
    PlanNode[] out = new PlanNode[nodes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = node(nodes.get(i), parent.at(part, i), scope);
    }
    return out;
  }

  private PlanNode node(Node n, Site at, Map<String, Code> outer) {
    Map<String, Code> scope = new LinkedHashMap<>(outer);
    Site appliesAt = at.at(Part.APPLIES_WHEN);
    Code applies = n.applicability().map(a -> code(a.condition(), appliesAt)).orElse(null);
    Code[] lets = new Code[n.lets().size()];
    int[] letSlots = new int[lets.length];
    String[] letNames = new String[lets.length];
    for (int i = 0; i < lets.length; i++) {
      Let l = n.lets().get(i);
      Site letAt = at.at(Part.LET, i);
      lets[i] = code(l.value(), letAt);
      letSlots[i] = letSlot++;
      letExprs.put(letSlots[i], new Sited<>(l.value(), letAt));
      letShownAsPercent.put(letSlots[i], lets[i].percent);
      letNames[i] = l.name();
      scope.put(l.name(), new Code.LetRef(l.name(), letSlots[i], lets[i].percent, lets[i].percent));
    }
    Site ruleAt = at.at(Part.RULE);
    Rules.RulePlan rule = n.rule().map(r -> rule(r, ruleAt)).orElse(null);
    Set<String> referenced = new LinkedHashSet<>();
    n.applicability().ifPresent(a -> readInputs(a.condition(), appliesAt, referenced));
    for (int i = 0; i < lets.length; i++) {
      readInputs(n.lets().get(i).value(), at.at(Part.LET, i), referenced);
    }
    n.rule().ifPresent(r -> readInputs(r, ruleAt, referenced));
    for (int i = 0; i < n.findings().size(); i++) {
      Site when = findingCondition(at, i);
      n.findings().get(i).condition().ifPresent(c -> readInputs(c, when, referenced));
    }
    List<Integer> required = new ArrayList<>();
    for (String key : referenced) {
      InputDecl d = input(key);
      if (d.required()) {
        required.add(slot(key));
      }
    }
    PlanNode[] children = nodes(n.children(), at, Part.CRITERION, scope);
    List<PlanNode.FindingPlan> findings = new ArrayList<>();
    for (int i = 0; i < n.findings().size(); i++) {
      FindingTemplate t = n.findings().get(i);
      Site when = findingCondition(at, i);
      findings.add(
          new PlanNode.FindingPlan(
              t.severity(),
              t.condition().map(c -> code(c, when)).orElse(null),
              t.message(),
              slots(t.message(), scope)));
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

  /**
   * Returns the declared input {@code key} by its slot: {@code Catalog.input} searches the list.
   */
  private InputDecl input(String key) {
    return catalog.inputs().get(slot(key));
  }

  /** Returns the slot of {@code key}, an input that the checker found declared. */
  private int slot(String key) {
    Integer slot = inputSlots.get(key);
    if (slot == null) {
      throw new IllegalStateException("no input " + key);
    }
    return slot;
  }

  /** Returns the placeholders of a finding template, each once, Vietnamese first. */
  private List<PlanNode.Slot> slots(LocalizedText message, Map<String, Code> scope) {
    Map<String, PlanNode.Slot> out = new LinkedHashMap<>();
    for (String text : List.of(message.vi(), message.en().orElse(""))) {
      Matcher m = MessageTable.PLACEHOLDER.matcher(text);
      while (m.find()) {
        String name = m.group(1);
        Code c = scope.get(name);
        if (c == null && inputSlots.containsKey(name)) {
          InputDecl d = input(name);
          c = new Code.InputRef(name, inputSlots.get(name), d.type() == InputType.RATIO);
        }
        out.putIfAbsent(name, new PlanNode.Slot(name, c));
      }
    }
    return List.copyOf(out.values());
  }

  private static Site findingCondition(Site node, int finding) {
    return node.at(Part.FINDING, finding).at(Part.WHEN);
  }

  /** Adds the input keys {@code rule}, at {@code at}, reads to {@code out}. */
  private void readInputs(Rule rule, Site at, Set<String> out) {
    for (Sited<Expr> e : SiteWalk.expressions(rule, at)) {
      readInputs(e.node(), e.site(), out);
    }
    for (Sited<Rule> r : SiteWalk.subRules(rule, at)) {
      readInputs(r.node(), r.site(), out);
    }
  }

  /**
   * The input keys each let reads, directly or through other lets, by slot: worked out once per
   * let, so that a chain of lets that each read the one before several times costs one walk per
   * let, not one per path (3^k walks for k lets that read their predecessor three times).
   */
  private final Map<Integer, Set<String>> letReads = new HashMap<>();

  private Set<String> letReads(int slot) {
    Set<String> known = letReads.get(slot);
    if (known != null) {
      return known;
    }
    Sited<Expr> value = letExprs.get(slot);
    if (value == null) {
      return Set.of();
    }
    Set<String> reads = new LinkedHashSet<>();
    letReads.put(slot, reads); // a let never reads itself (the checker rejects cycles)
    readInputs(value.node(), value.site(), reads);
    return reads;
  }

  /**
   * Adds the input keys {@code e}, at {@code at}, reads to {@code out}, including those read
   * through lets (of this node, an ancestor or the catalog); {@code present(x)} does not count as a
   * read.
   */
  private void readInputs(Expr e, Site at, Set<String> out) {
    if (e instanceof Expr.Ref) {
      Binding b = resolution.binding(at).orElse(null);
      if (b instanceof Binding.Input input) {
        out.add(input.decl().key());
      } else if (b instanceof Binding.LetValue letValue) {
        out.addAll(letReads(letValue.slot()));
      }
      return;
    }
    if (e instanceof Expr.Call call && call.function() == Expr.Function.PRESENT) {
      return;
    }
    for (Sited<Expr> part : SiteWalk.parts(e, at)) {
      readInputs(part.node(), part.site(), out);
    }
  }

  // ---------------------------------------------------------------- rules

  private Rules.RulePlan rule(Rule r, Site at) {
    return r.accept(
        new Rule.Visitor<Rules.RulePlan>() {
          @Override
          public Rules.RulePlan visitCases(Rule.Cases x) {
            Code[] conditions = new Code[x.cases().size()];
            Code[] points = new Code[conditions.length];
            for (int i = 0; i < conditions.length; i++) {
              conditions[i] = code(x.cases().get(i).condition(), at.at(Part.WHEN, i));
              points[i] = code(x.cases().get(i).points(), at.at(Part.POINTS, i));
            }
            return new Rules.Cases(conditions, points, code(x.otherwise(), at.at(Part.OTHERWISE)));
          }

          @Override
          public Rules.RulePlan visitTiers(Rule.Tiers x) {
            int n = x.tiers().size();
            Expr.BinaryOp[] ops = new Expr.BinaryOp[n];
            Code[] thresholds = new Code[n];
            Code[] points = new Code[n];
            for (int i = 0; i < n; i++) {
              ops[i] = x.tiers().get(i).op();
              thresholds[i] = code(x.tiers().get(i).threshold(), at.at(Part.THRESHOLD, i));
              points[i] = code(x.tiers().get(i).points(), at.at(Part.POINTS, i));
            }
            return new Rules.Tiers(
                code(x.subject(), at.at(Part.SUBJECT)),
                ops,
                thresholds,
                points,
                code(x.otherwise(), at.at(Part.OTHERWISE)));
          }

          @Override
          public Rules.RulePlan visitFormula(Rule.Formula x) {
            return new Rules.Formula(code(x.points(), at.at(Part.POINTS)));
          }

          @Override
          public Rules.RulePlan visitPerItem(Rule.PerItem x) {
            return new Rules.PerItem(
                code(x.points(), at.at(Part.POINTS)),
                code(x.count(), at.at(Part.PER)),
                x.cap().map(c -> code(c, at.at(Part.CAP))).orElse(null));
          }

          @Override
          public Rules.RulePlan visitDeduct(Rule.Deduct x) {
            return new Rules.Deduct(
                code(x.points(), at.at(Part.POINTS)),
                code(x.count(), at.at(Part.PER)),
                code(x.floor(), at.at(Part.FLOOR)));
          }

          @Override
          public Rules.RulePlan visitMaxOf(Rule.MaxOf x) {
            return new Rules.MaxOf(rules(x.alternatives()));
          }

          @Override
          public Rules.RulePlan visitSumOf(Rule.SumOf x) {
            return new Rules.SumOf(rules(x.parts()));
          }

          @Override
          public Rules.RulePlan visitGate(Rule.Gate x) {
            Code[] conditions = new Code[x.conditions().size()];
            for (int i = 0; i < conditions.length; i++) {
              conditions[i] = code(x.conditions().get(i), at.at(Part.IF, i));
            }
            return new Rules.Gate(conditions, rule(x.rule(), at.at(Part.RULE)));
          }

          private Rules.RulePlan[] rules(List<Rule> rules) {
            Rules.RulePlan[] out = new Rules.RulePlan[rules.size()];
            for (int i = 0; i < out.length; i++) {
              out[i] = rule(rules.get(i), at.at(Part.RULE, i));
            }
            return out;
          }
        });
  }

  // ---------------------------------------------------------------- expressions

  private Code code(Expr e, Site at) {
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
            Binding b =
                resolution
                    .binding(at)
                    .orElseThrow(() -> new IllegalStateException("bug: unresolved " + x.name()));
            return binding(b, src);
          }

          @Override
          public Code visitField(Expr.Field x) {
            var b = resolution.binding(at);
            if (b.isPresent()) {
              return binding(b.get(), src);
            }
            Code target = code(x.target(), at.at(Part.TARGET));
            return switch (x.name()) {
              case "issued" -> new Code.DocIssued(src, target);
              case "numerator" -> new Code.RatioPart(src, target, true);
              case "denominator" -> new Code.RatioPart(src, target, false);
              default -> throw new IllegalStateException("bug: unchecked field " + x.name());
            };
          }

          @Override
          public Code visitUnary(Expr.Unary x) {
            Code operand = code(x.operand(), at.at(Part.OPERAND));
            return x.op() == Expr.UnaryOp.NOT
                ? new Code.Not(src, operand)
                : new Code.Neg(src, operand);
          }

          @Override
          public Code visitBinary(Expr.Binary x) {
            Code l = code(x.left(), at.at(Part.LEFT));
            Code r = code(x.right(), at.at(Part.RIGHT));
            return switch (x.op()) {
              case AND -> new Code.Logic(src, true, l, r);
              case OR -> new Code.Logic(src, false, l, r);
              case ADD, SUB, MUL -> new Code.Arith(src, x.op(), l, r, false);
              case DIV -> new Code.Arith(src, x.op(), l, r, true);
              default -> new Code.Compare(src, x.op(), l, r);
            };
          }

          @Override
          public Code visitCall(Expr.Call x) {
            List<Code> args = new ArrayList<>();
            if (x.function() != Expr.Function.PRESENT) {
              for (int i = 0; i < x.args().size(); i++) {
                args.add(code(x.args().get(i), at.at(Part.ARG, i)));
              }
            }
            switch (x.function()) {
              case DATE -> {
                return new Code.DateOf(src, args.get(0), args.get(1), args.get(2));
              }
              case DAYS_AFTER -> {
                return new Code.DaysAfter(src, args.get(0), args.get(1));
              }
              case DAYS_BETWEEN -> {
                return new Code.DaysBetween(src, args.get(0), args.get(1));
              }
              case MIN, MAX -> {
                return new Code.MinMax(
                    src,
                    x.function() == Expr.Function.MIN,
                    List.copyOf(args),
                    args.stream().anyMatch(a -> a.percent));
              }
              case PRESENT -> {
                Binding b = resolution.binding(at.at(Part.ARG, 0)).orElseThrow();
                return new Code.Present(src, ((Binding.Input) b).slot());
              }
              case BEST -> {
                return new Code.Best(src, bestSites++, args.get(0));
              }
              default -> throw new IllegalStateException("bug: unhandled function " + x.function());
            }
          }

          @Override
          public Code visitIn(Expr.In x) {
            List<Code> options = new ArrayList<>();
            for (int i = 0; i < x.options().size(); i++) {
              options.add(code(x.options().get(i), at.at(Part.OPTION, i)));
            }
            return new Code.In(src, code(x.value(), at.at(Part.VALUE)), List.copyOf(options));
          }

          @Override
          public Code visitIf(Expr.If x) {
            return new Code.If(
                src,
                code(x.condition(), at.at(Part.IF)),
                code(x.then(), at.at(Part.THEN)),
                code(x.otherwise(), at.at(Part.ELSE)));
          }
        });
  }

  private Code binding(Binding b, String src) {
    if (b instanceof Binding.Input in) {
      return new Code.InputRef(src, in.slot(), in.decl().type() == InputType.RATIO);
    }
    if (b instanceof Binding.Attribute attribute) {
      return new Code.AttributeRef(src, attribute.slot());
    }
    if (b instanceof Binding.LetValue letValue) {
      return new Code.LetRef(
          src,
          letValue.slot(),
          false,
          letShownAsPercent.getOrDefault(letValue.slot(), Boolean.FALSE));
    }
    return switch (((Binding.Builtin) b).name()) {
      case YEAR -> new Code.Builtin(src, Code.Builtin.Which.YEAR);
      case MAX -> new Code.Builtin(src, Code.Builtin.Which.MAX);
      case UNIT_KIND -> new Code.Builtin(src, Code.Builtin.Which.KIND);
      case UNIT_LEVEL -> new Code.Builtin(src, Code.Builtin.Which.LEVEL);
      case UNIT_CODE -> new Code.Builtin(src, Code.Builtin.Which.CODE);
      default -> throw new IllegalStateException("bug: 'unit' without a field");
    };
  }

  static Decimal zero() {
    return Decimal.ZERO;
  }
}
