package dev.rubric.testkit;

/** Produces one value from the choices of a {@link ChoiceSource}; the body of every {@link Gen}. */
@FunctionalInterface
interface Draw<T> {

  /** Returns a value built from choices drawn from {@code source}. */
  T draw(ChoiceSource source);
}
