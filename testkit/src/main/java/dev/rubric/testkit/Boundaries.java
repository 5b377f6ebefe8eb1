package dev.rubric.testkit;

import dev.rubric.core.Decimal;
import dev.rubric.core.Period;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.catalog.Let;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.catalog.Rule;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Explores a catalog's thresholds: for every tier threshold, deadline and gate in its rules, it
 * evaluates evidence just below, exactly at and just above the boundary and reports how each
 * criterion's points change, as a {@link BoundaryReport}.
 *
 * <pre>{@code
 * BoundaryReport report = Boundaries.explore(compiled, baseFile);
 * System.out.print(report.only("3.2").render());
 * // criterion  input           boundary  probe  value      earned  status   index
 * // ...
 * // 3.2        ho_so_dung_han  >= 98%    below  4899/5000  2       partial  86.53
 * // 3.2        ho_so_dung_han  >= 98%    at     49/50      3       partial  87.53
 * }</pre>
 *
 * <p>Boundaries are found by walking each criterion's rule:
 *
 * <ul>
 *   <li>tiers on an input or on a {@code let} that is an input or a quotient of two inputs ({@code
 *       let ty_le = nv_hoan_thanh / nv_ke_hoach}), with constant thresholds;
 *   <li>comparisons of such a subject with a constant in {@code score … when} and {@code only if}
 *       conditions, including deadlines such as {@code ke_hoach.issued <= date(year, 1, 31)} and
 *       {@code days_after(…)}, evaluated for the base file's period;
 *   <li>tiers on a choice (one probe per declared option), and flags tested by {@code only if}
 *       gates (probes {@code false} and {@code true}).
 * </ul>
 *
 * <p>Probes move the subject by the smallest natural step: a ratio threshold such as 98% is hit
 * exactly with the smallest fraction ({@code 49/50}) and approached with a hundred times finer
 * denominator ({@code 4899/5000}, {@code 4901/5000}); a quotient of two inputs gets the same
 * numerators and denominators; counts move by 1, quantities by 0.01 (or the threshold's last
 * decimal), dates by one day. Probes that cannot exist (a ratio above 100%, a count below 0) are
 * left out. Each probe replaces the base file's items for the probed inputs with provided values
 * and keeps everything else, so the rest of the base evidence (and the unit's attributes) decide
 * whether the criterion applies and has its other evidence. Formulas, {@code award} and {@code
 * deduct} rules have no threshold and are not probed.
 *
 * <p>Rows are ordered by criterion in catalog order, then by boundary in rule order, then below,
 * at, above: the report is deterministic.
 */
public final class Boundaries {

  private Boundaries() {}

  /**
   * Returns the boundary report of {@code compiled}, probing around {@code base}.
   *
   * @param compiled the compiled catalog
   * @param base the unit, period and evidence every probe starts from
   * @return the report
   */
  public static BoundaryReport explore(CompiledCatalog compiled, EvidenceFile base) {
    Objects.requireNonNull(compiled, "compiled");
    Objects.requireNonNull(base, "base");
    Explorer explorer = new Explorer(compiled.catalog(), base.period());
    explorer.walk();
    List<BoundaryReport.Row> rows = new ArrayList<>();
    for (Site site : explorer.sites) {
      for (Probe probe : site.probes()) {
        Map<String, Evidence> changes = new LinkedHashMap<>();
        probe.values().forEach((k, v) -> changes.put(k, Evidence.provided(v)));
        Scorecard card = compiled.evaluate(CatalogChecks.with(base, changes));
        NodeResult node =
            card.node(site.criterion())
                .orElseThrow(() -> new IllegalStateException("bug: no node " + site.criterion()));
        rows.add(
            new BoundaryReport.Row(
                site.criterion(),
                site.input(),
                site.boundary(),
                probe.name(),
                probe.display(),
                node.earned(),
                node.status(),
                card.indexRounded().toString(card.indexDecimals())));
      }
    }
    return new BoundaryReport(rows);
  }

  /** One probed boundary of one criterion. */
  private record Site(String criterion, String input, String boundary, List<Probe> probes) {}

  /** One probe: a name (below, at, above, an option), the values to provide and their display. */
  private record Probe(String name, Map<String, EvidenceValue> values, String display) {}

  /** What a rule compares: one input, or the quotient of two inputs. */
  private record Subject(InputDecl input, @Nullable InputDecl denominator) {
    String name() {
      return denominator == null ? input.key() : input.key() + "/" + denominator.key();
    }
  }

  /** Walks the catalog and collects the sites. */
  private static final class Explorer {
    private final Catalog catalog;
    private final Period period;
    private final List<Site> sites = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    Explorer(Catalog catalog, Period period) {
      this.catalog = catalog;
      this.period = period;
    }

    void walk() {
      Map<String, Expr> scope = new LinkedHashMap<>();
      for (Let l : catalog.lets()) {
        scope.put(l.name(), l.value());
      }
      for (List<Node> block : List.of(catalog.nodes(), catalog.bonus(), catalog.penalties())) {
        for (Node n : block) {
          node(n, scope);
        }
      }
    }

    private void node(Node n, Map<String, Expr> outer) {
      Map<String, Expr> scope = new LinkedHashMap<>(outer);
      n.lets().forEach(l -> scope.put(l.name(), l.value()));
      n.rule().ifPresent(r -> rule(n, r, scope));
      n.children().forEach(c -> node(c, scope));
    }

    private void rule(Node n, Rule rule, Map<String, Expr> scope) {
      rule.accept(
          new Rule.Visitor<Void>() {
            @Override
            public Void visitCases(Rule.Cases r) {
              r.cases().forEach(c -> condition(n, c.condition(), scope, false));
              return null;
            }

            @Override
            public Void visitTiers(Rule.Tiers r) {
              Subject s = subject(r.subject(), scope);
              if (s == null) {
                return null;
              }
              if (s.input().type() == InputType.CHOICE) {
                choice(n, s);
                return null;
              }
              for (Rule.Tier t : r.tiers()) {
                Object threshold = constant(t.threshold(), scope, n);
                site(n, s, t.op(), threshold, percent(t.threshold(), scope));
              }
              return null;
            }

            @Override
            public Void visitFormula(Rule.Formula r) {
              return null;
            }

            @Override
            public Void visitPerItem(Rule.PerItem r) {
              return null;
            }

            @Override
            public Void visitDeduct(Rule.Deduct r) {
              return null;
            }

            @Override
            public Void visitMaxOf(Rule.MaxOf r) {
              r.alternatives().forEach(a -> rule(n, a, scope));
              return null;
            }

            @Override
            public Void visitSumOf(Rule.SumOf r) {
              r.parts().forEach(a -> rule(n, a, scope));
              return null;
            }

            @Override
            public Void visitGate(Rule.Gate r) {
              r.conditions().forEach(c -> condition(n, c, scope, true));
              rule(n, r.rule(), scope);
              return null;
            }
          });
    }

    /** Collects the comparisons of a condition, and a gate's flags. */
    private void condition(Node n, Expr e, Map<String, Expr> scope, boolean gate) {
      if (e instanceof Expr.Binary b) {
        if (b.op() == Expr.BinaryOp.AND || b.op() == Expr.BinaryOp.OR) {
          condition(n, b.left(), scope, gate);
          condition(n, b.right(), scope, gate);
        } else if (b.op().isComparison()) {
          Subject left = subject(b.left(), scope);
          Subject right = subject(b.right(), scope);
          if (left != null && right == null) {
            site(n, left, b.op(), constant(b.right(), scope, n), percent(b.right(), scope));
          } else if (right != null && left == null) {
            site(n, right, flip(b.op()), constant(b.left(), scope, n), percent(b.left(), scope));
          }
        }
      } else if (e instanceof Expr.Unary unary && unary.op() == Expr.UnaryOp.NOT) {
        condition(n, unary.operand(), scope, gate);
      } else if (gate) {
        Subject s = subject(e, scope);
        if (s != null && s.denominator() == null && s.input().type() == InputType.FLAG) {
          add(
              n,
              s,
              "gate",
              List.of(
                  new Probe(
                      "false", Map.of(s.input().key(), new EvidenceValue.Flag(false)), "false"),
                  new Probe(
                      "true", Map.of(s.input().key(), new EvidenceValue.Flag(true)), "true")));
        }
      }
    }

    private void choice(Node n, Subject s) {
      List<Probe> probes = new ArrayList<>();
      for (String option : s.input().options()) {
        probes.add(
            new Probe("option", Map.of(s.input().key(), new EvidenceValue.Choice(option)), option));
      }
      add(n, s, "choice", probes);
    }

    private void site(
        Node n, Subject s, Expr.BinaryOp op, @Nullable Object threshold, boolean percent) {
      InputType type = s.input().type();
      if (threshold instanceof LocalDate d
          && s.denominator() == null
          && (type == InputType.DATE || type == InputType.DOCUMENT)) {
        add(n, s, op.symbol() + " " + d, dateProbes(s.input(), d));
      } else if (threshold instanceof Decimal t) {
        boolean asPercent = percent || (type == InputType.RATIO && s.denominator() == null);
        String shown =
            op.symbol() + " " + (asPercent ? t.times(Decimal.HUNDRED) + "%" : t.toString());
        List<Probe> probes = numericProbes(s, t);
        if (!probes.isEmpty()) {
          add(n, s, shown, probes);
        }
      }
    }

    private void add(Node n, Subject s, String boundary, List<Probe> probes) {
      if (seen.add(n.code() + "\u0000" + s.name() + "\u0000" + boundary)) {
        sites.add(new Site(n.code(), s.name(), boundary, probes));
      }
    }

    private List<Probe> numericProbes(Subject s, Decimal t) {
      InputType type = s.input().type();
      List<Probe> out = new ArrayList<>();
      if (s.denominator() != null || type == InputType.RATIO) {
        if (t.signum() < 0 || (s.denominator() == null && t.isGreaterThan(Decimal.ONE))) {
          return out;
        }
        BigInteger[] exact = fraction(t);
        BigInteger n0 = exact[0];
        BigInteger d0 = exact[1];
        BigInteger hundred = BigInteger.valueOf(100);
        BigInteger fine = d0.multiply(hundred);
        if (t.signum() > 0) {
          out.add(fractionProbe(s, "below", n0.multiply(hundred).subtract(BigInteger.ONE), fine));
        }
        out.add(fractionProbe(s, "at", n0, d0));
        if (s.denominator() != null || t.isLessThan(Decimal.ONE)) {
          out.add(fractionProbe(s, "above", n0.multiply(hundred).add(BigInteger.ONE), fine));
        }
        return out;
      }
      if (type == InputType.COUNT) {
        BigDecimal v = t.toBigDecimal();
        BigDecimal floor = v.setScale(0, RoundingMode.FLOOR);
        BigDecimal ceiling = v.setScale(0, RoundingMode.CEILING);
        if (t.isInteger()) {
          if (v.signum() > 0) {
            out.add(countProbe(s, "below", v.subtract(BigDecimal.ONE)));
          }
          if (v.signum() >= 0) {
            out.add(countProbe(s, "at", v));
          }
          if (v.add(BigDecimal.ONE).signum() >= 0) {
            out.add(countProbe(s, "above", v.add(BigDecimal.ONE)));
          }
        } else {
          if (floor.signum() >= 0) {
            out.add(countProbe(s, "below", floor));
          }
          if (ceiling.signum() >= 0) {
            out.add(countProbe(s, "above", ceiling));
          }
        }
        return out;
      }
      if (type == InputType.QUANTITY) {
        Decimal step = Decimal.of(BigDecimal.ONE.movePointLeft(Math.max(2, t.scale())));
        out.add(quantityProbe(s, "below", t.minus(step)));
        out.add(quantityProbe(s, "at", t));
        out.add(quantityProbe(s, "above", t.plus(step)));
      }
      return out;
    }

    private Probe fractionProbe(Subject s, String name, BigInteger n, BigInteger d) {
      Map<String, EvidenceValue> values = new LinkedHashMap<>();
      Decimal num = Decimal.of(new BigDecimal(n));
      Decimal den = Decimal.of(new BigDecimal(d));
      if (s.denominator() == null) {
        values.put(s.input().key(), new EvidenceValue.Ratio(num, den));
      } else {
        values.put(s.input().key(), scalar(s.input(), num));
        values.put(s.denominator().key(), scalar(s.denominator(), den));
      }
      return new Probe(name, values, n + "/" + d);
    }

    private Probe countProbe(Subject s, String name, BigDecimal v) {
      return new Probe(
          name,
          Map.of(s.input().key(), new EvidenceValue.Count(v.longValueExact())),
          v.toPlainString());
    }

    private Probe quantityProbe(Subject s, String name, Decimal v) {
      EvidenceValue q = scalar(s.input(), v);
      return new Probe(name, Map.of(s.input().key(), q), v.toString());
    }

    private static EvidenceValue scalar(InputDecl in, Decimal v) {
      if (in.type() == InputType.COUNT) {
        return new EvidenceValue.Count(v.toBigIntegerExact().longValueExact());
      }
      return new EvidenceValue.Quantity(v, in.unit().orElse(EvidenceGens.DEFAULT_UNIT));
    }

    private List<Probe> dateProbes(InputDecl in, LocalDate d) {
      List<Probe> out = new ArrayList<>();
      String[] names = {"below", "at", "above"};
      for (int k = -1; k <= 1; k++) {
        LocalDate date = d.plusDays(k);
        EvidenceValue v =
            in.type() == InputType.DATE
                ? new EvidenceValue.DateValue(date)
                : EvidenceValue.Document.builder().number("1/KH-UBND").issued(date).build();
        out.add(new Probe(names[k + 1], Map.of(in.key(), v), date.toString()));
      }
      return out;
    }

    /** Returns what {@code e} compares, if it is an input, a document's date or a quotient. */
    private @Nullable Subject subject(Expr e, Map<String, Expr> scope) {
      return subject(e, scope, 0);
    }

    private @Nullable Subject subject(Expr e, Map<String, Expr> scope, int depth) {
      if (depth > 16) {
        return null;
      }
      if (e instanceof Expr.Ref ref) {
        String name = ref.name();
        Expr let = scope.get(name);
        if (let != null) {
          return subject(let, scope, depth + 1);
        }
        return catalog
            .input(name)
            .filter(in -> in.type() != InputType.DOCUMENT && in.type() != InputType.TEXT)
            .map(in -> new Subject(in, null))
            .orElse(null);
      }
      if (e instanceof Expr.Field f) {
        if (f.name().equals("issued") && f.target() instanceof Expr.Ref) {
          return catalog
              .input(((Expr.Ref) f.target()).name())
              .filter(in -> in.type() == InputType.DOCUMENT)
              .map(in -> new Subject(in, null))
              .orElse(null);
        }
        return null;
      }
      if (e instanceof Expr.Binary binary && binary.op() == Expr.BinaryOp.DIV) {
        Subject a = subject(binary.left(), scope, depth + 1);
        Subject b = subject(binary.right(), scope, depth + 1);
        if (a != null
            && b != null
            && a.denominator() == null
            && b.denominator() == null
            && scalarType(a.input())
            && scalarType(b.input())
            && !a.input().key().equals(b.input().key())) {
          return new Subject(a.input(), b.input());
        }
      }
      return null;
    }

    private static boolean scalarType(InputDecl in) {
      return in.type() == InputType.COUNT || in.type() == InputType.QUANTITY;
    }

    /** Returns whether a threshold reads as a percentage (a percent literal, or a let of one). */
    private static boolean percent(Expr e, Map<String, Expr> scope) {
      if (e instanceof Expr.Number number) {
        return number.percent();
      }
      if (e instanceof Expr.Ref ref && scope.containsKey(ref.name())) {
        Expr let = scope.get(ref.name());
        return let instanceof Expr.Number number && number.percent();
      }
      return false;
    }

    /** Returns the value of a constant expression: a Decimal, a LocalDate, or null. */
    private @Nullable Object constant(Expr e, Map<String, Expr> scope, Node n) {
      return constant(e, scope, n, 0);
    }

    private @Nullable Object constant(Expr e, Map<String, Expr> scope, Node n, int depth) {
      if (depth > 32) {
        return null;
      }
      if (e instanceof Expr.Number number) {
        return number.value();
      }
      if (e instanceof Expr.DateLit dateLit) {
        return dateLit.value();
      }
      if (e instanceof Expr.Ref ref) {
        String name = ref.name();
        if (scope.containsKey(name)) {
          return constant(scope.get(name), scope, n, depth + 1);
        }
        if (catalog.input(name).isPresent()) {
          return null;
        }
        if (name.equals("year")) {
          return Decimal.of(period.year());
        }
        if (name.equals("max")) {
          return n.max();
        }
        return null;
      }
      if (e instanceof Expr.Unary unary && unary.op() == Expr.UnaryOp.NEG) {
        Object v = constant(unary.operand(), scope, n, depth + 1);
        return v instanceof Decimal decimal ? decimal.negate() : null;
      }
      if (e instanceof Expr.Binary b) {
        Object l = constant(b.left(), scope, n, depth + 1);
        Object r = constant(b.right(), scope, n, depth + 1);
        if (!(l instanceof Decimal x) || !(r instanceof Decimal y)) {
          return null;
        }
        return switch (b.op()) {
          case ADD -> x.plus(y);
          case SUB -> x.minus(y);
          case MUL -> x.times(y);
          case DIV -> y.signum() == 0 ? null : exactQuotient(x, y);
          default -> null;
        };
      }
      if (e instanceof Expr.Call call) {
        return call(call, scope, n, depth);
      }
      return null;
    }

    private @Nullable Object call(Expr.Call c, Map<String, Expr> scope, Node n, int depth) {
      List<Object> args = new ArrayList<>();
      for (Expr a : c.args()) {
        Object v = constant(a, scope, n, depth + 1);
        if (v == null) {
          return null;
        }
        args.add(v);
      }
      try {
        switch (c.function()) {
          case DATE -> {
            return LocalDate.of(intOf(args.get(0)), intOf(args.get(1)), intOf(args.get(2)));
          }
          case DAYS_AFTER -> {
            return ((LocalDate) args.get(0)).plusDays(intOf(args.get(1)));
          }
          case MIN, MAX -> {
            Decimal out = null;
            for (Object a : args) {
              Decimal d = (Decimal) a;
              out = out == null ? d : c.function() == Expr.Function.MIN ? out.min(d) : out.max(d);
            }
            return out;
          }
          default -> {
            return null;
          }
        }
      } catch (ClassCastException | ArithmeticException | DateTimeException e) {
        return null;
      }
    }

    private static int intOf(Object v) {
      return ((Decimal) v).toBigDecimal().intValueExact();
    }

    /** Returns {@code x / y} when it has a finite decimal expansion, else null. */
    private static @Nullable Decimal exactQuotient(Decimal x, Decimal y) {
      try {
        return Decimal.of(x.toBigDecimal().divide(y.toBigDecimal()));
      } catch (ArithmeticException e) {
        return null;
      }
    }

    private static Expr.BinaryOp flip(Expr.BinaryOp op) {
      return switch (op) {
        case LT -> Expr.BinaryOp.GT;
        case LE -> Expr.BinaryOp.GE;
        case GT -> Expr.BinaryOp.LT;
        case GE -> Expr.BinaryOp.LE;
        default -> op;
      };
    }

    /** Returns {@code t} as the fraction n/d in lowest terms, d > 0. */
    private static BigInteger[] fraction(Decimal t) {
      BigDecimal v = t.toBigDecimal();
      BigInteger n = v.unscaledValue();
      BigInteger d = BigInteger.TEN.pow(Math.max(0, v.scale()));
      BigInteger g = n.gcd(d);
      if (g.signum() == 0) {
        return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
      }
      return new BigInteger[] {n.divide(g), d.divide(g)};
    }
  }
}
