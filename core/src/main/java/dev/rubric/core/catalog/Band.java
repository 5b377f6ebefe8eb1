package dev.rubric.core.catalog;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.internal.BandOrder;
import java.util.Objects;
import java.util.Optional;

/**
 * A classification band: the half-open interval {@code [from, to)} of the rounded index, e.g. Khá =
 * [70, 90). An absent bound is unbounded.
 */
public record Band(LocalizedText label, Optional<Decimal> from, Optional<Decimal> to) {
  /**
   * Checks that {@code from} is below {@code to} when both are present.
   *
   * @throws IllegalArgumentException if {@code from} is not less than {@code to}
   * @throws NullPointerException if a component is null
   */
  public Band {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isPresent() && to.isPresent() && BandOrder.isEmpty(from.get(), to.get())) {
      throw new IllegalArgumentException(
          "band '"
              + label.vi()
              + "': expected from < to but found from "
              + from.get()
              + " and to "
              + to.get());
    }
  }

  /** Returns whether {@code index} lies in this band. */
  public boolean contains(Decimal index) {
    return from.map(f -> !index.isLessThan(f)).orElse(true)
        && to.map(index::isLessThan).orElse(true);
  }
}
