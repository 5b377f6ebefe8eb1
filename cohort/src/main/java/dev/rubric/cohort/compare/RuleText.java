package dev.rubric.cohort.compare;

import dev.rubric.core.Decimal;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.Rule;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Rules and expressions as compact one-line text in the catalog language's words, for the before
 * and after of a rule change (every compound subexpression in parentheses, so the text is
 * unambiguous without operator precedence); and the names a rule reads.
 */
final class RuleText {
  private RuleText() {}

  /** Returns {@code rule} as one line, e.g. {@code tiers x { >= 98%: 4, otherwise: 0 }}. */
  static String of(Rule rule) {
    return rule.accept(RULES);
  }

  /** Returns {@code e} as text. */
  static String of(Expr e) {
    return e.accept(EXPRS);
  }

  /** Returns the names {@code e} reads (inputs, lets, {@code max}), sorted. */
  static Set<String> names(Expr e) {
    Set<String> out = new TreeSet<>();
    collect(e, out);
    return out;
  }

  private static void collect(Expr e, Set<String> out) {
    if (e instanceof Expr.Ref r) {
      out.add(r.name());
    } else if (e instanceof Expr.Field f) {
      collect(f.target(), out);
    } else if (e instanceof Expr.Unary u) {
      collect(u.operand(), out);
    } else if (e instanceof Expr.Binary b) {
      collect(b.left(), out);
      collect(b.right(), out);
    } else if (e instanceof Expr.Call c) {
      c.args().forEach(a -> collect(a, out));
    } else if (e instanceof Expr.In in) {
      collect(in.value(), out);
      in.options().forEach(o -> collect(o, out));
    } else if (e instanceof Expr.If i) {
      collect(i.condition(), out);
      collect(i.then(), out);
      collect(i.otherwise(), out);
    }
  }

  /** Returns the names {@code rule} reads. */
  static Set<String> names(Rule rule) {
    Set<String> out = new TreeSet<>();
    collect(rule, out);
    return out;
  }

  private static void collect(Rule rule, Set<String> out) {
    if (rule instanceof Rule.Cases c) {
      c.cases()
          .forEach(
              k -> {
                collect(k.points(), out);
                collect(k.condition(), out);
              });
      collect(c.otherwise(), out);
    } else if (rule instanceof Rule.Tiers t) {
      collect(t.subject(), out);
      t.tiers()
          .forEach(
              k -> {
                collect(k.threshold(), out);
                collect(k.points(), out);
              });
      collect(t.otherwise(), out);
    } else if (rule instanceof Rule.Formula f) {
      collect(f.points(), out);
    } else if (rule instanceof Rule.PerItem p) {
      collect(p.points(), out);
      collect(p.count(), out);
      p.cap().ifPresent(c -> collect(c, out));
    } else if (rule instanceof Rule.Deduct d) {
      collect(d.points(), out);
      collect(d.count(), out);
      collect(d.floor(), out);
    } else if (rule instanceof Rule.MaxOf m) {
      m.alternatives().forEach(a -> collect(a, out));
    } else if (rule instanceof Rule.SumOf s) {
      s.parts().forEach(a -> collect(a, out));
    } else if (rule instanceof Rule.Gate g) {
      g.conditions().forEach(c -> collect(c, out));
      collect(g.rule(), out);
    }
  }

  private static String list(List<Rule> rules) {
    return rules.stream().map(RuleText::of).collect(Collectors.joining("; "));
  }

  private static final Rule.Visitor<String> RULES =
      new Rule.Visitor<>() {
        @Override
        public String visitCases(Rule.Cases r) {
          return r.cases().stream()
                  .map(c -> "score " + of(c.points()) + " when " + of(c.condition()))
                  .collect(Collectors.joining(", "))
              + ", otherwise "
              + of(r.otherwise());
        }

        @Override
        public String visitTiers(Rule.Tiers r) {
          return "tiers "
              + of(r.subject())
              + " { "
              + r.tiers().stream()
                  .map(t -> t.op().symbol() + " " + of(t.threshold()) + ": " + of(t.points()))
                  .collect(Collectors.joining(", "))
              + ", otherwise: "
              + of(r.otherwise())
              + " }";
        }

        @Override
        public String visitFormula(Rule.Formula r) {
          return "points = " + of(r.points());
        }

        @Override
        public String visitPerItem(Rule.PerItem r) {
          return "award "
              + of(r.points())
              + " per "
              + of(r.count())
              + r.cap().map(c -> " cap " + of(c)).orElse("");
        }

        @Override
        public String visitDeduct(Rule.Deduct r) {
          return "deduct " + of(r.points()) + " per " + of(r.count()) + " floor " + of(r.floor());
        }

        @Override
        public String visitMaxOf(Rule.MaxOf r) {
          return "best of { " + list(r.alternatives()) + " }";
        }

        @Override
        public String visitSumOf(Rule.SumOf r) {
          return "sum of { " + list(r.parts()) + " }";
        }

        @Override
        public String visitGate(Rule.Gate r) {
          return "only if "
              + r.conditions().stream().map(RuleText::of).collect(Collectors.joining(", "))
              + " { "
              + of(r.rule())
              + " }";
        }
      };

  private static String compound(Expr e) {
    String s = of(e);
    return e instanceof Expr.Binary || e instanceof Expr.If || e instanceof Expr.In
        ? "(" + s + ")"
        : s;
  }

  private static final Expr.Visitor<String> EXPRS =
      new Expr.Visitor<>() {
        @Override
        public String visitNumber(Expr.Number e) {
          if (e.percent()) {
            return e.value().times(Decimal.HUNDRED).toString() + "%";
          }
          return e.value().toString();
        }

        @Override
        public String visitStr(Expr.Str e) {
          return "\"" + e.value() + "\"";
        }

        @Override
        public String visitBool(Expr.Bool e) {
          return Boolean.toString(e.value());
        }

        @Override
        public String visitDate(Expr.DateLit e) {
          return e.value().toString();
        }

        @Override
        public String visitRef(Expr.Ref e) {
          return e.name();
        }

        @Override
        public String visitField(Expr.Field e) {
          return compound(e.target()) + "." + e.name();
        }

        @Override
        public String visitUnary(Expr.Unary e) {
          String op = e.op().symbol();
          return op
              + (Character.isLetter(op.charAt(op.length() - 1)) ? " " : "")
              + compound(e.operand());
        }

        @Override
        public String visitBinary(Expr.Binary e) {
          return compound(e.left()) + " " + e.op().symbol() + " " + compound(e.right());
        }

        @Override
        public String visitCall(Expr.Call e) {
          return e.function().keyword()
              + "("
              + e.args().stream().map(RuleText::of).collect(Collectors.joining(", "))
              + ")";
        }

        @Override
        public String visitIn(Expr.In e) {
          return compound(e.value())
              + " in ["
              + e.options().stream().map(RuleText::of).collect(Collectors.joining(", "))
              + "]";
        }

        @Override
        public String visitIf(Expr.If e) {
          return "if " + of(e.condition()) + " then " + of(e.then()) + " else " + of(e.otherwise());
        }
      };
}
