/**
 * Catalog layering: merges the syntax of a catalog and the bases it extends into one catalog, and
 * records which layer set each property. Internal; hosts use {@code Rubric.compile(SourceText,
 * CatalogResolver)}.
 */
@NullMarked
package dev.rubric.dsl.internal.layer;

import org.jspecify.annotations.NullMarked;
