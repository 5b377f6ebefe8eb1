/**
 * What an evaluation found: a {@link dev.rubric.core.finding.Finding} is one stable, coded
 * observation about a unit (a criterion not met, evidence missing, a deadline missed, a
 * data-quality problem) with its {@link dev.rubric.core.finding.Severity}, {@link
 * dev.rubric.core.finding.FindingKind}, message (rendered on demand), evidence references,
 * recommendation and points lost; an {@link dev.rubric.core.finding.Explanation} is the tree of
 * evaluated predicates, with the values that decided a node's score. Start from {@link
 * dev.rubric.core.finding.Finding#builder()}.
 */
@NullMarked
@ValueStyle
package dev.rubric.core.finding;

import dev.rubric.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
