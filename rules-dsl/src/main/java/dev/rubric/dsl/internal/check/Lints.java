package dev.rubric.dsl.internal.check;

import dev.rubric.core.Decimal;
import dev.rubric.core.catalog.IndexFormula;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.catalog.Provenance;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.diagnostic.SourceSpan;
import dev.rubric.core.diagnostic.Suggestions;
import dev.rubric.core.internal.BandOrder;
import dev.rubric.core.internal.Text;
import dev.rubric.dsl.internal.syntax.Site;
import dev.rubric.dsl.internal.syntax.Syntax;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The structural checks of a catalog, which need no types: its header (RB113, RB309, RB310, RB311),
 * the shape of each node (RB128, RB205, RB307, RB313, RB314, RB315), the index weights (RB203,
 * RB209, RB301), the bands (RB308) and declarations nothing reads (RB202, a warning).
 */
final class Lints {
  private final Context cx;

  Lints(Context cx) {
    this.cx = cx;
  }

  /** Checks the catalog's version, title, applies-to and decision date. */
  void header(Syntax.Catalog s) {
    if (!Text.isSemanticVersion(s.version().value())) {
      cx.report.report(
          s.version().span(),
          DiagnosticCode.INVALID_VERSION,
          "expected a semantic version such as '2022.1.0' but found '" + s.version().value() + "'");
    }
    if (s.title().isEmpty()) {
      cx.report.report(
          s.id().span(),
          DiagnosticCode.NO_TITLE,
          "catalog '" + s.id().value() + "' has no title",
          "add a line such as: title \"Bộ tiêu chí …\" en \"… criteria\"");
    }
    if (s.appliesTo().isEmpty()) {
      cx.report.report(
          s.id().span(),
          DiagnosticCode.APPLIES_TO_NOTHING,
          "catalog '" + s.id().value() + "' applies to no unit level or kind",
          "add a line such as: applies-to commune");
    }
    s.decisionDate()
        .ifPresent(
            d -> {
              if (d.isBefore(Provenance.EARLIEST) || d.isAfter(Provenance.LATEST)) {
                cx.report.report(
                    cx.report
                        .spanOf(Site.CATALOG.at(Site.Part.DECISION_DATE))
                        .or(() -> s.id().span()),
                    DiagnosticCode.DECISION_DATE_OUT_OF_RANGE,
                    "expected a decision date from 1900-01-01 to 2199-12-31 but found " + d);
              }
            });
  }

  /** Returns whether the node's code is usable: not blank, no surrounding spaces (RB128). */
  boolean hasValidCode(Syntax.Node n) {
    String code = n.code().value();
    if (code.isBlank() || !code.strip().equals(code)) {
      cx.report.report(
          n.code().span(),
          DiagnosticCode.EMPTY_OR_PADDED_STRING,
          "expected a code such as \"1.2\" without surrounding spaces but found '" + code + "'");
      return false;
    }
    return true;
  }

  /**
   * Checks that the node's code is new to {@code codes} (which it joins), its max is not negative
   * and it has a rule with a max or sub-criteria, not both; returns whether all holds.
   */
  boolean checkShape(Syntax.Node n, Site at, Set<String> codes) {
    String code = n.code().value();
    boolean ok = true;
    if (!codes.add(code)) {
      cx.report.report(
          n.code().span(),
          DiagnosticCode.DUPLICATE_CODE,
          "duplicate code '" + code + "'",
          "each area and criterion needs its own code");
      ok = false;
    }
    if (n.max().isPresent() && n.max().get().value().signum() < 0) {
      cx.report.report(
          n.max().get().span(),
          DiagnosticCode.NEGATIVE_MAX,
          "expected a non-negative max but found " + n.max().get().value(),
          n.kind() == NodeKind.PENALTY
              ? "a penalty's max is the largest deduction, written as a positive number"
              : "");
      ok = false;
    }
    if (n.rule().isEmpty() && n.children().isEmpty()) {
      cx.report.report(
          n.code().span(),
          DiagnosticCode.RULE_OR_CHILDREN,
          n.kind().keyword() + " '" + code + "' has neither a rule nor sub-criteria",
          "add a rule such as 'score 1 when …' or nested criteria");
      ok = false;
    }
    if (n.rule().isPresent() && !n.children().isEmpty()) {
      cx.report.report(
          cx.report.spanOf(at.at(Site.Part.RULE)).or(() -> n.code().span()),
          DiagnosticCode.RULE_OR_CHILDREN,
          n.kind().keyword()
              + " '"
              + code
              + "' has both a rule and sub-criteria; a parent's points are the sum of its children",
          "move the rule into a sub-criterion");
      ok = false;
    }
    if (n.rule().isPresent() && n.max().isEmpty()) {
      cx.report.report(
          n.code().span(),
          DiagnosticCode.NO_MAX,
          n.kind().keyword() + " '" + code + "' has no max",
          "add 'max N' after the title");
      ok = false;
    }
    return ok;
  }

  /** Checks that a parent's declared max is the sum of its children's; returns whether it is. */
  boolean checkChildrenSum(Syntax.Node n, Decimal declaredMax, Decimal sum) {
    if (sum.equals(declaredMax)) {
      return true;
    }
    cx.report.report(
        n.max().orElseThrow().span(),
        DiagnosticCode.CHILDREN_SUM,
        "max of '"
            + n.code().value()
            + "' is "
            + declaredMax
            + " but its sub-criteria add up to "
            + sum,
        "make the max " + sum + " or correct the sub-criteria's max");
    return false;
  }

  /**
   * Checks the weights: those of a weighted index against the top-level nodes (RB209, RB203), each
   * weight not negative, the top-level weights with a positive total, no top-level node weighted
   * both in the index and on its own (RB318), and warns of weights that count for nothing (RB317:
   * on bonus and penalty items, or under an index that reads no weight). Returns whether they are
   * valid.
   */
  boolean checkIndex(Syntax.Catalog catalog) {
    Syntax.Index index = catalog.index();
    List<Syntax.Node> top = catalog.nodes();
    boolean readsWeights = index.weighted() || index.formula() instanceof IndexFormula.Xccdf;
    boolean ok = true;
    for (Syntax.Node n : top) {
      ok &= nodeWeights(n, readsWeights, index);
    }
    for (List<Syntax.Node> block : List.of(catalog.bonus(), catalog.penalties())) {
      for (Syntax.Node n : block) {
        ok &= nodeWeights(n, false, index);
      }
    }
    if (!index.weighted()) {
      return ok;
    }
    Set<String> codes = new HashSet<>();
    top.forEach(n -> codes.add(n.code().value()));
    Set<String> seen = new HashSet<>();
    Decimal total = Decimal.ZERO;
    for (Syntax.Weight w : index.weights()) {
      String code = w.code().value();
      if (!codes.contains(code)) {
        Set<String> unweighted = new HashSet<>(codes);
        unweighted.removeAll(seen);
        cx.report.report(
            w.code().span(),
            DiagnosticCode.WEIGHT_FOR_UNKNOWN_AREA,
            "weight names '" + code + "', which is not an area of this catalog",
            Suggestions.closest(code, unweighted).map(s -> "did you mean '" + s + "'?").orElse(""));
        ok = false;
      } else if (!seen.add(code)) {
        cx.report.report(
            w.code().span(), DiagnosticCode.DUPLICATE_NAME, "duplicate weight for '" + code + "'");
        ok = false;
      } else if (w.weight().value().signum() < 0) {
        cx.report.report(
            w.weight().span(),
            DiagnosticCode.TYPE_MISMATCH,
            "expected a non-negative weight but found " + w.weight().value());
        ok = false;
      } else {
        total = total.plus(w.weight().value());
      }
    }
    for (Syntax.Node n : top) {
      if (n.weight().isEmpty()) {
        continue;
      }
      if (seen.contains(n.code().value())) {
        cx.report.report(
            n.weight().get().span(),
            DiagnosticCode.WEIGHTED_TWICE,
            "area '"
                + n.code().value()
                + "' has a weight in the index and a weight of its own; expected one",
            "keep one of them");
        ok = false;
      } else if (n.weight().get().value().signum() >= 0) {
        total = total.plus(n.weight().get().value());
      }
    }
    if (ok && total.signum() == 0) {
      cx.report.report(
          index.span(),
          DiagnosticCode.TYPE_MISMATCH,
          "expected weights with a positive total but found " + total,
          "give the areas weights, in the index ('index weighted { \"1\": 40, … }') or on each"
              + " area ('weight 40')");
      ok = false;
    }
    return ok;
  }

  /** Checks the weights written on {@code n} and below; see {@link #checkIndex}. */
  private boolean nodeWeights(Syntax.Node n, boolean counted, Syntax.Index index) {
    boolean ok = true;
    if (n.weight().isPresent()) {
      Syntax.Num w = n.weight().get();
      if (w.value().signum() < 0) {
        cx.report.report(
            w.span(),
            DiagnosticCode.TYPE_MISMATCH,
            "expected a non-negative weight but found " + w.value());
        ok = false;
      } else if (!counted) {
        cx.report.report(
            w.span(),
            DiagnosticCode.WEIGHT_IGNORED,
            n.kind() == NodeKind.BONUS || n.kind() == NodeKind.PENALTY
                ? n.kind().keyword()
                    + " '"
                    + n.code().value()
                    + "' has a weight, which no index reads"
                : n.kind().keyword()
                    + " '"
                    + n.code().value()
                    + "' has a weight, which "
                    + describe(index.formula())
                    + " does not read",
            "weights count under 'index weighted' and 'index xccdf'");
      }
    }
    for (Syntax.Node c : n.children()) {
      ok &= nodeWeights(c, counted, index);
    }
    return ok;
  }

  private static String describe(IndexFormula f) {
    if (f instanceof IndexFormula.PointsSum) {
      return "'index sum'";
    }
    return "'index percent'";
  }

  /** Checks that the bands, highest first, are not empty and meet without gaps or overlaps. */
  void checkBands(List<Syntax.Band> bands) {
    for (int i = 0; i < bands.size(); i++) {
      Syntax.Band b = bands.get(i);
      Optional<Decimal> from = b.from().map(Syntax.Num::value);
      Optional<Decimal> to = b.to().map(Syntax.Num::value);
      String label = b.label().vi();
      if (i == 0 && BandOrder.first(to) != BandOrder.Join.FITS) {
        bandError(
            b, "the highest band '" + label + "' must be unbounded above but ends at " + to.get());
        continue;
      }
      if (from.isPresent() && to.isPresent() && BandOrder.isEmpty(from.get(), to.get())) {
        bandError(
            b,
            "band '" + label + "' is empty: from " + from.get() + " is not below to " + to.get());
        continue;
      }
      if (i == 0) {
        continue;
      }
      Syntax.Band above = bands.get(i - 1);
      String aboveLabel = above.label().vi();
      Optional<Decimal> aboveFrom = above.from().map(Syntax.Num::value);
      switch (BandOrder.below(aboveFrom, to)) {
        case AFTER_UNBOUNDED_BELOW ->
            bandError(
                b,
                "band '"
                    + label
                    + "' follows '"
                    + aboveLabel
                    + "', which already covers every lower index",
                "put the 'otherwise' band last");
        case UNBOUNDED_ABOVE ->
            bandError(b, "band '" + label + "' has no upper bound below band '" + aboveLabel + "'");
        case GAP ->
            bandError(
                b,
                "gap between band '"
                    + aboveLabel
                    + "' (from "
                    + aboveFrom.get()
                    + ") and band '"
                    + label
                    + "' (to "
                    + to.get()
                    + ")",
                "an index from " + to.get() + " up to " + aboveFrom.get() + " would have no band");
        case OVERLAP ->
            bandError(
                b,
                "overlap between band '"
                    + aboveLabel
                    + "' (from "
                    + aboveFrom.get()
                    + ") and band '"
                    + label
                    + "' (to "
                    + to.get()
                    + ")",
                "an index from "
                    + aboveFrom.get()
                    + " up to "
                    + to.get()
                    + " would be in both bands");
        default -> {}
      }
    }
  }

  private void bandError(Syntax.Band b, String message, String... hints) {
    cx.report.report(b.span(), DiagnosticCode.BAND_GAP_OR_OVERLAP, message, hints);
  }

  /** Warns about each declared input and unit attribute that nothing reads. */
  /**
   * Checks that each awarded input is read by the rule of one node and nowhere else (RB319): its
   * evidence is that node's points, checked against that node's range.
   */
  void checkAwarded() {
    Set<Site.Part> nodeParts =
        EnumSet.of(Site.Part.AREA, Site.Part.BONUS, Site.Part.PENALTY, Site.Part.CRITERION);
    for (Map.Entry<String, List<Site>> e : cx.awardedReads.entrySet()) {
      Site owner = null;
      for (Site read : e.getValue()) {
        Site step = read;
        Site node = read;
        while (node != null && !nodeParts.contains(node.part())) {
          step = node;
          node = node.parent();
        }
        if (node == null || step.part() != Site.Part.RULE) {
          cx.report.report(
              read,
              DiagnosticCode.AWARDED_INPUT_MISPLACED,
              "awarded input '"
                  + e.getKey()
                  + "' is read outside a rule; expected it only in the rule of the node it scores",
              "read it in the rule, e.g. points = " + e.getKey());
        } else if (owner == null) {
          owner = node;
        } else if (!owner.equals(node)) {
          cx.report.report(
              read,
              DiagnosticCode.AWARDED_INPUT_MISPLACED,
              "awarded input '"
                  + e.getKey()
                  + "' is already read by another node's rule; expected the points of one node",
              "declare one awarded input per node");
        }
      }
    }
  }

  void checkUnused(Syntax.Catalog s) {
    for (InputDecl in : cx.inputs.all()) {
      if (!cx.inputs.isUsed(in.key())) {
        cx.report.report(
            spanOfDeclaration(s.inputs(), in.key()),
            DiagnosticCode.UNUSED_DECLARATION,
            "input '" + in.key() + "' is declared but never used",
            "remove it, or use it in a rule");
      }
    }
    for (InputDecl in : cx.attributes.all()) {
      if (!cx.attributes.isUsed(in.key())) {
        cx.report.report(
            spanOfDeclaration(s.attributes(), in.key()),
            DiagnosticCode.UNUSED_DECLARATION,
            "unit attribute '" + in.key() + "' is declared but never used",
            "remove it, or use it as unit." + in.key());
      }
    }
  }

  private static Optional<SourceSpan> spanOfDeclaration(List<Syntax.Input> declared, String key) {
    return declared.stream()
        .filter(i -> i.key().value().equals(key))
        .findFirst()
        .flatMap(i -> i.key().span());
  }
}
