package dev.rubric.dsl.internal.eval;

import dev.rubric.core.Decimal;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.catalog.Band;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.InputRange;
import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.result.ChannelTotal;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.internal.check.Resolution;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates units against a compiled catalog plan and assembles their scorecards. The work is split
 * by job: {@link EvidenceBinder} binds evidence to input slots (RB6xx data checks), {@link
 * NodeWalker} walks the node tree and records what decided each node, {@link IndexFormulas}
 * computes the index on exact points, and {@link FindingWriter} writes the findings. Immutable and
 * thread-safe: each evaluation works on its own {@link Frame}; the plan is shared and never
 * changes, and nothing is cached between evaluations.
 */
public final class Engine {

  private final Catalog catalog;
  private final String hash;
  private final PlanCompiler.Plan plan;
  private final EvidenceBinder binder;
  private final NodeWalker walker;

  private Engine(Catalog catalog, String hash, PlanCompiler.Plan plan) {
    this.catalog = catalog;
    this.hash = hash;
    this.plan = plan;
    this.binder =
        new EvidenceBinder(
            catalog.inputs(),
            catalog.attributes(),
            catalog.appliesTo(),
            plan.letCount(),
            awarded(catalog, plan));
    this.walker = new NodeWalker(binder);
  }

  /**
   * Returns the range of each awarded input: the points of the one leaf whose rule reads it (the
   * checker allows no other read), from 0 to its max, or from {@code -max} to 0 for a penalty.
   */
  private static Map<String, EvidenceBinder.Awarded> awarded(
      Catalog catalog, PlanCompiler.Plan plan) {
    Set<String> keys = new HashSet<>();
    catalog.inputs().stream().filter(InputDecl::awarded).forEach(d -> keys.add(d.key()));
    Map<String, EvidenceBinder.Awarded> out = new HashMap<>();
    if (keys.isEmpty()) {
      return out;
    }
    Deque<PlanNode> todo = new ArrayDeque<>();
    for (PlanNode[] block : List.of(plan.nodes(), plan.bonus(), plan.penalties())) {
      todo.addAll(Arrays.asList(block));
    }
    while (!todo.isEmpty()) {
      PlanNode p = todo.pop();
      todo.addAll(Arrays.asList(p.children));
      if (p.children.length > 0) {
        continue;
      }
      for (String key : p.inputs) {
        if (keys.contains(key)) {
          Decimal max = p.node.max();
          out.put(
              key,
              new EvidenceBinder.Awarded(
                  p.node.code(),
                  p.block == NodeKind.PENALTY
                      ? new InputRange(max.negate(), Decimal.ZERO)
                      : new InputRange(Decimal.ZERO, max)));
        }
      }
    }
    return out;
  }

  /** Compiles a checked catalog; {@code hash} is its content hash ({@code sha256:…}). */
  public static Engine compile(Catalog catalog, Resolution resolution, String hash) {
    return new Engine(catalog, hash, PlanCompiler.compile(catalog, resolution));
  }

  /** Returns whether some rule compares a unit with its cohort ({@code best(…)}). */
  public boolean needsCohort() {
    return plan.bestSites() > 0;
  }

  /** Evaluates one unit; {@code best(…)} rules report that they need a cohort. */
  public Scorecard evaluate(Unit unit, Period period, EvidenceSet evidence) {
    return evaluate(unit, period, evidence, null);
  }

  /**
   * Evaluates a cohort, reading it in batches of {@code batchSize} units, and hands each scorecard
   * to {@code consumer} on the calling thread, in the cohort's order. Cohort values ({@code
   * best(…)}) are the largest over the whole cohort, which is then read twice; see {@link
   * CohortRun}.
   *
   * @throws IllegalStateException if the second reading gives a different number of units
   */
  public void evaluateAll(
      Iterable<EvidenceFile> cohort, int batchSize, Consumer<? super Scorecard> consumer) {
    new CohortRun(this, batchSize).run(cohort, consumer);
  }

  /** Returns the number of {@code best(…)} sites, the length of a cohort's value array. */
  int bestSites() {
    return plan.bestSites();
  }

  /**
   * Evaluates the unit of {@code file} in sampling mode: returns, per {@code best(…)} site, the
   * largest value of its argument the unit reached (a {@link Num}), or null where none was.
   */
  Object[] sample(EvidenceFile file) {
    Object[] samples = new Object[plan.bestSites()];
    Frame f =
        binder.bind(file.unit(), file.period(), file.evidence(), null, samples, new ArrayList<>());
    evaluateLets(f);
    NodeWalker.Acc acc = new NodeWalker.Acc();
    for (PlanNode[] block : List.of(plan.nodes(), plan.bonus(), plan.penalties())) {
      for (PlanNode p : block) {
        walker.node(p, f, acc, null);
      }
    }
    return samples;
  }

  /**
   * Evaluates the unit of {@code file} in a cohort whose largest value per {@code best(…)} site is
   * {@code best} (null entries where no unit had one).
   */
  Scorecard evaluate(EvidenceFile file, Num[] best) {
    return evaluate(file.unit(), file.period(), file.evidence(), best);
  }

  private Scorecard evaluate(
      Unit unit, Period period, EvidenceSet evidence, Num @Nullable [] best) {
    NodeWalker.Acc acc = new NodeWalker.Acc();
    Frame f = binder.bind(unit, period, evidence, best, null, acc.findings);
    evaluateLets(f);
    List<NodeResult> nodes = new ArrayList<>();
    List<Scored> areas = new ArrayList<>();
    for (PlanNode p : plan.nodes()) {
      Scored s = walker.node(p, f, acc, null);
      areas.add(s);
      nodes.add(s.result());
    }
    Num bonus = Num.ZERO;
    for (PlanNode p : plan.bonus()) {
      Scored s = walker.node(p, f, acc, null);
      nodes.add(s.result());
      bonus = bonus.plus(s.earned());
    }
    Num penalty = Num.ZERO;
    for (PlanNode p : plan.penalties()) {
      Scored s = walker.node(p, f, acc, null);
      nodes.add(s.result());
      penalty = penalty.minus(s.earned());
    }

    Num earned = Num.ZERO;
    Num applicable = Num.ZERO;
    Map<Channel, ChannelTotal> totals = new EnumMap<>(Channel.class);
    for (Channel c : Channel.values()) {
      if (!acc.channels.contains(c)) {
        continue;
      }
      Num e = acc.earned.getOrDefault(c, Num.ZERO);
      Num a = acc.applicable.getOrDefault(c, Num.ZERO);
      totals.put(c, new ChannelTotal(e.toDecimal(), a.toDecimal()));
      if (!acc.dropped.contains(c)) {
        earned = earned.plus(e);
        applicable = applicable.plus(a);
      }
    }
    Num total = earned.plus(bonus).minus(penalty);
    Num index = IndexFormulas.index(catalog.index(), catalog.nodes(), areas, total, applicable);
    if (index == null) {
      index = Num.of(catalog.index().empty());
      acc.findings.add(FindingWriter.nothingApplies(index));
    }
    Decimal rounded = index.round(catalog.rounding().decimals(), catalog.rounding().mode());
    List<Finding> findings = FindingWriter.uniqueCodes(acc.findings);
    Scorecard.Builder b =
        Scorecard.builder()
            .unitCode(unit.code())
            .unitName(unit.name())
            .unitKind(unit.kind())
            .periodId(period.id())
            .catalogId(catalog.id())
            .catalogVersion(catalog.version())
            .catalogHash(hash)
            .nodes(nodes)
            .channelTotals(totals)
            .bonus(bonus.toDecimal())
            .penalty(penalty.toDecimal())
            .total(total.toDecimal())
            .index(index.toDecimal())
            .indexRounded(rounded)
            .indexDecimals(catalog.rounding().decimals())
            .findings(findings)
            .surveyIncluded(
                acc.channels.contains(Channel.SURVEY) && !acc.dropped.contains(Channel.SURVEY));
    catalog.bandOf(rounded).map(Band::label).ifPresent(b::band);
    return b.build();
  }

  private void evaluateLets(Frame f) {
    for (int i = 0; i < plan.catalogLets().length; i++) {
      try {
        f.lets[plan.catalogLetSlots()[i]] = plan.catalogLets()[i].eval(f);
      } catch (RuntimeException e) {
        f.lets[plan.catalogLetSlots()[i]] = new Values.Failed(EvaluationError.of(e));
      }
    }
  }
}
