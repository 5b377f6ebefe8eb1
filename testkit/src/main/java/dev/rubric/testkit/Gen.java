package dev.rubric.testkit;

import dev.rubric.core.Decimal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A generator of test values with integrated shrinking; the building block of {@link Properties}.
 *
 * <p>A generator builds each value from a recorded sequence of random choices. When a property
 * fails, the engine shrinks that choice sequence and regenerates the value, so every generator
 * shrinks, including those built with {@link #map}, {@link #flatMap} and {@link #filter}, without
 * any shrinking code from the caller. Smaller choices mean simpler values: integers shrink towards
 * zero (or the bound nearest to it), lists towards fewer elements, {@link #oneOf} towards its first
 * alternative, strings towards the first characters of their alphabet.
 *
 * <pre>{@code
 * Gen<List<Integer>> amounts = Gen.listOf(Gen.integers(0, 1000), 0, 20);
 * Properties.forAll(amounts).check(list -> assertThat(sum(list)).isLessThanOrEqualTo(100));
 * // fails with the minimal counterexample [101]
 * }</pre>
 *
 * <p>Generators are immutable and thread-safe, provided that the functions passed to them are pure.
 * Callers do not extend this class; they compose generators from the factories and combinators
 * here.
 *
 * @param <T> the type of generated values
 */
public class Gen<T> {

  /** Consecutive rejections after which {@link #filter} and {@link #setOf} give up. */
  public static final int MAX_REJECTIONS = 100;

  private final String description;
  private final Draw<? extends T> draw;

  Gen(String description, Draw<? extends T> draw) {
    this.description = description;
    this.draw = draw;
  }

  // ---------------------------------------------------------------------------------------------
  // Combinators

  /**
   * Returns a generator of {@code mapper} applied to this generator's values. It shrinks as this
   * generator does.
   *
   * @param <R> the type of mapped values
   * @param mapper a pure function
   * @return the mapped generator
   */
  public <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return new Gen<>(description + ".map(f)", source -> mapper.apply(generate(source)));
  }

  /**
   * Returns a generator that draws a value from this generator and then a value from the generator
   * that {@code mapper} returns for it. Both draws shrink: for example a size first, then that many
   * elements.
   *
   * @param <R> the type of the final values
   * @param mapper a pure function returning a generator
   * @return the dependent generator
   */
  public <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return new Gen<>(
        description + ".flatMap(f)",
        source -> {
          Gen<? extends R> next = mapper.apply(generate(source));
          return Objects.requireNonNull(next, "flatMap function returned null").generate(source);
        });
  }

  /**
   * Returns a generator of this generator's values that satisfy {@code predicate}. Rejected values
   * are drawn again, up to {@value #MAX_REJECTIONS} consecutive times.
   *
   * @param predicate the condition values must satisfy
   * @return the filtered generator
   * @see #filter(String, Predicate)
   */
  public Gen<T> filter(Predicate<? super T> predicate) {
    return filtered(null, predicate);
  }

  /**
   * Returns a generator of this generator's values that satisfy {@code predicate}, which is named
   * {@code description} in error messages. Rejected values are drawn again; after {@value
   * #MAX_REJECTIONS} consecutive rejections generation fails with a {@link
   * TooManyRejectionsException}, whose message reads for example:
   *
   * <pre>
   * filter "negative" on integers(0, 10) rejected 100 consecutive values; generate valid values
   * directly (for example with map) instead of filtering them</pre>
   *
   * @param description what the predicate checks, for messages
   * @param predicate the condition values must satisfy
   * @return the filtered generator
   */
  public Gen<T> filter(String description, Predicate<? super T> predicate) {
    return filtered(Objects.requireNonNull(description, "description"), predicate);
  }

  private Gen<T> filtered(@Nullable String name, Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    String label = name == null ? "p" : ValueFormat.format(name);
    return new Gen<>(
        description + ".filter(" + label + ")",
        source -> {
          for (int i = 0; i < MAX_REJECTIONS; i++) {
            T value = generate(source);
            if (predicate.test(value)) {
              return value;
            }
          }
          String filter = name == null ? "filter" : "filter " + ValueFormat.format(name);
          throw new TooManyRejectionsException(
              filter
                  + " on "
                  + description
                  + " rejected "
                  + MAX_REJECTIONS
                  + " consecutive values; generate valid values directly (for example with map)"
                  + " instead of filtering them",
              MAX_REJECTIONS);
        });
  }

  /**
   * Returns {@code count} values generated with {@code seed}: exactly the values that {@code
   * Properties.forAll(this).seed(seed).tries(count)} checks, in order. Use it to look at what a
   * generator produces.
   *
   * @param count the number of values
   * @param seed the seed of the run
   * @return the values, in order
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public List<T> samples(int count, long seed) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    List<T> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(generateFresh(ChoiceSource.random(Seeds.forTry(seed, i))));
    }
    return Collections.unmodifiableList(values);
  }

  /** Returns a description of this generator, such as {@code listOf(integers(0, 9), 0, 5)}. */
  @Override
  public String toString() {
    return description;
  }

  /** Returns a value drawn from {@code source}; the primitive behind every combinator. */
  T generate(ChoiceSource source) {
    return draw.draw(source);
  }

  /**
   * Returns a value drawn from a random {@code source}, reporting a generator that draws too many
   * choices as an {@link IllegalStateException} that names this generator.
   */
  T generateFresh(ChoiceSource source) {
    try {
      return generate(source);
    } catch (ChoiceSource.Overrun e) {
      throw new IllegalStateException(description + ": " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Simple values

  /**
   * Returns a generator that always produces {@code value}.
   *
   * @param <T> the type of the value
   * @param value the value
   * @return the constant generator
   */
  public static <T> Gen<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return new Gen<>("constant(" + ValueFormat.format(value) + ")", source -> value);
  }

  /**
   * Returns a generator of {@code int}s in {@code [min, max]}, shrinking towards 0, or towards the
   * bound closest to 0 when 0 is out of range. Boundaries and small values are generated more often
   * than a uniform spread would.
   *
   * @param min the smallest value, inclusive
   * @param max the largest value, inclusive
   * @return the generator
   * @throws IllegalArgumentException if {@code min > max}
   */
  public static Gen<Integer> integers(int min, int max) {
    checkRange(min, max);
    long target = Draws.closestToZero(min, max);
    return new Gen<>(
        "integers(" + min + ", " + max + ")",
        source -> (int) Draws.longInRange(source, min, max, target));
  }

  /**
   * Returns a generator of {@code long}s in {@code [min, max]}, shrinking towards 0, or towards the
   * bound closest to 0 when 0 is out of range. The full {@code long} range is supported.
   *
   * @param min the smallest value, inclusive
   * @param max the largest value, inclusive
   * @return the generator
   * @throws IllegalArgumentException if {@code min > max}
   */
  public static Gen<Long> integers(long min, long max) {
    checkRange(min, max);
    long target = Draws.closestToZero(min, max);
    return new Gen<>(
        "integers(" + min + "L, " + max + "L)",
        source -> Draws.longInRange(source, min, max, target));
  }

  /**
   * Returns a generator of booleans, shrinking towards {@code false}.
   *
   * @return the generator
   */
  public static Gen<Boolean> booleans() {
    return new Gen<>("booleans()", source -> source.choose(1) == 1);
  }

  /**
   * Returns a generator of {@link BigDecimal}s in {@code [min, max]} with exactly {@code scale}
   * fractional digits ({@code decimals(0, 10, 2)} produces values such as {@code 0.00} and {@code
   * 7.35}), shrinking towards zero or the bound closest to it.
   *
   * @param min the smallest value, inclusive
   * @param max the largest value, inclusive
   * @param scale the number of fractional digits, at least 0
   * @return the generator
   * @throws IllegalArgumentException if {@code scale} is negative, if no value with that scale lies
   *     in the range, or if the range holds more than 2<sup>63</sup> such values
   */
  public static Gen<BigDecimal> decimals(BigDecimal min, BigDecimal max, int scale) {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    String name =
        "decimals(" + min.toPlainString() + ", " + max.toPlainString() + ", " + scale + ")";
    if (scale < 0) {
      throw new IllegalArgumentException(name + ": scale must not be negative");
    }
    BigDecimal low = min.setScale(scale, RoundingMode.CEILING);
    BigDecimal high = max.setScale(scale, RoundingMode.FLOOR);
    if (low.compareTo(high) > 0) {
      throw new IllegalArgumentException(name + ": no value with scale " + scale + " in range");
    }
    long lowUnscaled;
    long highUnscaled;
    try {
      lowUnscaled = low.unscaledValue().longValueExact();
      highUnscaled = high.unscaledValue().longValueExact();
      Math.subtractExact(highUnscaled, lowUnscaled);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(name + ": range too wide for this scale", e);
    }
    long target = Draws.closestToZero(lowUnscaled, highUnscaled);
    return new Gen<>(
        name,
        source ->
            BigDecimal.valueOf(
                Draws.longInRange(source, lowUnscaled, highUnscaled, target), scale));
  }

  /**
   * Returns a generator of Rubric {@link Decimal}s in {@code [min, max]} with at most {@code scale}
   * fractional digits: the values of {@link #decimals(BigDecimal, BigDecimal, int)}, which {@link
   * Decimal} stores without trailing zeros.
   *
   * @param min the smallest value, inclusive
   * @param max the largest value, inclusive
   * @param scale the maximum number of fractional digits, at least 0
   * @return the generator
   * @throws IllegalArgumentException as {@link #decimals(BigDecimal, BigDecimal, int)} does
   */
  public static Gen<Decimal> decimals(Decimal min, Decimal max, int scale) {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Gen<BigDecimal> exact = decimals(min.toBigDecimal(), max.toBigDecimal(), scale);
    return new Gen<>(
        "decimals(" + min + ", " + max + ", " + scale + ")",
        source -> Decimal.of(exact.generate(source)));
  }

  /**
   * Returns a generator of dates in {@code [from, to]}, shrinking towards {@code from}.
   *
   * @param from the earliest date, inclusive
   * @param to the latest date, inclusive
   * @return the generator
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("dates: from " + from + " is after to " + to);
    }
    long first = from.toEpochDay();
    long last = to.toEpochDay();
    return new Gen<>(
        "dates(" + from + ", " + to + ")",
        source -> LocalDate.ofEpochDay(Draws.longInRange(source, first, last, first)));
  }

  /**
   * Returns a generator of strings of {@code minLength} to {@code maxLength} characters from {@code
   * alphabet}, shrinking towards shorter strings of earlier characters. Call {@link
   * StringGen#nfd()} on the result for the decomposed (NFD) forms.
   *
   * @param alphabet the characters to use
   * @param minLength the minimum number of characters (code points)
   * @param maxLength the maximum number of characters (code points)
   * @return the generator
   * @throws IllegalArgumentException if {@code minLength} is negative or greater than {@code
   *     maxLength}
   */
  public static StringGen strings(Alphabet alphabet, int minLength, int maxLength) {
    Objects.requireNonNull(alphabet, "alphabet");
    checkSizes("strings", minLength, maxLength);
    return new StringGen(alphabet, minLength, maxLength, false);
  }

  // ---------------------------------------------------------------------------------------------
  // Choices between values or generators

  /**
   * Returns a generator of one of {@code values}, shrinking towards the first.
   *
   * @param <T> the type of values
   * @param values the candidates, at least one
   * @return the generator
   * @throws IllegalArgumentException if {@code values} is empty
   * @throws NullPointerException if {@code values} contains null
   */
  @SafeVarargs
  public static <T> Gen<T> elements(T... values) {
    List<T> list = new ArrayList<>(values.length);
    for (T value : values) {
      list.add(value);
    }
    return elements(list);
  }

  /**
   * Returns a generator of one of {@code values}, shrinking towards the first.
   *
   * @param <T> the type of values
   * @param values the candidates, at least one
   * @return the generator
   * @throws IllegalArgumentException if {@code values} is empty
   * @throws NullPointerException if {@code values} contains null
   */
  public static <T> Gen<T> elements(List<? extends T> values) {
    List<? extends T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("elements needs at least one value");
    }
    return new Gen<>(
        "elements(" + ValueFormat.abbreviate(join(copy, ValueFormat::format), 60) + ")",
        source -> copy.get(Draws.index(source, copy.size())));
  }

  /**
   * Returns a generator that picks one of {@code alternatives} with equal probability and draws
   * from it, shrinking towards the first alternative.
   *
   * @param <T> the type of values
   * @param alternatives the generators, at least one
   * @return the generator
   * @throws IllegalArgumentException if {@code alternatives} is empty
   */
  @SafeVarargs
  public static <T> Gen<T> oneOf(Gen<? extends T>... alternatives) {
    List<Gen<? extends T>> copy = new ArrayList<>(alternatives.length);
    for (Gen<? extends T> alternative : alternatives) {
      copy.add(Objects.requireNonNull(alternative, "alternative"));
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("oneOf needs at least one generator");
    }
    return new Gen<>(
        "oneOf(" + join(copy, String::valueOf) + ")",
        source -> copy.get(Draws.index(source, copy.size())).generate(source));
  }

  /**
   * Returns a generator that picks one of {@code alternatives} with probability proportional to its
   * weight and draws from it, shrinking towards the first alternative with a positive weight.
   *
   * <pre>{@code
   * Gen<Integer> mostlySmall = Gen.frequency(
   *     Weighted.of(9, Gen.integers(0, 9)),
   *     Weighted.of(1, Gen.integers(10, 1_000_000)));
   * }</pre>
   *
   * @param <T> the type of values
   * @param alternatives the weighted generators
   * @return the generator
   * @throws IllegalArgumentException if no alternative has a positive weight
   */
  @SafeVarargs
  public static <T> Gen<T> frequency(Weighted<? extends T>... alternatives) {
    List<Weighted<? extends T>> copy = new ArrayList<>(alternatives.length);
    for (Weighted<? extends T> alternative : alternatives) {
      copy.add(Objects.requireNonNull(alternative, "alternative"));
    }
    long total = copy.stream().mapToLong(Weighted::weight).sum();
    if (total == 0) {
      throw new IllegalArgumentException("frequency needs an alternative with a positive weight");
    }
    return new Gen<>(
        "frequency(" + join(copy, w -> w.weight() + ": " + w.gen()) + ")",
        source -> {
          long pick = source.choose(total - 1);
          for (Weighted<? extends T> alternative : copy) {
            if (pick < alternative.weight()) {
              return alternative.gen().generate(source);
            }
            pick -= alternative.weight();
          }
          throw new AssertionError("pick beyond total weight");
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Collections

  /**
   * Returns a generator of unmodifiable lists of {@code minSize} to {@code maxSize} elements from
   * {@code elements}, shrinking towards shorter lists of simpler elements.
   *
   * @param <T> the type of elements
   * @param elements the element generator
   * @param minSize the minimum size
   * @param maxSize the maximum size
   * @return the generator
   * @throws IllegalArgumentException if {@code minSize} is negative or greater than {@code maxSize}
   */
  public static <T> Gen<List<T>> listOf(Gen<? extends T> elements, int minSize, int maxSize) {
    Objects.requireNonNull(elements, "elements");
    checkSizes("listOf", minSize, maxSize);
    double more = continueProbability(minSize, maxSize);
    return new Gen<>(
        "listOf(" + elements + ", " + minSize + ", " + maxSize + ")",
        source -> {
          List<T> list = new ArrayList<>();
          while (list.size() < minSize || (list.size() < maxSize && source.chooseBoolean(more))) {
            list.add(elements.generate(source));
          }
          return Collections.unmodifiableList(list);
        });
  }

  /**
   * Returns a generator of unmodifiable sets of {@code minSize} to {@code maxSize} distinct
   * elements from {@code elements}, iterating in generation order. A duplicate element is drawn
   * again; after {@value #MAX_REJECTIONS} consecutive duplicates generation fails with a {@link
   * TooManyRejectionsException}.
   *
   * @param <T> the type of elements
   * @param elements the element generator
   * @param minSize the minimum size
   * @param maxSize the maximum size
   * @return the generator
   * @throws IllegalArgumentException if {@code minSize} is negative or greater than {@code maxSize}
   */
  public static <T> Gen<Set<T>> setOf(Gen<? extends T> elements, int minSize, int maxSize) {
    Objects.requireNonNull(elements, "elements");
    checkSizes("setOf", minSize, maxSize);
    double more = continueProbability(minSize, maxSize);
    String name = "setOf(" + elements + ", " + minSize + ", " + maxSize + ")";
    return new Gen<>(
        name,
        source -> {
          Set<T> set = new LinkedHashSet<>();
          while (set.size() < minSize || (set.size() < maxSize && source.chooseBoolean(more))) {
            int duplicates = 0;
            while (!set.add(elements.generate(source))) {
              if (++duplicates == MAX_REJECTIONS) {
                throw new TooManyRejectionsException(
                    name
                        + " drew "
                        + MAX_REJECTIONS
                        + " consecutive duplicates after "
                        + set.size()
                        + " distinct elements; widen the element generator or lower the sizes",
                    MAX_REJECTIONS);
              }
            }
          }
          return Collections.unmodifiableSet(set);
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Combining generators

  /**
   * Returns a generator of {@code combiner} applied to one value from each of {@code first} and
   * {@code second}, drawn in that order. Both parts shrink.
   *
   * @param <A> the type of first values
   * @param <B> the type of second values
   * @param <R> the type of combined values
   * @param first the first generator
   * @param second the second generator
   * @param combiner a pure function
   * @return the combined generator
   */
  @SuppressWarnings("unchecked") // each value was generated by the generator of its position
  public static <A, B, R> Gen<R> combine(
      Gen<? extends A> first,
      Gen<? extends B> second,
      BiFunction<? super A, ? super B, ? extends R> combiner) {
    Objects.requireNonNull(combiner, "combiner");
    return combined(List.of(first, second), values -> combiner.apply((A) values[0], (B) values[1]));
  }

  /**
   * Returns a generator of {@code combiner} applied to one value from each of three generators,
   * drawn in order. All parts shrink.
   *
   * @param <A> the type of first values
   * @param <B> the type of second values
   * @param <C> the type of third values
   * @param <R> the type of combined values
   * @param first the first generator
   * @param second the second generator
   * @param third the third generator
   * @param combiner a pure function
   * @return the combined generator
   */
  @SuppressWarnings("unchecked") // each value was generated by the generator of its position
  public static <A, B, C, R> Gen<R> combine(
      Gen<? extends A> first,
      Gen<? extends B> second,
      Gen<? extends C> third,
      Combiner3<? super A, ? super B, ? super C, ? extends R> combiner) {
    Objects.requireNonNull(combiner, "combiner");
    return combined(
        List.of(first, second, third),
        values -> combiner.apply((A) values[0], (B) values[1], (C) values[2]));
  }

  /**
   * Returns a generator of {@code combiner} applied to one value from each of four generators,
   * drawn in order. All parts shrink.
   *
   * @param <A> the type of first values
   * @param <B> the type of second values
   * @param <C> the type of third values
   * @param <D> the type of fourth values
   * @param <R> the type of combined values
   * @param first the first generator
   * @param second the second generator
   * @param third the third generator
   * @param fourth the fourth generator
   * @param combiner a pure function
   * @return the combined generator
   */
  @SuppressWarnings("unchecked") // each value was generated by the generator of its position
  public static <A, B, C, D, R> Gen<R> combine(
      Gen<? extends A> first,
      Gen<? extends B> second,
      Gen<? extends C> third,
      Gen<? extends D> fourth,
      Combiner4<? super A, ? super B, ? super C, ? super D, ? extends R> combiner) {
    Objects.requireNonNull(combiner, "combiner");
    return combined(
        List.of(first, second, third, fourth),
        values -> combiner.apply((A) values[0], (B) values[1], (C) values[2], (D) values[3]));
  }

  /**
   * A function of three generated values, for {@link #combine(Gen, Gen, Gen, Combiner3)};
   * implemented by callers.
   *
   * @param <A> the type of first values
   * @param <B> the type of second values
   * @param <C> the type of third values
   * @param <R> the type of results
   */
  @FunctionalInterface
  public interface Combiner3<A, B, C, R> {

    /**
     * Returns the value combined from {@code a}, {@code b} and {@code c}.
     *
     * @param a the first value
     * @param b the second value
     * @param c the third value
     * @return the combined value
     */
    R apply(A a, B b, C c);
  }

  /**
   * A function of four generated values, for {@link #combine(Gen, Gen, Gen, Gen, Combiner4)};
   * implemented by callers.
   *
   * @param <A> the type of first values
   * @param <B> the type of second values
   * @param <C> the type of third values
   * @param <D> the type of fourth values
   * @param <R> the type of results
   */
  @FunctionalInterface
  public interface Combiner4<A, B, C, D, R> {

    /**
     * Returns the value combined from {@code a}, {@code b}, {@code c} and {@code d}.
     *
     * @param a the first value
     * @param b the second value
     * @param c the third value
     * @param d the fourth value
     * @return the combined value
     */
    R apply(A a, B b, C c, D d);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static <R> Gen<R> combined(List<Gen<?>> parts, Function<Object[], R> combiner) {
    return new Gen<>(
        "combine(" + join(parts, String::valueOf) + ")",
        source -> {
          Object[] values = new Object[parts.size()];
          for (int i = 0; i < values.length; i++) {
            values[i] = parts.get(i).generate(source);
          }
          return combiner.apply(values);
        });
  }

  private static <E> String join(List<E> items, Function<? super E, String> render) {
    return items.stream().map(render).collect(Collectors.joining(", "));
  }

  private static void checkRange(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("integers: min " + min + " is greater than max " + max);
    }
  }

  static void checkSizes(String generator, int minSize, int maxSize) {
    if (minSize < 0 || minSize > maxSize) {
      throw new IllegalArgumentException(
          generator + ": sizes must satisfy 0 <= min <= max but were " + minSize + ", " + maxSize);
    }
  }

  /**
   * Returns the probability of one more element beyond {@code minSize}: the "continue" choice is
   * geometric, with a mean of about half the spare room, capped at 8 extra elements.
   */
  static double continueProbability(int minSize, int maxSize) {
    double mean = Math.min(8.0, Math.max(1.0, (maxSize - minSize) / 2.0));
    return mean / (mean + 1.0);
  }
}
