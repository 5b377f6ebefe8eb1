package dev.rubric.dsl.internal.eval;

import dev.rubric.core.Decimal;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.message.Arg;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.MessageKey;
import dev.rubric.core.result.NodeStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the findings of an evaluation: a node that fell short (the catalog's finding templates, or
 * the default "x of y points"), evidence missing, an evaluation error (RB5xx) and data-quality
 * problems (RB6xx). Messages keep their values as typed arguments and are worded when read; the
 * display-ready {@link Finding#arguments()} are the values as they read in English, with {@code
 * earned} and {@code applicable_max} as exact decimals.
 */
final class FindingWriter {
  private static final Logger log = LoggerFactory.getLogger(FindingWriter.class);

  private FindingWriter() {}

  /**
   * Adds the findings of a node that was scored. Whether it fell short, and how badly, is decided
   * on its exact points; messages and points lost show its reported points.
   */
  static void scored(PlanNode p, Frame f, Scored s, List<Finding> out) {
    boolean penalty = p.block == dev.rubric.core.catalog.NodeKind.PENALTY;
    boolean below = penalty ? s.earned().signum() < 0 : s.earned().compareTo(s.applicable()) < 0;
    FindingKind kind =
        penalty || s.earned().signum() <= 0 ? FindingKind.NOT_MET : FindingKind.PARTIAL;
    Decimal earned = s.result().earned();
    Decimal applicable = s.result().applicableMax();
    Decimal lost = penalty ? earned.negate() : applicable.minus(earned).max(Decimal.ZERO);
    if (p.findings.length == 0) {
      // A bonus is optional: falling short of it is not a finding unless the catalog says so.
      if (below && !p.node.silent() && p.block != dev.rubric.core.catalog.NodeKind.BONUS) {
        out.add(shortfall(p, earned, applicable, penalty, kind, lost));
      }
      return;
    }
    templates(p, f, earned, applicable, below, kind, lost, out);
  }

  /** The finding of a node that fell short and has no finding templates. */
  private static Finding shortfall(
      PlanNode p,
      Decimal earned,
      Decimal applicable,
      boolean penalty,
      FindingKind kind,
      Decimal lost) {
    Severity severity = kind == FindingKind.NOT_MET ? Severity.MAJOR : Severity.MINOR;
    Arg title = new Arg.Title(p.node.title());
    Message message =
        penalty
            ? Message.of(MessageKey.DEDUCTED, title, new Arg.Points(earned.negate()))
            : Message.of(
                MessageKey.SHORTFALL, title, new Arg.Points(earned), new Arg.Points(applicable));
    return node(
        p, kind, severity, "finding." + kind.code(), message, Map.of(), earned, applicable, lost);
  }

  private static void templates(
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
      Map<String, Arg> args = new LinkedHashMap<>();
      Map<String, String> shown = new LinkedHashMap<>();
      for (PlanNode.Slot slot : t.slots()) {
        Arg a;
        if (slot.code() != null) {
          Code c = slot.code();
          Object v;
          try {
            v = c.eval(f);
          } catch (RuntimeException e) {
            v = Values.MISSING;
          }
          boolean pct = c.percent || v instanceof Values.Ratio;
          Object value =
              v instanceof Values.Ratio r && r.denominator().signum() != 0 ? r.value(c.src) : v;
          a = Values.arg(value, pct);
        } else {
          String name = slot.name();
          a =
              new Arg.Points(
                  name.equals("earned")
                      ? earned
                      : name.equals("max") ? f.max.toDecimal() : applicable);
        }
        args.put(slot.name(), a);
        shown.put(slot.name(), a.in(dev.rubric.core.Language.EN));
      }
      String key = "catalog." + p.node.code() + "." + (i + 1);
      out.add(
          node(
              p,
              kind,
              t.severity(),
              key,
              new Message.Template(key, t.message(), args),
              shown,
              earned,
              applicable,
              lost));
    }
  }

  private static Finding node(
      PlanNode p,
      FindingKind kind,
      Severity severity,
      String key,
      Message message,
      Map<String, String> shown,
      Decimal earned,
      Decimal applicable,
      Decimal lost) {
    // A template may itself show {earned} or {applicable_max}; the argument map takes each key
    // once, in its exact form.
    Map<String, String> arguments = new LinkedHashMap<>(shown);
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

  /** The finding of a node left without points for lack of evidence. */
  static Finding missing(
      PlanNode p, List<String> missing, List<String> explanations, Num applicable) {
    Arg title = new Arg.Title(p.node.title());
    Arg inputs = new Arg.Items(missing, ", ");
    Message message =
        explanations.isEmpty()
            ? Message.of(MessageKey.FINDING_MISSING_EVIDENCE, title, inputs)
            : Message.of(
                MessageKey.FINDING_MISSING_EVIDENCE_EXPLAINED,
                title,
                inputs,
                new Arg.Items(explanations, "; "));
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

  /**
   * The finding of a node whose evaluation failed. A defect of Rubric (RB505) is also logged, once,
   * at WARN with its stack trace.
   */
  static Finding error(PlanNode p, EvaluationError e, Num applicable) {
    e.logDefectOnce(log, p.node.code());
    DiagnosticCode code = e.code();
    FindingKind kind =
        code == DiagnosticCode.COHORT_NEEDED
            ? FindingKind.NEEDS_COHORT
            : FindingKind.EVALUATION_ERROR;
    return Finding.builder()
        .code(Finding.codeFor(p.node.code(), kind))
        .severity(code.findingSeverity())
        .kind(kind)
        .criterionCode(p.node.code())
        .messageKey("eval." + code.code())
        .putArguments("code", code.code())
        .message(
            Message.of(
                MessageKey.EVALUATION_FAILED, new Arg.Nested(e.reason()), Arg.text(code.code())))
        .addEvidence(p.inputs)
        .pointsLost(applicable.toDecimal())
        .build();
  }

  /**
   * Returns a data-quality finding with {@code code} about the item at {@code path}: {@code key}
   * with {@code args} followed by the path and the code, which its message cites.
   */
  static Finding data(DiagnosticCode code, String path, MessageKey key, Arg... args) {
    Arg[] all = Arrays.copyOf(args, args.length + 2);
    all[args.length] = Arg.text(path);
    all[args.length + 1] = Arg.text(code.code());
    return data(code, path, Message.of(key, all));
  }

  /**
   * Returns the finding that nothing the index formula scores applies to the unit, so its index is
   * the formula's empty-set value {@code index}.
   */
  static Finding nothingApplies(Num index) {
    DiagnosticCode code = DiagnosticCode.NOTHING_APPLIES;
    if (index.signum() == 0) {
      return data(code, "$", Message.of(MessageKey.NOTHING_APPLIES, Arg.text(code.code())));
    }
    return data(
        code,
        "$",
        Message.of(MessageKey.NOTHING_APPLIES_VALUE, index.arg(false), Arg.text(code.code())));
  }

  private static Finding data(DiagnosticCode code, String path, Message message) {
    return Finding.builder()
        .code(code.code())
        .severity(code.findingSeverity())
        .kind(FindingKind.DATA_QUALITY)
        .messageKey("data." + code.code())
        .putArguments("path", path)
        .message(message)
        .pointsLost(Decimal.ZERO)
        .build();
  }

  /** Gives repeated finding codes a {@code #2}, {@code #3} suffix so that every code is unique. */
  static List<Finding> uniqueCodes(List<Finding> findings) {
    Map<String, Integer> seen = new HashMap<>();
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      int n = seen.merge(f.code(), 1, Integer::sum);
      out.add(n == 1 ? f : Finding.builder().from(f).code(f.code() + "#" + n).build());
    }
    return out;
  }

  /** Returns the status of points {@code earned} out of {@code applicable}. */
  static NodeStatus statusOf(Num earned, Num applicable, boolean penalty) {
    if (penalty) {
      return earned.signum() == 0 ? NodeStatus.MET : NodeStatus.NOT_MET;
    }
    if (earned.compareTo(applicable) >= 0) {
      return NodeStatus.MET;
    }
    return earned.signum() <= 0 ? NodeStatus.NOT_MET : NodeStatus.PARTIAL;
  }
}
