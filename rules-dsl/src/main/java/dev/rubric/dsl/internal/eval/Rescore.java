package dev.rubric.dsl.internal.eval;

import dev.rubric.core.Decimal;
import dev.rubric.core.catalog.Band;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.catalog.NotApplicablePolicy;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Recomputes a scorecard's node points, totals and index after replacing the points of some leaves,
 * the way evaluation adds them up: a leaf's points limited to its range, a parent the sum of its
 * children, channel totals over the main tree, a channel left out of the index when a node of it
 * did not apply with {@code else renormalise}, and the catalog's {@link IndexFormulas index
 * formula} on the result. Nodes that did not apply keep their points.
 */
public final class Rescore {

  private final Catalog catalog;
  private final Map<String, Decimal> replaced;
  private final Map<String, Decimal> points = new LinkedHashMap<>();
  private final Map<Channel, Num> earned = new EnumMap<>(Channel.class);
  private final Map<Channel, Num> applicable = new EnumMap<>(Channel.class);
  private final Set<Channel> dropped = EnumSet.noneOf(Channel.class);

  private Rescore(Catalog catalog, Map<String, Decimal> replaced) {
    this.catalog = catalog;
    this.replaced = replaced;
  }

  /** What a rescore gives: node points, the total, the exact and rounded index and the band. */
  public record Result(
      Map<String, Decimal> points,
      Decimal total,
      Decimal index,
      Decimal indexRounded,
      Optional<Band> band) {}

  /**
   * Rescores {@code card}, an evaluation of {@code catalog}, with the leaf points {@code replaced}
   * (by node code).
   *
   * @throws IllegalArgumentException if the card's nodes are not the catalog's
   */
  public static Result of(Catalog catalog, Scorecard card, Map<String, Decimal> replaced) {
    return new Rescore(catalog, replaced).run(card);
  }

  private Result run(Scorecard card) {
    List<Node> tops = new ArrayList<>(catalog.nodes());
    tops.addAll(catalog.bonus());
    tops.addAll(catalog.penalties());
    if (tops.size() != card.nodes().size()) {
      throw new IllegalArgumentException(
          "card: expected the "
              + tops.size()
              + " top-level nodes of catalog "
              + catalog.id()
              + " but found "
              + card.nodes().size());
    }
    List<Scored> areas = new ArrayList<>();
    Num bonus = Num.ZERO;
    Num penalty = Num.ZERO;
    for (int i = 0; i < tops.size(); i++) {
      NodeResult r = card.nodes().get(i);
      boolean main = i < catalog.nodes().size();
      boolean isPenalty = i >= catalog.nodes().size() + catalog.bonus().size();
      Scored s = walk(tops.get(i), r, null, main, isPenalty);
      if (main) {
        areas.add(s);
      } else if (isPenalty) {
        penalty = penalty.minus(s.earned());
      } else {
        bonus = bonus.plus(s.earned());
      }
    }
    Num counted = Num.ZERO;
    Num applicableCounted = Num.ZERO;
    for (Map.Entry<Channel, Num> e : earned.entrySet()) {
      if (!dropped.contains(e.getKey())) {
        counted = counted.plus(e.getValue());
        applicableCounted = applicableCounted.plus(applicable.getOrDefault(e.getKey(), Num.ZERO));
      }
    }
    Num total = counted.plus(bonus).minus(penalty);
    Num index =
        IndexFormulas.index(catalog.index(), catalog.nodes(), areas, total, applicableCounted);
    if (index == null) {
      index = Num.of(catalog.index().empty());
    }
    Decimal rounded = index.round(catalog.rounding().decimals(), catalog.rounding().mode());
    return new Result(
        points, total.toDecimal(), index.toDecimal(), rounded, catalog.bandOf(rounded));
  }

  private Scored walk(
      Node node,
      NodeResult r,
      @Nullable NotApplicablePolicy inherited,
      boolean main,
      boolean penalty) {
    if (!node.code().equals(r.code()) || node.children().size() != r.children().size()) {
      throw new IllegalArgumentException(
          "card: expected node " + node.code() + " of the catalog but found " + r.code());
    }
    NotApplicablePolicy na = inherited;
    if (na == null && r.status() == NodeStatus.NOT_APPLICABLE && node.applicability().isPresent()) {
      na = node.applicability().get().policy();
    }
    points.put(node.code(), r.earned());
    if (node.children().isEmpty()) {
      Num e = Num.of(r.earned());
      Num a = Num.of(r.applicableMax());
      Decimal given = replaced.get(node.code());
      NodeResult result = r;
      if (given != null && r.status() != NodeStatus.NOT_APPLICABLE) {
        Num floor = penalty ? Num.of(node.max()).negate() : Num.ZERO;
        Num ceiling = penalty ? Num.ZERO : Num.of(node.max());
        e = Num.of(given).max(floor).min(ceiling);
        // The status follows the replaced points, for the index formulas that read it (XCCDF).
        result =
            new NodeResult(
                r.code(),
                r.title(),
                r.channel(),
                e.toDecimal(),
                r.max(),
                r.applicableMax(),
                FindingWriter.statusOf(e, a, penalty),
                r.explanation(),
                r.children());
      }
      if (main) {
        earned.merge(r.channel(), e, Num::plus);
        applicable.merge(r.channel(), a, Num::plus);
        if (na == NotApplicablePolicy.RENORMALISE_CHANNEL) {
          dropped.add(r.channel());
        }
      }
      points.put(node.code(), e.toDecimal());
      return new Scored(result, e, a);
    }
    Num e = Num.ZERO;
    Num a = Num.ZERO;
    List<Scored> children = new ArrayList<>();
    for (int i = 0; i < node.children().size(); i++) {
      Scored c = walk(node.children().get(i), r.children().get(i), na, main, penalty);
      children.add(c);
      e = e.plus(c.earned());
      a = a.plus(c.applicable());
    }
    if (node.rounding().isPresent()) {
      // As evaluation does: the parent's own rounding, its difference in its channel's total.
      Num exact = e;
      e = Num.of(exact.round(node.rounding().get().decimals(), node.rounding().get().mode()));
      if (main) {
        earned.merge(r.channel(), e.minus(exact), Num::plus);
      }
    }
    points.put(node.code(), e.toDecimal());
    return new Scored(r, e, a, children);
  }
}
