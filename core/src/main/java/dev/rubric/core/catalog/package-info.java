/**
 * Criteria catalogs as values: a {@link dev.rubric.core.catalog.Catalog} holds metadata, declared
 * inputs, a tree of nodes with their rules, bonus and penalty blocks, the index formula, bands and
 * rounding. Catalogs are built by the rules DSL ({@code dev.rubric.dsl}), which checks them and
 * compiles them for evaluation.
 */
@NullMarked
@ValueStyle
package dev.rubric.core.catalog;

import dev.rubric.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
