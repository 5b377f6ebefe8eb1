/**
 * Evidence tables: the one mapping from a table of cells (a header row, then one unit per row) to
 * evidence files, shared by every front end that reads one (CSV in {@code dev.rubric.core.csv}, the
 * {@code .xlsx} workbooks of the {@code rubric-xlsx} module). Start from {@link
 * dev.rubric.core.table.EvidenceTable}; a front end hands it {@link
 * dev.rubric.core.table.TableCell}s that carry their position, so that every {@link
 * dev.rubric.core.table.TableFormatException} names the file and the cell in the front end's terms.
 */
@NullMarked
package dev.rubric.core.table;

import org.jspecify.annotations.NullMarked;
