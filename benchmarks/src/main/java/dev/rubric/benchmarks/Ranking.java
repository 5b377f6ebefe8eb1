package dev.rubric.benchmarks;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks units by their published index, highest first; units with equal indexes share a rank and
 * the next rank skips ("1, 2, 2, 4"), as provincial rankings are published.
 */
final class Ranking {
  private Ranking() {}

  /** One unit's place: its position in the input, its published index and its rank (1 is best). */
  record Place(int unit, BigDecimal index, int rank) {}

  /** Returns the places of {@code indexes} (one per unit, in unit order), best first. */
  static List<Place> rank(List<BigDecimal> indexes) {
    Integer[] order = new Integer[indexes.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.comparing((Integer i) -> indexes.get(i)).reversed().thenComparing(i -> i));
    Place[] out = new Place[order.length];
    for (int k = 0; k < order.length; k++) {
      BigDecimal index = indexes.get(order[k]);
      int rank = k > 0 && out[k - 1].index().compareTo(index) == 0 ? out[k - 1].rank() : k + 1;
      out[k] = new Place(order[k], index, rank);
    }
    return List.of(out);
  }
}
