/**
 * Rubric's value model, scoring arithmetic, results, findings, diagnostics and JSON formats.
 *
 * <p>{@code dev.rubric.core.internal} is not part of the API. It is exported only to the two
 * sibling modules that share one of its rules: {@code dev.rubric.dsl} (the identifier rule, so that
 * a name the checker accepts never fails construction) and {@code dev.rubric.report} (display
 * widths, which it publishes as {@code dev.rubric.report.TextLayout}).
 */
// "module": the qualified export names a module that is compiled after this one;
// "requires-automatic": org.immutables.value has no module descriptor (compile time only).
@SuppressWarnings({"module", "requires-automatic"})
module dev.rubric.core {
  // Jackson: Json.mapper() and Json.module() put databind types in the API, and the value types
  // carry Jackson annotations. When core moves to streaming only, this becomes
  // "requires transitive com.fasterxml.jackson.core" (or "requires" if no API type exposes it).
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  // Guava: only the Immutables-generated classes use it (Immutables picks Guava collections when
  // Guava is on the class path).
  requires com.google.common;
  requires static com.google.errorprone.annotations;
  // compile time only; java.compiler for @javax.annotation.processing.Generated in generated code
  requires static java.compiler;
  requires static org.immutables.value;
  requires static org.jspecify;

  exports dev.rubric.core;
  exports dev.rubric.core.assessment;
  exports dev.rubric.core.catalog;
  exports dev.rubric.core.csv;
  exports dev.rubric.core.diagnostic;
  exports dev.rubric.core.evidence;
  exports dev.rubric.core.finding;
  exports dev.rubric.core.json;
  exports dev.rubric.core.result;
  // Jackson databind reads and builds the package-private Immutable* classes reflectively. This
  // goes away with databind (streaming JSON needs no reflection).
  opens dev.rubric.core to
      com.fasterxml.jackson.databind;
  opens dev.rubric.core.assessment to
      com.fasterxml.jackson.databind;
  opens dev.rubric.core.evidence to
      com.fasterxml.jackson.databind;
  opens dev.rubric.core.finding to
      com.fasterxml.jackson.databind;
  opens dev.rubric.core.result to
      com.fasterxml.jackson.databind;

  exports dev.rubric.core.internal to
      dev.rubric.dsl,
      dev.rubric.report;
}
