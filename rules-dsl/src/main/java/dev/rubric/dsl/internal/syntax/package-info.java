/**
 * Syntax of the {@code .rubric} language: the {@link dev.rubric.dsl.internal.syntax.Lexer} turns
 * source text into {@link dev.rubric.dsl.internal.syntax.Token}s, and the hand-written
 * recursive-descent {@link dev.rubric.dsl.internal.syntax.Parser} (statement, declaration, rule and
 * expression parsers over one token cursor) turns tokens into {@link
 * dev.rubric.dsl.internal.syntax.Syntax} records and their source {@link
 * dev.rubric.dsl.internal.syntax.Spans}, keyed by {@link dev.rubric.dsl.internal.syntax.Site}. Not
 * part of the API.
 */
@NullMarked
package dev.rubric.dsl.internal.syntax;

import org.jspecify.annotations.NullMarked;
