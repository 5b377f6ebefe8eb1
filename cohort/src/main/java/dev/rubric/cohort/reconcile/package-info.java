/**
 * Reconciliation of an assessment cycle: per unit and criterion the points claimed
 * (self-assessment), computed (the catalog from the evidence), appraised (the council) and final,
 * each gap classified and turned into a finding (RB821–RB824), where each final score came from,
 * the index of any round; and across a cohort, how far self-scores agree with the final result.
 * Start from {@link dev.rubric.cohort.reconcile.Reconciliation#of}.
 */
@NullMarked
package dev.rubric.cohort.reconcile;

import org.jspecify.annotations.NullMarked;
