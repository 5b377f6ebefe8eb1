/**
 * The {@code .rubric} language: parse, check, compile and evaluate catalogs; the Java builder API.
 * Start from {@link dev.rubric.dsl.Rubric}. The {@code dev.rubric.dsl.internal.*} packages are not
 * exported.
 */
module dev.rubric.dsl {
  requires transitive dev.rubric.core;
  requires org.slf4j;
  requires static org.jspecify;

  exports dev.rubric.dsl;
}
