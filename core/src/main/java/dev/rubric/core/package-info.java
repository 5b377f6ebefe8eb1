/**
 * Rubric's core values: administrative {@link dev.rubric.core.Unit units}, {@link
 * dev.rubric.core.Period periods}, {@link dev.rubric.core.LocalizedText localized text} and the
 * exact {@link dev.rubric.core.Decimal} used for every point, threshold and index. Catalogs live in
 * {@code dev.rubric.core.catalog}, evidence in {@code dev.rubric.core.evidence}, results in {@code
 * dev.rubric.core.result}.
 */
@NullMarked
@ValueStyle
package dev.rubric.core;

import dev.rubric.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
