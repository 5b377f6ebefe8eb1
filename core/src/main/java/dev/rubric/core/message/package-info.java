/**
 * Messages kept as what they say: a key and typed arguments ({@link
 * dev.rubric.core.message.Message}, {@link dev.rubric.core.message.Arg}), worded in Vietnamese or
 * English only when rendered, from one table per language ({@link
 * dev.rubric.core.message.MessageTable}) whose keys {@link dev.rubric.core.message.MessageKey}
 * lists.
 */
@NullMarked
package dev.rubric.core.message;

import org.jspecify.annotations.NullMarked;
