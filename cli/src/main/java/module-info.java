/**
 * The {@code rubric} command-line application ({@code dev.rubric.cli.Main}). An application module:
 * it exports nothing. Its bundled sample data is read from the class path or module as resources
 * under {@code data/}.
 */
module dev.rubric.cli {
  requires dev.rubric.core;
  requires dev.rubric.dsl;
  requires dev.rubric.cohort;
  requires dev.rubric.report;
  requires static org.jspecify;
}
