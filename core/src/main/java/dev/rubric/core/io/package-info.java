/**
 * Reading the files a host is handed: evidence by file type ({@link
 * dev.rubric.core.io.EvidenceLoader}: one {@code rubric-evidence/1} JSON file, a CSV file of many
 * units, or a directory of both), all at once or, for any number of units, a unit at a time from an
 * {@link dev.rubric.core.io.EvidenceSource}; and strict UTF-8 text ({@link
 * dev.rubric.core.io.TextFiles}). Every problem is an {@link
 * dev.rubric.core.io.InvalidInputException} whose message names the file and, where there is one,
 * the position or JSON path.
 */
@NullMarked
package dev.rubric.core.io;

import org.jspecify.annotations.NullMarked;
