/**
 * Evaluation of checked catalogs: the plan compiler lowers a catalog and its resolution to slots,
 * rule plans and code trees once, and {@link dev.rubric.dsl.internal.eval.Engine} evaluates them
 * for each unit. Not part of the API.
 */
@NullMarked
package dev.rubric.dsl.internal.eval;

import org.jspecify.annotations.NullMarked;
