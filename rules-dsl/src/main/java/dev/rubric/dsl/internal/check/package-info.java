/**
 * Static checking of {@code .rubric} catalogs: {@link dev.rubric.dsl.internal.check.Checker} walks
 * a parsed or builder-made catalog, hands each part to its pass (names, types, tier order, ranges,
 * lints) and lowers a catalog without errors to the core model with a {@link
 * dev.rubric.dsl.internal.check.Resolution} keyed by {@link dev.rubric.dsl.internal.syntax.Site}.
 * Not part of the API.
 */
@NullMarked
package dev.rubric.dsl.internal.check;

import org.jspecify.annotations.NullMarked;
