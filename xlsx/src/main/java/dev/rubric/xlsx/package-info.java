/**
 * Evidence workbooks ({@code .xlsx}). {@link dev.rubric.xlsx.EvidenceWorkbook} writes a template
 * for a catalog (one row per unit, one column per input, drop-down lists and number checks where
 * the input's type allows, a notes sheet, the catalog's id, version and hash in the document
 * properties) and reads the evidence of a filled workbook with the same column mapping and checks
 * as the CSV reader ({@link dev.rubric.core.table.EvidenceTable}). Problems are {@link
 * dev.rubric.xlsx.XlsxFormatException}s that name the file, sheet and cell; {@link
 * dev.rubric.xlsx.XlsxLimits} bounds what a hostile file can cost.
 */
@NullMarked
package dev.rubric.xlsx;

import org.jspecify.annotations.NullMarked;
