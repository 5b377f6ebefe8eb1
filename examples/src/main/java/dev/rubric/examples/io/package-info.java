/**
 * Reading the user's files: catalogs, evidence as JSON, CSV ({@link
 * dev.rubric.examples.io.CsvEvidenceReader}) or directories ({@link
 * dev.rubric.examples.io.EvidenceLoader}), and the bundled sample data ({@link
 * dev.rubric.examples.io.BundledData}). Problems surface as {@link
 * dev.rubric.examples.io.InvalidInputException}s naming the file and position.
 */
@NullMarked
package dev.rubric.examples.io;

import org.jspecify.annotations.NullMarked;
