package dev.rubric.core.table;

import java.util.Objects;

/**
 * One cell of an evidence table, as a front end hands it to {@link EvidenceTable}: its text in the
 * table's canonical form (see {@link EvidenceTable}) and where it is, for messages.
 *
 * @param value the cell's text; empty for an empty cell
 * @param position where the cell is, as messages start with it: {@code units.csv:4:23} for a CSV
 *     field, {@code units.xlsx:Evidence!F12} for a workbook cell
 */
public record TableCell(String value, String position) {

  /** Checks that both components are present. */
  public TableCell {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(position, "position");
  }
}
