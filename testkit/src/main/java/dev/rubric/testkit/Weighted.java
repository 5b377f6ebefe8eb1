package dev.rubric.testkit;

import java.util.Objects;

/**
 * One alternative of {@link Gen#frequency}: a generator and its relative weight.
 *
 * @param weight the relative weight; 0 disables the alternative
 * @param gen the generator of this alternative
 * @param <T> the type of generated values
 */
public record Weighted<T>(int weight, Gen<? extends T> gen) {

  /**
   * Validates the components.
   *
   * @param weight the relative weight; 0 disables the alternative
   * @param gen the generator of this alternative
   * @throws IllegalArgumentException if {@code weight} is negative
   * @throws NullPointerException if {@code gen} is null
   */
  public Weighted {
    if (weight < 0) {
      throw new IllegalArgumentException("weight must not be negative: " + weight);
    }
    Objects.requireNonNull(gen, "gen");
  }

  /**
   * Returns the alternative {@code gen} with relative weight {@code weight}.
   *
   * @param <T> the type of generated values
   * @param weight the relative weight; 0 disables the alternative
   * @param gen the generator of this alternative
   * @return the weighted alternative
   * @throws IllegalArgumentException if {@code weight} is negative
   */
  public static <T> Weighted<T> of(int weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }
}
