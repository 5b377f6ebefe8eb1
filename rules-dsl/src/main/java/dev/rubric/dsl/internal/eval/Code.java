package dev.rubric.dsl.internal.eval;

import dev.rubric.core.catalog.Expr;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.finding.Explanation;
import dev.rubric.core.message.Arg;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.MessageKey;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A compiled expression: names are resolved to slots, so evaluation does no look-ups by name. Each
 * instance keeps its canonical source text for explanations. Immutable and thread-safe.
 */
abstract class Code {
  final String src;

  /** Whether the value reads best as a percentage (a quotient or a proportion). */
  final boolean percent;

  /** {@link #src} as a message argument, made once. */
  final Arg source;

  Code(String src, boolean percent) {
    this.src = src;
    this.percent = percent;
    this.source = Arg.text(src);
  }

  /** Returns the explanation that this condition gave {@code result}, showing no values. */
  final Explanation verdict(Object result) {
    return Explanation.of(Message.of(MessageKey.CONDITION, source, Values.verdict(result)));
  }

  abstract Object eval(Frame f);

  /**
   * Whether an explanation shows this expression's value as a percentage when it lists the values a
   * formula reads; the same as {@link #percent} except for a {@code let}, which shows as its line
   * does.
   */
  boolean shownAsPercent() {
    return percent;
  }

  /** Reports what evaluating this expression may read from a {@link Frame}. */
  abstract void collect(Reads r);

  /** Evaluates to a number, {@link Values#MISSING}, or throws {@link EvaluationError}. */
  final Object number(Frame f) {
    Object v = eval(f);
    if (v instanceof Values.Ratio ratio) {
      return ratio.value(src);
    }
    return v;
  }

  /** Evaluates a condition: true, false or {@link Values#MISSING}. */
  final Object bool(Frame f) {
    return eval(f);
  }

  // ---------------------------------------------------------------- leaves

  static final class Const extends Code {
    private final Object value;

    Const(String src, Object value, boolean percent) {
      super(src, percent);
      this.value = value;
    }

    @Override
    Object eval(Frame f) {
      return value;
    }

    Object value() {
      return value;
    }

    @Override
    void collect(Reads r) {
      // a constant reads nothing
    }
  }

  static final class InputRef extends Code {
    final int slot;

    InputRef(String src, int slot, boolean percent) {
      super(src, percent);
      this.slot = slot;
    }

    @Override
    Object eval(Frame f) {
      return f.inputs[slot];
    }

    @Override
    void collect(Reads r) {
      r.input(slot);
      r.name(this);
    }
  }

  static final class AttributeRef extends Code {
    private final int slot;

    AttributeRef(String src, int slot) {
      super(src, false);
      this.slot = slot;
    }

    @Override
    Object eval(Frame f) {
      return f.attributes[slot];
    }

    @Override
    void collect(Reads r) {
      r.attribute(slot);
      r.name(this);
    }
  }

  static final class LetRef extends Code {
    private final int slot;
    private final boolean shownAsPercent;

    LetRef(String src, int slot, boolean percent, boolean shownAsPercent) {
      super(src, percent);
      this.slot = slot;
      this.shownAsPercent = shownAsPercent;
    }

    @Override
    boolean shownAsPercent() {
      return shownAsPercent;
    }

    @Override
    Object eval(Frame f) {
      Object v = f.lets[slot];
      if (v instanceof Values.Failed failed) {
        throw failed.error();
      }
      return v;
    }

    @Override
    void collect(Reads r) {
      r.let(slot);
      r.name(this);
    }
  }

  static final class Builtin extends Code {
    enum Which {
      YEAR,
      MAX,
      KIND,
      LEVEL,
      CODE
    }

    private final Which which;

    Builtin(String src, Which which) {
      super(src, false);
      this.which = which;
    }

    @Override
    Object eval(Frame f) {
      return switch (which) {
        case YEAR -> f.year;
        case MAX -> f.max;
        case KIND -> f.unitKind;
        case LEVEL -> f.unitLevel;
        default -> f.unitCode;
      };
    }

    @Override
    void collect(Reads r) {
      r.builtin(which);
      r.name(this);
    }
  }

  // ---------------------------------------------------------------- fields

  static final class DocIssued extends Code {
    private final Code target;

    DocIssued(String src, Code target) {
      super(src, false);
      this.target = target;
    }

    @Override
    Object eval(Frame f) {
      Object v = target.eval(f);
      if (v instanceof Values.Doc doc) {
        LocalDate d = doc.issued();
        return d == null ? Values.MISSING : d;
      }
      return Values.MISSING;
    }

    @Override
    void collect(Reads r) {
      target.collect(r);
    }
  }

  static final class RatioPart extends Code {
    private final Code target;
    private final boolean numerator;

    RatioPart(String src, Code target, boolean numerator) {
      super(src, false);
      this.target = target;
      this.numerator = numerator;
    }

    @Override
    Object eval(Frame f) {
      Object v = target.eval(f);
      if (v instanceof Values.Ratio r) {
        return numerator ? r.numerator() : r.denominator();
      }
      return Values.MISSING;
    }

    @Override
    void collect(Reads r) {
      target.collect(r);
    }
  }

  // ---------------------------------------------------------------- operators

  static final class Not extends Code {
    private final Code operand;

    Not(String src, Code operand) {
      super(src, false);
      this.operand = operand;
    }

    @Override
    Object eval(Frame f) {
      Object v = operand.eval(f);
      return v == Values.MISSING ? v : !(Boolean) v;
    }

    @Override
    void collect(Reads r) {
      operand.collect(r);
    }
  }

  static final class Neg extends Code {
    private final Code operand;

    Neg(String src, Code operand) {
      super(src, operand.percent);
      this.operand = operand;
    }

    @Override
    Object eval(Frame f) {
      Object v = operand.number(f);
      return v == Values.MISSING ? v : ((Num) v).negate();
    }

    @Override
    void collect(Reads r) {
      operand.collect(r);
    }
  }

  /** {@code and} / {@code or} with three-valued logic: missing data is "unknown". */
  static final class Logic extends Code {
    final boolean and;
    final Code left;
    final Code right;

    Logic(String src, boolean and, Code left, Code right) {
      super(src, false);
      this.and = and;
      this.left = left;
      this.right = right;
    }

    @Override
    Object eval(Frame f) {
      Object l = left.eval(f);
      if (l == Boolean.valueOf(!and)) {
        return l;
      }
      Object r = right.eval(f);
      if (r == Boolean.valueOf(!and)) {
        return r;
      }
      return l == Values.MISSING || r == Values.MISSING ? Values.MISSING : Boolean.valueOf(and);
    }

    @Override
    void collect(Reads r) {
      left.collect(r);
      right.collect(r);
    }
  }

  static final class Arith extends Code {
    private final Expr.BinaryOp op;
    private final Code left;
    private final Code right;

    Arith(String src, Expr.BinaryOp op, Code left, Code right, boolean percent) {
      super(src, percent);
      this.op = op;
      this.left = left;
      this.right = right;
    }

    @Override
    Object eval(Frame f) {
      Object l = left.number(f);
      Object r = right.number(f);
      if (l == Values.MISSING || r == Values.MISSING) {
        return Values.MISSING;
      }
      Num a = (Num) l;
      Num b = (Num) r;
      Num result;
      switch (op) {
        case ADD -> result = a.plus(b);
        case SUB -> result = a.minus(b);
        case MUL -> result = a.times(b);
        default -> {
          if (b.signum() == 0) {
            throw new EvaluationError(
                DiagnosticCode.EVALUATION_DIVISION_BY_ZERO,
                Message.of(MessageKey.DIVISION_BY_ZERO, source, Arg.text(a.toString())));
          }
          result = a.dividedBy(b);
        }
      }
      // Operands are within the bound, so the operation itself was cheap; its result stops here.
      if (result.isTooLarge()) {
        throw new EvaluationError(
            DiagnosticCode.VALUE_TOO_LARGE,
            Message.of(
                MessageKey.VALUE_TOO_LARGE, source, Arg.text(Integer.toString(Num.MAX_DIGITS))));
      }
      return result;
    }

    @Override
    void collect(Reads r) {
      left.collect(r);
      right.collect(r);
    }
  }

  /** A comparison of numbers, dates, strings or yes/no values. */
  static final class Compare extends Code {
    final Expr.BinaryOp op;
    final Code left;
    final Code right;

    Compare(String src, Expr.BinaryOp op, Code left, Code right) {
      super(src, false);
      this.op = op;
      this.left = left;
      this.right = right;
    }

    @Override
    Object eval(Frame f) {
      return compare(op, left.eval(f), right.eval(f), left, right);
    }

    static Object compare(Expr.BinaryOp op, Object l, Object r, Code left, Code right) {
      if (l instanceof Values.Ratio) {
        l = ((Values.Ratio) l).value(left.src);
      }
      if (r instanceof Values.Ratio) {
        r = ((Values.Ratio) r).value(right.src);
      }
      if (l == Values.MISSING || r == Values.MISSING) {
        return Values.MISSING;
      }
      int c;
      if (l instanceof Num) {
        c = ((Num) l).compareTo((Num) r);
      } else if (l instanceof LocalDate) {
        c = ((LocalDate) l).compareTo((LocalDate) r);
      } else {
        boolean eq = l.equals(r);
        c = eq ? 0 : 1;
        if (op != Expr.BinaryOp.EQ && op != Expr.BinaryOp.NE) {
          throw new IllegalStateException("bug: ordering of " + l + " and " + r);
        }
      }
      return switch (op) {
        case EQ -> c == 0;
        case NE -> c != 0;
        case LT -> c < 0;
        case LE -> c <= 0;
        case GT -> c > 0;
        default -> c >= 0;
      };
    }

    @Override
    void collect(Reads r) {
      left.collect(r);
      right.collect(r);
    }
  }

  static final class In extends Code {
    private final Code value;
    private final List<Code> options;

    In(String src, Code value, List<Code> options) {
      super(src, false);
      this.value = value;
      this.options = options;
    }

    @Override
    Object eval(Frame f) {
      Object v = value.eval(f);
      if (v == Values.MISSING) {
        return v;
      }
      for (Code o : options) {
        if (Compare.compare(Expr.BinaryOp.EQ, v, o.eval(f), value, o) == Boolean.TRUE) {
          return true;
        }
      }
      return false;
    }

    @Override
    void collect(Reads r) {
      value.collect(r);
      for (Code o : options) {
        o.collect(r);
      }
    }
  }

  static final class If extends Code {
    private final Code condition;
    private final Code then;
    private final Code otherwise;

    If(String src, Code condition, Code then, Code otherwise) {
      super(src, then.percent && otherwise.percent);
      this.condition = condition;
      this.then = then;
      this.otherwise = otherwise;
    }

    @Override
    Object eval(Frame f) {
      Object c = condition.eval(f);
      if (c == Values.MISSING) {
        return c;
      }
      return (Boolean) c ? then.eval(f) : otherwise.eval(f);
    }

    @Override
    void collect(Reads r) {
      condition.collect(r);
      then.collect(r);
      otherwise.collect(r);
    }
  }

  // ---------------------------------------------------------------- functions

  static final class DateOf extends Code {
    private final Code y;
    private final Code m;
    private final Code d;

    DateOf(String src, Code y, Code m, Code d) {
      super(src, false);
      this.y = y;
      this.m = m;
      this.d = d;
    }

    @Override
    Object eval(Frame f) {
      Object a = y.number(f);
      Object b = m.number(f);
      Object c = d.number(f);
      if (a == Values.MISSING || b == Values.MISSING || c == Values.MISSING) {
        return Values.MISSING;
      }
      try {
        return LocalDate.of(
            Math.toIntExact(((Num) a).longValue()),
            Math.toIntExact(((Num) b).longValue()),
            Math.toIntExact(((Num) c).longValue()));
      } catch (java.time.DateTimeException | ArithmeticException e) {
        throw new EvaluationError(
            DiagnosticCode.INVALID_DATE_AT_EVALUATION,
            Message.of(
                MessageKey.INVALID_DATE,
                source,
                Arg.text(a.toString()),
                Arg.text(b.toString()),
                Arg.text(c.toString())));
      }
    }

    @Override
    void collect(Reads r) {
      y.collect(r);
      m.collect(r);
      d.collect(r);
    }
  }

  /** The largest number of days {@code days_after} accepts either way (about 547 years). */
  static final Num MAX_DAYS = Num.of(200_000);

  static final class DaysAfter extends Code {
    private final Code date;
    private final Code days;

    DaysAfter(String src, Code date, Code days) {
      super(src, false);
      this.date = date;
      this.days = days;
    }

    @Override
    Object eval(Frame f) {
      Object d = date.eval(f);
      Object n = days.number(f);
      if (d == Values.MISSING || n == Values.MISSING) {
        return Values.MISSING;
      }
      Num days = (Num) n;
      if (days.compareTo(MAX_DAYS) > 0 || days.compareTo(MAX_DAYS.negate()) < 0) {
        // Compared as exact numbers first: any count, however large, gives RB503, never an
        // overflow.
        throw new EvaluationError(
            DiagnosticCode.INVALID_DATE_AT_EVALUATION,
            Message.of(MessageKey.TOO_MANY_DAYS, source, Arg.text(days.toString())));
      }
      try {
        return ((LocalDate) d).plusDays(days.longValue());
      } catch (java.time.DateTimeException e) {
        throw new EvaluationError(
            DiagnosticCode.INVALID_DATE_AT_EVALUATION,
            Message.of(MessageKey.OUTSIDE_CALENDAR, source));
      }
    }

    @Override
    void collect(Reads r) {
      date.collect(r);
      days.collect(r);
    }
  }

  static final class DaysBetween extends Code {
    private final Code from;
    private final Code to;

    DaysBetween(String src, Code from, Code to) {
      super(src, false);
      this.from = from;
      this.to = to;
    }

    @Override
    Object eval(Frame f) {
      Object a = from.eval(f);
      Object b = to.eval(f);
      if (a == Values.MISSING || b == Values.MISSING) {
        return Values.MISSING;
      }
      return Num.of(ChronoUnit.DAYS.between((LocalDate) a, (LocalDate) b));
    }

    @Override
    void collect(Reads r) {
      from.collect(r);
      to.collect(r);
    }
  }

  static final class MinMax extends Code {
    private final boolean min;
    private final List<Code> args;

    MinMax(String src, boolean min, List<Code> args, boolean percent) {
      super(src, percent);
      this.min = min;
      this.args = args;
    }

    @Override
    Object eval(Frame f) {
      // min and max take at least two arguments.
      Object first = args.get(0).number(f);
      if (first == Values.MISSING) {
        return first;
      }
      Num out = (Num) first;
      for (int i = 1; i < args.size(); i++) {
        Object v = args.get(i).number(f);
        if (v == Values.MISSING) {
          return v;
        }
        Num n = (Num) v;
        out = min ? out.min(n) : out.max(n);
      }
      return out;
    }

    @Override
    void collect(Reads r) {
      for (Code a : args) {
        a.collect(r);
      }
    }
  }

  static final class Present extends Code {
    private final int slot;

    Present(String src, int slot) {
      super(src, false);
      this.slot = slot;
    }

    @Override
    Object eval(Frame f) {
      return f.inputs[slot] != Values.MISSING && "provided".equals(f.inputStatus[slot]);
    }

    @Override
    void collect(Reads r) {
      r.input(slot);
    }
  }

  /** {@code best(x)}: the largest {@code x} in the cohort. */
  static final class Best extends Code {
    private final int site;
    private final Code arg;

    Best(String src, int site, Code arg) {
      super(src, arg.percent);
      this.site = site;
      this.arg = arg;
    }

    @Override
    Object eval(Frame f) {
      if (f.samples != null) {
        Object v;
        try {
          v = arg.number(f);
        } catch (RuntimeException e) {
          v = Values.MISSING;
        }
        if (v instanceof Num) {
          Object prev = f.samples[site];
          f.samples[site] = prev instanceof Num num ? num.max((Num) v) : v;
        }
        return v;
      }
      if (f.best == null) {
        throw new EvaluationError(
            DiagnosticCode.COHORT_NEEDED, Message.of(MessageKey.COHORT_NEEDED, source));
      }
      Num b = f.best[site];
      return b == null ? Values.MISSING : b;
    }

    @Override
    void collect(Reads r) {
      r.best();
      arg.collect(r);
    }
  }
}
