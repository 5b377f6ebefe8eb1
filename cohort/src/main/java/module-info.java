/**
 * Operations over a cohort of scorecards: ranking with ties, band distribution, area averages;
 * reconciliation of assessments with the computed scores.
 */
module dev.rubric.cohort {
  requires transitive dev.rubric.core;
  requires transitive dev.rubric.dsl;
  requires static org.jspecify;

  exports dev.rubric.cohort;
  exports dev.rubric.cohort.reconcile;
}
