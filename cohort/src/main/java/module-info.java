/** Operations over a cohort of scorecards: ranking with ties, band distribution, area averages. */
module dev.rubric.cohort {
  requires transitive dev.rubric.core;
  requires static org.jspecify;

  exports dev.rubric.cohort;
}
