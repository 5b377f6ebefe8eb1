package dev.rubric.dsl;

import dev.rubric.core.Decimal;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.diagnostic.Suggestions;
import dev.rubric.core.internal.Text;
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
                "unit '"
                    + w.unitCode()
                    + "' is not among the units evaluated ("
                    + String.join(", ", unitCodes)
                    + ")"
                    + Suggestions.didYouMean(w.unitCode(), unitCodes)
                        .map(h -> "; " + h)
                        .orElse("")));
      }
      Node node = nodes.get(w.criterionCode());
      if (node == null) {
        problems.add(
            problem(
                w,
                "criterion",
                DiagnosticCode.WAIVER_UNKNOWN_CRITERION,
                "unknown criterion '"
                    + w.criterionCode()
                    + "' in catalog '"
                    + catalog.id()
                    + "' "
                    + catalog.version()
                    + Suggestions.didYouMean(w.criterionCode(), nodes.keySet())
                        .map(h -> "; " + h)
                        .orElse("")));
        continue;
      }
      if (w.effect() != WaiverEffect.NOT_APPLICABLE && node.isParent()) {
        problems.add(
            problem(
                w,
                "effect",
                DiagnosticCode.WAIVER_POINTS_ON_PARENT,
                "effect '"
                    + w.effect().code()
                    + "' scores a criterion without sub-criteria but '"
                    + node.code()
                    + "' has "
                    + node.children().size()
                    + "; waive its sub-criteria one by one, or the whole node with"
                    + " 'not_applicable'"));
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
                  "expected points from "
                      + low
                      + " to "
                      + high
                      + " ("
                      + (penalty ? "the penalty item" : "the maximum of")
                      + " '"
                      + node.code()
                      + "') but found "
                      + points));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidWaiversException(problems);
    }
  }

  private static InvalidWaiversException.Problem problem(
      Waiver w, String field, DiagnosticCode code, String detail) {
    String where =
        w.location()
            .map(
                l ->
                    l.source()
                        + ":"
                        + l.line()
                        + ":"
                        + l.column()
                        + ": error: "
                        + l.path()
                        + "."
                        + field)
            .orElse(w.unitCode() + "/" + w.criterionCode() + ": error: " + field);
    return new InvalidWaiversException.Problem(
        code, where + ": " + detail + " [" + code.code() + "]");
  }
}
