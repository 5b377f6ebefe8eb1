/**
 * The {@code rubric} application: {@link dev.rubric.cli.Main} runs the picocli command line of
 * {@link dev.rubric.cli.command.RubricCommand} with localized help and Rubric's exit statuses.
 */
@NullMarked
package dev.rubric.cli;

import org.jspecify.annotations.NullMarked;
