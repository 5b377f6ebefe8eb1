/**
 * "Which fix gains most": {@link dev.rubric.cohort.advice.Advisor} solves, for each criterion of a
 * unit below its maximum, the smallest change of evidence that lifts it to its next level, and
 * {@link dev.rubric.cohort.advice.CohortAdvice} gathers a cohort's advice into a Pareto table of
 * the criteria holding the most lost points.
 */
@NullMarked
package dev.rubric.cohort.advice;

import org.jspecify.annotations.NullMarked;
