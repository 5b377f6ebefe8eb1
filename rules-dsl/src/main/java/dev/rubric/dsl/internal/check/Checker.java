package dev.rubric.dsl.internal.check;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Applicability;
import dev.rubric.core.catalog.Band;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.FindingTemplate;
import dev.rubric.core.catalog.IndexFormula;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.catalog.Let;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.catalog.Provenance;
import dev.rubric.core.catalog.Rule;
import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.SourceSpan;
import dev.rubric.core.diagnostic.Suggestions;
import dev.rubric.core.internal.Text;
import dev.rubric.dsl.internal.print.ExprPrinter;
import dev.rubric.dsl.internal.syntax.Spans;
import dev.rubric.dsl.internal.syntax.Syntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a parsed or builder-made catalog: names, types and the static checks of the language
 * (unknown and unused inputs, type mismatches, unreachable tiers, rules that can exceed their max or
 * go below their floor, children that do not add up, band gaps and overlaps, duplicate codes, a
 * catalog for no unit). When there is no error it lowers the syntax to a core {@link Catalog} and a
 * {@link Resolution} the compiler uses. One instance checks one catalog; not thread-safe.
 */
public final class Checker {

  /** The outcome of checking: the catalog and its resolution when there were no errors. */
  public record Result(Optional<Catalog> catalog, Resolution resolution, List<Diagnostic> diagnostics) {}

  private static final Set<String> RESERVED = Set.of("year", "max", "unit", "true", "false", "earned");
  /** A placeholder in a finding message, {@code {rate}}; group 1 is the name. Used by the compiler too. */
  public static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");
  private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.-]+)?");

  private final Spans spans;
  private final Optional<SourceSpan> catalogSpan;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<Expr, Binding> bindings = new IdentityHashMap<>();
  private final Map<Expr, Type> types = new IdentityHashMap<>();
  private final Map<String, Integer> inputSlots = new HashMap<>();
  private final List<InputDecl> inputs = new ArrayList<>();
  private final Map<String, Integer> attributeSlots = new HashMap<>();
  private final List<InputDecl> attributes = new ArrayList<>();
  private final Set<String> usedInputs = new HashSet<>();
  private final Set<String> usedAttributes = new HashSet<>();
  /** Inputs and attributes whose declaration was rejected; uses of them are not reported again. */
  private final Set<String> rejectedInputs = new HashSet<>();
  private final Set<String> rejectedAttributes = new HashSet<>();
  private final Map<Integer, Interval> letIntervals = new HashMap<>();
  private int letCount;
  /** The block being checked: AREA for the main tree, BONUS or PENALTY; decides a rule's floor. */
  private NodeKind block = NodeKind.AREA;
  /** How many expressions have had the already-reported error type so far. */
  private int errorTypes;
  private String path = "";

  private Checker(Spans spans, Optional<SourceSpan> catalogSpan) {
    this.spans = spans;
    this.catalogSpan = catalogSpan;
  }

  /** Checks {@code syntax}; expression positions come from {@code spans}. */
  public static Result check(Syntax.Catalog syntax, Spans spans) {
    Checker c = new Checker(spans, syntax.span());
    return c.run(syntax);
  }

  /** A name in scope: a let, with its slot and type. */
  private record Scoped(int slot, Type type) {}

  private Result run(Syntax.Catalog s) {
    path = "catalog " + s.id().value();
    if (!VERSION.matcher(s.version().value()).matches()) {
      error(s.version().span(), "RB310",
          "expected a semantic version such as '2022.1.0' but found '" + s.version().value() + "'");
    }
    if (s.title().isEmpty()) {
      error(s.id().span(), "RB113", "catalog '" + s.id().value() + "' has no title",
          "add a line such as: title \"Bộ tiêu chí …\" en \"… criteria\"");
    }
    if (s.appliesTo().isEmpty()) {
      error(s.id().span(), "RB309", "catalog '" + s.id().value() + "' applies to no unit level or kind",
          "add a line such as: applies-to commune");
    }
    s.decisionDate().ifPresent(d -> {
      if (d.isBefore(Provenance.EARLIEST) || d.isAfter(Provenance.LATEST)) {
        error(spanOf(d).or(() -> s.id().span()), "RB311", "expected a decision date from 1900-01-01 to 2199-12-31 but found " + d);
      }
    });
    declareInputs(s.inputs(), inputs, inputSlots, rejectedInputs, "input");
    declareInputs(s.attributes(), attributes, attributeSlots, rejectedAttributes, "attribute");

    Map<String, Scoped> scope = new LinkedHashMap<>();
    List<Let> catalogLets = new ArrayList<>();
    for (Syntax.Let l : s.lets()) {
      // No 'max' outside a criterion: catalog-wide values have no node.
      Optional<Let> let = declareLet(l, scope, null);
      let.ifPresent(catalogLets::add);
    }

    Set<String> codes = new HashSet<>();
    List<Node> nodes = nodes(s.nodes(), scope, codes, Channel.APPRAISAL);
    block = NodeKind.BONUS;
    List<Node> bonus = nodes(s.bonus(), scope, codes, Channel.APPRAISAL);
    block = NodeKind.PENALTY;
    List<Node> penalties = nodes(s.penalties(), scope, codes, Channel.APPRAISAL);
    block = NodeKind.AREA;

    IndexFormula index = index(s.index(), s.nodes());
    List<Band> bands = bands(s.bands());

    for (InputDecl in : inputs) {
      if (!usedInputs.contains(in.key())) {
        warning(spanOfInput(s.inputs(), in.key()), "RB202", "input '" + in.key() + "' is declared but never used",
            "remove it, or use it in a rule");
      }
    }
    for (InputDecl in : attributes) {
      if (!usedAttributes.contains(in.key())) {
        warning(spanOfInput(s.attributes(), in.key()), "RB202", "unit attribute '" + in.key() + "' is declared but never used",
            "remove it, or use it as unit." + in.key());
      }
    }

    Resolution resolution = new Resolution(bindings, types, letCount);
    if (diagnostics.stream().anyMatch(Diagnostic::isError) || index == null || nodes == null) {
      return new Result(Optional.empty(), resolution, List.copyOf(diagnostics));
    }
    try {
      Catalog catalog =
          new Catalog(
              s.id().value(),
              s.version().value(),
              s.title().orElse(LocalizedText.of(s.id().value())),
              new Provenance(s.issuer(), s.decision(), s.decisionDate()),
              s.appliesTo().stream().map(Syntax.Name::value).toList(),
              inputs,
              attributes,
              catalogLets,
              nodes,
              bonus,
              penalties,
              index,
              bands,
              s.rounding());
      return new Result(Optional.of(catalog), resolution, List.copyOf(diagnostics));
    } catch (IllegalArgumentException e) {
      error(catalogSpan, "RB399", "catalog is invalid: " + e.getMessage());
      return new Result(Optional.empty(), resolution, List.copyOf(diagnostics));
    }
  }

  // ---------------------------------------------------------------- declarations

  private void declareInputs(
      List<Syntax.Input> declared, List<InputDecl> out, Map<String, Integer> slots, Set<String> rejected, String what) {
    for (Syntax.Input in : declared) {
      String key = in.key().value();
      if (!Text.isIdentifier(key)) {
        error(in.key().span(), "RB129", "expected an " + what + " name (letters, digits and '_') but found '" + key + "'");
        continue;
      }
      if (!slots.containsKey(key)) {
        // Undone below once the declaration is accepted.
        rejected.add(key);
      }
      if (RESERVED.contains(key)) {
        error(in.key().span(), "RB203", "'" + key + "' is a reserved name and cannot name an " + what);
        continue;
      }
      if (slots.containsKey(key)) {
        error(in.key().span(), "RB203", "duplicate " + what + " '" + key + "'");
        continue;
      }
      if (in.type() == InputType.CHOICE && in.options().isEmpty()) {
        error(in.key().span(), "RB312", "choice " + what + " '" + key + "' has no options",
            "add: options first_option, second_option");
        continue;
      }
      if (in.type() != InputType.CHOICE && !in.options().isEmpty()) {
        error(in.options().get(0).span(), "RB312",
            "expected no options for " + in.type().keyword() + " " + what + " '" + key + "' but found " + in.options().size());
        continue;
      }
      if (in.unit().isPresent() && in.type() != InputType.QUANTITY) {
        error(in.key().span(), "RB312",
            "expected a unit only on a quantity but " + what + " '" + key + "' is a " + in.type().keyword());
        continue;
      }
      Set<String> seen = new HashSet<>();
      boolean ok = true;
      for (Syntax.Name o : in.options()) {
        if (!seen.add(o.value())) {
          error(o.span(), "RB203", "duplicate option '" + o.value() + "' of " + what + " '" + key + "'");
          ok = false;
        }
      }
      if (!ok) {
        continue;
      }
      InputDecl decl;
      try {
        decl = new InputDecl(
            key, in.type(), in.label(), in.direction(), in.required(),
            in.options().stream().map(Syntax.Name::value).toList(), in.unit());
      } catch (IllegalArgumentException e) {
        error(in.key().span(), "RB129", "invalid " + what + " '" + key + "': " + e.getMessage());
        continue;
      }
      rejected.remove(key);
      slots.put(key, out.size());
      out.add(decl);
    }
  }

  private Optional<Let> declareLet(Syntax.Let l, Map<String, Scoped> scope, Decimal max) {
    String name = l.name().value();
    if (!Text.isIdentifier(name)) {
      error(l.name().span(), "RB129", "expected a name (letters, digits and '_') but found '" + name + "'");
      return Optional.empty();
    }
    Type t = type(l.value(), scope, max);
    Interval iv = interval(l.value(), max);
    if (RESERVED.contains(name)) {
      error(l.name().span(), "RB203", "'" + name + "' is a reserved name and cannot name a value");
      return Optional.empty();
    }
    if (scope.containsKey(name) || inputSlots.containsKey(name)) {
      error(l.name().span(), "RB203", "'" + name + "' is already declared",
          "choose another name for this value");
      return Optional.empty();
    }
    int slot = letCount++;
    letIntervals.put(slot, iv);
    scope.put(name, new Scoped(slot, t));
    return Optional.of(new Let(name, l.value()));
  }

  // ---------------------------------------------------------------- nodes

  private List<Node> nodes(
      List<Syntax.Node> syntax, Map<String, Scoped> scope, Set<String> codes, Channel inherited) {
    List<Node> out = new ArrayList<>();
    boolean failed = false;
    for (Syntax.Node n : syntax) {
      Node node = node(n, scope, codes, inherited);
      if (node == null) {
        failed = true;
      } else {
        out.add(node);
      }
    }
    return failed ? null : out;
  }

  private Node node(Syntax.Node n, Map<String, Scoped> outer, Set<String> codes, Channel inherited) {
    String code = n.code().value();
    if (code.isBlank() || !code.strip().equals(code)) {
      error(n.code().span(), "RB128", "expected a code such as \"1.2\" without surrounding spaces but found '" + code + "'");
      return null;
    }
    String outerPath = path;
    path = outerPath + " > " + n.kind().keyword() + " " + code;
    try {
      boolean ok = true;
      if (!codes.add(code)) {
        error(n.code().span(), "RB205", "duplicate code '" + code + "'", "each area and criterion needs its own code");
        ok = false;
      }
      Channel channel = n.channel().orElse(inherited);
      Map<String, Scoped> scope = new LinkedHashMap<>(outer);

      Decimal declaredMax = n.max().map(Syntax.Num::value).orElse(null);
      if (declaredMax != null && declaredMax.signum() < 0) {
        error(n.max().get().span(), "RB313", "expected a non-negative max but found " + declaredMax,
            n.kind() == NodeKind.PENALTY ? "a penalty's max is the largest deduction, written as a positive number" : "");
        ok = false;
        declaredMax = declaredMax.negate();
      }
      if (n.rule().isEmpty() && n.children().isEmpty()) {
        error(n.code().span(), "RB314", n.kind().keyword() + " '" + code + "' has neither a rule nor sub-criteria",
            "add a rule such as 'score 1 when …' or nested criteria");
        ok = false;
      }
      if (n.rule().isPresent() && !n.children().isEmpty()) {
        error(n.ruleSpan().or(() -> n.code().span()), "RB314",
            n.kind().keyword() + " '" + code + "' has both a rule and sub-criteria; a parent's points are the sum of its children",
            "move the rule into a sub-criterion");
        ok = false;
      }
      if (n.rule().isPresent() && declaredMax == null) {
        error(n.code().span(), "RB315", n.kind().keyword() + " '" + code + "' has no max",
            "add 'max N' after the title");
        ok = false;
      }
      Decimal max = declaredMax == null ? Decimal.ZERO : declaredMax;

      Optional<Applicability> applicability = n.applicability();
      applicability.ifPresent(a -> expect(a.condition(), Type.BOOL, scope, "the applies-when condition", n));

      List<Let> lets = new ArrayList<>();
      for (Syntax.Let l : n.lets()) {
        Optional<Let> let = declareLet(l, scope, max);
        if (let.isEmpty()) {
          ok = false;
        } else {
          lets.add(let.get());
        }
      }

      if (n.rule().isPresent()) {
        Rule r = n.rule().get();
        long errorsBefore = errorCount();
        int errorTypesBefore = errorTypes;
        checkRule(r, scope, max);
        // Bounds of a rule that reads a value already reported (an unknown name, a type error), or
        // of a node without a max, would only restate that mistake: one mistake, one diagnostic.
        boolean checkBounds = declaredMax != null && errorCount() == errorsBefore && errorTypes == errorTypesBefore;
        Interval bounds = checkBounds ? ruleInterval(r, max) : Interval.of(Decimal.ZERO);
        Decimal floor = block == NodeKind.PENALTY ? max.negate() : Decimal.ZERO;
        Decimal ceiling = block == NodeKind.PENALTY ? Decimal.ZERO : max;
        if (bounds.hi() == null || bounds.hi().isGreaterThan(ceiling)) {
          error(spanOf(r).or(() -> n.code().span()), "RB305",
              "rule of '" + code + "' can award " + (bounds.hi() == null ? "unbounded points" : bounds.hi() + " points")
                  + ", more than " + (block == NodeKind.PENALTY ? "0 (a penalty deducts)" : "its max " + max),
              bounds.hi() == null ? "cap the points, e.g. min(1, count / target) * max" : "lower the points or raise the max");
          ok = false;
        } else if (bounds.lo() == null || bounds.lo().isLessThan(floor)) {
          error(spanOf(r).or(() -> n.code().span()), "RB306",
              "rule of '" + code + "' can give " + (bounds.lo() == null ? "unbounded negative points" : bounds.lo() + " points")
                  + ", less than its floor " + floor,
              block == NodeKind.PENALTY ? "limit the deduction, e.g. max(-max, …)" : "only penalty items may go below zero; use max(0, …)");
          ok = false;
        }
      }

      for (FindingTemplate f : n.findings()) {
        f.condition().ifPresent(c -> expect(c, Type.BOOL, scope, "the finding condition", n));
        checkPlaceholders(f, scope, n);
      }

      List<Node> children = new ArrayList<>();
      for (Syntax.Node c : n.children()) {
        Node child = node(c, scope, codes, channel);
        if (child == null) {
          ok = false;
        } else {
          children.add(child);
        }
      }
      if (ok && !children.isEmpty()) {
        Decimal sum = children.stream().map(Node::max).reduce(Decimal.ZERO, Decimal::plus);
        if (declaredMax == null) {
          max = sum;
        } else if (!sum.equals(declaredMax)) {
          error(n.max().get().span(), "RB307",
              "max of '" + code + "' is " + declaredMax + " but its sub-criteria add up to " + sum,
              "make the max " + sum + " or correct the sub-criteria's max");
          ok = false;
        }
      }
      if (!ok) {
        return null;
      }
      Node.Builder b =
          Node.builder(code).kind(n.kind()).title(n.title()).max(max).channel(channel).silent(n.silent());
      applicability.ifPresent(b::applicability);
      lets.forEach(b::addLet);
      n.rule().ifPresent(b::rule);
      children.forEach(b::addChild);
      n.findings().forEach(b::addFinding);
      n.recommendation().ifPresent(b::recommendation);
      try {
        return b.build();
      } catch (IllegalArgumentException e) {
        error(n.code().span(), "RB399", "catalog is invalid: " + e.getMessage());
        return null;
      }
    } finally {
      path = outerPath;
    }
  }

  private void checkPlaceholders(FindingTemplate f, Map<String, Scoped> scope, Syntax.Node n) {
    LocalizedText message = f.message();
    List<String> texts = new ArrayList<>();
    texts.add(message.vi());
    message.en().ifPresent(texts::add);
    for (String text : texts) {
      Matcher m = PLACEHOLDER.matcher(text);
      while (m.find()) {
        String name = m.group(1);
        if (name.equals("earned") || name.equals("max") || name.equals("applicable_max") || scope.containsKey(name)
            || inputSlots.containsKey(name)) {
          continue;
        }
        Set<String> candidates = new HashSet<>(scope.keySet());
        candidates.addAll(inputSlots.keySet());
        candidates.addAll(List.of("earned", "max", "applicable_max"));
        error(spanOf(f).or(() -> n.code().span()), "RB211", "unknown placeholder '{" + name + "}' in a finding of '" + n.code().value() + "'",
            Suggestions.closest(name, candidates).map(s -> "did you mean '{" + s + "}'?")
                .orElse("placeholders name a let, an input, {earned}, {max} or {applicable_max}"));
      }
    }
  }

  // ---------------------------------------------------------------- rules

  private void checkRule(Rule rule, Map<String, Scoped> scope, Decimal max) {
    rule.accept(
        new Rule.Visitor<Void>() {
          @Override
          public Void visitCases(Rule.Cases r) {
            for (Rule.Case c : r.cases()) {
              expect(c.points(), Type.NUMBER, scope, "points", max);
              expect(c.condition(), Type.BOOL, scope, "the 'when' condition", max);
            }
            expect(r.otherwise(), Type.NUMBER, scope, "points", max);
            return null;
          }

          @Override
          public Void visitTiers(Rule.Tiers r) {
            Type subject = type(r.subject(), scope, max);
            boolean numeric = subject.isNumeric();
            if (!numeric && !subject.isStringLike()) {
              error(spanOf(r.subject()), "RB301",
                  "expected a number, ratio or choice to tier on but found a " + subject.describe());
              return null;
            }
            for (Rule.Tier t : r.tiers()) {
              if (!numeric && t.op() != Expr.BinaryOp.EQ && t.op() != Expr.BinaryOp.NE) {
                error(spanOf(t.threshold()), "RB301",
                    "expected '==' or '!=' in a tier on a " + subject.describe() + " but found '" + t.op().symbol() + "'");
              }
              Type th = type(t.threshold(), scope, max);
              if (numeric && !th.isNumeric()) {
                mismatch(t.threshold(), "a number threshold", th);
              } else if (!numeric && !subject.isError()) {
                checkStringOperand(subject, t.threshold(), th);
              }
              expect(t.points(), Type.NUMBER, scope, "points", max);
            }
            expect(r.otherwise(), Type.NUMBER, scope, "points", max);
            checkTierOrder(r, subject);
            return null;
          }

          @Override
          public Void visitFormula(Rule.Formula r) {
            expect(r.points(), Type.NUMBER, scope, "points", max);
            return null;
          }

          @Override
          public Void visitPerItem(Rule.PerItem r) {
            expect(r.points(), Type.NUMBER, scope, "points per item", max);
            expect(r.count(), Type.NUMBER, scope, "a count", max);
            r.cap().ifPresent(c -> expect(c, Type.NUMBER, scope, "a cap", max));
            return null;
          }

          @Override
          public Void visitDeduct(Rule.Deduct r) {
            expect(r.points(), Type.NUMBER, scope, "points per item", max);
            expect(r.count(), Type.NUMBER, scope, "a count", max);
            expect(r.floor(), Type.NUMBER, scope, "a floor", max);
            return null;
          }

          @Override
          public Void visitMaxOf(Rule.MaxOf r) {
            r.alternatives().forEach(a -> checkRule(a, scope, max));
            return null;
          }

          @Override
          public Void visitSumOf(Rule.SumOf r) {
            r.parts().forEach(a -> checkRule(a, scope, max));
            return null;
          }

          @Override
          public Void visitGate(Rule.Gate r) {
            r.conditions().forEach(c -> expect(c, Type.BOOL, scope, "a gate condition", max));
            checkRule(r.rule(), scope, max);
            return null;
          }
        });
  }

  /** Reports tiers that can never be reached because an earlier tier already covers them. */
  private void checkTierOrder(Rule.Tiers r, Type subject) {
    List<Rule.Tier> tiers = r.tiers();
    if (subject.isStringLike()) {
      Set<String> seen = new HashSet<>();
      for (Rule.Tier t : tiers) {
        if (t.op() == Expr.BinaryOp.EQ && t.threshold() instanceof Expr.Str
            && !seen.add(((Expr.Str) t.threshold()).value())) {
          error(spanOf(t.threshold()), "RB303", "tier '== \"" + ((Expr.Str) t.threshold()).value()
              + "\"' is unreachable: an earlier tier has the same option");
        }
      }
      return;
    }
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
          warning(spanOf(b.threshold()), "RB304",
              "tier '" + b.op().symbol() + " " + ExprPrinter.print(b.threshold()) + "' overlaps the earlier tier '"
                  + a.op().symbol() + " " + ExprPrinter.print(a.threshold()) + "': values between "
                  + ExprPrinter.print(x.isLessThan(y) ? a.threshold() : b.threshold()) + " and "
                  + ExprPrinter.print(x.isLessThan(y) ? b.threshold() : a.threshold()) + " take the earlier tier",
              "use thresholds in one direction, e.g. all '>=' from the highest down");
          break;
        }
      }
    }
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
          (down && (c.isGreaterThan(p) || (c.equals(p) && !(prev.op() == Expr.BinaryOp.GT && cur.op() == Expr.BinaryOp.GE))))
              || (up && (c.isLessThan(p) || (c.equals(p) && !(prev.op() == Expr.BinaryOp.LT && cur.op() == Expr.BinaryOp.LE))));
      if (unreachable) {
        error(spanOf(cur.threshold()), "RB303",
            "tier '" + cur.op().symbol() + " " + asWritten(cur.threshold()) + "' is unreachable: the tier before it ('"
                + prev.op().symbol() + " " + asWritten(prev.threshold()) + "') already takes every value it would",
            down ? "order tiers from the highest threshold down" : "order tiers from the lowest threshold up");
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

  private static Decimal constant(Expr e) {
    return e instanceof Expr.Number ? ((Expr.Number) e).value() : null;
  }

  // ---------------------------------------------------------------- index and bands

  private IndexFormula index(Syntax.Index index, List<Syntax.Node> top) {
    if (!index.weighted()) {
      return new IndexFormula.PercentOfApplicableMax(index.clamp());
    }
    Set<String> codes = new HashSet<>();
    top.forEach(n -> codes.add(n.code().value()));
    List<IndexFormula.Weight> weights = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Decimal total = Decimal.ZERO;
    boolean ok = true;
    for (Syntax.Weight w : index.weights()) {
      String code = w.code().value();
      if (!codes.contains(code)) {
        Set<String> unweighted = new HashSet<>(codes);
        unweighted.removeAll(seen);
        error(w.code().span(), "RB209", "weight names '" + code + "', which is not an area of this catalog",
            Suggestions.closest(code, unweighted).map(s -> "did you mean '" + s + "'?").orElse(""));
        ok = false;
      } else if (!seen.add(code)) {
        error(w.code().span(), "RB203", "duplicate weight for '" + code + "'");
        ok = false;
      } else if (w.weight().value().signum() < 0) {
        error(w.weight().span(), "RB301", "expected a non-negative weight but found " + w.weight().value());
        ok = false;
      } else {
        weights.add(new IndexFormula.Weight(code, w.weight().value()));
        total = total.plus(w.weight().value());
      }
    }
    if (ok && total.signum() == 0) {
      error(index.span(), "RB301", "expected weights with a positive total but found " + total);
      ok = false;
    }
    return ok ? new IndexFormula.WeightedSum(weights) : null;
  }

  private List<Band> bands(List<Syntax.Band> syntax) {
    List<Band> out = new ArrayList<>();
    for (int i = 0; i < syntax.size(); i++) {
      Syntax.Band b = syntax.get(i);
      Optional<Decimal> from = b.from().map(Syntax.Num::value);
      Optional<Decimal> to = b.to().map(Syntax.Num::value);
      if (i == 0 && to.isPresent()) {
        error(b.span(), "RB308", "the highest band '" + b.label().vi() + "' must be unbounded above but ends at " + to.get());
        continue;
      }
      if (from.isPresent() && to.isPresent() && !from.get().isLessThan(to.get())) {
        error(b.span(), "RB308", "band '" + b.label().vi() + "' is empty: from " + from.get() + " is not below to " + to.get());
        continue;
      }
      if (i > 0) {
        Syntax.Band above = syntax.get(i - 1);
        if (above.from().isEmpty()) {
          error(b.span(), "RB308", "band '" + b.label().vi() + "' follows '" + above.label().vi()
              + "', which already covers every lower index", "put the 'otherwise' band last");
          continue;
        }
        if (to.isEmpty()) {
          error(b.span(), "RB308", "band '" + b.label().vi() + "' has no upper bound below band '" + above.label().vi() + "'");
          continue;
        }
        int cmp = to.get().compareTo(above.from().get().value());
        if (cmp != 0) {
          error(b.span(), "RB308",
              (cmp < 0 ? "gap" : "overlap") + " between band '" + above.label().vi() + "' (from " + above.from().get().value()
                  + ") and band '" + b.label().vi() + "' (to " + to.get() + ")",
              cmp < 0 ? "an index from " + to.get() + " up to " + above.from().get().value() + " would have no band"
                  : "an index from " + above.from().get().value() + " up to " + to.get() + " would be in both bands");
          continue;
        }
      }
      out.add(new Band(b.label(), from, to));
    }
    return out;
  }

  // ---------------------------------------------------------------- expressions: types

  private void expect(Expr e, Type expected, Map<String, Scoped> scope, String what, Syntax.Node n) {
    expect(e, expected, scope, what, n.max().map(Syntax.Num::value).orElse(Decimal.ZERO));
  }

  private void expect(Expr e, Type expected, Map<String, Scoped> scope, String what, Decimal max) {
    Type t = type(e, scope, max);
    if (t.isError()) {
      return;
    }
    boolean ok = expected.kind() == Type.Kind.NUMBER ? t.isNumeric() : t.kind() == expected.kind();
    if (!ok) {
      String hint = "";
      if (expected.kind() == Type.Kind.BOOL && t.kind() == Type.Kind.DOCUMENT) {
        hint = "test a document with present(" + printName(e) + ") or compare its date: " + printName(e) + ".issued <= date(year, 1, 31)";
      } else if (expected.kind() == Type.Kind.BOOL && t.isNumeric()) {
        hint = "compare it, e.g. " + printName(e) + " >= 1";
      }
      error(spanOf(e), "RB301", "expected " + what + " to be a " + expected.describe() + " but found a " + t.describe(), hint);
    }
  }

  private static String printName(Expr e) {
    return e instanceof Expr.Ref ? ((Expr.Ref) e).name() : "x";
  }

  private void mismatch(Expr e, String expected, Type found) {
    if (!found.isError()) {
      error(spanOf(e), "RB301", "expected " + expected + " but found a " + found.describe());
    }
  }

  private Type type(Expr e, Map<String, Scoped> scope, Decimal max) {
    Type known = types.get(e);
    if (known != null) {
      return known;
    }
    Type t = e.accept(new TypeVisitor(scope, max));
    types.put(e, t);
    if (t.isError()) {
      errorTypes++;
    }
    return t;
  }

  private final class TypeVisitor implements Expr.Visitor<Type> {
    private final Map<String, Scoped> scope;
    private final Decimal max;

    TypeVisitor(Map<String, Scoped> scope, Decimal max) {
      this.scope = scope;
      this.max = max;
    }

    @Override
    public Type visitNumber(Expr.Number e) {
      return Type.NUMBER;
    }

    @Override
    public Type visitStr(Expr.Str e) {
      return Type.STRING;
    }

    @Override
    public Type visitBool(Expr.Bool e) {
      return Type.BOOL;
    }

    @Override
    public Type visitDate(Expr.DateLit e) {
      return Type.DATE;
    }

    @Override
    public Type visitRef(Expr.Ref e) {
      String name = e.name();
      Scoped let = scope.get(name);
      if (let != null) {
        bindings.put(e, new Binding.LetValue(let.slot(), name));
        return let.type();
      }
      Integer slot = inputSlots.get(name);
      if (slot != null) {
        InputDecl decl = inputs.get(slot);
        usedInputs.add(name);
        bindings.put(e, new Binding.Input(slot, decl));
        return typeOf(decl);
      }
      switch (name) {
        case "year":
          bindings.put(e, new Binding.Builtin(Binding.Name.YEAR));
          return Type.NUMBER;
        case "max":
          if (max == null) {
            error(spanOf(e), "RB204", "'max' is only defined inside a criterion, not in a catalog-wide let",
                "write the number, or move the let into the criterion");
            return Type.ERROR;
          }
          bindings.put(e, new Binding.Builtin(Binding.Name.MAX));
          return Type.NUMBER;
        case "unit":
          bindings.put(e, new Binding.Builtin(Binding.Name.UNIT));
          return Type.UNIT;
        default:
          break;
      }
      if (rejectedInputs.contains(name)) {
        return Type.ERROR;
      }
      Set<String> candidates = new HashSet<>(scope.keySet());
      candidates.addAll(inputSlots.keySet());
      candidates.addAll(List.of("year", "max", "unit"));
      Optional<String> suggestion = Suggestions.closest(name, candidates);
      String hint = suggestion.map(s -> "did you mean '" + s + "'?").orElse("declare it in 'inputs { … }'");
      if (attributeSlots.containsKey(name)) {
        hint = "unit attributes are read as unit." + name;
        usedAttributes.add(name);
      } else {
        // The author meant the suggested input: do not also report it as unused.
        suggestion.filter(inputSlots::containsKey).ifPresent(usedInputs::add);
      }
      error(spanOf(e), "RB204", "unknown name '" + name + "'", hint);
      return Type.ERROR;
    }

    @Override
    public Type visitField(Expr.Field e) {
      Type target = type(e.target(), scope, max);
      String f = e.name();
      switch (target.kind()) {
        case ERROR:
          return Type.ERROR;
        case DOCUMENT:
          if (f.equals("issued")) {
            return Type.DATE;
          }
          return unknownField(e, target, List.of("issued"));
        case RATIO:
          if (f.equals("numerator") || f.equals("denominator")) {
            return Type.NUMBER;
          }
          return unknownField(e, target, List.of("numerator", "denominator"));
        case UNIT:
          switch (f) {
            case "kind":
              bindings.put(e, new Binding.Builtin(Binding.Name.UNIT_KIND));
              return Type.STRING;
            case "level":
              bindings.put(e, new Binding.Builtin(Binding.Name.UNIT_LEVEL));
              return Type.STRING;
            case "code":
              bindings.put(e, new Binding.Builtin(Binding.Name.UNIT_CODE));
              return Type.STRING;
            default:
              Integer slot = attributeSlots.get(f);
              if (slot == null) {
                if (rejectedAttributes.contains(f)) {
                  return Type.ERROR;
                }
                List<String> names = new ArrayList<>(attributeSlots.keySet());
                names.addAll(List.of("kind", "level", "code"));
                Optional<String> suggestion = Suggestions.closest(f, names);
                suggestion.filter(attributeSlots::containsKey).ifPresent(usedAttributes::add);
                error(spanOf(e), "RB208", "unknown unit attribute '" + f + "'",
                    suggestion.map(s -> "did you mean 'unit." + s + "'?").orElse("declare it in 'attributes { … }'"));
                return Type.ERROR;
              }
              InputDecl decl = attributes.get(slot);
              usedAttributes.add(f);
              bindings.put(e, new Binding.Attribute(slot, decl));
              return typeOf(decl);
          }
        default:
          error(spanOf(e), "RB206", "a " + target.describe() + " has no fields; found '." + f + "'");
          return Type.ERROR;
      }
    }

    private Type unknownField(Expr.Field e, Type target, List<String> fields) {
      error(spanOf(e), "RB206", "unknown field '" + e.name() + "' of a " + target.describe() + "; expected '"
          + String.join("' or '", fields) + "'",
          Suggestions.closest(e.name(), fields).map(s -> "did you mean '" + s + "'?").orElse(""));
      return Type.ERROR;
    }

    @Override
    public Type visitUnary(Expr.Unary e) {
      Type t = type(e.operand(), scope, max);
      if (e.op() == Expr.UnaryOp.NOT) {
        if (!t.isError() && t.kind() != Type.Kind.BOOL) {
          mismatch(e.operand(), "a yes/no value after 'not'", t);
          return Type.ERROR;
        }
        return Type.BOOL;
      }
      if (!t.isNumeric()) {
        mismatch(e.operand(), "a number after '-'", t);
        return Type.ERROR;
      }
      return Type.NUMBER;
    }

    @Override
    public Type visitBinary(Expr.Binary e) {
      Type l = type(e.left(), scope, max);
      Type r = type(e.right(), scope, max);
      if (l.isError() || r.isError()) {
        return e.op().isComparison() || e.op() == Expr.BinaryOp.AND || e.op() == Expr.BinaryOp.OR ? Type.BOOL : Type.ERROR;
      }
      switch (e.op()) {
        case AND:
        case OR:
          if (l.kind() != Type.Kind.BOOL) {
            mismatch(e.left(), "a yes/no value for '" + e.op().symbol() + "'", l);
          } else if (r.kind() != Type.Kind.BOOL) {
            mismatch(e.right(), "a yes/no value for '" + e.op().symbol() + "'", r);
          }
          return Type.BOOL;
        case ADD:
        case SUB:
        case MUL:
        case DIV:
          if (!l.isNumeric()) {
            mismatch(e.left(), "a number for '" + e.op().symbol() + "'", l);
            return Type.ERROR;
          }
          if (!r.isNumeric()) {
            mismatch(e.right(), "a number for '" + e.op().symbol() + "'", r);
            return Type.ERROR;
          }
          if (e.op() == Expr.BinaryOp.DIV && constant(e.right()) != null && constant(e.right()).signum() == 0) {
            error(spanOf(e.right()), "RB316", "division by zero");
            return Type.ERROR;
          }
          return Type.NUMBER;
        default:
          comparison(e, l, r);
          return Type.BOOL;
      }
    }

    private void comparison(Expr.Binary e, Type l, Type r) {
      boolean equality = e.op() == Expr.BinaryOp.EQ || e.op() == Expr.BinaryOp.NE;
      if (l.isNumeric() && r.isNumeric()) {
        return;
      }
      if (l.kind() == Type.Kind.DATE && r.kind() == Type.Kind.DATE) {
        return;
      }
      if (l.isStringLike() && r.isStringLike()) {
        if (!equality) {
          error(spanOf(e), "RB301", "expected '==' or '!=' between " + l.describe() + " and " + r.describe()
              + " but found '" + e.op().symbol() + "'");
          return;
        }
        checkStringOperand(l, e.right(), r);
        checkStringOperand(r, e.left(), l);
        return;
      }
      if (l.kind() == Type.Kind.BOOL && r.kind() == Type.Kind.BOOL && equality) {
        return;
      }
      String hint = "";
      if (l.kind() == Type.Kind.DOCUMENT || r.kind() == Type.Kind.DOCUMENT) {
        hint = "compare a document's date with .issued, e.g. ke_hoach.issued <= date(year, 1, 31)";
      }
      error(spanOf(e), "RB301", "cannot compare a " + l.describe() + " with a " + r.describe()
          + " using '" + e.op().symbol() + "'", hint);
    }

    @Override
    public Type visitCall(Expr.Call e) {
      Expr.Function f = e.function();
      int n = e.args().size();
      if (n < f.minArgs() || n > f.maxArgs()) {
        error(spanOf(e), "RB302", f.keyword() + "() takes "
            + (f.minArgs() == f.maxArgs() ? String.valueOf(f.minArgs()) : f.minArgs() + " to " + f.maxArgs())
            + " arguments but found " + n);
        e.args().forEach(a -> type(a, scope, max));
        return returnType(f);
      }
      switch (f) {
        case DATE:
          e.args().forEach(a -> argument(a, Type.NUMBER, f));
          return Type.DATE;
        case DAYS_AFTER:
          argument(e.args().get(0), Type.DATE, f);
          argument(e.args().get(1), Type.NUMBER, f);
          return Type.DATE;
        case DAYS_BETWEEN:
          argument(e.args().get(0), Type.DATE, f);
          argument(e.args().get(1), Type.DATE, f);
          return Type.NUMBER;
        case MIN:
        case MAX:
        case BEST:
          e.args().forEach(a -> argument(a, Type.NUMBER, f));
          return Type.NUMBER;
        case PRESENT:
          {
            Expr a = e.args().get(0);
            Type t = type(a, scope, max);
            if (!t.isError() && !(bindings.get(a) instanceof Binding.Input)) {
              error(spanOf(a), "RB301", "expected an input name in present() but found an expression",
                  "write present(input_name)");
            }
            return Type.BOOL;
          }
        default:
          throw new IllegalStateException("bug: unhandled function " + f);
      }
    }

    private Type returnType(Expr.Function f) {
      switch (f) {
        case DATE:
        case DAYS_AFTER:
          return Type.DATE;
        case PRESENT:
          return Type.BOOL;
        default:
          return Type.NUMBER;
      }
    }

    private void argument(Expr a, Type expected, Expr.Function f) {
      Type t = type(a, scope, max);
      boolean ok = expected.kind() == Type.Kind.NUMBER ? t.isNumeric() : t.kind() == expected.kind() || t.isError();
      if (!ok) {
        mismatch(a, "a " + expected.describe() + " as argument of " + f.keyword() + "()", t);
      }
    }

    @Override
    public Type visitIn(Expr.In e) {
      Type v = type(e.value(), scope, max);
      for (Expr o : e.options()) {
        Type t = type(o, scope, max);
        if (v.isError() || t.isError()) {
          continue;
        }
        if (v.isNumeric() && t.isNumeric()) {
          continue;
        }
        if (v.isStringLike() && t.isStringLike()) {
          checkStringOperand(v, o, t);
          continue;
        }
        mismatch(o, "a " + v.describe() + " in the list", t);
      }
      return Type.BOOL;
    }

    @Override
    public Type visitIf(Expr.If e) {
      Type c = type(e.condition(), scope, max);
      if (!c.isError() && c.kind() != Type.Kind.BOOL) {
        mismatch(e.condition(), "a yes/no condition after 'if'", c);
      }
      Type a = type(e.then(), scope, max);
      Type b = type(e.otherwise(), scope, max);
      if (a.isError() || b.isError()) {
        return Type.ERROR;
      }
      if (a.isNumeric() && b.isNumeric()) {
        return Type.NUMBER;
      }
      if (a.kind() != b.kind()) {
        mismatch(e.otherwise(), "a " + a.describe() + " like the 'then' branch", b);
        return Type.ERROR;
      }
      return a;
    }
  }

  /** Checks that a string literal compared with a choice names one of its options. */
  private void checkStringOperand(Type choiceSide, Expr other, Type otherType) {
    if (choiceSide.kind() != Type.Kind.CHOICE || !(other instanceof Expr.Str)) {
      return;
    }
    InputDecl decl = choiceSide.choice().orElseThrow();
    String value = ((Expr.Str) other).value();
    if (!decl.options().contains(value)) {
      error(spanOf(other), "RB210", "'" + value + "' is not an option of '" + decl.key() + "'; expected one of "
          + String.join(", ", decl.options()),
          Suggestions.closest(value, decl.options()).map(s -> "did you mean '" + s + "'?").orElse(""));
    }
  }

  private static Type typeOf(InputDecl decl) {
    switch (decl.type()) {
      case DOCUMENT:
        return Type.DOCUMENT;
      case COUNT:
      case QUANTITY:
        return Type.NUMBER;
      case RATIO:
        return Type.RATIO;
      case FLAG:
        return Type.BOOL;
      case CHOICE:
        return Type.choice(decl);
      case DATE:
        return Type.DATE;
      case TEXT:
        return Type.TEXT;
      default:
        throw new IllegalStateException("bug: unhandled input type " + decl.type());
    }
  }

  // ---------------------------------------------------------------- expressions: intervals

  private Interval ruleInterval(Rule rule, Decimal max) {
    return rule.accept(
        new Rule.Visitor<Interval>() {
          @Override
          public Interval visitCases(Rule.Cases r) {
            Interval out = interval(r.otherwise(), max);
            for (Rule.Case c : r.cases()) {
              out = out.union(interval(c.points(), max));
            }
            return out;
          }

          @Override
          public Interval visitTiers(Rule.Tiers r) {
            Interval out = interval(r.otherwise(), max);
            for (Rule.Tier t : r.tiers()) {
              out = out.union(interval(t.points(), max));
            }
            return out;
          }

          @Override
          public Interval visitFormula(Rule.Formula r) {
            return interval(r.points(), max);
          }

          @Override
          public Interval visitPerItem(Rule.PerItem r) {
            Interval cap = r.cap().map(c -> interval(c, max)).orElse(Interval.of(max));
            Interval raw = interval(r.points(), max).times(interval(r.count(), max));
            return raw.clampTowardsZero(cap);
          }

          @Override
          public Interval visitDeduct(Rule.Deduct r) {
            Interval raw = Interval.of(max).minus(interval(r.points(), max).times(interval(r.count(), max)));
            return raw.maxWith(interval(r.floor(), max));
          }

          @Override
          public Interval visitMaxOf(Rule.MaxOf r) {
            Interval out = null;
            for (Rule a : r.alternatives()) {
              Interval i = ruleInterval(a, max);
              out = out == null ? i : out.maxWith(i);
            }
            return out;
          }

          @Override
          public Interval visitSumOf(Rule.SumOf r) {
            Interval out = Interval.of(Decimal.ZERO);
            for (Rule a : r.parts()) {
              out = out.plus(ruleInterval(a, max));
            }
            return out;
          }

          @Override
          public Interval visitGate(Rule.Gate r) {
            return ruleInterval(r.rule(), max).union(Interval.of(Decimal.ZERO));
          }
        });
  }

  private Interval interval(Expr e, Decimal max) {
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
            Binding b = bindings.get(n);
            if (b instanceof Binding.LetValue) {
              return letIntervals.getOrDefault(((Binding.LetValue) b).slot(), Interval.ALL);
            }
            if (b instanceof Binding.Input) {
              return inputInterval(((Binding.Input) b).decl());
            }
            if (b instanceof Binding.Builtin) {
              switch (((Binding.Builtin) b).name()) {
                case MAX:
                  return Interval.of(max);
                case YEAR:
                  return new Interval(Decimal.of(1900), Decimal.of(2199));
                default:
                  return Interval.ALL;
              }
            }
            return Interval.ALL;
          }

          @Override
          public Interval visitField(Expr.Field n) {
            Binding b = bindings.get(n);
            if (b instanceof Binding.Attribute) {
              return inputInterval(((Binding.Attribute) b).decl());
            }
            if (n.name().equals("numerator") || n.name().equals("denominator")) {
              return Interval.NON_NEGATIVE;
            }
            return Interval.ALL;
          }

          @Override
          public Interval visitUnary(Expr.Unary n) {
            return n.op() == Expr.UnaryOp.NEG ? interval(n.operand(), max).negate() : Interval.ALL;
          }

          @Override
          public Interval visitBinary(Expr.Binary n) {
            Interval l = interval(n.left(), max);
            Interval r = interval(n.right(), max);
            switch (n.op()) {
              case ADD:
                return l.plus(r);
              case SUB:
                return l.minus(r);
              case MUL:
                return l.times(r);
              case DIV:
                if (isShareOfBest(n) && l.lo() != null && l.lo().signum() >= 0) {
                  // x / best(x) for a non-negative x lies in [0, 1]: the cohort's best is the largest x.
                  return new Interval(Decimal.ZERO, Decimal.ONE);
                }
                return l.dividedBy(r);
              default:
                return Interval.ALL;
            }
          }

          @Override
          public Interval visitCall(Expr.Call n) {
            switch (n.function()) {
              case MIN:
                {
                  Interval out = null;
                  for (Expr a : n.args()) {
                    Interval i = interval(a, max);
                    out = out == null ? i : out.minWith(i);
                  }
                  return out == null ? Interval.ALL : out;
                }
              case MAX:
                {
                  Interval out = null;
                  for (Expr a : n.args()) {
                    Interval i = interval(a, max);
                    out = out == null ? i : out.maxWith(i);
                  }
                  return out == null ? Interval.ALL : out;
                }
              case BEST:
                return n.args().isEmpty() ? Interval.ALL : interval(n.args().get(0), max);
              default:
                return Interval.ALL;
            }
          }

          @Override
          public Interval visitIn(Expr.In n) {
            return Interval.ALL;
          }

          @Override
          public Interval visitIf(Expr.If n) {
            return interval(n.then(), max).union(interval(n.otherwise(), max));
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
    switch (decl.type()) {
      case COUNT:
        return Interval.NON_NEGATIVE;
      case RATIO:
        return new Interval(Decimal.ZERO, Decimal.ONE);
      default:
        return Interval.ALL;
    }
  }

  // ---------------------------------------------------------------- diagnostics

  private Optional<SourceSpan> spanOf(Object node) {
    return spans.of(node);
  }

  private Optional<SourceSpan> spanOfInput(List<Syntax.Input> declared, String key) {
    return declared.stream().filter(i -> i.key().value().equals(key)).findFirst().flatMap(i -> i.key().span());
  }

  private long errorCount() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  private void error(Optional<SourceSpan> span, String code, String message, String... hints) {
    report(true, span, code, message, hints);
  }

  private void warning(Optional<SourceSpan> span, String code, String message, String... hints) {
    report(false, span, code, message, hints);
  }

  private void report(boolean error, Optional<SourceSpan> span, String code, String message, String... hints) {
    String[] h = java.util.Arrays.stream(hints).filter(s -> s != null && !s.isEmpty()).toArray(String[]::new);
    Diagnostic d;
    if (span.isPresent()) {
      d = error ? Diagnostic.error(code, message, span.get(), h) : Diagnostic.warning(code, message, span.get(), h);
    } else {
      d = error ? Diagnostic.errorAtPath(code, message, path, h) : Diagnostic.warningAtPath(code, message, path, h);
    }
    diagnostics.add(d);
  }
}
