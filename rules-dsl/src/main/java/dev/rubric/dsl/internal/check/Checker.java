package dev.rubric.dsl.internal.check;

import dev.rubric.core.Decimal;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.FindingTemplate;
import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.catalog.Rule;
import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.dsl.internal.syntax.Site;
import dev.rubric.dsl.internal.syntax.Site.Part;
import dev.rubric.dsl.internal.syntax.Spans;
import dev.rubric.dsl.internal.syntax.Syntax;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks a parsed or builder-made catalog and, when there is no error, lowers it to a core {@link
 * Catalog} and a {@link Resolution} the compiler uses. One instance checks one catalog; not
 * thread-safe.
 *
 * <p>The checker walks the catalog once, in source order, and hands each part to the pass that
 * checks it; the passes share a {@link Context} (diagnostics, declared inputs and attributes, the
 * resolution) and nothing else:
 *
 * <ul>
 *   <li>{@link Names}: declarations and name resolution;
 *   <li>{@link Types} and {@link RuleTypes}: type inference for expressions and rules;
 *   <li>{@link TierOrder}: unreachable and overlapping tiers;
 *   <li>{@link Ranges}: interval analysis, rules that can exceed their max or go below their floor;
 *   <li>{@link Lints}: structural checks (header, node shape, sums, index, bands, unused inputs);
 *   <li>{@link ZeroGuards}: ratios used as numbers without a 0/0 guard, once nothing else failed;
 *   <li>{@link Lowering}: the core catalog, after all of the above found no error.
 * </ul>
 *
 * <p>Walking once keeps the diagnostics in the order of the tree, which is the order builder-made
 * catalogs (whose diagnostics have no position) report them in.
 */
public final class Checker {

  /** The outcome of checking: the catalog and its resolution when there were no errors. */
  public record Result(
      Optional<Catalog> catalog, Resolution resolution, List<Diagnostic> diagnostics) {}

  private final Context cx;
  private final Names names;
  private final Types types;
  private final RuleTypes rules;
  private final Ranges ranges;
  private final Lints lints;

  /** The codes of the nodes checked so far, across all blocks. */
  private final Set<String> codes = new HashSet<>();

  private Checker(Spans spans) {
    this.cx = new Context(spans);
    this.names = new Names(cx);
    this.types = new Types(cx, names);
    this.rules = new RuleTypes(cx, types, new TierOrder(cx));
    this.ranges = new Ranges(cx);
    this.lints = new Lints(cx);
  }

  /** Checks {@code syntax}; positions come from {@code spans}. */
  public static Result check(Syntax.Catalog syntax, Spans spans) {
    return new Checker(spans).run(syntax);
  }

  private Result run(Syntax.Catalog s) {
    cx.report.path("catalog " + s.id().value());
    lints.header(s);
    names.declareInputs(s.inputs(), cx.inputs);
    names.declareInputs(s.attributes(), cx.attributes);
    // Catalog-wide lets have no node, so no 'max'.
    Scope scope = Scope.catalog();
    for (int i = 0; i < s.lets().size(); i++) {
      let(s.lets().get(i), Site.CATALOG.at(Part.LET, i), scope);
    }
    block(s.nodes(), Part.AREA, NodeKind.AREA, scope);
    block(s.bonus(), Part.BONUS, NodeKind.BONUS, scope);
    block(s.penalties(), Part.PENALTY, NodeKind.PENALTY, scope);
    boolean indexOk = lints.checkIndex(s);
    lints.checkBands(s.bands());
    lints.checkUnused(s);
    lints.checkAwarded();
    if (cx.report.errorCount() == 0) {
      new ZeroGuards(cx).check(s);
    }

    Optional<Catalog> catalog =
        cx.report.errorCount() == 0 && indexOk ? new Lowering(cx).catalog(s) : Optional.empty();
    return new Result(catalog, cx.resolution, cx.report.diagnostics());
  }

  /**
   * Declares a let in {@code scope} after checking its name and value; returns whether it was
   * declared.
   */
  private boolean let(Syntax.Let l, Site at, Scope scope) {
    if (!names.isValidLetName(l)) {
      return false;
    }
    Type type = types.type(l.value(), at, scope);
    Interval interval = ranges.interval(l.value(), at, scope.max());
    if (!names.isFreeLetName(l, scope)) {
      return false;
    }
    int slot = cx.resolution.newLet();
    ranges.declareLet(slot, interval);
    scope.declare(l.name().value(), new Scope.Let(slot, type));
    return true;
  }

  /** Checks the top-level nodes of one block: areas, bonus items or penalty items. */
  private void block(List<Syntax.Node> nodes, Part part, NodeKind block, Scope scope) {
    for (int i = 0; i < nodes.size(); i++) {
      node(nodes.get(i), Site.CATALOG.at(part, i), scope, block);
    }
  }

  /**
   * Checks node {@code n}, which stands at {@code at}, and its sub-criteria. Returns its max (the
   * declared one, or the sum of its children's) when nothing in the node failed, else empty; a
   * parent's sum is only checked when all its children passed.
   */
  private Optional<Decimal> node(Syntax.Node n, Site at, Scope outer, NodeKind block) {
    if (!lints.hasValidCode(n)) {
      return Optional.empty();
    }
    String outerPath =
        cx.report.path(cx.report.path() + " > " + n.kind().keyword() + " " + n.code().value());
    try {
      boolean ok = lints.checkShape(n, at, codes);
      // A negative max is reported by checkShape; the rest of the node is checked with its
      // magnitude.
      @Nullable Decimal declaredMax =
          n.max().map(m -> m.value().signum() < 0 ? m.value().negate() : m.value()).orElse(null);
      Decimal max = declaredMax == null ? Decimal.ZERO : declaredMax;
      Scope scope = outer.node(max);
      n.applicability()
          .ifPresent(
              a ->
                  types.expect(
                      a.condition(),
                      at.at(Part.APPLIES_WHEN),
                      Type.BOOL,
                      scope,
                      Words.say("check.role.applies-when")));
      for (int i = 0; i < n.lets().size(); i++) {
        ok &= let(n.lets().get(i), at.at(Part.LET, i), scope);
      }
      if (n.rule().isPresent()) {
        ok &= rule(n, n.rule().get(), at.at(Part.RULE), scope, declaredMax, block);
      }
      for (int i = 0; i < n.findings().size(); i++) {
        FindingTemplate f = n.findings().get(i);
        Site finding = at.at(Part.FINDING, i);
        f.condition()
            .ifPresent(
                c ->
                    types.expect(
                        c,
                        finding.at(Part.WHEN),
                        Type.BOOL,
                        scope,
                        Words.say("check.role.finding-condition")));
        names.checkPlaceholders(f, finding, scope, n);
      }
      Decimal sum = Decimal.ZERO;
      for (int i = 0; i < n.children().size(); i++) {
        Optional<Decimal> child = node(n.children().get(i), at.at(Part.CRITERION, i), scope, block);
        ok &= child.isPresent();
        sum = sum.plus(child.orElse(Decimal.ZERO));
      }
      if (ok && !n.children().isEmpty()) {
        if (declaredMax == null) {
          max = sum;
        } else {
          ok = lints.checkChildrenSum(n, declaredMax, sum);
        }
      }
      return ok ? Optional.of(max) : Optional.empty();
    } finally {
      cx.report.path(outerPath);
    }
  }

  /**
   * Checks the rule of node {@code n} in {@code scope}; returns false if it can leave the node's
   * bounds, which are only computed when the node declares a max.
   */
  private boolean rule(
      Syntax.Node n,
      Rule rule,
      Site at,
      Scope scope,
      @Nullable Decimal declaredMax,
      NodeKind block) {
    long errorsBefore = cx.report.errorCount();
    int errorTypesBefore = types.errorTypes();
    rules.check(rule, at, scope);
    // Bounds of a rule that reads a value already reported (an unknown name, a type error), or of a
    // node without a max, would only restate that mistake: one mistake, one diagnostic.
    if (declaredMax == null
        || cx.report.errorCount() != errorsBefore
        || types.errorTypes() != errorTypesBefore) {
      return true;
    }
    return ranges.checkBounds(rule, at, n, declaredMax, block);
  }
}
