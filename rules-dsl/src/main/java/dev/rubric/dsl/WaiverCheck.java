package dev.rubric.dsl;

import dev.rubric.core.Decimal;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.diagnostic.Suggestions;
import dev.rubric.core.internal.Text;
import dev.rubric.core.message.Message;
import dev.rubric.core.waiver.Waiver;
import dev.rubric.core.waiver.WaiverEffect;
import dev.rubric.core.waiver.Waivers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks waivers against a catalog and the units evaluated (RB750–RB753) before anything is
 * evaluated, so that a wrong waiver stops the evaluation instead of being silently ignored.
 */
final class WaiverCheck {
  private WaiverCheck() {}

  /**
   * Throws if a waiver of {@code waivers} names a unit outside {@code units} or does not fit {@code
   * catalog}; every problem is reported, in waiver order.
   *
   * @throws InvalidWaiversException if any waiver is wrong
   */
  static void check(Catalog catalog, Waivers waivers, Collection<String> units) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    for (Node n : catalog.allNodes()) {
      nodes.putIfAbsent(n.code(), n);
    }
    Set<String> penalties = new HashSet<>();
    catalog.penalties().forEach(n -> n.flatten().forEach(c -> penalties.add(c.code())));
    Set<String> unitCodes = new LinkedHashSet<>();
    units.forEach(u -> unitCodes.add(Text.nfc(u)));
    List<InvalidWaiversException.Problem> problems = new ArrayList<>();
    for (Waiver w : waivers.waivers()) {
      if (!unitCodes.contains(w.unitCode())) {
        problems.add(
            problem(
                w,
                "unit",
                DiagnosticCode.WAIVER_UNKNOWN_UNIT,
                Suggestions.closest(w.unitCode(), unitCodes)
                    .map(
                        c ->
                            Words.say(
                                "dsl.waiver.unknown-unit-did-you-mean",
                                "unit",
                                w.unitCode(),
                                "units",
                                String.join(", ", unitCodes),
                                "name",
                                c))
                    .orElseGet(
                        () ->
                            Words.say(
                                "dsl.waiver.unknown-unit",
                                "unit",
                                w.unitCode(),
                                "units",
                                String.join(", ", unitCodes)))));
      }
      Node node = nodes.get(w.criterionCode());
      if (node == null) {
        problems.add(
            problem(
                w,
                "criterion",
                DiagnosticCode.WAIVER_UNKNOWN_CRITERION,
                Suggestions.closest(w.criterionCode(), nodes.keySet())
                    .map(
                        c ->
                            Words.say(
                                "dsl.waiver.unknown-criterion-did-you-mean",
                                "criterion",
                                w.criterionCode(),
                                "id",
                                catalog.id(),
                                "version",
                                catalog.version(),
                                "name",
                                c))
                    .orElseGet(
                        () ->
                            Words.say(
                                "dsl.waiver.unknown-criterion",
                                "criterion",
                                w.criterionCode(),
                                "id",
                                catalog.id(),
                                "version",
                                catalog.version()))));
        continue;
      }
      if (w.effect() != WaiverEffect.NOT_APPLICABLE && node.isParent()) {
        problems.add(
            problem(
                w,
                "effect",
                DiagnosticCode.WAIVER_POINTS_ON_PARENT,
                Words.say(
                    "dsl.waiver.points-on-parent",
                    "effect",
                    w.effect().code(),
                    "code",
                    node.code(),
                    "count",
                    node.children().size())));
        continue;
      }
      if (w.effect() == WaiverEffect.FIXED_POINTS) {
        Decimal points = w.points().orElseThrow();
        boolean penalty = penalties.contains(node.code());
        Decimal low = penalty ? node.max().negate() : Decimal.ZERO;
        Decimal high = penalty ? Decimal.ZERO : node.max();
        if (points.isLessThan(low) || points.isGreaterThan(high)) {
          problems.add(
              problem(
                  w,
                  "points",
                  DiagnosticCode.WAIVER_POINTS_OUT_OF_RANGE,
                  Words.say(
                      penalty
                          ? "dsl.waiver.penalty-points-out-of-range"
                          : "dsl.waiver.points-out-of-range",
                      "low",
                      low.toString(),
                      "high",
                      high.toString(),
                      "code",
                      node.code(),
                      "points",
                      points.toString())));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidWaiversException(problems);
    }
  }

  private static InvalidWaiversException.Problem problem(
      Waiver w, String field, DiagnosticCode code, Message detail) {
    Message line =
        w.location()
            .map(
                l ->
                    Words.say(
                        "dsl.waiver.line",
                        "source",
                        l.source(),
                        "line",
                        l.line(),
                        "column",
                        l.column(),
                        "path",
                        l.path() + "." + field,
                        "detail",
                        detail,
                        "code",
                        code.code()))
            .orElseGet(
                () ->
                    Words.say(
                        "dsl.waiver.line-unplaced",
                        "waiver",
                        w.unitCode() + "/" + w.criterionCode(),
                        "field",
                        field,
                        "detail",
                        detail,
                        "code",
                        code.code()));
    return new InvalidWaiversException.Problem(code, line);
  }
}
