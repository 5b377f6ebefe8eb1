/**
 * Rubric embedded in a host application: {@link dev.rubric.examples.embed.EmbeddingExample}, the
 * example of {@code docs/guide.md}, compiled and run by the module's tests.
 */
@NullMarked
package dev.rubric.examples.embed;

import org.jspecify.annotations.NullMarked;
