/**
 * The {@code .rubric} language: start from {@link dev.rubric.dsl.Rubric}, which compiles catalog
 * text (or a {@link dev.rubric.dsl.CatalogBuilder}) into a {@link dev.rubric.dsl.Compilation}
 * holding diagnostics or an immutable, thread-safe {@link dev.rubric.dsl.CompiledCatalog} that
 * evaluates units.
 */
@NullMarked
package dev.rubric.dsl;

import org.jspecify.annotations.NullMarked;
