/**
 * Comparisons over time: {@link dev.rubric.cohort.compare.CatalogDiff} compares two versions of a
 * catalog and classifies each change by its effect on comparability; {@link
 * dev.rubric.cohort.compare.History} follows a cohort's units over several periods (possibly under
 * different catalog versions), matching criteria through {@link
 * dev.rubric.cohort.compare.CodeMapping}s and units through a {@link
 * dev.rubric.cohort.compare.Succession} table, never by name.
 */
@NullMarked
package dev.rubric.cohort.compare;

import org.jspecify.annotations.NullMarked;
