/**
 * Reading evidence from CSV: {@link dev.rubric.core.csv.CsvEvidenceReader} reads the evidence of
 * many units from one spreadsheet export, one unit per row, typed by the catalog's declared inputs,
 * from a whole text or a row at a time from a reader. The mapping of columns and cells is {@link
 * dev.rubric.core.table.EvidenceTable}'s, shared with the workbook reader. Problems are {@link
 * dev.rubric.core.csv.CsvFormatException}s that name file, line, column and column header.
 */
@NullMarked
package dev.rubric.core.csv;

import org.jspecify.annotations.NullMarked;
