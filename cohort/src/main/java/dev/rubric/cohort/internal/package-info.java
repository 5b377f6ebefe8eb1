/** Helpers shared by the cohort's packages; not exported, not part of the API. */
@NullMarked
package dev.rubric.cohort.internal;

import org.jspecify.annotations.NullMarked;
