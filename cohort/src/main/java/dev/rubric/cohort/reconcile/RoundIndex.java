package dev.rubric.cohort.reconcile;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * The index one view of a unit's points gives, computed by the catalog's own index formula ({@link
 * dev.rubric.dsl.CompiledCatalog#rescore}).
 *
 * @param view what the points are: {@code "computed"}, a round's code such as {@code
 *     "self_assessment"}, or {@code "final_result"} (the final points of every criterion)
 * @param total the points counted
 * @param index the exact index
 * @param indexRounded the index rounded as the catalog says
 * @param band the band of the rounded index, if the catalog has bands
 */
public record RoundIndex(
    String view, Decimal total, Decimal index, Decimal indexRounded, Optional<LocalizedText> band) {

  /** Checks the components. */
  public RoundIndex {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(indexRounded, "indexRounded");
    Objects.requireNonNull(band, "band");
  }
}
