/**
 * Reading the user's files: catalogs, evidence as JSON, CSV ({@link
 * dev.rubric.core.csv.CsvEvidenceReader}) or directories ({@link
 * dev.rubric.cli.io.EvidenceLoader}), and the bundled sample data ({@link
 * dev.rubric.cli.io.BundledData}). Problems surface as {@link
 * dev.rubric.cli.io.InvalidInputException}s naming the file and position.
 */
@NullMarked
package dev.rubric.cli.io;

import org.jspecify.annotations.NullMarked;
