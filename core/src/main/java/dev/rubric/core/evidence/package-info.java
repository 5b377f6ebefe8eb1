/**
 * Evidence (tài liệu kiểm chứng) for one unit and one period: an {@link
 * dev.rubric.core.evidence.EvidenceSet} maps each declared input key to an {@link
 * dev.rubric.core.evidence.Evidence} item, which has a {@link
 * dev.rubric.core.evidence.EvidenceStatus status}, a typed {@link
 * dev.rubric.core.evidence.EvidenceValue value} when one was supplied, and {@link
 * dev.rubric.core.evidence.Provenance provenance}. An {@link dev.rubric.core.evidence.EvidenceFile}
 * bundles a set with the unit snapshot and period it belongs to, which is what an evidence JSON
 * file holds. Start from {@link dev.rubric.core.evidence.EvidenceSet#builder()}.
 */
@NullMarked
@ValueStyle
package dev.rubric.core.evidence;

import dev.rubric.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
