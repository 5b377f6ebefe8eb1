package dev.rubric.core.catalog;

import dev.rubric.core.Decimal;
import java.util.Objects;

/**
 * The closed interval {@code [low, high]} a numeric input's evidence must lie in, as a catalog
 * declares it ({@code quantity chi_so "…" in 0..1}) or as an awarded input takes it from the node
 * it scores.
 *
 * @param low the smallest value allowed
 * @param high the largest value allowed
 */
public record InputRange(Decimal low, Decimal high) {
  /**
   * Checks that the interval is not empty.
   *
   * @throws IllegalArgumentException if {@code low} is greater than {@code high}
   * @throws NullPointerException if a bound is null
   */
  public InputRange {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    if (low.isGreaterThan(high)) {
      throw new IllegalArgumentException(
          "range: expected a lower bound not above the upper bound but found " + low + ".." + high);
    }
  }

  /** Returns whether {@code value} lies in the interval, bounds included. */
  public boolean contains(Decimal value) {
    return !low.isGreaterThan(value) && !value.isGreaterThan(high);
  }

  /** Returns the interval as the language writes it, e.g. {@code 0..1}. */
  @Override
  public String toString() {
    return low + ".." + high;
  }
}
