/**
 * The commands of the CLI ({@code demo}, {@code check}, {@code evaluate}, {@code rank}, {@code
 * explain}); start from {@link dev.rubric.cli.command.Commands}.
 */
@NullMarked
package dev.rubric.cli.command;

import org.jspecify.annotations.NullMarked;
