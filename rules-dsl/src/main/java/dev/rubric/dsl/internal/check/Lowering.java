package dev.rubric.dsl.internal.check;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Band;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.catalog.IndexFormula;
import dev.rubric.core.catalog.Let;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.catalog.Provenance;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.dsl.internal.syntax.Syntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Lowering: turns checked syntax into the core {@link Catalog}. It runs only when checking found no
 * error, so every value fits the model; should the model still reject one, that is reported as
 * RB399 (a safety net) and no catalog is made. A parent without a declared max gets the sum of its
 * children's; a node without a channel gets its parent's, and top-level nodes {@link
 * Channel#APPRAISAL}.
 */
final class Lowering {
  private final Context cx;

  Lowering(Context cx) {
    this.cx = cx;
  }

  /** Returns the catalog of {@code s}, or empty after reporting RB399. */
  Optional<Catalog> catalog(Syntax.Catalog s) {
    List<Node> nodes = nodes(s.nodes(), Channel.APPRAISAL);
    List<Node> bonus = nodes(s.bonus(), Channel.APPRAISAL);
    List<Node> penalties = nodes(s.penalties(), Channel.APPRAISAL);
    if (nodes == null || bonus == null || penalties == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Catalog(
              s.id().value(),
              s.version().value(),
              s.title().orElse(LocalizedText.of(s.id().value())),
              new Provenance(s.issuer(), s.decision(), s.decisionDate()),
              s.appliesTo().stream().map(Syntax.Name::value).toList(),
              cx.inputs.all(),
              cx.attributes.all(),
              lets(s.lets()),
              nodes,
              bonus,
              penalties,
              index(s.index()),
              s.bands().stream()
                  .map(
                      b ->
                          new Band(
                              b.label(),
                              b.from().map(Syntax.Num::value),
                              b.to().map(Syntax.Num::value)))
                  .toList(),
              s.rounding()));
    } catch (IllegalArgumentException e) {
      cx.report.report(
          s.span(),
          DiagnosticCode.INCONSISTENT_CATALOG,
          Words.say("check.inconsistent-catalog", "reason", String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }

  private @Nullable List<Node> nodes(List<Syntax.Node> syntax, Channel inherited) {
    List<Node> out = new ArrayList<>();
    for (Syntax.Node n : syntax) {
      Node node = node(n, inherited);
      if (node == null) {
        return null;
      }
      out.add(node);
    }
    return out;
  }

  private @Nullable Node node(Syntax.Node n, Channel inherited) {
    String outerPath =
        cx.report.path(cx.report.path() + " > " + n.kind().keyword() + " " + n.code().value());
    try {
      Channel channel = n.channel().orElse(inherited);
      List<Node> children = nodes(n.children(), channel);
      if (children == null) {
        return null;
      }
      Decimal max =
          n.max()
              .map(Syntax.Num::value)
              .orElseGet(
                  () -> children.stream().map(Node::max).reduce(Decimal.ZERO, Decimal::plus));
      try {
        Node.Builder b =
            Node.builder(n.code().value())
                .kind(n.kind())
                .title(n.title())
                .max(max)
                .channel(channel)
                .silent(n.silent());
        n.applicability().ifPresent(b::applicability);
        lets(n.lets()).forEach(b::addLet);
        n.rule().ifPresent(b::rule);
        children.forEach(b::addChild);
        n.findings().forEach(b::addFinding);
        n.recommendation().ifPresent(b::recommendation);
        n.weight().map(Syntax.Num::value).ifPresent(b::weight);
        n.rounding().ifPresent(b::rounding);
        return b.build();
      } catch (IllegalArgumentException e) {
        cx.report.report(
            n.code().span(),
            DiagnosticCode.INCONSISTENT_CATALOG,
            Words.say("check.inconsistent-catalog", "reason", String.valueOf(e.getMessage())));
        return null;
      }
    } finally {
      cx.report.path(outerPath);
    }
  }

  private static List<Let> lets(List<Syntax.Let> lets) {
    return lets.stream().map(l -> new Let(l.name().value(), l.value())).toList();
  }

  private static IndexFormula index(Syntax.Index index) {
    if (!(index.formula() instanceof IndexFormula.WeightedSum weighted)) {
      return index.formula();
    }
    return new IndexFormula.WeightedSum(
        index.weights().stream()
            .map(w -> new IndexFormula.Weight(w.code().value(), w.weight().value()))
            .toList(),
        weighted.scale(),
        weighted.empty());
  }
}
