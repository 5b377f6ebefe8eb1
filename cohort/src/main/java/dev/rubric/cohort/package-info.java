/**
 * Operations over a cohort of scorecards: {@link dev.rubric.cohort.Ranking} ranks units with ties,
 * counts units per band and averages each area; {@link dev.rubric.cohort.RankingAccumulator} builds
 * the same ranking from a streamed cohort, keeping a small summary per unit.
 */
@NullMarked
package dev.rubric.cohort;

import org.jspecify.annotations.NullMarked;
