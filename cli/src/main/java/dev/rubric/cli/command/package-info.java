/**
 * The commands of the CLI as picocli commands: {@link dev.rubric.cli.command.RubricCommand} and its
 * subcommands {@code demo}, {@code check}, {@code evaluate}, {@code rank} and {@code explain}, with
 * the options they share as mixins ({@link dev.rubric.cli.command.Inputs} loads {@code --catalog}
 * and {@code --evidence}).
 */
@NullMarked
package dev.rubric.cli.command;

import org.jspecify.annotations.NullMarked;
