package dev.rubric.testkit;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A property of the values of one generator, ready to be checked; created by {@link
 * Properties#forAll(Gen)}.
 *
 * <p>Configuration methods return a new instance; instances are immutable and thread-safe.
 *
 * @param <T> the type of generated values
 */
public final class Property<T> {

  private final Gen<T> gen;
  private final Settings settings;

  Property(Gen<T> gen, Settings settings) {
    this.gen = gen;
    this.settings = settings;
  }

  /**
   * Returns this property checked against {@code tries} values instead of the default: 100, or the
   * value of the system property {@code rubric.tries}.
   *
   * @param tries the number of values to try, at least 1
   * @return the reconfigured property
   * @throws IllegalArgumentException if {@code tries} is less than 1
   */
  public Property<T> tries(int tries) {
    return new Property<>(gen, settings.withTries(tries));
  }

  /**
   * Returns this property run with a fixed seed instead of the default: the system property {@code
   * rubric.seed} if set, else a fresh random seed per run. A fixed seed reproduces exactly the same
   * values, and hence the same failure.
   *
   * @param seed the seed of the run
   * @return the reconfigured property
   */
  public Property<T> seed(long seed) {
    return new Property<>(gen, settings.withSeed(seed));
  }

  /**
   * Returns this property with a different shrinking budget: at most {@code steps} successful
   * shrinks and {@code 10 × steps} replays of the property (default 1000 steps). Zero disables
   * shrinking.
   *
   * @param steps the maximum number of successful shrinks, at least 0
   * @return the reconfigured property
   * @throws IllegalArgumentException if {@code steps} is negative
   */
  public Property<T> maxShrinkSteps(int steps) {
    return new Property<>(gen, settings.withMaxShrinkSteps(steps));
  }

  /**
   * Checks that {@code property} accepts every generated value, that is, returns normally. The
   * first value for which it throws (an {@link AssertionError} from AssertJ, or any other
   * exception) is shrunk to a minimal failing value, and a {@link PropertyFailure} is thrown.
   *
   * <pre>{@code
   * Properties.forAll(Gen.integers(0, 1_000_000))
   *     .check(x -> assertThat(x).isLessThanOrEqualTo(1000));
   * // PropertyFailure: ... minimal counterexample: 1001
   * }</pre>
   *
   * @param property the property; implemented by callers
   * @throws PropertyFailure if a value fails the property
   * @throws TooManyRejectionsException if the generator cannot produce a value
   */
  public void check(Consumer<? super T> property) {
    Objects.requireNonNull(property, "property");
    PropertyRunner.run(gen, settings, property, Function.identity(), ValueFormat::format);
  }

  /**
   * Checks that {@code property} returns {@code true} for every generated value; otherwise as
   * {@link #check(Consumer)}, with an {@link AssertionError} as the cause of the failure.
   *
   * @param property the property; implemented by callers
   * @throws PropertyFailure if a value fails the property
   * @throws TooManyRejectionsException if the generator cannot produce a value
   */
  public void checkThat(Predicate<? super T> property) {
    Objects.requireNonNull(property, "property");
    check(value -> Properties.require(property.test(value)));
  }
}
