package dev.rubric.testkit;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * A property of pairs of values from two generators, ready to be checked; created by {@link
 * Properties#forAll(Gen, Gen)}. Both values shrink.
 *
 * <p>Configuration methods return a new instance; instances are immutable and thread-safe.
 *
 * @param <A> the type of first values
 * @param <B> the type of second values
 */
public final class BiProperty<A, B> {

  private final Gen<Arguments<A, B>> gen;
  private final Settings settings;

  BiProperty(Gen<Arguments<A, B>> gen, Settings settings) {
    this.gen = gen;
    this.settings = settings;
  }

  /**
   * Returns this property checked against {@code tries} pairs; see {@link Property#tries(int)}.
   *
   * @param tries the number of pairs to try, at least 1
   * @return the reconfigured property
   * @throws IllegalArgumentException if {@code tries} is less than 1
   */
  public BiProperty<A, B> tries(int tries) {
    return new BiProperty<>(gen, settings.withTries(tries));
  }

  /**
   * Returns this property run with a fixed seed; see {@link Property#seed(long)}.
   *
   * @param seed the seed of the run
   * @return the reconfigured property
   */
  public BiProperty<A, B> seed(long seed) {
    return new BiProperty<>(gen, settings.withSeed(seed));
  }

  /**
   * Returns this property with a different shrinking budget; see {@link
   * Property#maxShrinkSteps(int)}.
   *
   * @param steps the maximum number of successful shrinks, at least 0
   * @return the reconfigured property
   * @throws IllegalArgumentException if {@code steps} is negative
   */
  public BiProperty<A, B> maxShrinkSteps(int steps) {
    return new BiProperty<>(gen, settings.withMaxShrinkSteps(steps));
  }

  /**
   * Checks that {@code property} returns normally for every generated pair; see {@link
   * Property#check}. The counterexamples of the resulting {@link PropertyFailure} are two-element
   * lists.
   *
   * @param property the property; implemented by callers
   * @throws PropertyFailure if a pair fails the property
   * @throws TooManyRejectionsException if a generator cannot produce a value
   */
  public void check(BiConsumer<? super A, ? super B> property) {
    Objects.requireNonNull(property, "property");
    PropertyRunner.run(
        gen,
        settings,
        arguments -> property.accept(arguments.first(), arguments.second()),
        Arguments::asList,
        arguments -> ValueFormat.formatArguments(arguments.asList()));
  }

  /**
   * Checks that {@code property} returns {@code true} for every generated pair; see {@link
   * Property#checkThat}.
   *
   * @param property the property; implemented by callers
   * @throws PropertyFailure if a pair fails the property
   * @throws TooManyRejectionsException if a generator cannot produce a value
   */
  public void checkThat(BiPredicate<? super A, ? super B> property) {
    Objects.requireNonNull(property, "property");
    check((first, second) -> Properties.require(property.test(first, second)));
  }

  /** The two values of one try. */
  record Arguments<A, B>(A first, B second) {

    List<@Nullable Object> asList() {
      return Collections.unmodifiableList(Arrays.<@Nullable Object>asList(first, second));
    }
  }
}
