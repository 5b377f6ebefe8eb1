/**
 * Canonical text of catalogs and expressions: {@link dev.rubric.dsl.internal.print.Printer} and
 * {@link dev.rubric.dsl.internal.print.ExprPrinter}. Not part of the API.
 */
@NullMarked
package dev.rubric.dsl.internal.print;

import org.jspecify.annotations.NullMarked;
