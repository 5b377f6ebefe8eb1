package dev.rubric.dsl.internal.syntax;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Applicability;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.catalog.Direction;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.FindingTemplate;
import dev.rubric.core.catalog.IndexFormula;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.catalog.Rounding;
import dev.rubric.core.catalog.Rule;
import dev.rubric.core.diagnostic.SourceSpan;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The structural part of a parsed (or builder-made) catalog, before checking. Unlike the core
 * {@code Catalog}, these records accept anything the grammar accepts, including duplicate codes,
 * wrong sums and band gaps, so that the checker can report them as diagnostics. Expressions and
 * rules are the core records already; their positions are in {@link Spans}, by {@link Site}.
 *
 * <p>Spans are {@link Optional#empty()} for builder-made syntax.
 */
public final class Syntax {
  private Syntax() {}

  /** A name or code with where it was written. */
  public record Name(String value, Optional<SourceSpan> span) {}

  /** A number with where it was written. */
  public record Num(Decimal value, Optional<SourceSpan> span) {}

  /** A declared input or unit attribute. */
  public record Input(
      Name key,
      InputType type,
      LocalizedText label,
      Direction direction,
      boolean required,
      List<Name> options,
      Optional<String> unit,
      Optional<Range> range,
      boolean awarded,
      Optional<SourceSpan> awardedSpan) {}

  /** A declared range {@code low..high}, with where it was written. */
  public record Range(Num low, Num high, Optional<SourceSpan> span) {}

  /** A {@code let} binding. */
  public record Let(Name name, Expr value) {}

  /** A node of the tree. */
  public record Node(
      Name code,
      NodeKind kind,
      LocalizedText title,
      Optional<Num> max,
      Optional<Channel> channel,
      Optional<Applicability> applicability,
      List<Let> lets,
      Optional<Rule> rule,
      List<Node> children,
      List<FindingTemplate> findings,
      boolean silent,
      Optional<LocalizedText> recommendation,
      Optional<Num> weight,
      Optional<Rounding> rounding) {}

  /** A classification band, as written: from/to bounds (absent = unbounded). */
  public record Band(
      LocalizedText label, Optional<Num> from, Optional<Num> to, Optional<SourceSpan> span) {}

  /** One weight of a weighted index. */
  public record Weight(Name code, Num weight) {}

  /**
   * The index formula as written. For a weighted index, {@code formula} has no weights of its own:
   * they are in {@code weights}, with their positions, until the checker has checked them.
   */
  public record Index(IndexFormula formula, List<Weight> weights, Optional<SourceSpan> span) {

    /** The default: percent of the applicable max, clamped. */
    public static final Index DEFAULT =
        new Index(new IndexFormula.PercentOfApplicableMax(true), List.of(), Optional.empty());

    /** Returns whether the formula is a weighted sum. */
    public boolean weighted() {
      return formula instanceof IndexFormula.WeightedSum;
    }
  }

  /** A whole catalog. */
  public record Catalog(
      Name id,
      Name version,
      Optional<LocalizedText> title,
      Optional<String> issuer,
      Optional<String> decision,
      Optional<LocalDate> decisionDate,
      List<Name> appliesTo,
      List<Input> inputs,
      List<Input> attributes,
      List<Let> lets,
      List<Node> nodes,
      List<Node> bonus,
      List<Node> penalties,
      Index index,
      List<Band> bands,
      Rounding rounding,
      Optional<SourceSpan> span) {}
}
