/**
 * Command-line parsing and help: {@link dev.rubric.examples.cli.ArgumentParser} parses a command's
 * arguments against its {@link dev.rubric.examples.cli.CommandSpec}; {@link
 * dev.rubric.examples.cli.Help} renders usage and help in Vietnamese or English.
 */
@NullMarked
package dev.rubric.examples.cli;

import org.jspecify.annotations.NullMarked;
