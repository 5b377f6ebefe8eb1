/**
 * The CLI's files: catalogs named on the command line ({@link dev.rubric.cli.io.Catalogs}) and the
 * bundled sample data ({@link dev.rubric.cli.io.BundledData}). Evidence files are read by {@link
 * dev.rubric.core.io.EvidenceLoader}.
 */
@NullMarked
package dev.rubric.cli.io;

import org.jspecify.annotations.NullMarked;
