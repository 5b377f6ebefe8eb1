/**
 * Operations over a cohort of scorecards: {@link dev.rubric.cohort.Ranking} ranks units with ties,
 * counts units per band and averages each area.
 */
@NullMarked
package dev.rubric.cohort;

import org.jspecify.annotations.NullMarked;
