/**
 * Rubric's value model, scoring arithmetic, results, findings, diagnostics and formats (JSON, CSV,
 * evidence files by type).
 *
 * <p>{@code dev.rubric.core.internal} is not part of the API. It is exported only to the two
 * sibling modules that share one of its rules: {@code dev.rubric.dsl} (the identifier and version
 * rules and the band order, so that what the checker accepts never fails construction) and {@code
 * dev.rubric.report} (display widths, which it publishes as {@code dev.rubric.report.TextLayout}).
 */
// "module": the qualified export names a module that is compiled after this one;
// "requires-automatic": org.immutables.value has no module descriptor (compile time only).
@SuppressWarnings({"module", "requires-automatic"})
module dev.rubric.core {
  // Json.generator(Writer) returns a Jackson JsonGenerator; every format is read and written with
  // Jackson's streaming parser and generator, so no package is opened for reflection.
  requires transitive com.fasterxml.jackson.core;
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
  exports dev.rubric.core.io;
  exports dev.rubric.core.json;
  exports dev.rubric.core.message;
  exports dev.rubric.core.result;
  exports dev.rubric.core.table;
  exports dev.rubric.core.waiver;
  exports dev.rubric.core.internal to
      dev.rubric.dsl,
      dev.rubric.report;
}
