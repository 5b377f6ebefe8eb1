package dev.rubric.dsl;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A scorecard's totals recomputed from other points per criterion, such as those of one round of an
 * assessment: what {@link CompiledCatalog#rescore} returns.
 *
 * @param points the points of every node after the replacement, parents summed from their children
 *     as evaluation sums them, in catalog order (main tree, bonus, penalties; parents before
 *     children)
 * @param total the points counted: earned in the channels that count, plus bonus, minus penalty
 * @param index the exact index, by the catalog's index formula; {@code 0} when nothing applies
 * @param indexRounded the index rounded as the catalog says
 * @param band the classification band of the rounded index, if the catalog has bands
 */
public record Rescored(
    Map<String, Decimal> points,
    Decimal total,
    Decimal index,
    Decimal indexRounded,
    Optional<LocalizedText> band) {

  /** Checks and copies the components. */
  public Rescored {
    points = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(points));
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(indexRounded, "indexRounded");
    Objects.requireNonNull(band, "band");
  }
}
