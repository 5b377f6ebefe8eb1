package dev.rubric.testkit;

import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs a property: generates values try by try, and on the first failure shrinks it and throws a
 * {@link PropertyFailure}.
 *
 * <p>Try {@code i} draws from a random source seeded with {@link Seeds#forTry(long, int)}, so the
 * run seed alone reproduces every value. Shrinking replays candidate choice sequences through the
 * same generator and property; a candidate counts as failing only if the property throws the same
 * exception class as the original failure, which keeps the shrinker from sliding to a different
 * bug. Candidates the generator cannot build (a filter or a set giving up, a generator throwing)
 * are simply not failing.
 */
final class PropertyRunner {

  private PropertyRunner() {}

  static <T> void run(
      Gen<T> gen,
      Settings settings,
      Consumer<? super T> property,
      Function<? super T, @Nullable Object> report,
      Function<? super T, String> format) {
    long seed = settings.resolveSeed();
    int tries = settings.resolveTries();
    for (int i = 0; i < tries; i++) {
      ChoiceSource source = ChoiceSource.random(Seeds.forTry(seed, i));
      T value = gen.generateFresh(source);
      Throwable failure = evaluate(property, value);
      if (failure != null) {
        Shrinker.Counterexample<T> original =
            new Shrinker.Counterexample<>(source.choices(), value, failure);
        Class<?> failureClass = failure.getClass();
        Shrinker<T> shrinker =
            new Shrinker<>(
                choices -> replay(gen, property, choices, failureClass),
                original,
                settings.maxShrinkSteps());
        Shrinker.Counterexample<T> shrunk = shrinker.shrink();
        int steps = shrinker.steps();
        throw new PropertyFailure(
            PropertyFailure.message(
                seed,
                i + 1,
                format.apply(value),
                format.apply(shrunk.value),
                steps,
                shrinker.exhausted() && settings.maxShrinkSteps() > 0,
                shrunk.failure),
            seed,
            i + 1,
            report.apply(value),
            report.apply(shrunk.value),
            steps,
            shrunk.failure);
      }
    }
  }

  private static <T> Shrinker.@Nullable Counterexample<T> replay(
      Gen<T> gen, Consumer<? super T> property, long[] choices, Class<?> failureClass) {
    ChoiceSource source = ChoiceSource.replay(choices);
    T value;
    try {
      value = gen.generate(source);
    } catch (RuntimeException e) {
      return null;
    }
    Throwable failure = evaluate(property, value);
    if (failure == null || failure.getClass() != failureClass) {
      return null;
    }
    return new Shrinker.Counterexample<>(source.choices(), value, failure);
  }

  private static <T> @Nullable Throwable evaluate(Consumer<? super T> property, T value) {
    try {
      property.accept(value);
      return null;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      return e;
    }
  }
}
