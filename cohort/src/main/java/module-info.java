/**
 * Operations over a cohort of scorecards: ranking with ties, band distribution, area averages;
 * comparisons over time (catalog versions, a unit or a cohort over several periods); advice on
 * which fix gains most; reconciliation of assessments with the computed scores; and the robustness
 * of a ranking when the weights move.
 */
module dev.rubric.cohort {
  requires transitive dev.rubric.core;
  requires transitive dev.rubric.dsl;
  // the comparisons' side files (code mappings, succession tables) are read with the streaming
  // parser
  requires com.fasterxml.jackson.core;
  requires static org.jspecify;

  exports dev.rubric.cohort;
  exports dev.rubric.cohort.advice;
  exports dev.rubric.cohort.compare;
  exports dev.rubric.cohort.reconcile;
  exports dev.rubric.cohort.robust;
}
