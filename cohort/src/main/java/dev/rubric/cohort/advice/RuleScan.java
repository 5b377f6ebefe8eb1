package dev.rubric.cohort.advice;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Decimal;
import dev.rubric.core.Unit;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.catalog.Rule;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads a leaf's rule as a function of one input (the variable) with every other input at its
 * current value, and collects where that function can change: the exact value of the variable at
 * which each comparison of the rule flips, where two arms of {@code min}/{@code max} cross, and
 * whether the rule is a continuous formula or a per-item count.
 */
final class RuleScan {
  /** How deep {@code let}s may refer to each other before the scan gives up. */
  private static final int MAX_DEPTH = 64;

  /** A linear form {@code a·x + b} of the variable. */
  record Lin(Rational a, Rational b) {
    static Lin constant(Rational b) {
      return new Lin(Rational.ZERO, b);
    }

    boolean isConstant() {
      return a.signum() == 0;
    }
  }

  /** A date, possibly the variable itself (a date input or a document's issue date). */
  record DateV(LocalDate date, boolean variable) {}

  /** Stands for an argument that is neither a number nor a date. */
  private static final Object NOTHING = new Object();

  private final Map<String, Expr> lets;
  private final Map<String, InputDecl> inputs;
  private final EvidenceSet evidence;
  private final Unit unit;
  private final int year;
  private final Decimal max;
  private final String variable;

  /** Values of the variable at which a comparison flips or two arms cross, exactly. */
  final TreeSet<Rational> numeric = new TreeSet<>();

  /** Dates at which a comparison with the variable flips. */
  final TreeSet<LocalDate> dates = new TreeSet<>();

  /** Whether the rule is a formula, so the ends of the variable's range matter. */
  boolean formula;

  /** Whether the variable feeds a per-item count, so one item more or fewer matters. */
  boolean perItem;

  /** Whether a comparison with the variable could not be solved as linear. */
  boolean nonlinear;

  /** Whether the rule reads {@code best(…)}. */
  boolean cohortRelative;

  RuleScan(
      Map<String, Expr> lets,
      Map<String, InputDecl> inputs,
      EvidenceSet evidence,
      Unit unit,
      int year,
      Decimal max,
      String variable) {
    this.lets = lets;
    this.inputs = inputs;
    this.evidence = evidence;
    this.unit = unit;
    this.year = year;
    this.max = max;
    this.variable = variable;
  }

  /** Returns the inputs {@code rule} reads, through {@code let}s, in first-read order. */
  static Set<String> inputsRead(Rule rule, Map<String, Expr> lets, Map<String, InputDecl> inputs) {
    Set<String> out = new LinkedHashSet<>();
    for (Expr e : exprs(rule)) {
      collectRefs(e, lets, inputs, out, 0);
    }
    return out;
  }

  private static void collectRefs(
      Expr e, Map<String, Expr> lets, Map<String, InputDecl> inputs, Set<String> out, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (e instanceof Expr.Ref refValue) {
      String name = refValue.name();
      Expr let = lets.get(name);
      if (let != null) {
        collectRefs(let, lets, inputs, out, depth + 1);
      } else if (inputs.containsKey(name)) {
        out.add(name);
      }
    } else if (e instanceof Expr.Field field) {
      collectRefs(field.target(), lets, inputs, out, depth + 1);
    } else if (e instanceof Expr.Unary unaryValue) {
      collectRefs(unaryValue.operand(), lets, inputs, out, depth + 1);
    } else if (e instanceof Expr.Binary b) {
      collectRefs(b.left(), lets, inputs, out, depth + 1);
      collectRefs(b.right(), lets, inputs, out, depth + 1);
    } else if (e instanceof Expr.Call callValue) {
      for (Expr a : callValue.args()) {
        collectRefs(a, lets, inputs, out, depth + 1);
      }
    } else if (e instanceof Expr.In in) {
      collectRefs(in.value(), lets, inputs, out, depth + 1);
      for (Expr o : in.options()) {
        collectRefs(o, lets, inputs, out, depth + 1);
      }
    } else if (e instanceof Expr.If f) {
      collectRefs(f.condition(), lets, inputs, out, depth + 1);
      collectRefs(f.then(), lets, inputs, out, depth + 1);
      collectRefs(f.otherwise(), lets, inputs, out, depth + 1);
    }
  }

  /** Returns every expression of {@code rule}, in rule order. */
  private static List<Expr> exprs(Rule rule) {
    java.util.ArrayList<Expr> out = new java.util.ArrayList<>();
    addExprs(rule, out);
    return out;
  }

  private static void addExprs(Rule rule, List<Expr> out) {
    if (rule instanceof Rule.Cases c) {
      for (Rule.Case k : c.cases()) {
        out.add(k.condition());
        out.add(k.points());
      }
      out.add(c.otherwise());
    } else if (rule instanceof Rule.Tiers t) {
      out.add(t.subject());
      for (Rule.Tier k : t.tiers()) {
        out.add(k.threshold());
        out.add(k.points());
      }
      out.add(t.otherwise());
    } else if (rule instanceof Rule.Formula formulaValue) {
      out.add(formulaValue.points());
    } else if (rule instanceof Rule.PerItem p) {
      out.add(p.points());
      out.add(p.count());
      p.cap().ifPresent(out::add);
    } else if (rule instanceof Rule.Deduct d) {
      out.add(d.points());
      out.add(d.count());
      out.add(d.floor());
    } else if (rule instanceof Rule.MaxOf maxOfValue) {
      for (Rule r : maxOfValue.alternatives()) {
        addExprs(r, out);
      }
    } else if (rule instanceof Rule.SumOf sum) {
      for (Rule r : sum.parts()) {
        addExprs(r, out);
      }
    } else if (rule instanceof Rule.Gate g) {
      out.addAll(g.conditions());
      addExprs(g.rule(), out);
    } else {
      throw new AssertionError(rule);
    }
  }

  /** Scans {@code rule}. */
  void scan(Rule rule) {
    if (rule instanceof Rule.Cases c) {
      for (Rule.Case k : c.cases()) {
        eval(k.condition(), 0);
        points(k.points());
      }
      points(c.otherwise());
    } else if (rule instanceof Rule.Tiers t) {
      Object subject = eval(t.subject(), 0);
      for (Rule.Tier k : t.tiers()) {
        compare(subject, eval(k.threshold(), 0));
        points(k.points());
      }
      points(t.otherwise());
    } else if (rule instanceof Rule.Formula formulaValue) {
      points(formulaValue.points());
    } else if (rule instanceof Rule.PerItem p) {
      eval(p.points(), 0);
      perItem(eval(p.count(), 0));
      p.cap().ifPresent(e -> eval(e, 0));
    } else if (rule instanceof Rule.Deduct d) {
      eval(d.points(), 0);
      perItem(eval(d.count(), 0));
      eval(d.floor(), 0);
    } else if (rule instanceof Rule.MaxOf maxOfValue) {
      maxOfValue.alternatives().forEach(this::scan);
    } else if (rule instanceof Rule.SumOf sum) {
      sum.parts().forEach(this::scan);
    } else if (rule instanceof Rule.Gate g) {
      g.conditions().forEach(e -> eval(e, 0));
      scan(g.rule());
    } else {
      throw new AssertionError(rule);
    }
  }

  /** Evaluates a points expression; one that varies with the variable makes the rule a formula. */
  private void points(Expr e) {
    Object v = eval(e, 0);
    formula |= (v instanceof Lin lin && !lin.isConstant()) || v == null;
  }

  /** Notes that {@code count} counts items: the variable's values one item above and below. */
  private void perItem(@Nullable Object count) {
    if (count instanceof Lin c) {
      if (!c.isConstant()) {
        perItem = true;
        Optional<Rational> x = current();
        if (x.isPresent()) {
          Rational now = c.a().times(x.get()).plus(c.b());
          numeric.add(solve(c, now.plus(Rational.ONE)));
          numeric.add(solve(c, now.minus(Rational.ONE)));
        }
      }
    } else if (count == null) {
      nonlinear = true;
    }
  }

  /** Returns x with {@code a·x + b = target}; {@code l} is not constant. */
  private static Rational solve(Lin l, Rational target) {
    return target.minus(l.b()).divide(l.a());
  }

  /** Notes where {@code left} and {@code right} compare equal, if one of them depends on x. */
  private void compare(@Nullable Object left, @Nullable Object right) {
    if (left instanceof Lin l && right instanceof Lin r) {
      Lin diff = new Lin(l.a().minus(r.a()), l.b().minus(r.b()));
      if (!diff.isConstant()) {
        numeric.add(solve(diff, Rational.ZERO));
      }
    } else if (left instanceof DateV l && right instanceof DateV r) {
      if (l.variable() != r.variable()) {
        dates.add(l.variable() ? r.date() : l.date());
      }
    } else if (left == null || right == null) {
      nonlinear = true;
    }
  }

  /**
   * Returns the value of {@code e}: a {@link Lin}, a {@link DateV}, or {@code null} when it is
   * neither or cannot be read as linear in the variable.
   */
  private @Nullable Object eval(Expr e, int depth) {
    if (depth > MAX_DEPTH) {
      nonlinear = true;
      return null;
    }
    if (e instanceof Expr.Number numberValue) {
      return Lin.constant(Rational.of(numberValue.value()));
    }
    if (e instanceof Expr.DateLit dateLitValue) {
      return new DateV(dateLitValue.value(), false);
    }
    if (e instanceof Expr.Ref refValue) {
      return ref(refValue.name(), depth);
    }
    if (e instanceof Expr.Field field) {
      return field(field, depth);
    }
    if (e instanceof Expr.Unary u) {
      Object v = eval(u.operand(), depth + 1);
      if (u.op() == Expr.UnaryOp.NEG && v instanceof Lin l) {
        return new Lin(l.a().negate(), l.b().negate());
      }
      return null;
    }
    if (e instanceof Expr.Binary binary) {
      return binary(binary, depth);
    }
    if (e instanceof Expr.Call call) {
      return call(call, depth);
    }
    if (e instanceof Expr.In in) {
      eval(in.value(), depth + 1);
      return null;
    }
    if (e instanceof Expr.If f) {
      eval(f.condition(), depth + 1);
      Object a = eval(f.then(), depth + 1);
      Object b = eval(f.otherwise(), depth + 1);
      return a != null && a.equals(b) ? a : null;
    }
    return null;
  }

  private @Nullable Object ref(String name, int depth) {
    Expr let = lets.get(name);
    if (let != null) {
      return eval(let, depth + 1);
    }
    if (name.equals("max")) {
      return Lin.constant(Rational.of(max));
    }
    if (name.equals("year") && !inputs.containsKey(name)) {
      return Lin.constant(Rational.of(year));
    }
    InputDecl input = inputs.get(name);
    if (input == null) {
      return null;
    }
    boolean isVar = name.equals(variable);
    Optional<EvidenceValue> value = valueOf(name);
    switch (input.type()) {
      case COUNT, QUANTITY -> {
        if (isVar) {
          return new Lin(Rational.ONE, Rational.ZERO);
        }
        return value.flatMap(RuleScan::number).map(Lin::constant).orElse(null);
      }
      case RATIO -> {
        if (value.isEmpty() || !(value.get() instanceof EvidenceValue.Ratio r) || r.isEmpty()) {
          return null;
        }
        Rational d = Rational.of(r.denominator());
        if (isVar) {
          return new Lin(Rational.ONE.divide(d), Rational.ZERO);
        }
        return Lin.constant(Rational.of(r.numerator()).divide(d));
      }
      case DATE -> {
        if (isVar) {
          return new DateV(LocalDate.MIN, true);
        }
        return value
            .filter(v -> v instanceof EvidenceValue.DateValue)
            .map(v -> (Object) new DateV(((EvidenceValue.DateValue) v).value(), false))
            .orElse(null);
      }
      default -> {
        return null;
      }
    }
  }

  private @Nullable Object field(Expr.Field f, int depth) {
    if (f.target() instanceof Expr.Ref target) {
      String name = target.name();
      if (name.equals("unit") && !inputs.containsKey(name) && !lets.containsKey(name)) {
        Optional<AttributeValue> a = unit.attribute(f.name());
        if (a.isPresent() && a.get() instanceof AttributeValue.NumberValue numberValueValue) {
          return Lin.constant(Rational.of(numberValueValue.value()));
        }
        if (a.isPresent() && a.get() instanceof AttributeValue.DateValue dateValueValue) {
          return new DateV(dateValueValue.value(), false);
        }
        return null;
      }
      InputDecl input = inputs.get(name);
      if (input != null && !lets.containsKey(name)) {
        boolean isVar = name.equals(variable);
        Optional<EvidenceValue> value = valueOf(name);
        if (input.type() == InputType.RATIO) {
          Optional<EvidenceValue.Ratio> r =
              value.filter(v -> v instanceof EvidenceValue.Ratio).map(v -> (EvidenceValue.Ratio) v);
          if (f.name().equals("numerator")) {
            if (isVar) {
              return new Lin(Rational.ONE, Rational.ZERO);
            }
            return r.map(x -> Lin.constant(Rational.of(x.numerator()))).orElse(null);
          }
          if (f.name().equals("denominator")) {
            return r.map(x -> Lin.constant(Rational.of(x.denominator()))).orElse(null);
          }
        }
        if (input.type() == InputType.DOCUMENT && f.name().equals("issued")) {
          if (isVar) {
            return new DateV(LocalDate.MIN, true);
          }
          return value
              .filter(v -> v instanceof EvidenceValue.Document)
              .flatMap(v -> ((EvidenceValue.Document) v).issued())
              .map(d -> (Object) new DateV(d, false))
              .orElse(null);
        }
      }
    }
    eval(f.target(), depth + 1);
    return null;
  }

  private @Nullable Object binary(Expr.Binary b, int depth) {
    Object l = eval(b.left(), depth + 1);
    Object r = eval(b.right(), depth + 1);
    if (b.op().isComparison()) {
      compare(l, r);
      return null;
    }
    if (!(l instanceof Lin x) || !(r instanceof Lin y)) {
      return null;
    }
    switch (b.op()) {
      case ADD -> {
        return new Lin(x.a().plus(y.a()), x.b().plus(y.b()));
      }
      case SUB -> {
        return new Lin(x.a().minus(y.a()), x.b().minus(y.b()));
      }
      case MUL -> {
        if (x.isConstant()) {
          return new Lin(y.a().times(x.b()), y.b().times(x.b()));
        }
        if (y.isConstant()) {
          return new Lin(x.a().times(y.b()), x.b().times(y.b()));
        }
        nonlinear = true;
        return null;
      }
      case DIV -> {
        if (y.isConstant() && y.b().signum() != 0) {
          return new Lin(x.a().divide(y.b()), x.b().divide(y.b()));
        }
        if (!y.isConstant()) {
          nonlinear = true;
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private @Nullable Object call(Expr.Call c, int depth) {
    List<Object> args = new java.util.ArrayList<>();
    for (Expr a : c.args()) {
      Object v = eval(a, depth + 1);
      args.add(v == null ? NOTHING : v);
    }
    switch (c.function()) {
      case MIN, MAX -> {
        boolean allConstant = true;
        Rational best = null;
        for (int i = 0; i < args.size(); i++) {
          if (!(args.get(i) instanceof Lin li)) {
            return null;
          }
          allConstant &= li.isConstant();
          for (int j = i + 1; j < args.size(); j++) {
            if (args.get(j) instanceof Lin lj) {
              compare(li, lj);
            }
          }
          if (li.isConstant()) {
            boolean better =
                best == null
                    || (c.function() == Expr.Function.MIN
                        ? li.b().compareTo(best) < 0
                        : li.b().compareTo(best) > 0);
            best = better ? li.b() : best;
          }
        }
        return allConstant && best != null ? Lin.constant(best) : null;
      }
      case DATE -> {
        if (args.size() == 3 && args.stream().allMatch(a -> a instanceof Lin)) {
          try {
            return new DateV(
                LocalDate.of(
                    intOf((Lin) args.get(0)), intOf((Lin) args.get(1)), intOf((Lin) args.get(2))),
                false);
          } catch (RuntimeException e) {
            return null;
          }
        }
        return null;
      }
      case DAYS_AFTER -> {
        if (args.size() == 2 && args.get(0) instanceof DateV d && args.get(1) instanceof Lin n) {
          if (!d.variable()) {
            try {
              return new DateV(d.date().plusDays(intOf(n)), false);
            } catch (RuntimeException e) {
              return null;
            }
          }
        }
        return null;
      }
      case BEST -> {
        cohortRelative = true;
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private static int intOf(Lin l) {
    if (!l.isConstant() || !l.b().isInteger()) {
      throw new ArithmeticException("not a whole constant");
    }
    return l.b().floor().intValueExact();
  }

  private Optional<EvidenceValue> valueOf(String key) {
    return evidence.evidence(key).flatMap(ev -> ev.value());
  }

  /** Returns the variable's current value as a number, when it has one. */
  Optional<Rational> current() {
    Optional<EvidenceValue> v = valueOf(variable);
    if (v.isPresent() && v.get() instanceof EvidenceValue.Ratio ratioValue) {
      return Optional.of(Rational.of(ratioValue.numerator()));
    }
    return v.flatMap(RuleScan::number);
  }

  private static Optional<Rational> number(EvidenceValue v) {
    if (v instanceof EvidenceValue.Count countValue) {
      return Optional.of(Rational.of(countValue.value()));
    }
    if (v instanceof EvidenceValue.Quantity quantityValue) {
      return Optional.of(Rational.of(quantityValue.amount()));
    }
    return Optional.empty();
  }
}
