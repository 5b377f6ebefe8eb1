/**
 * The commands of the CLI ({@code demo}, {@code check}, {@code evaluate}, {@code rank}, {@code
 * explain}); start from {@link dev.rubric.examples.command.Commands}.
 */
@NullMarked
package dev.rubric.examples.command;

import org.jspecify.annotations.NullMarked;
