/**
 * Waivers: dated, approved exemptions of one unit from one criterion (a commune without a one-stop
 * shop in a merger year, a criterion suspended by decision), read from {@code "rubric-waivers/1"}
 * documents and applied at evaluation beside the evidence, never as an edit of it. Start from
 * {@link dev.rubric.core.waiver.Waivers#read(java.nio.file.Path, String)} or {@link
 * dev.rubric.core.waiver.Waiver#builder()}.
 */
@NullMarked
@ValueStyle
package dev.rubric.core.waiver;

import dev.rubric.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
