package dev.rubric.dsl.internal.eval;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.catalog.Band;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.catalog.IndexFormula;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.catalog.NotApplicablePolicy;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceStatus;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.finding.Explanation;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.result.ChannelTotal;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.internal.check.Resolution;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates units against a compiled catalog plan. Thread-safe and observably immutable: each
 * evaluation works on its own {@link Frame}; the plan is shared and never changes, except for the
 * nodes' {@link NodeMemo} tables, which remember results and never change one.
 */
public final class Engine {

  /** Status codes by ordinal: {@link EvidenceStatus#code()} makes a new string on every call. */
  private static final String[] STATUS_CODES =
      java.util.Arrays.stream(EvidenceStatus.values())
          .map(EvidenceStatus::code)
          .toArray(String[]::new);

  private static final String PROVIDED = EvidenceStatus.PROVIDED.code();
  private static final String MISSING = EvidenceStatus.MISSING.code();

  private final Catalog catalog;
  private final String hash;
  private final PlanCompiler.Plan plan;
  private final InputDecl[] inputs;
  private final InputDecl[] attributes;
  private final Map<String, Integer> inputIndex;

  private Engine(Catalog catalog, String hash, PlanCompiler.Plan plan) {
    this.catalog = catalog;
    this.hash = hash;
    this.plan = plan;
    this.inputs = catalog.inputs().toArray(new InputDecl[0]);
    this.attributes = catalog.attributes().toArray(new InputDecl[0]);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < inputs.length; i++) {
      index.put(inputs[i].key(), i);
    }
    this.inputIndex = Map.copyOf(index);
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
    Frame f = frame(file.unit(), file.period(), file.evidence(), null, samples, new ArrayList<>());
    evaluateLets(f);
    Acc acc = new Acc();
    for (PlanNode[] block : List.of(plan.nodes(), plan.bonus(), plan.penalties())) {
      for (PlanNode p : block) {
        node(p, f, acc, null);
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
    List<Finding> dataFindings = new ArrayList<>();
    Frame f = frame(unit, period, evidence, best, null, dataFindings);
    evaluateLets(f);
    Acc acc = new Acc();
    acc.findings.addAll(dataFindings);
    List<NodeResult> nodes = new ArrayList<>();
    List<Scored> areas = new ArrayList<>();
    for (PlanNode p : plan.nodes()) {
      Scored s = node(p, f, acc, null);
      areas.add(s);
      nodes.add(s.result());
    }
    Num bonus = Num.ZERO;
    for (PlanNode p : plan.bonus()) {
      Scored s = node(p, f, acc, null);
      nodes.add(s.result());
      bonus = bonus.plus(s.earned());
    }
    Num penalty = Num.ZERO;
    for (PlanNode p : plan.penalties()) {
      Scored s = node(p, f, acc, null);
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
    Num index;
    boolean weightedIndex = catalog.index() instanceof IndexFormula.WeightedSum;
    Num weighted =
        weightedIndex ? weighted((IndexFormula.WeightedSum) catalog.index(), areas) : null;
    if (weightedIndex ? weighted == null : applicable.signum() == 0) {
      index = Num.ZERO;
      acc.findings.add(
          dataFinding(
              DiagnosticCode.NOTHING_APPLIES,
              "$",
              "Không có tiêu chí nào áp dụng cho đơn vị; chỉ số được tính là 0",
              "No criterion applies to the unit; the index is 0"));
    } else if (weightedIndex && weighted != null) {
      index = weighted;
    } else {
      index = Num.of(100).times(total).dividedBy(applicable);
      if (((IndexFormula.PercentOfApplicableMax) catalog.index()).clamp()) {
        index = index.max(Num.ZERO).min(Num.of(100));
      }
    }
    Decimal rounded = index.round(catalog.rounding().decimals(), catalog.rounding().mode());
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
            .findings(uniqueCodes(acc.findings))
            .surveyIncluded(
                acc.channels.contains(Channel.SURVEY) && !acc.dropped.contains(Channel.SURVEY));
    catalog.bandOf(rounded).map(Band::label).ifPresent(b::band);
    return b.build();
  }

  /**
   * Returns Σ wᵢ·vᵢ / Σ wᵢ over the weighted areas that apply, or null when none applies. The
   * shares vᵢ come from the areas' exact points, never from the points they show.
   */
  private static @Nullable Num weighted(IndexFormula.WeightedSum formula, List<Scored> areas) {
    Num sum = Num.ZERO;
    Num weights = Num.ZERO;
    for (IndexFormula.Weight w : formula.weights()) {
      for (Scored a : areas) {
        if (a.result().code().equals(w.code()) && a.applicable().signum() > 0) {
          Num v = a.earned().dividedBy(a.applicable()).max(Num.ZERO).min(Num.ONE);
          sum = sum.plus(Num.of(w.weight()).times(v));
          weights = weights.plus(Num.of(w.weight()));
        }
      }
    }
    return weights.signum() == 0 ? null : sum.dividedBy(weights);
  }

  /** Gives repeated finding codes a {@code #2}, {@code #3} suffix so that every code is unique. */
  private static List<Finding> uniqueCodes(List<Finding> findings) {
    Map<String, Integer> seen = new HashMap<>();
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      int n = seen.merge(f.code(), 1, Integer::sum);
      out.add(n == 1 ? f : Finding.builder().from(f).code(f.code() + "#" + n).build());
    }
    return out;
  }

  // ---------------------------------------------------------------- frame

  private Frame frame(
      Unit unit,
      Period period,
      EvidenceSet evidence,
      Num @Nullable [] best,
      Object @Nullable [] samples,
      List<Finding> findings) {
    Object[] values = new Object[inputs.length];
    String[] status = new String[inputs.length];
    String[] explanation = new String[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      values[i] = Values.MISSING;
      status[i] = MISSING;
    }
    for (Map.Entry<String, Evidence> e : evidence.evidence().entrySet()) {
      Integer slot = inputIndex.get(e.getKey());
      if (slot == null) {
        findings.add(
            dataFinding(
                DiagnosticCode.EVIDENCE_FOR_NO_INPUT,
                "$.evidence." + e.getKey(),
                "Tài liệu '"
                    + e.getKey()
                    + "' không ứng với đầu vào nào của bộ tiêu chí và bị bỏ qua",
                "Evidence '" + e.getKey() + "' matches no input of the catalog and is ignored"));
        continue;
      }
      Evidence ev = e.getValue();
      @SuppressWarnings("EnumOrdinal") // STATUS_CODES is built from values(), in ordinal order
      String statusCode = STATUS_CODES[ev.status().ordinal()];
      status[slot] = statusCode;
      explanation[slot] = ev.explanation().orElse(null);
      if (ev.value().isPresent()) {
        Object v = convert(inputs[slot], ev.value().get(), e.getKey(), findings);
        values[slot] = v;
        if (v == Values.MISSING) {
          status[slot] = MISSING;
        }
      }
    }
    Object[] attrs = new Object[attributes.length];
    for (int i = 0; i < attributes.length; i++) {
      InputDecl d = attributes[i];
      var a = unit.attribute(d.key());
      if (a.isEmpty()) {
        attrs[i] = Values.MISSING;
        findings.add(
            dataFinding(
                DiagnosticCode.ATTRIBUTE_MISSING,
                "$.unit.attributes." + d.key(),
                "Đơn vị thiếu thuộc tính '" + d.key() + "' mà bộ tiêu chí cần",
                "The unit lacks attribute '" + d.key() + "', which the catalog reads"));
      } else {
        attrs[i] = convertAttribute(d, a.get(), findings);
      }
    }
    return new Frame(
        values,
        status,
        explanation,
        attrs,
        plan.letCount(),
        Num.of(period.year()),
        unit.kind(),
        unit.level(),
        unit.code(),
        best,
        samples);
  }

  private static Object convert(InputDecl d, EvidenceValue v, String key, List<Finding> findings) {
    switch (d.type()) {
      case DOCUMENT -> {
        if (v instanceof EvidenceValue.Document doc) {
          return new Values.Doc(doc.issued().orElse(null));
        }
      }
      case COUNT -> {
        if (v instanceof EvidenceValue.Count count) {
          return Num.of(count.value());
        }
      }
      case QUANTITY -> {
        if (v instanceof EvidenceValue.Quantity q) {
          if (d.unit().isPresent() && !d.unit().get().equals(q.unit())) {
            String path = "$.evidence." + key;
            findings.add(
                dataFinding(
                    DiagnosticCode.QUANTITY_IN_OTHER_UNIT,
                    path,
                    "Tài liệu '"
                        + d.key()
                        + "': cần đơn vị '"
                        + d.unit().get()
                        + "' nhưng nhận được '"
                        + q.unit()
                        + "'",
                    "Evidence '"
                        + d.key()
                        + "': expected unit '"
                        + d.unit().get()
                        + "' but found '"
                        + q.unit()
                        + "'"));
            return Values.MISSING;
          }
          return Num.of(q.amount());
        }
      }
      case RATIO -> {
        if (v instanceof EvidenceValue.Ratio r) {
          return new Values.Ratio(Num.of(r.numerator()), Num.of(r.denominator()));
        }
      }
      case FLAG -> {
        if (v instanceof EvidenceValue.Flag flag) {
          return flag.value();
        }
      }
      case CHOICE -> {
        if (v instanceof EvidenceValue.Choice choice) {
          String option = choice.option();
          if (!d.options().contains(option)) {
            String path = "$.evidence." + key;
            findings.add(
                dataFinding(
                    DiagnosticCode.UNDECLARED_OPTION,
                    path,
                    "Tài liệu '"
                        + d.key()
                        + "': '"
                        + option
                        + "' không phải một lựa chọn ("
                        + String.join(", ", d.options())
                        + ")",
                    "Evidence '"
                        + d.key()
                        + "': '"
                        + option
                        + "' is not one of the options "
                        + String.join(", ", d.options())));
            return Values.MISSING;
          }
          return option;
        }
      }
      case DATE -> {
        if (v instanceof EvidenceValue.DateValue date) {
          return date.value();
        }
      }
      case TEXT -> {
        if (v instanceof EvidenceValue.TextValue text) {
          return text.value();
        }
      }
      default -> {}
    }
    String path = "$.evidence." + key;
    findings.add(
        dataFinding(
            DiagnosticCode.EVIDENCE_OF_WRONG_TYPE,
            path,
            "Tài liệu '"
                + d.key()
                + "': cần kiểu "
                + d.type().keyword()
                + " nhưng nhận được "
                + v.typeName(),
            "Evidence '"
                + d.key()
                + "': expected a "
                + d.type().keyword()
                + " but found a "
                + v.typeName()));
    return Values.MISSING;
  }

  private static Object convertAttribute(InputDecl d, AttributeValue a, List<Finding> findings) {
    switch (d.type()) {
      case FLAG -> {
        if (a instanceof AttributeValue.Flag flag) {
          return flag.value();
        }
      }
      case COUNT, QUANTITY -> {
        if (a instanceof AttributeValue.NumberValue number) {
          return Num.of(number.value());
        }
      }
      case TEXT, CHOICE -> {
        if (a instanceof AttributeValue.TextValue textValue) {
          String text = textValue.value();
          if (d.type() == InputType.CHOICE && !d.options().contains(text)) {
            String path = "$.unit.attributes." + d.key();
            findings.add(
                dataFinding(
                    DiagnosticCode.UNDECLARED_OPTION,
                    path,
                    "Thuộc tính '"
                        + d.key()
                        + "' của đơn vị: '"
                        + text
                        + "' không phải một lựa chọn ("
                        + String.join(", ", d.options())
                        + ")",
                    "Unit attribute '"
                        + d.key()
                        + "': '"
                        + text
                        + "' is not one of the options "
                        + String.join(", ", d.options())));
            return Values.MISSING;
          }
          return text;
        }
      }
      case DATE -> {
        if (a instanceof AttributeValue.DateValue date) {
          return date.value();
        }
      }
      default -> {}
    }
    String path = "$.unit.attributes." + d.key();
    findings.add(
        dataFinding(
            DiagnosticCode.ATTRIBUTE_OF_WRONG_TYPE,
            path,
            "Thuộc tính '"
                + d.key()
                + "' của đơn vị: cần kiểu "
                + d.type().keyword()
                + " nhưng nhận được "
                + a.typeName(),
            "Unit attribute '"
                + d.key()
                + "': expected a "
                + d.type().keyword()
                + " but found a "
                + a.typeName()));
    return Values.MISSING;
  }

  /**
   * Returns a data-quality finding with {@code code} about the item at {@code path}. The message
   * ends with the path and the code in parentheses, the path left out when it is the whole evidence
   * ({@code $}).
   */
  private static Finding dataFinding(DiagnosticCode code, String path, String vi, String en) {
    String cited = " (" + (path.equals("$") ? "" : path + ", ") + code.code() + ")";
    return Finding.builder()
        .code(code.code())
        .severity(code.findingSeverity())
        .kind(FindingKind.DATA_QUALITY)
        .messageKey("data." + code.code())
        .putArguments("path", path)
        .message(LocalizedText.of(vi + cited, en + cited))
        .pointsLost(Decimal.ZERO)
        .build();
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

  // ---------------------------------------------------------------- nodes

  /** Accumulates channel totals and findings over one evaluation. */
  private static final class Acc {
    final Set<Channel> channels = EnumSet.noneOf(Channel.class);
    final Set<Channel> dropped = EnumSet.noneOf(Channel.class);
    final Map<Channel, Num> earned = new EnumMap<>(Channel.class);
    final Map<Channel, Num> applicable = new EnumMap<>(Channel.class);
    final List<Finding> findings = new ArrayList<>();
  }

  private Scored node(PlanNode p, Frame f, Acc acc, @Nullable NotApplicablePolicy inheritedNa) {
    NodeMemo.Key key =
        p.memo == null || p.children.length > 0 ? null : p.memo.key(f, inheritedNa, null);
    if (key == null || p.memo == null) { // key is null when p.memo is
      return evaluateNode(p, f, acc, inheritedNa);
    }
    NodeMemo.Outcome o = p.memo.get(key);
    if (o == null) {
      Acc own = new Acc();
      Scored s = evaluateNode(p, f, own, inheritedNa);
      // A leaf adds to at most one channel, its own, and adds exactly its points.
      Channel c = own.channels.isEmpty() ? null : own.channels.iterator().next();
      o = new NodeMemo.Outcome(s, List.copyOf(own.findings), c, !own.dropped.isEmpty());
      p.memo.put(key, o);
    }
    acc.findings.addAll(o.findings());
    Channel c = o.channel();
    if (c != null) {
      acc.channels.add(c);
      if (o.dropped()) {
        acc.dropped.add(c);
      }
      acc.earned.merge(c, o.scored().earned(), Num::plus);
      acc.applicable.merge(c, o.scored().applicable(), Num::plus);
    }
    return o.scored();
  }

  private Scored evaluateNode(
      PlanNode p, Frame f, Acc acc, @Nullable NotApplicablePolicy inheritedNa) {
    f.max = p.max;
    List<Explanation> why = new ArrayList<>();
    NotApplicablePolicy na = inheritedNa;
    boolean insufficient = false;
    List<Finding> own = new ArrayList<>();
    EvaluationError error = null;
    if (na == null && p.applies != null) {
      Object a;
      try {
        a = p.applies.bool(f);
      } catch (RuntimeException e) {
        a = Values.MISSING;
        error = EvaluationError.of(e);
      }
      why.add(Rules.explainCondition(p.applies, f, a));
      if (a == Boolean.FALSE) {
        na = p.policy;
      } else if (a == Values.MISSING && error == null) {
        insufficient = true;
      }
    }
    if (p.children.length > 0) {
      if (na == null && (insufficient || error != null)) {
        return undecided(p, acc, error, why);
      }
      if (na == null) {
        // A parent's lets are visible to its children, so they are computed first.
        evaluateLets(p, f, why);
      }
      return parent(p, f, acc, na, why);
    }
    boolean penalty = p.block == NodeKind.PENALTY;
    boolean main = p.block == NodeKind.AREA;
    Channel channel = p.node.channel();
    if (main) {
      acc.channels.add(channel);
    }
    Num earned;
    Num applicable = p.max;
    NodeStatus status;
    if (na != null) {
      status = NodeStatus.NOT_APPLICABLE;
      switch (na) {
        case AWARD_FULL -> {
          earned = penalty ? Num.ZERO : p.max;
          why.add(
              Explanation.of(
                  LocalizedText.of(
                      "không áp dụng → tính đủ điểm", "not applicable → full points")));
        }
        case EXCLUDE_AND_RESCALE -> {
          earned = Num.ZERO;
          applicable = Num.ZERO;
          why.add(
              Explanation.of(
                  LocalizedText.of(
                      "không áp dụng → loại khỏi tổng điểm",
                      "not applicable → excluded from the total")));
        }
        default -> {
          earned = Num.ZERO;
          applicable = Num.ZERO;
          if (main) {
            acc.dropped.add(channel);
          }
          why.add(
              Explanation.of(
                  LocalizedText.of(
                      "không áp dụng → bỏ kênh "
                          + channel.keyword()
                          + " và tính lại chỉ số trên các kênh còn lại",
                      "not applicable → the "
                          + channel.keyword()
                          + " channel leaves the index, which is renormalised")));
        }
      }
    } else if (error != null) {
      earned = Num.ZERO;
      status = NodeStatus.ERROR;
      own.add(errorFinding(p, error, applicable));
    } else {
      List<String> missing = new ArrayList<>();
      List<String> explanations = new ArrayList<>();
      for (int slot : p.requiredSlots) {
        if (!PROVIDED.equals(f.inputStatus[slot])) {
          missing.add(inputs[slot].key() + " (" + f.inputStatus[slot] + ")");
        }
      }
      Object points = Values.MISSING; // until the rule has been evaluated
      if (missing.isEmpty() && !insufficient) {
        try {
          evaluateLets(p, f, why);
          points = p.leafRule().eval(f, why);
        } catch (RuntimeException e) {
          error = EvaluationError.of(e);
        }
      }
      if (error != null) {
        earned = Num.ZERO;
        status = NodeStatus.ERROR;
        own.add(errorFinding(p, error, applicable));
      } else if (points == Values.MISSING && !main && missing.isEmpty() && !insufficient) {
        // Bonus and penalty items: no evidence of an initiative or a violation means none.
        earned = Num.ZERO;
        status = penalty ? NodeStatus.MET : NodeStatus.NOT_MET;
        why.add(
            Explanation.of(
                LocalizedText.of("không có tài liệu → 0 điểm", "no evidence → 0 points")));
      } else if (!missing.isEmpty() || insufficient || points == Values.MISSING) {
        earned = Num.ZERO;
        status = NodeStatus.INSUFFICIENT_EVIDENCE;
        if (missing.isEmpty()) {
          // No required input is missing: name every input the node reads that was not provided.
          for (String key : p.inputs) {
            int slot = slot(key);
            if (!PROVIDED.equals(f.inputStatus[slot])) {
              missing.add(key + " (" + f.inputStatus[slot] + ")");
            }
          }
        }
        if (missing.isEmpty()) {
          missing.addAll(undecided(p, f, insufficient));
        }
        explanations.addAll(missingExplanations(p, f));
        own.add(missingFinding(p, missing, explanations, applicable));
        why.add(
            Explanation.of(
                LocalizedText.of(
                    "thiếu tài liệu kiểm chứng: " + String.join(", ", missing) + " → 0 điểm",
                    "missing evidence: " + String.join(", ", missing) + " → 0 points")));
      } else {
        Num floor = penalty ? p.max.negate() : Num.ZERO;
        Num ceiling = penalty ? Num.ZERO : p.max;
        Num raw = (Num) points;
        earned = raw.max(floor).min(ceiling);
        if (!earned.equals(raw)) {
          why.add(
              Explanation.of(
                  LocalizedText.of(
                      "giới hạn trong ["
                          + Values.number(floor, Language.VI)
                          + ", "
                          + Values.number(ceiling, Language.VI)
                          + "] → "
                          + Values.number(earned, Language.VI),
                      "limited to ["
                          + Values.number(floor, Language.EN)
                          + ", "
                          + Values.number(ceiling, Language.EN)
                          + "] → "
                          + Values.number(earned, Language.EN))));
        }
        status = statusOf(earned, applicable, penalty);
      }
    }
    for (String e : missingExplanations(p, f)) {
      why.add(
          Explanation.of(
              LocalizedText.of("giải trình của đơn vị: " + e, "the unit's explanation: " + e)));
    }
    Decimal earnedD = earned.toDecimal();
    Decimal applicableD = applicable.toDecimal();
    NodeResult result =
        new NodeResult(
            p.node.code(),
            p.node.title(),
            channel,
            earnedD,
            p.node.max(),
            applicableD,
            status,
            Explanation.of(headline(p, earnedD, applicableD, status), why),
            List.of());
    Scored scored = new Scored(result, earned, applicable);
    if (na == null && status != NodeStatus.ERROR && status != NodeStatus.INSUFFICIENT_EVIDENCE) {
      findings(p, f, scored, own);
    }
    acc.findings.addAll(own);
    if (main) {
      acc.earned.merge(channel, earned, Num::plus);
      acc.applicable.merge(channel, applicable, Num::plus);
    }
    return scored;
  }

  /** Computes a node's lets into the frame and explains each; a failure is kept until read. */
  private static void evaluateLets(PlanNode p, Frame f, List<Explanation> why) {
    for (int i = 0; i < p.lets.length; i++) {
      Object v;
      try {
        v = p.lets[i].eval(f);
      } catch (RuntimeException e) {
        // Evaluated eagerly for the explanation; the error counts only if a rule reads it.
        v = new Values.Failed(EvaluationError.of(e));
      }
      f.lets[p.letSlots[i]] = v;
      boolean pct = p.lets[i].percent || v instanceof Values.Ratio;
      String src = p.lets[i].src.equals(p.letNames[i]) ? "" : " = " + p.lets[i].src;
      why.add(
          Explanation.of(
              LocalizedText.of(
                  p.letNames[i] + src + " = " + Values.format(v, Language.VI, pct),
                  p.letNames[i] + src + " = " + Values.format(v, Language.EN, pct))));
    }
  }

  /**
   * A parent whose applicability cannot be decided (missing data, or an error): no point of its
   * subtree can be counted, and one finding on the parent says why.
   */
  private Scored undecided(
      PlanNode p, Acc acc, @Nullable EvaluationError error, List<Explanation> why) {
    NodeStatus status = error == null ? NodeStatus.INSUFFICIENT_EVIDENCE : NodeStatus.ERROR;
    LocalizedText reason =
        LocalizedText.of(
            "không xác định được điều kiện áp dụng của " + p.node.code() + " → 0 điểm",
            "whether " + p.node.code() + " applies cannot be decided → 0 points");
    why.add(Explanation.of(reason));
    Scored r = undecidedTree(p, acc, status, reason, why);
    acc.findings.add(
        error == null
            ? missingFinding(p, List.of(p.appliesSrc() + " (missing)"), List.of(), p.max)
            : errorFinding(p, error, p.max));
    return r;
  }

  private Scored undecidedTree(
      PlanNode p, Acc acc, NodeStatus status, LocalizedText reason, List<Explanation> why) {
    List<NodeResult> children = new ArrayList<>();
    for (PlanNode c : p.children) {
      List<Explanation> childWhy = new ArrayList<>(List.of(Explanation.of(reason)));
      children.add(undecidedTree(c, acc, status, reason, childWhy).result());
    }
    if (p.children.length == 0 && p.block == NodeKind.AREA) {
      Channel channel = p.node.channel();
      acc.channels.add(channel);
      acc.earned.merge(channel, Num.ZERO, Num::plus);
      acc.applicable.merge(channel, p.max, Num::plus);
    }
    Explanation explanation = Explanation.of(headline(p, Decimal.ZERO, p.node.max(), status), why);
    NodeResult r =
        new NodeResult(
            p.node.code(),
            p.node.title(),
            p.node.channel(),
            Decimal.ZERO,
            p.node.max(),
            p.node.max(),
            status,
            explanation,
            children);
    return new Scored(r, Num.ZERO, p.max);
  }

  private Scored parent(
      PlanNode p, Frame f, Acc acc, @Nullable NotApplicablePolicy na, List<Explanation> why) {
    Scored[] children = new Scored[p.children.length];
    NodeResult[] results = new NodeResult[p.children.length];
    for (int i = 0; i < children.length; i++) {
      children[i] = node(p.children[i], f, acc, na);
      results[i] = children[i].result();
    }
    f.max = p.max;
    NodeMemo.Key key = p.memo == null ? null : p.memo.key(f, na, results);
    NodeMemo.Outcome o = key == null || p.memo == null ? null : p.memo.get(key);
    if (o == null) {
      List<Finding> own = new ArrayList<>();
      Scored s = parentResult(p, f, children, results, why, own);
      o = new NodeMemo.Outcome(s, List.copyOf(own), null, false);
      if (key != null && p.memo != null) {
        p.memo.put(key, o);
      }
    }
    acc.findings.addAll(o.findings());
    return o.scored();
  }

  private Scored parentResult(
      PlanNode p,
      Frame f,
      Scored[] children,
      NodeResult[] results,
      List<Explanation> why,
      List<Finding> own) {
    /*
     * Two sums. What a parent shows is the sum of what its children show: those are decimals, so
     * adding BigDecimals and making one Decimal equals adding Decimals, and the scorecard adds up
     * on paper. What it decides with (its status, its findings, its share in a weighted index) is
     * the sum of its children's exact points, which may differ from the shown sum in the last
     * places when a child's points do not terminate (5/6 shows as 0.83333333333333333333).
     */
    BigDecimal earnedSum = BigDecimal.ZERO;
    BigDecimal applicableSum = BigDecimal.ZERO;
    Num earned = Num.ZERO;
    Num applicable = Num.ZERO;
    boolean allNa = true;
    for (Scored c : children) {
      earnedSum = earnedSum.add(c.result().earned().toBigDecimal());
      applicableSum = applicableSum.add(c.result().applicableMax().toBigDecimal());
      earned = earned.plus(c.earned());
      applicable = applicable.plus(c.applicable());
      allNa &= c.result().status() == NodeStatus.NOT_APPLICABLE;
    }
    Decimal earnedD = Decimal.of(earnedSum);
    Decimal applicableD = Decimal.of(applicableSum);
    boolean penalty = p.block == NodeKind.PENALTY;
    NodeStatus status = allNa ? NodeStatus.NOT_APPLICABLE : statusOf(earned, applicable, penalty);
    NodeResult result =
        new NodeResult(
            p.node.code(),
            p.node.title(),
            p.node.channel(),
            earnedD,
            p.node.max(),
            applicableD,
            status,
            Explanation.of(headline(p, earnedD, applicableD, status), why),
            Arrays.asList(results));
    Scored scored = new Scored(result, earned, applicable);
    if (!allNa && p.findings.length > 0) {
      findings(p, f, scored, own);
    }
    return scored;
  }

  private static NodeStatus statusOf(Num earned, Num applicable, boolean penalty) {
    if (penalty) {
      return earned.signum() == 0 ? NodeStatus.MET : NodeStatus.NOT_MET;
    }
    if (earned.compareTo(applicable) >= 0) {
      return NodeStatus.MET;
    }
    return earned.signum() <= 0 ? NodeStatus.NOT_MET : NodeStatus.PARTIAL;
  }

  private static LocalizedText headline(
      PlanNode p, Decimal earned, Decimal applicable, NodeStatus status) {
    return p.headlines.get(
        new PlanNode.Points(earned, applicable, status),
        k -> renderHeadline(p, earned, applicable, status));
  }

  private static LocalizedText renderHeadline(
      PlanNode p, Decimal earned, Decimal applicable, NodeStatus status) {
    String e = Values.points(earned, Language.EN);
    String a = Values.points(applicable, Language.EN);
    return LocalizedText.of(
        p.node.code()
            + " "
            + p.node.title().vi()
            + ": "
            + Values.vi(e)
            + "/"
            + Values.vi(a)
            + " điểm ("
            + status.label(Language.VI)
            + ")",
        p.node.code()
            + " "
            + p.node.title().in(Language.EN)
            + ": "
            + e
            + " of "
            + a
            + " points ("
            + status.label(Language.EN)
            + ")");
  }

  // ---------------------------------------------------------------- findings

  /**
   * Adds the findings of a node that was scored. Whether it fell short, and how badly, is decided
   * on its exact points; messages and points lost show its reported points.
   */
  private void findings(PlanNode p, Frame f, Scored s, List<Finding> out) {
    boolean penalty = p.block == NodeKind.PENALTY;
    boolean below = penalty ? s.earned().signum() < 0 : s.earned().compareTo(s.applicable()) < 0;
    FindingKind kind =
        penalty || s.earned().signum() <= 0 ? FindingKind.NOT_MET : FindingKind.PARTIAL;
    Decimal earned = s.result().earned();
    Decimal applicable = s.result().applicableMax();
    Decimal lost = penalty ? earned.negate() : applicable.minus(earned).max(Decimal.ZERO);
    if (p.findings.length == 0) {
      // A bonus is optional: falling short of it is not a finding unless the catalog says so.
      if (below && !p.node.silent() && p.block != NodeKind.BONUS) {
        // The key holds the status, decided on exact points like the kind: two results that show
        // the same points but fell short differently never share a finding.
        PlanNode.Points key = new PlanNode.Points(earned, applicable, s.result().status());
        out.add(p.shortfalls.get(key, k -> shortfall(p, earned, applicable, penalty, kind, lost)));
      }
      return;
    }
    templateFindings(p, f, earned, applicable, below, kind, lost, out);
  }

  /**
   * The finding of a node that fell short and has no finding templates: a function of its shown
   * points and of its kind, which its status decides.
   */
  private static Finding shortfall(
      PlanNode p,
      Decimal earned,
      Decimal applicable,
      boolean penalty,
      FindingKind kind,
      Decimal lost) {
    Severity severity = kind == FindingKind.NOT_MET ? Severity.MAJOR : Severity.MINOR;
    String title = p.node.title().vi();
    String titleEn = p.node.title().in(Language.EN);
    LocalizedText message =
        penalty
            ? LocalizedText.of(
                title + ": bị trừ " + Values.points(earned.negate(), Language.VI) + " điểm",
                titleEn + ": " + Values.points(earned.negate(), Language.EN) + " points deducted")
            : LocalizedText.of(
                title
                    + ": đạt "
                    + Values.points(earned, Language.VI)
                    + "/"
                    + Values.points(applicable, Language.VI)
                    + " điểm",
                titleEn
                    + ": "
                    + Values.points(earned, Language.EN)
                    + " of "
                    + Values.points(applicable, Language.EN)
                    + " points");
    return finding(
        p, kind, severity, "finding." + kind.code(), message, Map.of(), earned, applicable, lost);
  }

  private void templateFindings(
      PlanNode p,
      Frame f,
      Decimal earned,
      Decimal applicable,
      boolean below,
      FindingKind kind,
      Decimal lost,
      List<Finding> out) {
    for (int i = 0; i < p.findings.length; i++) {
      PlanNode.FindingPlan t = p.findings[i];
      boolean raise;
      if (t.condition() == null) {
        raise = below;
      } else {
        Object c;
        try {
          c = t.condition().bool(f);
        } catch (RuntimeException e) {
          c = Values.MISSING;
        }
        raise = c == Boolean.TRUE;
      }
      if (!raise) {
        continue;
      }
      Map<String, String> args = new java.util.LinkedHashMap<>();
      String vi = render(t.vi(), f, earned, applicable, Language.VI, args);
      String en = render(t.en(), f, earned, applicable, Language.EN, args);
      out.add(
          finding(
              p,
              kind,
              t.severity(),
              "catalog." + p.node.code() + "." + (i + 1),
              LocalizedText.of(vi, en),
              args,
              earned,
              applicable,
              lost));
    }
  }

  private static String render(
      List<Object> segments,
      Frame f,
      Decimal earned,
      Decimal applicable,
      Language lang,
      Map<String, String> args) {
    StringBuilder sb = new StringBuilder();
    for (Object s : segments) {
      if (s instanceof String text) {
        sb.append(text);
      } else if (s instanceof Code c) {
        Object v;
        try {
          v = c.eval(f);
        } catch (RuntimeException e) {
          v = Values.MISSING;
        }
        boolean pct = c.percent || v instanceof Values.Ratio;
        Object shown =
            v instanceof Values.Ratio && ((Values.Ratio) v).denominator().signum() != 0
                ? ((Values.Ratio) v).value(c.src)
                : v;
        sb.append(Values.format(shown, lang, pct));
        args.putIfAbsent(c.src, Values.format(shown, Language.EN, pct));
      } else {
        String name = ((PlanNode.Placeholder) s).name();
        Decimal d =
            name.equals("earned") ? earned : name.equals("max") ? f.max.toDecimal() : applicable;
        sb.append(Values.points(d, lang));
        args.putIfAbsent(name, Values.points(d, Language.EN));
      }
    }
    return sb.toString();
  }

  private static Finding finding(
      PlanNode p,
      FindingKind kind,
      Severity severity,
      String key,
      LocalizedText message,
      Map<String, String> args,
      Decimal earned,
      Decimal applicable,
      Decimal lost) {
    // A template may itself show {earned} or {applicable_max}; the argument map takes each key
    // once.
    Map<String, String> arguments = new java.util.LinkedHashMap<>(args);
    arguments.put("earned", earned.toString());
    arguments.put("applicable_max", applicable.toString());
    Finding.Builder b =
        Finding.builder()
            .code(Finding.codeFor(p.node.code(), kind))
            .severity(severity)
            .kind(kind)
            .criterionCode(p.node.code())
            .messageKey(key)
            .putAllArguments(arguments)
            .message(message)
            .addEvidence(p.inputs)
            .pointsLost(lost);
    p.node.recommendation().ifPresent(b::recommendation);
    return b.build();
  }

  /**
   * Names what left a node without points when every input it reads was provided: a document
   * without an issue date, an applicability condition that could not be decided, or missing unit
   * attributes.
   */
  private List<String> undecided(PlanNode p, Frame f, boolean applicability) {
    List<String> out = new ArrayList<>();
    for (String key : p.inputs) {
      Object v = f.inputs[slot(key)];
      if (v instanceof Values.Doc doc && doc.issued() == null) {
        out.add(key + ".issued (missing)");
      }
    }
    if (applicability) {
      out.add(p.appliesSrc() + " (missing)");
    }
    if (out.isEmpty()) {
      for (int i = 0; i < attributes.length; i++) {
        if (f.attributes[i] == Values.MISSING) {
          out.add("unit." + attributes[i].key() + " (missing)");
        }
      }
    }
    return out;
  }

  /**
   * Returns the slot of {@code key}, one of the catalog's inputs (as every key a node reads is).
   */
  private int slot(String key) {
    Integer slot = inputIndex.get(key);
    if (slot == null) {
      throw new IllegalStateException("no input " + key);
    }
    return slot;
  }

  private List<String> missingExplanations(PlanNode p, Frame f) {
    List<String> out = new ArrayList<>();
    for (String key : p.inputs) {
      int slot = slot(key);
      if (f.inputExplanation[slot] != null && !PROVIDED.equals(f.inputStatus[slot])) {
        out.add(key + ": " + f.inputExplanation[slot]);
      }
    }
    return out;
  }

  private Finding missingFinding(
      PlanNode p, List<String> missing, List<String> explanations, Num applicable) {
    String title = p.node.title().vi();
    String titleEn = p.node.title().in(Language.EN);
    String vi = title + ": thiếu tài liệu kiểm chứng (" + String.join(", ", missing) + ")";
    String en = titleEn + ": missing evidence (" + String.join(", ", missing) + ")";
    if (!explanations.isEmpty()) {
      vi += "; giải trình của đơn vị: " + String.join("; ", explanations);
      en += "; the unit's explanation: " + String.join("; ", explanations);
    }
    LocalizedText message = LocalizedText.of(vi, en);
    Finding.Builder b =
        Finding.builder()
            .code(Finding.codeFor(p.node.code(), FindingKind.MISSING_EVIDENCE))
            .severity(Severity.MAJOR)
            .kind(FindingKind.MISSING_EVIDENCE)
            .criterionCode(p.node.code())
            .messageKey("finding.missing-evidence")
            .putArguments("inputs", String.join(", ", missing))
            .message(message)
            .addEvidence(p.inputs)
            .pointsLost(applicable.toDecimal());
    p.node.recommendation().ifPresent(b::recommendation);
    return b.build();
  }

  private static Finding errorFinding(PlanNode p, EvaluationError e, Num applicable) {
    DiagnosticCode code = e.code();
    FindingKind kind =
        code == DiagnosticCode.COHORT_NEEDED
            ? FindingKind.NEEDS_COHORT
            : FindingKind.EVALUATION_ERROR;
    String cited = " (" + code.code() + ")";
    return Finding.builder()
        .code(Finding.codeFor(p.node.code(), kind))
        .severity(code.findingSeverity())
        .kind(kind)
        .criterionCode(p.node.code())
        .messageKey("eval." + code.code())
        .putArguments("code", code.code())
        .message(LocalizedText.of(e.text().vi() + cited, e.text().in(Language.EN) + cited))
        .addEvidence(p.inputs)
        .pointsLost(applicable.toDecimal())
        .build();
  }
}
