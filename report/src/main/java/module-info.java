/**
 * Renders scorecards and rankings as text, CSV, HTML and JSON, and diagnostics and findings as
 * SARIF ({@link dev.rubric.report.Sarif}). {@link dev.rubric.report.TextLayout} is the public
 * display-width measure for terminal text.
 */
module dev.rubric.report {
  requires transitive dev.rubric.core;
  requires transitive dev.rubric.cohort;
  // RankingJson writes with the streaming generator only
  requires com.fasterxml.jackson.core;
  requires static org.jspecify;

  exports dev.rubric.report;
}
