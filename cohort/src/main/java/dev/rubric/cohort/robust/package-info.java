/**
 * How robust a ranking is: an uncertainty and sensitivity analysis in the manner of the JRC/OECD
 * Handbook on Constructing Composite Indicators (2008) and the JRC's COINr tool. The areas' weights
 * are perturbed at random over many runs, each unit's rank interval, median rank and chance of
 * changing band are read off the runs, each area is left out in turn, and each weight's influence
 * is measured one at a time. Start with {@link dev.rubric.cohort.robust.RobustnessAccumulator}.
 */
@NullMarked
package dev.rubric.cohort.robust;

import org.jspecify.annotations.NullMarked;
