package dev.rubric.cohort.advice;

import dev.rubric.core.Decimal;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.catalog.Let;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceStatus;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Answers "which fix gains most" for one unit: for every criterion below its maximum, the smallest
 * change of one input's evidence that lifts the criterion to its next level, with the points and
 * index it gains and whether the band changes.
 *
 * <pre>{@code
 * Advisor advisor = Advisor.of(catalog);
 * UnitAdvice advice = advisor.advise(file);
 * for (Fix fix : advice.top(3)) {
 *   System.out.println(fix.criterionCode() + " +" + fix.indexGained());
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Advisor {
  /*
   * How a fix is found. The rule of a criterion is a piecewise function of each input it reads
   * (the other inputs held at their values): tiers and `score … when` comparisons are constant
   * between the values where a comparison flips, `points =` forms are linear between the values
   * where two arms of min/max cross, and `award/deduct … per` change at each item. RuleScan reads
   * the rule, with the catalog's and the node's lets substituted, as a linear form a·x + b of the
   * input x and solves every comparison and crossing exactly (rationals). Those solutions, made
   * admissible for the input's type (a whole count; a numerator over the same denominator, whole
   * when the ratio's parts are whole; a quantity's exact decimal; the dates either side of a
   * deadline), together with the ends of a ratio's range for formulas and one item more or fewer
   * for per-item rules, are the only values at which the criterion's points can change. Each is
   * evaluated through the compiled catalog with that one input changed: the engine, not the
   * solver, gives the points, the index and the band, so a fix's numbers are exactly what
   * re-evaluating gives, whatever the index formula. The fix is the candidate closest to the
   * present value that raises the criterion's points (so its next tier or threshold; for a
   * formula, its cap or the end of a ratio's range), then the smaller raise, then the input the
   * rule reads first, then the lower value. Flags are toggled, choices take each
   * declared option, a missing document or text is provided.
   */

  private final CompiledCatalog catalog;
  private final Map<String, InputDecl> inputs;
  private final Map<String, Target> leaves;
  private final List<String> order;

  /** A leaf of the catalog with the lets its rule sees. */
  private record Target(Node node, Map<String, Expr> lets, int position) {}

  private Advisor(CompiledCatalog catalog) {
    this.catalog = catalog;
    Catalog c = catalog.catalog();
    Map<String, InputDecl> in = new LinkedHashMap<>();
    for (InputDecl d : c.inputs()) {
      in.put(d.key(), d);
    }
    this.inputs = in;
    Map<String, Target> out = new LinkedHashMap<>();
    Map<String, Expr> top = new LinkedHashMap<>();
    for (Let l : c.lets()) {
      top.put(l.name(), l.value());
    }
    List<Node> roots = new ArrayList<>(c.nodes());
    roots.addAll(c.bonus());
    roots.addAll(c.penalties());
    for (Node n : roots) {
      collect(n, top, out);
    }
    this.leaves = out;
    this.order = List.copyOf(out.keySet());
  }

  private static void collect(Node n, Map<String, Expr> lets, Map<String, Target> out) {
    Map<String, Expr> scope = new LinkedHashMap<>(lets);
    for (Let l : n.lets()) {
      scope.put(l.name(), l.value());
    }
    if (n.rule().isPresent()) {
      out.put(n.code(), new Target(n, scope, out.size()));
    }
    for (Node c : n.children()) {
      collect(c, scope, out);
    }
  }

  /**
   * Returns an advisor for {@code catalog}.
   *
   * @throws IllegalArgumentException if the catalog compares units with their cohort ({@code
   *     best(…)}): one unit's change would move every unit's score, which advice for one unit
   *     cannot show
   */
  public static Advisor of(CompiledCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    if (catalog.needsCohort()) {
      throw new IllegalArgumentException(
          "catalog '"
              + catalog.catalog().id()
              + "': expected a catalog that scores each unit on its own but found rules comparing"
              + " units with their cohort (best(…))");
    }
    return new Advisor(catalog);
  }

  /** Evaluates the unit of {@code file} and returns its advice. */
  public UnitAdvice advise(EvidenceFile file) {
    Objects.requireNonNull(file, "file");
    return advise(file, catalog.evaluate(file));
  }

  /**
   * Returns the advice for the unit of {@code file}, whose scorecard {@code card} is (it is not
   * evaluated again).
   *
   * @throws IllegalArgumentException if {@code card} is not the scorecard of the unit and catalog
   */
  public UnitAdvice advise(EvidenceFile file, Scorecard card) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(card, "card");
    if (!card.unitCode().equals(file.unit().code()) || !card.catalogHash().equals(catalog.hash())) {
      throw new IllegalArgumentException(
          "card: expected the scorecard of unit '"
              + file.unit().code()
              + "' under this catalog but found unit '"
              + card.unitCode()
              + "'");
    }
    List<Fix> fixes = new ArrayList<>();
    List<Unsolved> unsolved = new ArrayList<>();
    Map<String, Integer> position = new HashMap<>();
    for (String code : order) {
      Target t = Objects.requireNonNull(leaves.get(code), code);
      Optional<NodeResult> r = card.node(code);
      if (r.isEmpty()) {
        continue;
      }
      NodeResult now = r.get();
      Decimal lost = lost(t.node(), now);
      if (lost.signum() <= 0 || now.status() == NodeStatus.NOT_APPLICABLE) {
        continue;
      }
      position.put(code, t.position());
      if (now.status() == NodeStatus.ERROR) {
        unsolved.add(new Unsolved(code, now.title(), lost, UnsolvedReason.EVALUATION_ERROR));
        continue;
      }
      solve(file, card, t, now, lost, fixes, unsolved);
    }
    fixes.sort(
        Comparator.comparing(Fix::indexGained)
            .reversed()
            .thenComparing(f -> position.getOrDefault(f.criterionCode(), 0)));
    return new UnitAdvice(card, fixes, unsolved);
  }

  /** Returns how far {@code r} falls short: below its applicable max, or a penalty's deduction. */
  static Decimal lost(Node node, NodeResult r) {
    if (node.kind() == NodeKind.PENALTY) {
      return r.earned().negate().max(Decimal.ZERO);
    }
    return r.pointsLost();
  }

  private void solve(
      EvidenceFile file,
      Scorecard card,
      Target t,
      NodeResult now,
      Decimal lost,
      List<Fix> fixes,
      List<Unsolved> unsolved) {
    Node node = t.node();
    Set<String> read = RuleScan.inputsRead(node.rule().orElseThrow(), t.lets(), inputs);
    if (read.isEmpty()) {
      unsolved.add(new Unsolved(node.code(), now.title(), lost, UnsolvedReason.NO_INPUT));
      return;
    }
    boolean emptyRatio = false;
    boolean nonlinear = false;
    List<Candidate> raising = new ArrayList<>();
    int inputOrder = 0;
    for (String key : read) {
      InputDecl decl = Objects.requireNonNull(inputs.get(key), key);
      RuleScan scan =
          new RuleScan(
              t.lets(),
              inputs,
              file.evidence(),
              file.unit(),
              file.period().year(),
              node.max(),
              key);
      scan.scan(node.rule().orElseThrow());
      if (scan.cohortRelative) {
        unsolved.add(new Unsolved(node.code(), now.title(), lost, UnsolvedReason.COHORT_RELATIVE));
        return;
      }
      nonlinear |= scan.nonlinear;
      Optional<EvidenceValue> from = file.evidence().evidence(key).flatMap(Evidence::value);
      if (decl.type() == InputType.RATIO
          && (from.isEmpty()
              || !(from.get() instanceof EvidenceValue.Ratio ratio)
              || ratio.isEmpty())) {
        emptyRatio = true;
        inputOrder++;
        continue;
      }
      boolean provided =
          file.evidence()
              .evidence(key)
              .map(e -> e.status() == EvidenceStatus.PROVIDED)
              .orElse(false);
      for (Value v : values(decl, from, provided, scan)) {
        EvidenceFile changed = withValue(file, key, v.value());
        Scorecard after = catalog.evaluate(changed);
        Optional<NodeResult> n = after.node(node.code());
        if (n.isEmpty() || !n.get().earned().isGreaterThan(now.earned())) {
          continue;
        }
        raising.add(new Candidate(inputOrder, key, from, v, after, n.get().earned()));
      }
      inputOrder++;
    }
    if (raising.isEmpty()) {
      UnsolvedReason reason =
          emptyRatio
              ? UnsolvedReason.EMPTY_RATIO
              : nonlinear ? UnsolvedReason.NOT_LINEAR : UnsolvedReason.NEEDS_SEVERAL_INPUTS;
      unsolved.add(new Unsolved(node.code(), now.title(), lost, reason));
      return;
    }
    // The smallest change that raises the points: the next tier or threshold (for a formula, where
    // its cap or the end of the ratio's range is reached); then the smaller raise.
    Comparator<Candidate> order =
        Comparator.comparing((Candidate c) -> c.value().distance())
            .thenComparing(Candidate::earned)
            .thenComparingInt(Candidate::inputOrder)
            .thenComparing(c -> c.value().at());
    Candidate best = raising.stream().min(order).orElseThrow();
    Scorecard after = best.after();
    fixes.add(
        new Fix(
            node.code(),
            now.title(),
            List.of(new Change(best.key(), best.from(), best.value().value())),
            now.earned(),
            best.earned(),
            card.index(),
            after.index(),
            card.indexRounded(),
            after.indexRounded(),
            card.band(),
            after.band()));
  }

  /** A value to try for an input, with its distance from the present value. */
  private record Value(EvidenceValue value, Rational distance, Rational at) {}

  /** A value that raised the criterion, with the scorecard it gave. */
  private record Candidate(
      int inputOrder,
      String key,
      Optional<EvidenceValue> from,
      Value value,
      Scorecard after,
      Decimal earned) {}

  private static EvidenceFile withValue(EvidenceFile file, String key, EvidenceValue value) {
    EvidenceSet old = file.evidence();
    Map<String, Evidence> items = new TreeMap<>(old.evidence());
    items.put(key, Evidence.provided(value));
    EvidenceSet changed =
        EvidenceSet.builder()
            .unitCode(old.unitCode())
            .periodId(old.periodId())
            .note(old.note())
            .evidence(items)
            .build();
    return new EvidenceFile(file.unit(), file.period(), changed);
  }

  /** Returns the values of the input at which the rule's points can change, other than now. */
  private static List<Value> values(
      InputDecl decl, Optional<EvidenceValue> from, boolean provided, RuleScan scan) {
    List<Value> out = new ArrayList<>();
    Optional<Rational> current = scan.current();
    if (!provided && from.isPresent()) {
      // Incomplete evidence with a value: providing it as it is may be the whole fix.
      out.add(new Value(from.get(), Rational.ZERO, current.orElse(Rational.ZERO)));
    }
    Rational base = current.orElse(Rational.ZERO);
    switch (decl.type()) {
      case COUNT -> {
        TreeSet<BigInteger> xs = new TreeSet<>();
        for (Rational b : scan.numeric) {
          wholeBeyond(b, current, xs);
        }
        for (BigInteger x : xs) {
          Rational r = Rational.of(x, BigInteger.ONE);
          if (x.signum() >= 0
              && x.bitLength() < 63
              && (current.isEmpty() || !r.equals(current.get()))) {
            out.add(new Value(new EvidenceValue.Count(x.longValue()), r.minus(base).abs(), r));
          }
        }
      }
      case QUANTITY -> {
        Optional<String> unit =
            from.filter(v -> v instanceof EvidenceValue.Quantity)
                .map(v -> ((EvidenceValue.Quantity) v).unit())
                .or(decl::unit);
        if (unit.isEmpty()) {
          break;
        }
        TreeSet<Decimal> xs = new TreeSet<>();
        for (Rational b : scan.numeric) {
          Optional<Decimal> exact = b.toDecimal();
          if (exact.isPresent()) {
            xs.add(exact.get());
          } else {
            xs.add(b.round(10, RoundingMode.FLOOR));
            xs.add(b.round(10, RoundingMode.CEILING));
          }
        }
        for (Decimal x : xs) {
          Rational r = Rational.of(x);
          if (current.isEmpty() || !r.equals(current.get())) {
            out.add(new Value(new EvidenceValue.Quantity(x, unit.get()), r.minus(base).abs(), r));
          }
        }
      }
      case RATIO -> {
        EvidenceValue.Ratio now = (EvidenceValue.Ratio) from.orElseThrow();
        Rational den = Rational.of(now.denominator());
        boolean whole = now.numerator().isInteger() && now.denominator().isInteger();
        TreeSet<Rational> xs = new TreeSet<>();
        for (Rational b : scan.numeric) {
          if (whole) {
            TreeSet<BigInteger> ws = new TreeSet<>();
            wholeBeyond(b, current, ws);
            ws.forEach(w -> xs.add(Rational.of(w, BigInteger.ONE)));
          } else if (b.toDecimal().isPresent()) {
            xs.add(b);
          }
        }
        if (scan.formula) {
          xs.add(Rational.ZERO);
          xs.add(den);
        }
        for (Rational x : xs) {
          if (x.signum() >= 0 && x.compareTo(den) <= 0 && !x.equals(current.orElseThrow())) {
            Optional<Decimal> n = x.toDecimal();
            if (n.isPresent()) {
              out.add(
                  new Value(
                      new EvidenceValue.Ratio(n.get(), now.denominator()), x.minus(base).abs(), x));
            }
          }
        }
      }
      case FLAG -> {
        Optional<Boolean> now =
            from.filter(v -> v instanceof EvidenceValue.Flag)
                .map(v -> ((EvidenceValue.Flag) v).value());
        if (now.isEmpty() || !now.get()) {
          out.add(new Value(new EvidenceValue.Flag(true), Rational.ONE, Rational.ONE));
        }
        if (now.isEmpty() || now.get()) {
          out.add(new Value(new EvidenceValue.Flag(false), Rational.ONE, Rational.ZERO));
        }
      }
      case CHOICE -> {
        Optional<String> now =
            from.filter(v -> v instanceof EvidenceValue.Choice)
                .map(v -> ((EvidenceValue.Choice) v).option());
        int i = 0;
        for (String option : decl.options()) {
          if (now.isEmpty() || !now.get().equals(option)) {
            out.add(new Value(new EvidenceValue.Choice(option), Rational.ONE, Rational.of(i)));
          }
          i++;
        }
      }
      case DATE -> {
        Optional<LocalDate> now =
            from.filter(v -> v instanceof EvidenceValue.DateValue)
                .map(v -> ((EvidenceValue.DateValue) v).value());
        for (LocalDate d : datesAround(scan)) {
          if (now.isEmpty() || !now.get().equals(d)) {
            Rational days = Rational.of(d.toEpochDay());
            Rational distance =
                now.map(n -> days.minus(Rational.of(n.toEpochDay())).abs()).orElse(Rational.ONE);
            out.add(new Value(new EvidenceValue.DateValue(d), distance, days));
          }
        }
      }
      case DOCUMENT -> {
        Optional<EvidenceValue.Document> now =
            from.filter(v -> v instanceof EvidenceValue.Document)
                .map(v -> (EvidenceValue.Document) v);
        if (now.isEmpty()) {
          out.add(
              new Value(
                  EvidenceValue.Document.builder().title(decl.label().vi()).build(),
                  Rational.ONE,
                  Rational.ZERO));
        }
        for (LocalDate d : datesAround(scan)) {
          if (now.isPresent() && now.get().issued().equals(Optional.of(d))) {
            continue;
          }
          EvidenceValue.Document doc =
              now.isPresent()
                  ? EvidenceValue.Document.builder().from(now.get()).issued(d).build()
                  : EvidenceValue.Document.builder().title(decl.label().vi()).issued(d).build();
          Rational days = Rational.of(d.toEpochDay());
          Rational distance =
              now.flatMap(EvidenceValue.Document::issued)
                  .map(n -> days.minus(Rational.of(n.toEpochDay())).abs())
                  .orElse(Rational.ONE);
          out.add(new Value(doc, distance, days));
        }
      }
      case TEXT -> {
        if (from.isEmpty()) {
          out.add(
              new Value(
                  new EvidenceValue.TextValue(decl.label().vi()), Rational.ONE, Rational.ZERO));
        }
      }
      default -> {}
    }
    return out;
  }

  /**
   * Adds the whole numbers that first lie on the far side of {@code b} seen from {@code now}: ⌈b⌉
   * going up, ⌊b⌋ going down, and when {@code b} is whole also the next number beyond it (for a
   * strict comparison). Without a present value, both sides.
   */
  private static void wholeBeyond(Rational b, Optional<Rational> now, Set<BigInteger> out) {
    int side = now.map(b::compareTo).orElse(0);
    boolean up = now.isEmpty() || side >= 0;
    boolean down = now.isEmpty() || side <= 0;
    if (up) {
      out.add(b.ceil());
      if (b.isInteger()) {
        out.add(b.floor().add(BigInteger.ONE));
      }
    }
    if (down) {
      out.add(b.floor());
      if (b.isInteger()) {
        out.add(b.floor().subtract(BigInteger.ONE));
      }
    }
  }

  private static Set<LocalDate> datesAround(RuleScan scan) {
    Set<LocalDate> out = new TreeSet<>();
    for (LocalDate d : scan.dates) {
      if (d.isAfter(LocalDate.of(1900, 1, 1)) && d.isBefore(LocalDate.of(2199, 12, 31))) {
        out.add(d.minusDays(1));
        out.add(d);
        out.add(d.plusDays(1));
      }
    }
    return out;
  }
}
