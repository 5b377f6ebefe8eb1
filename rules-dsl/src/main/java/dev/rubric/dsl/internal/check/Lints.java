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
import dev.rubric.core.message.Message;
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
          Words.say("check.invalid-version", "version", s.version().value()));
    }
    if (s.title().isEmpty()) {
      cx.report.report(
          s.id().span(),
          DiagnosticCode.NO_TITLE,
          Words.say("check.no-title", "id", s.id().value()),
          Words.say("check.hint.add-title"));
    }
    if (s.appliesTo().isEmpty()) {
      cx.report.report(
          s.id().span(),
          DiagnosticCode.APPLIES_TO_NOTHING,
          Words.say("check.applies-to-nothing", "id", s.id().value()),
          Words.say("check.hint.add-applies-to"));
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
                    Words.say("check.decision-date-out-of-range", "date", d.toString()));
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
          Words.say("check.padded-code", "code", code));
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
          Words.say("check.duplicate-code", "code", code),
          Words.say("check.hint.own-code"));
      ok = false;
    }
    if (n.max().isPresent() && n.max().get().value().signum() < 0) {
      cx.report.report(
          n.max().get().span(),
          DiagnosticCode.NEGATIVE_MAX,
          Words.say("check.negative-max", "max", n.max().get().value().toString()),
          n.kind() == NodeKind.PENALTY
              ? new Message[] {Words.say("check.hint.penalty-max")}
              : new Message[0]);
      ok = false;
    }
    if (n.rule().isEmpty() && n.children().isEmpty()) {
      cx.report.report(
          n.code().span(),
          DiagnosticCode.RULE_OR_CHILDREN,
          Words.say("check.neither-rule-nor-children", "kind", Words.kind(n.kind()), "code", code),
          Words.say("check.hint.add-rule"));
      ok = false;
    }
    if (n.rule().isPresent() && !n.children().isEmpty()) {
      cx.report.report(
          cx.report.spanOf(at.at(Site.Part.RULE)).or(() -> n.code().span()),
          DiagnosticCode.RULE_OR_CHILDREN,
          Words.say("check.rule-and-children", "kind", Words.kind(n.kind()), "code", code),
          Words.say("check.hint.move-rule"));
      ok = false;
    }
    if (n.rule().isPresent() && n.max().isEmpty()) {
      cx.report.report(
          n.code().span(),
          DiagnosticCode.NO_MAX,
          Words.say("check.no-max", "kind", Words.kind(n.kind()), "code", code),
          Words.say("check.hint.add-max"));
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
        Words.say(
            "check.children-sum",
            "code",
            n.code().value(),
            "max",
            declaredMax.toString(),
            "sum",
            sum.toString()),
        Words.say("check.hint.children-sum", "sum", sum.toString()));
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
            Words.say("check.weight-for-unknown-area", "code", code),
            Suggestions.closest(code, unweighted)
                .map(s -> Words.say("check.hint.did-you-mean", "name", s))
                .stream()
                .toArray(Message[]::new));
        ok = false;
      } else if (!seen.add(code)) {
        cx.report.report(
            w.code().span(),
            DiagnosticCode.DUPLICATE_NAME,
            Words.say("check.duplicate-weight", "code", code));
        ok = false;
      } else if (w.weight().value().signum() < 0) {
        cx.report.report(
            w.weight().span(),
            DiagnosticCode.TYPE_MISMATCH,
            Words.say("check.negative-weight", "weight", w.weight().value().toString()));
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
            Words.say("check.weighted-twice", "code", n.code().value()),
            Words.say("check.hint.keep-one"));
        ok = false;
      } else if (n.weight().get().value().signum() >= 0) {
        total = total.plus(n.weight().get().value());
      }
    }
    if (ok && total.signum() == 0) {
      cx.report.report(
          index.span(),
          DiagnosticCode.TYPE_MISMATCH,
          Words.say("check.weights-total-zero", "total", total.toString()),
          Words.say("check.hint.give-weights", "index", "index weighted { \"1\": 40, … }"));
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
            Words.say("check.negative-weight", "weight", w.value().toString()));
        ok = false;
      } else if (!counted) {
        cx.report.report(
            w.span(),
            DiagnosticCode.WEIGHT_IGNORED,
            n.kind() == NodeKind.BONUS || n.kind() == NodeKind.PENALTY
                ? Words.say(
                    "check.weight-read-by-no-index",
                    "kind",
                    Words.kind(n.kind()),
                    "code",
                    n.code().value())
                : Words.say(
                    "check.weight-not-read",
                    "kind",
                    Words.kind(n.kind()),
                    "code",
                    n.code().value(),
                    "index",
                    describe(index.formula())),
            Words.say("check.hint.weights-count"));
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
            b, Words.say("check.band-highest-bounded", "label", label, "to", to.get().toString()));
        continue;
      }
      if (from.isPresent() && to.isPresent() && BandOrder.isEmpty(from.get(), to.get())) {
        bandError(
            b,
            Words.say(
                "check.band-empty",
                "label",
                label,
                "from",
                from.get().toString(),
                "to",
                to.get().toString()));
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
                Words.say("check.band-after-otherwise", "label", label, "above", aboveLabel),
                Words.say("check.hint.otherwise-last"));
        case UNBOUNDED_ABOVE ->
            bandError(
                b, Words.say("check.band-unbounded-above", "label", label, "above", aboveLabel));
        case GAP ->
            bandError(
                b,
                Words.say(
                    "check.band-gap",
                    "above",
                    aboveLabel,
                    "from",
                    aboveFrom.get().toString(),
                    "label",
                    label,
                    "to",
                    to.get().toString()),
                Words.say(
                    "check.hint.band-gap",
                    "to",
                    to.get().toString(),
                    "from",
                    aboveFrom.get().toString()));
        case OVERLAP ->
            bandError(
                b,
                Words.say(
                    "check.band-overlap",
                    "above",
                    aboveLabel,
                    "from",
                    aboveFrom.get().toString(),
                    "label",
                    label,
                    "to",
                    to.get().toString()),
                Words.say(
                    "check.hint.band-overlap",
                    "from",
                    aboveFrom.get().toString(),
                    "to",
                    to.get().toString()));
        default -> {}
      }
    }
  }

  private void bandError(Syntax.Band b, Message message, Message... hints) {
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
              Words.say("check.awarded-outside-rule", "name", e.getKey()),
              Words.say("check.hint.read-in-rule", "name", e.getKey()));
        } else if (owner == null) {
          owner = node;
        } else if (!owner.equals(node)) {
          cx.report.report(
              read,
              DiagnosticCode.AWARDED_INPUT_MISPLACED,
              Words.say("check.awarded-read-twice", "name", e.getKey()),
              Words.say("check.hint.one-awarded-per-node"));
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
            Words.say("check.unused-input", "name", in.key()),
            Words.say("check.hint.use-in-rule"));
      }
    }
    for (InputDecl in : cx.attributes.all()) {
      if (!cx.attributes.isUsed(in.key())) {
        cx.report.report(
            spanOfDeclaration(s.attributes(), in.key()),
            DiagnosticCode.UNUSED_DECLARATION,
            Words.say("check.unused-attribute", "name", in.key()),
            Words.say("check.hint.use-as-unit", "name", in.key()));
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
