package dev.rubric.dsl.internal.syntax;

import dev.rubric.core.catalog.Band;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.IndexFormula;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.Let;
import dev.rubric.core.catalog.Node;
import java.util.List;
import java.util.Optional;

/**
 * Converts catalog values back to position-less syntax, so that they go through the same checker.
 */
public final class SyntaxOf {
  private SyntaxOf() {}

  /** Returns the syntax of {@code c}. */
  public static Syntax.Catalog catalog(Catalog c) {
    IndexFormula f = c.index();
    Syntax.Index index =
        f instanceof IndexFormula.WeightedSum weightedSum
            ? new Syntax.Index(
                new IndexFormula.WeightedSum(List.of(), weightedSum.scale(), weightedSum.empty()),
                weightedSum.weights().stream()
                    .map(w -> new Syntax.Weight(name(w.code()), num(w.weight())))
                    .toList(),
                Optional.empty())
            : new Syntax.Index(f, List.of(), Optional.empty());
    return new Syntax.Catalog(
        name(c.id()),
        name(c.version()),
        Optional.of(c.title()),
        c.provenance().issuer(),
        c.provenance().decision(),
        c.provenance().date(),
        c.appliesTo().stream().map(SyntaxOf::name).toList(),
        c.inputs().stream().map(SyntaxOf::input).toList(),
        c.attributes().stream().map(SyntaxOf::input).toList(),
        c.lets().stream().map(SyntaxOf::let).toList(),
        c.nodes().stream().map(SyntaxOf::node).toList(),
        c.bonus().stream().map(SyntaxOf::node).toList(),
        c.penalties().stream().map(SyntaxOf::node).toList(),
        index,
        c.bands().stream().map(SyntaxOf::band).toList(),
        c.rounding(),
        Optional.empty());
  }

  static Syntax.Name name(String s) {
    return new Syntax.Name(s, Optional.empty());
  }

  static Syntax.Num num(dev.rubric.core.Decimal d) {
    return new Syntax.Num(d, Optional.empty());
  }

  /** Returns the syntax of a declared input or attribute, without positions. */
  public static Syntax.Input input(InputDecl d) {
    return new Syntax.Input(
        name(d.key()),
        d.type(),
        d.label(),
        d.direction(),
        d.required(),
        d.options().stream().map(SyntaxOf::name).toList(),
        d.unit(),
        d.range()
            .map(
                r ->
                    new Syntax.Range(
                        new Syntax.Num(r.low(), Optional.empty()),
                        new Syntax.Num(r.high(), Optional.empty()),
                        Optional.empty())),
        d.awarded(),
        Optional.empty());
  }

  static Syntax.Let let(Let l) {
    return new Syntax.Let(name(l.name()), l.value());
  }

  static Syntax.Node node(Node n) {
    return new Syntax.Node(
        name(n.code()),
        n.kind(),
        n.title(),
        Optional.of(num(n.max())),
        Optional.of(n.channel()),
        n.applicability(),
        n.lets().stream().map(SyntaxOf::let).toList(),
        n.rule(),
        n.children().stream().map(SyntaxOf::node).toList(),
        n.findings(),
        n.silent(),
        n.recommendation(),
        n.weight().map(SyntaxOf::num),
        n.rounding());
  }

  static Syntax.Band band(Band b) {
    return new Syntax.Band(
        b.label(), b.from().map(SyntaxOf::num), b.to().map(SyntaxOf::num), Optional.empty());
  }
}
