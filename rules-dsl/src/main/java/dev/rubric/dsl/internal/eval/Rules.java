package dev.rubric.dsl.internal.eval;

import dev.rubric.core.catalog.Expr;
import dev.rubric.core.finding.Explanation;
import dev.rubric.core.message.Arg;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.MessageKey;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Compiled rules. Each evaluates to points ({@link Num}) or {@link Values#MISSING}, and appends the
 * comparisons and values that decided it to an explanation list, as messages with typed arguments
 * that are worded only when read. Immutable and thread-safe.
 */
final class Rules {
  private Rules() {}

  /** A compiled rule. */
  interface RulePlan {
    /**
     * Evaluates the rule; when {@code why} is not null, appends the lines that explain the result
     * (null while scoring, a list when an explanation is replayed).
     */
    Object eval(Frame f, @Nullable List<Explanation> why);

    /** Reports what evaluating this rule may read from a {@link Frame}. */
    void collect(Reads r);
  }

  // ---------------------------------------------------------------- explanation helpers

  /** Returns an explanation line that says {@code key} with {@code args}. */
  static Explanation line(MessageKey key, Arg... args) {
    return Explanation.of(Message.of(key, args));
  }

  /** Explains a condition: a comparison shows both sides' values, a logic node its parts. */
  static Explanation explainCondition(Code c, Frame f, Object result) {
    if (c instanceof Code.Compare cmp) {
      boolean pct = cmp.left.percent || cmp.right.percent;
      return compared(cmp.left.source, safe(cmp.left, f), cmp.op, safe(cmp.right, f), pct, result);
    }
    if (c instanceof Code.Logic lg) {
      List<Explanation> parts = new ArrayList<>();
      Object l = safe(lg.left, f);
      parts.add(explainCondition(lg.left, f, l));
      if (!(l == Boolean.valueOf(!lg.and))) {
        parts.add(explainCondition(lg.right, f, safe(lg.right, f)));
      }
      return Explanation.of(
          Message.of(MessageKey.CONDITION, c.source, Values.verdict(result)), parts);
    }
    return c.verdict(result);
  }

  /**
   * Explains a comparison of {@code left} (named {@code name}) with {@code right} that gave {@code
   * result}: how the value stands to the other side ("ty_le is 90%, below 100%"), or, when it could
   * not be decided, that it cannot be compared.
   */
  static Explanation compared(
      Arg name, Object left, Expr.BinaryOp op, Object right, boolean pct, Object result) {
    if (!(result instanceof Boolean holds)) {
      return line(
          MessageKey.COMPARISON_UNDECIDED, name, Values.arg(left, pct), Values.arg(right, pct));
    }
    return line(
        MessageKey.COMPARISON,
        name,
        Values.arg(left, pct),
        Values.relation(op, holds, left),
        Values.arg(right, pct));
  }

  /** Evaluates {@code c} for display only; errors show as missing. */
  static Object safe(Code c, Frame f) {
    try {
      return c.eval(f);
    } catch (RuntimeException e) {
      return Values.MISSING;
    }
  }

  static Explanation arrow(Object points) {
    return line(MessageKey.POINTS, Values.arg(points, false));
  }

  private static final Code[] NO_NAMES = {};

  /**
   * Returns the names {@code c} reads whose values its explanation shows (inputs, attributes, lets,
   * built-in values such as {@code max}), each once, in the order it first reads them; none for a
   * constant or a bare name, whose value is the result itself. Worked out when the catalog is
   * compiled, so that scoring never does it.
   */
  static Code[] namesRead(Code c) {
    if (c instanceof Code.Const
        || c instanceof Code.InputRef
        || c instanceof Code.AttributeRef
        || c instanceof Code.LetRef
        || c instanceof Code.Builtin) {
      return NO_NAMES;
    }
    Reads r = new Reads();
    c.collect(r);
    return r.names.values().toArray(NO_NAMES);
  }

  /**
   * Returns the line that explains the points {@code p} that {@code c} computed, saying the values
   * of {@code names} (read from {@code f} only now, when the explanation is asked for): {@code with
   * ty_le = 53% and max = 1, it scores ty_le * max = 0.53}, or that it cannot be computed when a
   * value is missing. Without names, {@code plain} shows only the expression and its result.
   */
  static Explanation computed(
      Code c,
      Code[] names,
      Frame f,
      Object p,
      MessageKey plain,
      MessageKey withValues,
      MessageKey missing) {
    if (names.length == 0) {
      return line(plain, c.source, Values.arg(p, false));
    }
    Arg values = new Arg.Nested(values(names, f));
    return p == Values.MISSING
        ? line(missing, values, c.source)
        : line(withValues, values, c.source, Values.arg(p, false));
  }

  /** Returns the values of {@code names} as one message: {@code a = 1, b = 2 and c missing}. */
  private static Message values(Code[] names, Frame f) {
    Message list = valueOf(names[names.length - 1], f);
    for (int i = names.length - 2; i >= 0; i--) {
      MessageKey join = i == names.length - 2 ? MessageKey.VALUES_AND : MessageKey.VALUES_MORE;
      list = Message.of(join, new Arg.Nested(valueOf(names[i], f)), new Arg.Nested(list));
    }
    return list;
  }

  private static Message valueOf(Code name, Frame f) {
    Object v = safe(name, f);
    return v == Values.MISSING
        ? Message.of(MessageKey.VALUE_MISSING, name.source)
        : Message.of(MessageKey.VALUE, name.source, Values.arg(v, name.shownAsPercent()));
  }

  // ---------------------------------------------------------------- rules

  static final class Cases implements RulePlan {
    private final Code[] conditions;
    private final Code[] points;
    private final Code otherwise;

    /** The names a computed {@code otherwise} reads, for its explanation. */
    private final Code[] otherwiseNames;

    Cases(Code[] conditions, Code[] points, Code otherwise) {
      this.conditions = conditions;
      this.points = points;
      this.otherwise = otherwise;
      this.otherwiseNames = namesRead(otherwise);
    }

    @Override
    public Object eval(Frame f, @Nullable List<Explanation> why) {
      for (int i = 0; i < conditions.length; i++) {
        Object c = conditions[i].bool(f);
        if (why != null) {
          why.add(explainCondition(conditions[i], f, c));
        }
        if (c == Boolean.TRUE) {
          Object p = points[i].number(f);
          if (why != null) {
            why.add(arrow(p));
          }
          return p;
        }
        if (c == Values.MISSING) {
          // Whether this case holds is unknown, so no later case or 'otherwise' can be chosen.
          return Values.MISSING;
        }
      }
      Object p = otherwise.number(f);
      if (why != null) {
        // a computed 'otherwise' shows what it computed from which values, a number only the number
        why.add(
            otherwise instanceof Code.Const
                ? line(MessageKey.OTHERWISE, Values.arg(p, false))
                : computed(
                    otherwise,
                    otherwiseNames,
                    f,
                    p,
                    MessageKey.OTHERWISE_COMPUTED,
                    MessageKey.OTHERWISE_COMPUTED_WITH,
                    MessageKey.OTHERWISE_COMPUTED_MISSING));
      }
      return p;
    }

    @Override
    public void collect(Reads r) {
      Reads.all(conditions, r);
      Reads.all(points, r);
      otherwise.collect(r);
    }
  }

  static final class Tiers implements RulePlan {
    private final Code subject;
    private final Expr.BinaryOp[] ops;
    private final Code[] thresholds;
    private final Code[] points;
    private final Code otherwise;

    Tiers(Code subject, Expr.BinaryOp[] ops, Code[] thresholds, Code[] points, Code otherwise) {
      this.subject = subject;
      this.ops = ops;
      this.thresholds = thresholds;
      this.points = points;
      this.otherwise = otherwise;
    }

    @Override
    public Object eval(Frame f, @Nullable List<Explanation> why) {
      Object s = subject.eval(f);
      Arg name = subject.source;
      if (s == Values.MISSING) {
        if (why != null) {
          why.add(line(MessageKey.VALUE, name, Values.arg(s, false)));
        }
        return s;
      }
      for (int i = 0; i < ops.length; i++) {
        Object t = thresholds[i].eval(f);
        Object holds = Code.Compare.compare(ops[i], s, t, subject, thresholds[i]);
        if (why == null) {
          if (holds == Boolean.TRUE) {
            return points[i].number(f);
          }
          continue;
        }
        boolean pct = subject.percent || thresholds[i].percent;
        // the first tier's line says the value; the later ones only how it stands to theirs
        boolean first = i == 0;
        if (holds == Boolean.TRUE) {
          Object p = points[i].number(f);
          why.add(
              first
                  ? line(
                      MessageKey.TIER_REACHED,
                      name,
                      Values.arg(s, pct),
                      Values.relation(ops[i], true, s),
                      Values.arg(t, pct),
                      Values.arg(p, false))
                  : line(
                      MessageKey.TIER_REACHED_NEXT,
                      Values.relation(ops[i], true, s),
                      Values.arg(t, pct),
                      Values.arg(p, false)));
          return p;
        }
        if (first) {
          why.add(compared(name, s, ops[i], t, pct, holds));
        } else if (holds instanceof Boolean) {
          why.add(
              line(
                  MessageKey.TIER_MISSED_NEXT,
                  Values.relation(ops[i], false, s),
                  Values.arg(t, pct)));
        } else {
          why.add(line(MessageKey.TIER_UNDECIDED_NEXT, Values.arg(t, pct)));
        }
      }
      Object p = otherwise.number(f);
      if (why != null) {
        why.add(line(MessageKey.NO_TIER, Values.arg(p, false)));
      }
      return p;
    }

    @Override
    public void collect(Reads r) {
      subject.collect(r);
      Reads.all(thresholds, r);
      Reads.all(points, r);
      otherwise.collect(r);
    }
  }

  static final class Formula implements RulePlan {
    private final Code points;

    /** The names the formula reads, for its explanation. */
    private final Code[] names;

    Formula(Code points) {
      this.points = points;
      this.names = namesRead(points);
    }

    @Override
    public Object eval(Frame f, @Nullable List<Explanation> why) {
      Object p = points.number(f);
      if (why != null) {
        why.add(
            points instanceof Code.Const
                ? arrow(p)
                : computed(
                    points,
                    names,
                    f,
                    p,
                    MessageKey.FORMULA,
                    MessageKey.FORMULA_WITH,
                    MessageKey.FORMULA_MISSING));
      }
      return p;
    }

    @Override
    public void collect(Reads r) {
      points.collect(r);
    }
  }

  static final class PerItem implements RulePlan {
    private final Code points;
    private final Code count;
    private final @Nullable Code cap;

    PerItem(Code points, Code count, @Nullable Code cap) {
      this.points = points;
      this.count = count;
      this.cap = cap;
    }

    @Override
    public Object eval(Frame f, @Nullable List<Explanation> why) {
      Object p = points.number(f);
      Object n = count.number(f);
      Object c = cap == null ? f.max : cap.number(f);
      if (p == Values.MISSING || n == Values.MISSING || c == Values.MISSING) {
        if (why != null) {
          why.add(line(MessageKey.VALUE, count.source, Values.arg(n, false)));
        }
        return Values.MISSING;
      }
      Num raw = ((Num) p).times((Num) n);
      Num limit = (Num) c;
      Num out = limit.signum() >= 0 ? raw.min(limit).max(Num.ZERO) : raw.max(limit).min(Num.ZERO);
      if (why == null) {
        return out;
      }
      why.add(
          line(
              MessageKey.PER_ITEM,
              Values.arg(p, false),
              count.source,
              Values.arg(n, false),
              Values.arg(raw, false),
              Values.arg(limit, false),
              Values.arg(out, false)));
      return out;
    }

    @Override
    public void collect(Reads r) {
      points.collect(r);
      count.collect(r);
      if (cap != null) {
        cap.collect(r);
      }
    }
  }

  static final class Deduct implements RulePlan {
    private final Code points;
    private final Code count;
    private final Code floor;

    Deduct(Code points, Code count, Code floor) {
      this.points = points;
      this.count = count;
      this.floor = floor;
    }

    @Override
    public Object eval(Frame f, @Nullable List<Explanation> why) {
      Object p = points.number(f);
      Object n = count.number(f);
      Object fl = floor.number(f);
      if (p == Values.MISSING || n == Values.MISSING || fl == Values.MISSING) {
        if (why != null) {
          why.add(line(MessageKey.VALUE, count.source, Values.arg(n, false)));
        }
        return Values.MISSING;
      }
      Num raw = f.max.minus(((Num) p).times((Num) n));
      Num out = raw.max((Num) fl);
      if (why == null) {
        return out;
      }
      why.add(
          line(
              MessageKey.DEDUCTION,
              Values.arg(f.max, false),
              Values.arg(p, false),
              count.source,
              Values.arg(n, false),
              Values.arg(raw, false),
              Values.arg(fl, false),
              Values.arg(out, false)));
      return out;
    }

    @Override
    public void collect(Reads r) {
      points.collect(r);
      count.collect(r);
      floor.collect(r);
    }
  }

  static final class MaxOf implements RulePlan {
    private final RulePlan[] alternatives;

    MaxOf(RulePlan[] alternatives) {
      this.alternatives = alternatives;
    }

    @Override
    public Object eval(Frame f, @Nullable List<Explanation> why) {
      Num best = null;
      int bestIndex = -1;
      List<Explanation> parts = why == null ? null : new ArrayList<>();
      for (int i = 0; i < alternatives.length; i++) {
        List<Explanation> sub = why == null ? null : new ArrayList<>();
        Object v = alternatives[i].eval(f, sub);
        if (parts != null && sub != null) {
          parts.add(
              Explanation.of(
                  Message.of(MessageKey.ALTERNATIVE, new Arg.Ordinal(i + 1), Values.arg(v, false)),
                  sub));
        }
        if (v instanceof Num num && (best == null || num.compareTo(best) > 0)) {
          best = num;
          bestIndex = i;
        }
      }
      if (why == null || parts == null) {
        return best == null ? Values.MISSING : best;
      }
      why.add(
          Explanation.of(
              bestIndex < 0
                  ? Message.of(MessageKey.NO_ALTERNATIVE)
                  : Message.of(MessageKey.BEST_ALTERNATIVE, new Arg.Ordinal(bestIndex + 1)),
              parts));
      return best == null ? Values.MISSING : best;
    }

    @Override
    public void collect(Reads r) {
      for (RulePlan a : alternatives) {
        a.collect(r);
      }
    }
  }

  static final class SumOf implements RulePlan {
    private final RulePlan[] parts;

    SumOf(RulePlan[] parts) {
      this.parts = parts;
    }

    @Override
    public Object eval(Frame f, @Nullable List<Explanation> why) {
      Num sum = Num.ZERO;
      boolean missing = false;
      for (int i = 0; i < parts.length; i++) {
        List<Explanation> sub = why == null ? null : new ArrayList<>();
        Object v = parts[i].eval(f, sub);
        if (why != null && sub != null) {
          why.add(
              Explanation.of(
                  Message.of(MessageKey.PART, new Arg.Ordinal(i + 1), Values.arg(v, false)), sub));
        }
        if (v instanceof Num num) {
          sum = sum.plus(num);
        } else {
          missing = true;
        }
      }
      return missing ? Values.MISSING : sum;
    }

    @Override
    public void collect(Reads r) {
      for (RulePlan p : parts) {
        p.collect(r);
      }
    }
  }

  static final class Gate implements RulePlan {
    private final Code[] conditions;
    private final RulePlan rule;

    Gate(Code[] conditions, RulePlan rule) {
      this.conditions = conditions;
      this.rule = rule;
    }

    @Override
    public Object eval(Frame f, @Nullable List<Explanation> why) {
      boolean missing = false;
      for (Code c : conditions) {
        Object v = c.bool(f);
        if (why != null) {
          why.add(explainCondition(c, f, v));
        }
        if (v == Boolean.FALSE) {
          if (why != null) {
            why.add(line(MessageKey.GATE_FAILED));
          }
          return Num.ZERO;
        }
        missing |= v == Values.MISSING;
      }
      if (missing) {
        return Values.MISSING;
      }
      return rule.eval(f, why);
    }

    @Override
    public void collect(Reads r) {
      Reads.all(conditions, r);
      rule.collect(r);
    }
  }
}
