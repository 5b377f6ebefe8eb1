package dev.rubric.cohort.advice;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.NodeStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cohort's advice: the criteria holding the most lost points across the units (a Pareto table,
 * largest first, with each criterion's share of all lost points and the cumulative share), and per
 * unit its advice, from which {@link UnitAdvice#top(int)} gives the first fixes.
 *
 * @param pareto the criteria that lost points in some unit, most lost points first, equal totals in
 *     catalog order
 * @param units the units' advice, in the order given
 */
public record CohortAdvice(List<ParetoRow> pareto, List<UnitAdvice> units) {

  /** The number of decimals shares are rounded to (half-up), in percent. */
  public static final int SHARE_DECIMALS = 2;

  /**
   * One criterion of the Pareto table.
   *
   * @param criterionCode the criterion's code
   * @param title the criterion's title
   * @param pointsLost the points the criterion lost, summed over the units (exact)
   * @param units the number of units in which the criterion lost points
   * @param share the criterion's part of all lost points, in percent, rounded to {@value
   *     #SHARE_DECIMALS} decimals half-up
   * @param cumulativeShare the part of all lost points held by this criterion and those above it,
   *     in percent, computed exactly and rounded once like {@code share}
   */
  public record ParetoRow(
      String criterionCode,
      LocalizedText title,
      Decimal pointsLost,
      int units,
      Decimal share,
      Decimal cumulativeShare) {
    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public ParetoRow {
      Objects.requireNonNull(criterionCode, "criterionCode");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(pointsLost, "pointsLost");
      Objects.requireNonNull(share, "share");
      Objects.requireNonNull(cumulativeShare, "cumulativeShare");
    }
  }

  /**
   * Checks the components and copies the lists.
   *
   * @throws NullPointerException if a component or element is null
   */
  public CohortAdvice {
    pareto = List.copyOf(pareto);
    units = List.copyOf(units);
  }

  /**
   * Returns the cohort advice of {@code units}, all evaluated against {@code catalog}. A
   * criterion's lost points in a unit are its applicable maximum less its points (for a penalty
   * item, the points deducted); criteria that do not apply lose none.
   */
  public static CohortAdvice of(Catalog catalog, List<UnitAdvice> units) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(units, "units");
    Map<String, Node> leaves = new LinkedHashMap<>();
    List<Node> roots = new ArrayList<>(catalog.nodes());
    roots.addAll(catalog.bonus());
    roots.addAll(catalog.penalties());
    for (Node r : roots) {
      for (Node n : r.flatten()) {
        if (n.rule().isPresent()) {
          leaves.put(n.code(), n);
        }
      }
    }
    Map<String, Decimal> lost = new LinkedHashMap<>();
    Map<String, Integer> count = new LinkedHashMap<>();
    Map<String, LocalizedText> titles = new LinkedHashMap<>();
    Decimal total = Decimal.ZERO;
    for (UnitAdvice u : units) {
      for (Map.Entry<String, Node> e : leaves.entrySet()) {
        NodeResult r = u.scorecard().node(e.getKey()).orElse(null);
        if (r == null || r.status() == NodeStatus.NOT_APPLICABLE) {
          continue;
        }
        Decimal l = Advisor.lost(e.getValue(), r);
        if (l.signum() > 0) {
          lost.merge(e.getKey(), l, Decimal::plus);
          count.merge(e.getKey(), 1, Integer::sum);
          titles.putIfAbsent(e.getKey(), r.title());
          total = total.plus(l);
        }
      }
    }
    List<String> order = new ArrayList<>(leaves.keySet());
    List<String> codes = new ArrayList<>(lost.keySet());
    codes.sort(
        Comparator.comparing((String c) -> lost.getOrDefault(c, Decimal.ZERO))
            .reversed()
            .thenComparing(order::indexOf));
    List<ParetoRow> rows = new ArrayList<>();
    Decimal running = Decimal.ZERO;
    for (String c : codes) {
      Decimal l = Objects.requireNonNull(lost.get(c), c);
      running = running.plus(l);
      rows.add(
          new ParetoRow(
              c,
              Objects.requireNonNull(titles.get(c), c),
              l,
              count.getOrDefault(c, 0),
              percent(l, total),
              percent(running, total)));
    }
    return new CohortAdvice(rows, units);
  }

  /** Returns {@code 100 × part / whole} rounded once to {@value #SHARE_DECIMALS} decimals. */
  private static Decimal percent(Decimal part, Decimal whole) {
    BigDecimal p = part.toBigDecimal().multiply(BigDecimal.valueOf(100));
    return Decimal.of(p.divide(whole.toBigDecimal(), SHARE_DECIMALS, RoundingMode.HALF_UP));
  }
}
