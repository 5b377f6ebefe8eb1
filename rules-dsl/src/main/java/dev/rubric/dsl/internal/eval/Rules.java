package dev.rubric.dsl.internal.eval;

import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.finding.Explanation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Compiled rules. Each evaluates to points ({@link Num}) or {@link Values#MISSING}, and appends the
 * comparisons and values that decided it to an explanation list. Immutable and thread-safe.
 */
final class Rules {
  private Rules() {}

  /** A compiled rule. */
  interface RulePlan {
    Object eval(Frame f, List<Explanation> why);

    /** Reports what evaluating this rule may read from a {@link Frame}. */
    void collect(Reads r);
  }

  // ---------------------------------------------------------------- explanation helpers

  static LocalizedText text(String vi, String en) {
    return LocalizedText.of(vi, en);
  }

  static String fmt(Object v, Language lang, boolean percent) {
    return Values.format(v, lang, percent);
  }

  /** Explains a condition: a comparison shows both sides' values, a logic node its parts. */
  static Explanation explainCondition(Code c, Frame f, Object result) {
    if (c instanceof Code.Compare cmp) {
      Object l = safe(cmp.left, f);
      Object r = safe(cmp.right, f);
      boolean pct = cmp.left.percent || cmp.right.percent;
      String op = Values.op(cmp.op);
      return Explanation.of(
          text(
              cmp.left.src
                  + " = "
                  + fmt(l, Language.VI, pct)
                  + " "
                  + op
                  + " "
                  + fmt(r, Language.VI, pct)
                  + ": "
                  + Values.yesNo(result, Language.VI),
              cmp.left.src
                  + " = "
                  + fmt(l, Language.EN, pct)
                  + " "
                  + op
                  + " "
                  + fmt(r, Language.EN, pct)
                  + ": "
                  + Values.yesNo(result, Language.EN)));
    }
    if (c instanceof Code.Logic lg) {
      List<Explanation> parts = new ArrayList<>();
      Object l = safe(lg.left, f);
      parts.add(explainCondition(lg.left, f, l));
      if (!(l == Boolean.valueOf(!lg.and))) {
        parts.add(explainCondition(lg.right, f, safe(lg.right, f)));
      }
      return Explanation.of(
          text(
              c.src + ": " + Values.yesNo(result, Language.VI),
              c.src + ": " + Values.yesNo(result, Language.EN)),
          parts);
    }
    return c.verdict(result);
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
    return Explanation.of(
        text(
            "→ " + fmt(points, Language.VI, false) + " điểm",
            "→ " + fmt(points, Language.EN, false) + " points"));
  }

  // ---------------------------------------------------------------- rules

  static final class Cases implements RulePlan {
    private final Code[] conditions;
    private final Code[] points;
    private final Code otherwise;

    /**
     * The explanations of constant points ("→ 1 point"), one per case and one for otherwise, made
     * on first use; a benign race may make one twice, and both are equal.
     */
    private final Explanation[] constant;

    Cases(Code[] conditions, Code[] points, Code otherwise) {
      this.conditions = conditions;
      this.points = points;
      this.otherwise = otherwise;
      this.constant = new Explanation[points.length + 1];
    }

    @Override
    public Object eval(Frame f, List<Explanation> why) {
      for (int i = 0; i < conditions.length; i++) {
        Object c = conditions[i].bool(f);
        why.add(explainCondition(conditions[i], f, c));
        if (c == Boolean.TRUE) {
          Object p = points[i].number(f);
          why.add(points[i] instanceof Code.Const ? constantly(i, p) : arrow(p));
          return p;
        }
        if (c == Values.MISSING) {
          // Whether this case holds is unknown, so no later case or 'otherwise' can be chosen.
          return Values.MISSING;
        }
      }
      Object p = otherwise.number(f);
      why.add(otherwise instanceof Code.Const ? constantly(points.length, p) : otherwiseArrow(p));
      return p;
    }

    private Explanation constantly(int i, Object p) {
      Explanation e = constant[i];
      if (e == null) {
        e = i < points.length ? arrow(p) : otherwiseArrow(p);
        constant[i] = e;
      }
      return e;
    }

    private static Explanation otherwiseArrow(Object p) {
      return Explanation.of(
          text(
              "không điều kiện nào đúng → " + fmt(p, Language.VI, false) + " điểm",
              "no condition holds → " + fmt(p, Language.EN, false) + " points"));
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
    public Object eval(Frame f, List<Explanation> why) {
      Object s = subject.eval(f);
      if (s == Values.MISSING) {
        why.add(
            Explanation.of(
                text(
                    subject.src + " = " + fmt(s, Language.VI, false),
                    subject.src + " = " + fmt(s, Language.EN, false))));
        return s;
      }
      // The subject's value is shown in every tier's line: format it once per language.
      String[] shown = new String[4];
      for (int i = 0; i < ops.length; i++) {
        Object t = thresholds[i].eval(f);
        Object holds = Code.Compare.compare(ops[i], s, t, subject, thresholds[i]);
        boolean pct = subject.percent || thresholds[i].percent;
        int k = pct ? 2 : 0;
        if (shown[k] == null) {
          String en = fmt(s, Language.EN, pct);
          shown[k] = subject.src + " = " + Values.vi(s, en, pct) + " ";
          shown[k + 1] = subject.src + " = " + en + " ";
        }
        String op = Values.op(ops[i]);
        if (holds == Boolean.TRUE) {
          Object p = points[i].number(f);
          why.add(
              Explanation.of(
                  text(
                      shown[k]
                          + op
                          + " "
                          + fmt(t, Language.VI, pct)
                          + " → "
                          + fmt(p, Language.VI, false)
                          + " điểm",
                      shown[k + 1]
                          + op
                          + " "
                          + fmt(t, Language.EN, pct)
                          + " → "
                          + fmt(p, Language.EN, false)
                          + " points")));
          return p;
        }
        why.add(
            Explanation.of(
                text(
                    shown[k]
                        + op
                        + " "
                        + fmt(t, Language.VI, pct)
                        + ": "
                        + Values.yesNo(holds, Language.VI),
                    shown[k + 1]
                        + op
                        + " "
                        + fmt(t, Language.EN, pct)
                        + ": "
                        + Values.yesNo(holds, Language.EN))));
      }
      Object p = otherwise.number(f);
      why.add(
          Explanation.of(
              text(
                  "không bậc nào đạt → " + fmt(p, Language.VI, false) + " điểm",
                  "no tier reached → " + fmt(p, Language.EN, false) + " points")));
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

    Formula(Code points) {
      this.points = points;
    }

    @Override
    public Object eval(Frame f, List<Explanation> why) {
      Object p = points.number(f);
      String en = fmt(p, Language.EN, false);
      why.add(
          Explanation.of(
              text(points.src + " = " + Values.vi(p, en, false), points.src + " = " + en)));
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
    public Object eval(Frame f, List<Explanation> why) {
      Object p = points.number(f);
      Object n = count.number(f);
      Object c = cap == null ? f.max : cap.number(f);
      if (p == Values.MISSING || n == Values.MISSING || c == Values.MISSING) {
        why.add(
            Explanation.of(
                text(
                    count.src + " = " + fmt(n, Language.VI, false),
                    count.src + " = " + fmt(n, Language.EN, false))));
        return Values.MISSING;
      }
      Num raw = ((Num) p).times((Num) n);
      Num limit = (Num) c;
      Num out = limit.signum() >= 0 ? raw.min(limit).max(Num.ZERO) : raw.max(limit).min(Num.ZERO);
      why.add(
          Explanation.of(
              text(
                  fmt(p, Language.VI, false)
                      + " × "
                      + count.src
                      + " ("
                      + fmt(n, Language.VI, false)
                      + ") = "
                      + fmt(raw, Language.VI, false)
                      + ", giới hạn "
                      + fmt(limit, Language.VI, false)
                      + " → "
                      + fmt(out, Language.VI, false)
                      + " điểm",
                  fmt(p, Language.EN, false)
                      + " × "
                      + count.src
                      + " ("
                      + fmt(n, Language.EN, false)
                      + ") = "
                      + fmt(raw, Language.EN, false)
                      + ", capped at "
                      + fmt(limit, Language.EN, false)
                      + " → "
                      + fmt(out, Language.EN, false)
                      + " points")));
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
    public Object eval(Frame f, List<Explanation> why) {
      Object p = points.number(f);
      Object n = count.number(f);
      Object fl = floor.number(f);
      if (p == Values.MISSING || n == Values.MISSING || fl == Values.MISSING) {
        why.add(
            Explanation.of(
                text(
                    count.src + " = " + fmt(n, Language.VI, false),
                    count.src + " = " + fmt(n, Language.EN, false))));
        return Values.MISSING;
      }
      Num raw = f.max.minus(((Num) p).times((Num) n));
      Num out = raw.max((Num) fl);
      why.add(
          Explanation.of(
              text(
                  fmt(f.max, Language.VI, false)
                      + " − "
                      + fmt(p, Language.VI, false)
                      + " × "
                      + count.src
                      + " ("
                      + fmt(n, Language.VI, false)
                      + ") = "
                      + fmt(raw, Language.VI, false)
                      + ", sàn "
                      + fmt(fl, Language.VI, false)
                      + " → "
                      + fmt(out, Language.VI, false)
                      + " điểm",
                  fmt(f.max, Language.EN, false)
                      + " − "
                      + fmt(p, Language.EN, false)
                      + " × "
                      + count.src
                      + " ("
                      + fmt(n, Language.EN, false)
                      + ") = "
                      + fmt(raw, Language.EN, false)
                      + ", floor "
                      + fmt(fl, Language.EN, false)
                      + " → "
                      + fmt(out, Language.EN, false)
                      + " points")));
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
    public Object eval(Frame f, List<Explanation> why) {
      Num best = null;
      int bestIndex = -1;
      List<Explanation> parts = new ArrayList<>();
      for (int i = 0; i < alternatives.length; i++) {
        List<Explanation> sub = new ArrayList<>();
        Object v = alternatives[i].eval(f, sub);
        parts.add(
            Explanation.of(
                text(
                    "cách tính " + (i + 1) + ": " + fmt(v, Language.VI, false) + " điểm",
                    "alternative " + (i + 1) + ": " + fmt(v, Language.EN, false) + " points"),
                sub));
        if (v instanceof Num num && (best == null || num.compareTo(best) > 0)) {
          best = num;
          bestIndex = i;
        }
      }
      why.add(
          Explanation.of(
              text(
                  bestIndex < 0
                      ? "không cách tính nào cho kết quả"
                      : "lấy cách tính cho điểm cao nhất: " + (bestIndex + 1),
                  bestIndex < 0
                      ? "no alternative gives a result"
                      : "the alternative with the most points: " + (bestIndex + 1)),
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
    public Object eval(Frame f, List<Explanation> why) {
      Num sum = Num.ZERO;
      boolean missing = false;
      for (int i = 0; i < parts.length; i++) {
        List<Explanation> sub = new ArrayList<>();
        Object v = parts[i].eval(f, sub);
        why.add(
            Explanation.of(
                text(
                    "phần " + (i + 1) + ": " + fmt(v, Language.VI, false) + " điểm",
                    "part " + (i + 1) + ": " + fmt(v, Language.EN, false) + " points"),
                sub));
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
    public Object eval(Frame f, List<Explanation> why) {
      boolean missing = false;
      for (Code c : conditions) {
        Object v = c.bool(f);
        why.add(explainCondition(c, f, v));
        if (v == Boolean.FALSE) {
          why.add(
              Explanation.of(
                  text(
                      "điều kiện bắt buộc không đạt → 0 điểm",
                      "a required condition does not hold → 0 points")));
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
