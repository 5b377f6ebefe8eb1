package dev.rubric.core.catalog;

import java.math.RoundingMode;
import java.util.Objects;

/** How the index is rounded for publication: {@code round 2 half-up}. */
public record Rounding(int decimals, RoundingMode mode) {
  /** Two decimals, half-up: how PAR indexes are published. */
  public static final Rounding DEFAULT = new Rounding(2, RoundingMode.HALF_UP);

  /**
   * Checks the number of decimals and the rounding mode.
   *
   * @throws IllegalArgumentException if {@code decimals} is outside 0 to 10 or {@code mode} is
   *     {@link RoundingMode#UNNECESSARY}
   * @throws NullPointerException if {@code mode} is null
   */
  public Rounding {
    if (decimals < 0 || decimals > 10) {
      throw new IllegalArgumentException(
          "rounding.decimals: expected a number of decimals from 0 to 10 but found " + decimals);
    }
    Objects.requireNonNull(mode, "mode");
    if (mode == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException(
          "rounding.mode: expected a rounding mode but found 'unnecessary'");
    }
  }

  /** Returns the keyword the language writes for {@code mode}, e.g. {@code "half-up"}. */
  public static String keyword(RoundingMode mode) {
    return mode.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
