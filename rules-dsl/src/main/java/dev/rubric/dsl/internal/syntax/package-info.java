/**
 * Syntax of the {@code .rubric} language: the {@link dev.rubric.dsl.internal.syntax.Lexer} turns
 * source text into {@link dev.rubric.dsl.internal.syntax.Token}s, and the hand-written
 * recursive-descent parser turns tokens into AST records. Not part of the API.
 */
@NullMarked
package dev.rubric.dsl.internal.syntax;

import org.jspecify.annotations.NullMarked;
