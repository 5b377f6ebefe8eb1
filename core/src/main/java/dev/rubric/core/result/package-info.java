/**
 * The result of evaluating one unit for one period against one catalog: a {@link
 * dev.rubric.core.result.Scorecard} holds the per-node {@link dev.rubric.core.result.NodeResult}s
 * (earned, maximum and applicable maximum points, {@link dev.rubric.core.result.NodeStatus status}
 * and explanation), channel subtotals, bonus, penalty, total, index, band and findings. Start from
 * {@link dev.rubric.core.result.Scorecard}; renderers and cohort operations read these values and
 * never change them.
 */
@NullMarked
@ValueStyle
package dev.rubric.core.result;

import dev.rubric.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
