/**
 * Scores claimed or awarded per criterion and per {@link dev.rubric.core.assessment.Round round}
 * (self-assessment, appraisal, explanation, re-appraisal, final), so that self-scores can be
 * reconciled with computed or appraised ones. Start from {@link
 * dev.rubric.core.assessment.Assessment#builder()}.
 */
@NullMarked
@ValueStyle
package dev.rubric.core.assessment;

import dev.rubric.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
