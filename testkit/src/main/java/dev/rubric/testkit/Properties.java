package dev.rubric.testkit;

import java.util.Objects;

/**
 * Entry point of Rubric's property-based testing engine: checks that a property holds for many
 * generated values and, when it does not, reports a minimal counterexample and the seed that
 * reproduces it.
 *
 * <pre>{@code
 * Properties.forAll(Gen.integers(0, 1_000_000))
 *     .seed(1234567)
 *     .check(x -> assertThat(x).isLessThanOrEqualTo(1000));
 * }</pre>
 *
 * <p>fails with
 *
 * <pre>
 * Property failed after 1 try (seed 1234567, shrunk in 13 steps)
 *   minimal counterexample: 1001
 *   original counterexample: 596025
 *   cause: java.lang.AssertionError:
 *     Expecting actual:
 *       1001
 *     to be less than or equal to:
 *       1000
 *   rerun with: -Drubric.seed=1234567</pre>
 *
 * <p>Defaults: 100 tries (system property {@code rubric.tries}), a fresh random seed per run unless
 * the system property {@code rubric.seed} is set, and at most 1000 shrink steps. Each try draws
 * from its own seed derived from the run seed, so the run seed reproduces every generated value.
 */
public final class Properties {

  private Properties() {}

  /**
   * Returns the property "for all values of {@code gen}", to be configured and checked.
   *
   * @param <T> the type of generated values
   * @param gen the generator of values
   * @return the property, with default settings
   */
  public static <T> Property<T> forAll(Gen<T> gen) {
    return new Property<>(Objects.requireNonNull(gen, "gen"), Settings.DEFAULTS);
  }

  /**
   * Returns the property "for all pairs of values of {@code first} and {@code second}", to be
   * configured and checked with a {@link java.util.function.BiConsumer}.
   *
   * @param <A> the type of first values
   * @param <B> the type of second values
   * @param first the generator of first values
   * @param second the generator of second values
   * @return the property, with default settings
   */
  public static <A, B> BiProperty<A, B> forAll(Gen<A> first, Gen<B> second) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    return new BiProperty<>(
        Gen.combine(first, second, BiProperty.Arguments<A, B>::new), Settings.DEFAULTS);
  }

  static void require(boolean holds) {
    if (!holds) {
      throw new AssertionError("property returned false");
    }
  }
}
