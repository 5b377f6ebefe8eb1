/**
 * Diagnostics shared by every Rubric front end: a {@link dev.rubric.core.diagnostic.Diagnostic} has
 * a severity, a stable code from the {@link dev.rubric.core.diagnostic.DiagnosticCode} registry
 * ({@code RB1xx} syntax, {@code RB2xx} names, {@code RB3xx} types and semantics, {@code RB4xx}
 * limits; {@code RB5xx} evaluation and {@code RB6xx} evidence are finding codes), a message, an
 * optional {@link dev.rubric.core.diagnostic.SourceSpan} into a {@link
 * dev.rubric.core.diagnostic.SourceText} and hints. Start from {@link
 * dev.rubric.core.diagnostic.Diagnostics#render} to print them in the javac/gcc convention with a
 * caret snippet, and from {@link dev.rubric.core.diagnostic.Suggestions} for "did you mean" hints.
 */
@NullMarked
package dev.rubric.core.diagnostic;

import org.jspecify.annotations.NullMarked;
