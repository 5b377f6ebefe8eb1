/**
 * The {@code rubric} command-line application, Rubric's runnable host: start from {@link
 * dev.rubric.cli.Main}. Commands live in {@code command}, argument parsing and help in {@code
 * cli}, file reading (including the CSV evidence format) in {@code io}, and the text, JSON, CSV and
 * HTML reports in {@code report}.
 */
@NullMarked
package dev.rubric.examples;

import org.jspecify.annotations.NullMarked;
