/**
 * Runnable examples of Rubric in a host application, each quoted by {@code docs/guide.md} and run
 * by a test: {@code embed.EmbeddingExample} compiles a catalog and evaluates one unit; {@code
 * cohort.CohortExample} evaluates and ranks a whole cohort as a stream. The module also holds the
 * bundled sample data under {@code examples/data}.
 */
@NullMarked
package dev.rubric.examples;

import org.jspecify.annotations.NullMarked;
