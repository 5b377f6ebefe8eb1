/**
 * A whole cohort evaluated and ranked from a host application: {@link
 * dev.rubric.examples.cohort.CohortExample}, the example of {@code docs/guide.md}, compiled and run
 * by the module's tests.
 */
@NullMarked
package dev.rubric.examples.cohort;

import org.jspecify.annotations.NullMarked;
