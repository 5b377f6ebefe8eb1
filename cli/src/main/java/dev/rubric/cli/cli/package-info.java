/**
 * Command-line parsing and help: {@link dev.rubric.cli.cli.ArgumentParser} parses a command's
 * arguments against its {@link dev.rubric.cli.cli.CommandSpec}; {@link
 * dev.rubric.cli.cli.Help} renders usage and help in Vietnamese or English.
 */
@NullMarked
package dev.rubric.cli.cli;

import org.jspecify.annotations.NullMarked;
