package dev.rubric.dsl.internal.eval;

import dev.rubric.core.Decimal;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.catalog.NotApplicablePolicy;
import dev.rubric.core.catalog.Rounding;
import dev.rubric.core.finding.Explanation;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.message.Arg;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.MessageKey;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.waiver.Waiver;
import dev.rubric.core.waiver.WaiverEffect;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Walks the plan's node tree for one unit: decides each node's applicability, runs a leaf's rule or
 * sums a parent's children, and records what decided it (an {@link Explanation} of messages with
 * the deciding values, worded only when read). Channel totals and findings accumulate in an {@link
 * Acc}. Immutable and thread-safe; all per-evaluation state lives in the {@link Frame} and the
 * {@link Acc}.
 */
final class NodeWalker {

  private static final Explanation NOT_APPLICABLE_FULL =
      Explanation.of(Message.of(MessageKey.NOT_APPLICABLE_FULL));
  private static final Explanation NOT_APPLICABLE_EXCLUDED =
      Explanation.of(Message.of(MessageKey.NOT_APPLICABLE_EXCLUDED));
  private static final Explanation NO_EVIDENCE = Explanation.of(Message.of(MessageKey.NO_EVIDENCE));

  private final EvidenceBinder binder;

  NodeWalker(EvidenceBinder binder) {
    this.binder = binder;
  }

  /** Accumulates channel totals and findings over one evaluation. */
  static final class Acc {
    final Set<Channel> channels = EnumSet.noneOf(Channel.class);
    final Set<Channel> dropped = EnumSet.noneOf(Channel.class);
    final Map<Channel, Num> earned = new EnumMap<>(Channel.class);
    final Map<Channel, Num> applicable = new EnumMap<>(Channel.class);
    final List<Finding> findings = new ArrayList<>();

    /** The codes of the nodes whose points a waiver decided, in walk (catalog) order. */
    final Set<String> waived = new LinkedHashSet<>();
  }

  /**
   * Evaluates node {@code p} and its subtree; {@code inheritedNa} is the policy of an ancestor that
   * does not apply, or null. Records no explanation line: each node's explanation is {@linkplain
   * Explanation#deferred deferred} and replays the node on this frame when first read.
   */
  Scored node(PlanNode p, Frame f, Acc acc, @Nullable NotApplicablePolicy inheritedNa) {
    return walk(p, f, acc, inheritedNa, false);
  }

  /** Whether a node applies: the policy it falls under, or why that cannot be decided. */
  private record Applicability(
      @Nullable NotApplicablePolicy na, boolean insufficient, @Nullable EvaluationError error) {}

  private static Applicability applicability(
      PlanNode p,
      Frame f,
      @Nullable NotApplicablePolicy inheritedNa,
      @Nullable List<Explanation> why) {
    NotApplicablePolicy na = inheritedNa;
    boolean insufficient = false;
    EvaluationError error = null;
    if (na == null && p.applies != null) {
      Object a;
      try {
        a = p.applies.bool(f);
      } catch (RuntimeException e) {
        a = Values.MISSING;
        error = EvaluationError.of(e);
      }
      if (why != null) {
        why.add(Rules.explainCondition(p.applies, f, a));
      }
      if (a == Boolean.FALSE) {
        na = p.policy;
      } else if (a == Values.MISSING && error == null) {
        insufficient = true;
      }
    }
    return new Applicability(na, insufficient, error);
  }

  /**
   * Evaluates {@code p}; with {@code record}, its explanation lines are recorded as it goes (a
   * replay), otherwise they are deferred.
   */
  private Scored walk(
      PlanNode p, Frame f, Acc acc, @Nullable NotApplicablePolicy inheritedNa, boolean record) {
    f.max = p.max;
    List<Explanation> why = record ? new ArrayList<>() : null;
    // Where a node's points are decided, a waiver decides instead: a not-applicable waiver instead
    // of the applicability condition, a points waiver instead of the rule of a node that applies.
    // Under an ancestor that does not apply, a waiver changes nothing.
    Waiver waiver = inheritedNa == null ? f.waivers.get(p.node.code()) : null;
    Applicability a;
    if (waiver != null && waiver.effect() == WaiverEffect.NOT_APPLICABLE) {
      acc.waived.add(p.node.code());
      add(why, waived(waiver));
      a = new Applicability(NotApplicablePolicy.EXCLUDE_AND_RESCALE, false, null);
    } else {
      a = applicability(p, f, inheritedNa, why);
      if (waiver != null && a.na() == null) {
        acc.waived.add(p.node.code());
        return waivedPoints(p, acc, waiver);
      }
    }
    NotApplicablePolicy na = a.na();
    if (p.children.length > 0) {
      if (na == null && (a.insufficient() || a.error() != null)) {
        return undecided(p, f, acc, inheritedNa, a.error());
      }
      if (na == null) {
        // A parent's lets are visible to its children, so they are computed first.
        evaluateLets(p, f, why);
      }
      return parent(p, f, acc, na, inheritedNa);
    }
    return leaf(p, f, acc, na, a.insufficient(), a.error(), why, inheritedNa);
  }

  /**
   * Returns the explanation of {@code p}, which scored {@code earned} of {@code applicable} with
   * {@code status}: built from {@code why} when its lines were recorded, else deferred.
   */
  private Explanation explanation(
      PlanNode p,
      Frame f,
      @Nullable NotApplicablePolicy inheritedNa,
      Decimal earned,
      Decimal applicable,
      NodeStatus status,
      @Nullable List<Explanation> why,
      @Nullable Num unrounded) {
    if (why != null) {
      return Explanation.of(headline(p, earned, applicable, status), why);
    }
    return Explanation.deferred(
        () -> replay(p, f, inheritedNa, earned, applicable, status, unrounded));
  }

  /**
   * Evaluates {@code p} again on a copy of the finished evaluation's frame, recording its lines. A
   * leaf is evaluated as it was; a parent only decides its applicability and computes its lets,
   * which are its own lines (its children explain themselves).
   */
  private Explanation replay(
      PlanNode p,
      Frame finished,
      @Nullable NotApplicablePolicy inheritedNa,
      Decimal earned,
      Decimal applicable,
      NodeStatus status,
      @Nullable Num unrounded) {
    Frame f = finished.forReplay();
    if (p.children.length == 0) {
      return walk(p, f, new Acc(), inheritedNa, true).result().explanation();
    }
    f.max = p.max;
    List<Explanation> why = new ArrayList<>();
    Waiver waiver = inheritedNa == null ? f.waivers.get(p.node.code()) : null;
    Applicability a;
    if (waiver != null && waiver.effect() == WaiverEffect.NOT_APPLICABLE) {
      why.add(waived(waiver));
      a = new Applicability(NotApplicablePolicy.EXCLUDE_AND_RESCALE, false, null);
    } else {
      a = applicability(p, f, inheritedNa, why);
    }
    if (a.na() == null && (a.insufficient() || a.error() != null)) {
      why.add(undecidedReason(p));
    } else if (a.na() == null) {
      evaluateLets(p, f, why);
    }
    if (unrounded != null) {
      why.add(roundedLine(p, unrounded, Num.of(earned)));
    }
    return Explanation.of(headline(p, earned, applicable, status), why);
  }

  /**
   * Scores a leaf. While scoring ({@code why} null) it writes the leaf's findings and defers its
   * explanation; while replaying it records the explanation's lines and writes no finding.
   */
  private Scored leaf(
      PlanNode p,
      Frame f,
      Acc acc,
      @Nullable NotApplicablePolicy na,
      boolean insufficient,
      @Nullable EvaluationError applicabilityError,
      @Nullable List<Explanation> why,
      @Nullable NotApplicablePolicy inheritedNa) {
    EvaluationError error = applicabilityError;
    List<Finding> own = new ArrayList<>();
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
          add(why, NOT_APPLICABLE_FULL);
        }
        case EXCLUDE_AND_RESCALE -> {
          earned = Num.ZERO;
          applicable = Num.ZERO;
          add(why, NOT_APPLICABLE_EXCLUDED);
        }
        default -> {
          earned = Num.ZERO;
          applicable = Num.ZERO;
          if (main) {
            acc.dropped.add(channel);
          }
          if (why != null) {
            why.add(Rules.line(MessageKey.NOT_APPLICABLE_CHANNEL, Arg.text(channel.keyword())));
          }
        }
      }
    } else if (error != null) {
      earned = Num.ZERO;
      status = NodeStatus.ERROR;
      if (why == null) {
        own.add(FindingWriter.error(p, error, applicable));
      }
    } else {
      List<String> missing = new ArrayList<>();
      for (int slot : p.requiredSlots) {
        if (!EvidenceBinder.PROVIDED.equals(f.inputStatus[slot])) {
          missing.add(binder.inputKey(slot) + " (" + f.inputStatus[slot] + ")");
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
        if (why == null) {
          own.add(FindingWriter.error(p, error, applicable));
        }
      } else if (points == Values.MISSING && !main && missing.isEmpty() && !insufficient) {
        // Bonus and penalty items: no evidence of an initiative or a violation means none.
        earned = Num.ZERO;
        status = penalty ? NodeStatus.MET : NodeStatus.NOT_MET;
        add(why, NO_EVIDENCE);
      } else if (!missing.isEmpty() || insufficient || points == Values.MISSING) {
        earned = Num.ZERO;
        status = NodeStatus.INSUFFICIENT_EVIDENCE;
        if (missing.isEmpty()) {
          // No required input is missing: name every input the node reads that was not provided.
          for (String key : p.inputs) {
            int slot = binder.slot(key);
            if (!EvidenceBinder.PROVIDED.equals(f.inputStatus[slot])) {
              missing.add(key + " (" + f.inputStatus[slot] + ")");
            }
          }
        }
        if (missing.isEmpty()) {
          missing.addAll(undecidedInputs(p, f, insufficient));
        }
        if (why == null) {
          own.add(FindingWriter.missing(p, missing, unitExplanations(p, f), applicable));
        }
        if (why != null) {
          why.add(Rules.line(MessageKey.MISSING_EVIDENCE, new Arg.Items(missing, ", ")));
        }
      } else {
        Num floor = penalty ? p.max.negate() : Num.ZERO;
        Num ceiling = penalty ? Num.ZERO : p.max;
        Num raw = (Num) points;
        earned = raw.max(floor).min(ceiling);
        if (why != null && !earned.equals(raw)) {
          why.add(
              Rules.line(
                  MessageKey.LIMITED, floor.arg(false), ceiling.arg(false), earned.arg(false)));
        }
        Num exact = earned;
        earned = rounded(p, exact);
        if (why != null && earned.compareTo(exact) != 0) {
          why.add(roundedLine(p, exact, earned));
        }
        status = FindingWriter.statusOf(earned, applicable, penalty);
      }
    }
    for (int i = 0; why != null && i < p.inputs.length; i++) {
      int slot = binder.slot(p.inputs[i]);
      String text = f.inputExplanation[slot];
      if (text != null && !EvidenceBinder.PROVIDED.equals(f.inputStatus[slot])) {
        why.add(Rules.line(MessageKey.UNIT_EXPLANATION, Arg.text(p.inputs[i]), Arg.text(text)));
      }
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
            explanation(p, f, inheritedNa, earnedD, applicableD, status, why, null),
            List.of());
    Scored scored = new Scored(result, earned, applicable);
    if (why == null
        && na == null
        && status != NodeStatus.ERROR
        && status != NodeStatus.INSUFFICIENT_EVIDENCE) {
      FindingWriter.scored(p, f, scored, own);
    }
    acc.findings.addAll(own);
    if (main) {
      acc.earned.merge(channel, earned, Num::plus);
      acc.applicable.merge(channel, applicable, Num::plus);
    }
    return scored;
  }

  /**
   * Computes a node's lets into the frame and, when {@code why} is not null, explains each; a
   * failure is kept until read.
   */
  private static void evaluateLets(PlanNode p, Frame f, @Nullable List<Explanation> why) {
    for (int i = 0; i < p.lets.length; i++) {
      Object v;
      try {
        v = p.lets[i].eval(f);
      } catch (RuntimeException e) {
        // Evaluated eagerly for the explanation; the error counts only if a rule reads it.
        v = new Values.Failed(EvaluationError.of(e));
      }
      f.lets[p.letSlots[i]] = v;
      if (why == null) {
        continue;
      }
      boolean pct = p.lets[i].percent || v instanceof Values.Ratio;
      Arg value = Values.arg(v, pct);
      Code let = p.lets[i];
      // a name for a number reads "muc_tieu = 60%", not "muc_tieu = 60% = 60%"
      why.add(
          let.src.equals(p.letNames[i]) || let instanceof Code.Const
              ? Rules.line(MessageKey.VALUE, Arg.text(p.letNames[i]), value)
              : Rules.line(MessageKey.DEFINED_VALUE, Arg.text(p.letNames[i]), let.source, value));
    }
  }

  /**
   * A parent whose applicability cannot be decided (missing data, or an error): no point of its
   * subtree can be counted, and one finding on the parent says why.
   */
  private Scored undecided(
      PlanNode p,
      Frame f,
      Acc acc,
      @Nullable NotApplicablePolicy inheritedNa,
      @Nullable EvaluationError error) {
    NodeStatus status = error == null ? NodeStatus.INSUFFICIENT_EVIDENCE : NodeStatus.ERROR;
    Explanation reason = undecidedReason(p);
    List<Scored> children = new ArrayList<>();
    for (PlanNode c : p.children) {
      children.add(undecidedTree(c, acc, status, reason));
    }
    Scored r =
        undecidedResult(
            p,
            status,
            explanation(p, f, inheritedNa, Decimal.ZERO, p.node.max(), status, null, null),
            children);
    acc.findings.add(
        error == null
            ? FindingWriter.missing(p, List.of(p.appliesSrc() + " (missing)"), List.of(), p.max)
            : FindingWriter.error(p, error, p.max));
    return r;
  }

  private static Explanation undecidedReason(PlanNode p) {
    return Rules.line(MessageKey.APPLICABILITY_UNDECIDED, p.codeArg);
  }

  /** A node below a parent whose applicability cannot be decided. */
  private static Scored undecidedTree(PlanNode p, Acc acc, NodeStatus status, Explanation reason) {
    List<Scored> children = new ArrayList<>();
    for (PlanNode c : p.children) {
      children.add(undecidedTree(c, acc, status, reason));
    }
    if (p.children.length == 0 && p.block == NodeKind.AREA) {
      Channel channel = p.node.channel();
      acc.channels.add(channel);
      acc.earned.merge(channel, Num.ZERO, Num::plus);
      acc.applicable.merge(channel, p.max, Num::plus);
    }
    Explanation explanation =
        Explanation.of(headline(p, Decimal.ZERO, p.node.max(), status), List.of(reason));
    return undecidedResult(p, status, explanation, children);
  }

  /** No points out of the node's whole maximum, with {@code status}, for an undecided subtree. */
  private static Scored undecidedResult(
      PlanNode p, NodeStatus status, Explanation explanation, List<Scored> children) {
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
            children.stream().map(Scored::result).toList());
    return new Scored(r, Num.ZERO, p.max, children);
  }

  private Scored parent(
      PlanNode p,
      Frame f,
      Acc acc,
      @Nullable NotApplicablePolicy na,
      @Nullable NotApplicablePolicy inheritedNa) {
    Scored[] children = new Scored[p.children.length];
    NodeResult[] results = new NodeResult[p.children.length];
    for (int i = 0; i < children.length; i++) {
      children[i] = walk(p.children[i], f, acc, na, false);
      results[i] = children[i].result();
    }
    f.max = p.max;
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
    boolean anyDecided = false; // a child that applies and was scored from its evidence
    boolean anyError = false;
    for (Scored c : children) {
      earnedSum = earnedSum.add(c.result().earned().toBigDecimal());
      applicableSum = applicableSum.add(c.result().applicableMax().toBigDecimal());
      earned = earned.plus(c.earned());
      applicable = applicable.plus(c.applicable());
      NodeStatus s = c.result().status();
      allNa &= s == NodeStatus.NOT_APPLICABLE;
      anyError |= s == NodeStatus.ERROR;
      anyDecided |=
          s != NodeStatus.NOT_APPLICABLE
              && s != NodeStatus.ERROR
              && s != NodeStatus.INSUFFICIENT_EVIDENCE;
    }
    Num exact = earned;
    earned = rounded(p, exact);
    Num unrounded = null;
    Decimal earnedD = Decimal.of(earnedSum);
    if (p.node.rounding().isPresent() && earned.compareTo(exact) != 0) {
      // The rounded points are what the parent adds up, and what the node shows; the channel
      // total, summed over leaves, takes the difference in the node's own channel.
      unrounded = exact;
      earnedD = earned.toDecimal();
      if (p.block == NodeKind.AREA) {
        acc.earned.merge(p.node.channel(), earned.minus(exact), Num::plus);
      }
    }
    Decimal applicableD = Decimal.of(applicableSum);
    boolean penalty = p.block == NodeKind.PENALTY;
    // A parent none of whose applicable children could be scored says why (missing evidence, an
    // error), not "not met".
    NodeStatus status =
        allNa
            ? NodeStatus.NOT_APPLICABLE
            : anyDecided
                ? FindingWriter.statusOf(earned, applicable, penalty)
                : anyError ? NodeStatus.ERROR : NodeStatus.INSUFFICIENT_EVIDENCE;
    NodeResult result =
        new NodeResult(
            p.node.code(),
            p.node.title(),
            p.node.channel(),
            earnedD,
            p.node.max(),
            applicableD,
            status,
            explanation(p, f, inheritedNa, earnedD, applicableD, status, null, unrounded),
            Arrays.asList(results));
    Scored scored = new Scored(result, earned, applicable, Arrays.asList(children));
    if (!allNa && p.findings.length > 0) {
      FindingWriter.scored(p, f, scored, acc.findings);
    }
    return scored;
  }

  /** Returns {@code points} rounded as the node's {@code round} says, or as they are. */
  private static Num rounded(PlanNode p, Num points) {
    if (p.node.rounding().isEmpty()) {
      return points;
    }
    return Num.of(points.round(p.node.rounding().get().decimals(), p.node.rounding().get().mode()));
  }

  private static Explanation roundedLine(PlanNode p, Num exact, Num points) {
    Rounding r = p.node.rounding().orElse(Rounding.DEFAULT);
    return Rules.line(
        MessageKey.ROUNDED,
        exact.arg(false),
        Arg.text(Integer.toString(r.decimals())),
        Arg.text(Rounding.keyword(r.mode())),
        points.arg(false));
  }

  /**
   * Scores a leaf that applies (or whose applicability could not be decided) as a full- or
   * fixed-points waiver says, whatever its evidence: its rule is not evaluated and it writes no
   * finding of its own (the scorecard's waiver finding lists it). Its applicable maximum stays its
   * maximum, so a full-points waiver never lowers the index. The waiver was checked against the
   * catalog before the evaluation: the node is a leaf and the points lie within its range.
   */
  private static Scored waivedPoints(PlanNode p, Acc acc, Waiver waiver) {
    boolean penalty = p.block == NodeKind.PENALTY;
    Num earned =
        waiver.effect() == WaiverEffect.FULL_POINTS
            ? (penalty ? Num.ZERO : p.max)
            : Num.of(waiver.points().orElseThrow());
    Num applicable = p.max;
    NodeStatus status = FindingWriter.statusOf(earned, applicable, penalty);
    Decimal earnedD = earned.toDecimal();
    Decimal applicableD = applicable.toDecimal();
    Channel channel = p.node.channel();
    NodeResult result =
        new NodeResult(
            p.node.code(),
            p.node.title(),
            channel,
            earnedD,
            p.node.max(),
            applicableD,
            status,
            Explanation.of(headline(p, earnedD, applicableD, status), List.of(waived(waiver))),
            List.of());
    if (p.block == NodeKind.AREA) {
      acc.channels.add(channel);
      acc.earned.merge(channel, earned, Num::plus);
      acc.applicable.merge(channel, applicable, Num::plus);
    }
    return new Scored(result, earned, applicable);
  }

  /** The explanation line of a waived node: the waiver's effect, decision, approver and reason. */
  private static Explanation waived(Waiver w) {
    Arg decision = Arg.text(w.decision());
    Arg approver = Arg.text(w.approver());
    Arg reason = Arg.text(w.reason());
    switch (w.effect()) {
      case NOT_APPLICABLE:
        return Rules.line(MessageKey.WAIVED_NOT_APPLICABLE, decision, approver, reason);
      case FULL_POINTS:
        return Rules.line(MessageKey.WAIVED_FULL_POINTS, decision, approver, reason);
      case FIXED_POINTS:
      default:
        return Rules.line(
            MessageKey.WAIVED_FIXED_POINTS,
            new Arg.Points(w.points().orElseThrow()),
            decision,
            approver,
            reason);
    }
  }

  private static void add(@Nullable List<Explanation> why, Explanation line) {
    if (why != null) {
      why.add(line);
    }
  }

  private static Message headline(
      PlanNode p, Decimal earned, Decimal applicable, NodeStatus status) {
    return Message.of(
        MessageKey.HEADLINE,
        p.codeArg,
        p.titleArg,
        new Arg.Points(earned),
        new Arg.Points(applicable),
        new Arg.Status(status, p.node.kind()));
  }

  /**
   * Names what left a node without points when every input it reads was provided: a document
   * without an issue date, an applicability condition that could not be decided, or missing unit
   * attributes.
   */
  private List<String> undecidedInputs(PlanNode p, Frame f, boolean applicability) {
    List<String> out = new ArrayList<>();
    for (String key : p.inputs) {
      Object v = f.inputs[binder.slot(key)];
      if (v instanceof Values.Doc doc && doc.issued() == null) {
        out.add(key + ".issued (missing)");
      }
    }
    if (applicability) {
      out.add(p.appliesSrc() + " (missing)");
    }
    if (out.isEmpty()) {
      for (int i = 0; i < binder.attributeCount(); i++) {
        if (f.attributes[i] == Values.MISSING) {
          out.add("unit." + binder.attributeKey(i) + " (missing)");
        }
      }
    }
    return out;
  }

  /** Returns the unit's explanations of the inputs {@code p} reads that were not provided. */
  private List<String> unitExplanations(PlanNode p, Frame f) {
    List<String> out = new ArrayList<>();
    for (String key : p.inputs) {
      int slot = binder.slot(key);
      if (f.inputExplanation[slot] != null
          && !EvidenceBinder.PROVIDED.equals(f.inputStatus[slot])) {
        out.add(key + ": " + f.inputExplanation[slot]);
      }
    }
    return out;
  }
}
