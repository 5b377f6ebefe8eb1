package dev.rubric.core.csv;

import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.internal.Text;
import dev.rubric.core.table.EvidenceTable;
import dev.rubric.core.table.TableCell;
import dev.rubric.core.table.TableFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps rows given as lists of cell texts to evidence files with the columns and cell rules of
 * {@link CsvEvidenceReader} (the one mapping of {@link EvidenceTable}), for hosts that hold the
 * rows already split into cells (a Spark {@code Dataset}, a spreadsheet): the header starts with
 * {@link CsvEvidenceReader#FIXED_COLUMNS}, then {@code attr:<name>} columns and input columns in
 * any order, and each cell is read as the CSV reader reads it. Unlike the reader, a bad row is a
 * value, not an exception: {@link #map} returns either the evidence file or the first problem of
 * the row with its column and the reason, so that a host can report the row and carry on. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * CsvRowMapper rows = CsvRowMapper.of("units", header, catalog.catalog());
 * CsvRowMapper.Result r = rows.map(cells);
 * if (r instanceof CsvRowMapper.Problem p) {
 *   report(p.column(), p.reason()); // "nv_ke_hoach", "expected a whole number such as '12' but found 'abc'"
 * }
 * }</pre>
 */
public final class CsvRowMapper {

  /**
   * The position a cell is given for {@link EvidenceTable}: its index behind this mark, so that the
   * problem's column can be read back from the message, which starts with the position.
   */
  private static final String MARK = "#";

  public sealed interface Result permits Mapped, Problem {}

  /**
   * A row that maps to an evidence file.
   *
   * @param file the unit, period and evidence the row holds
   */
  public record Mapped(EvidenceFile file) implements Result {
    /** Validates the component. */
    public Mapped {
      Objects.requireNonNull(file, "file");
    }
  }

  /**
   * A row that does not map: the first cell, in header order, that is not valid.
   *
   * @param column the header of the cell's column
   * @param reason what was expected and what was found, for example {@code expected a whole number
   *     such as '12' but found 'abc'}
   */
  public record Problem(String column, String reason) implements Result {
    /** Validates the components. */
    public Problem {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(reason, "reason");
    }

    /** Returns {@code column 'x': reason}, the CSV reader's message without the position. */
    public String message() {
      return "column '" + column + "': " + reason;
    }
  }

  private final List<String> header;
  private final EvidenceTable table;

  private CsvRowMapper(List<String> header, EvidenceTable table) {
    this.header = header;
    this.table = table;
  }

  /**
   * Returns the mapper of rows with {@code header}.
   *
   * @param name the rows' source in messages, such as a file or table name
   * @param header the column headers, in the order of the cells of each row
   * @param catalog the catalog whose inputs and attributes type the columns
   * @throws CsvFormatException if the header does not start with the fixed columns, repeats a
   *     column or names an input or attribute the catalog does not declare; the message reads
   *     {@code name:1:<column number>: …}, as the CSV reader's does, with a suggestion where one
   *     fits
   */
  public static CsvRowMapper of(String name, List<String> header, Catalog catalog) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(catalog, "catalog");
    List<String> copy = List.copyOf(header);
    List<TableCell> cells = new ArrayList<>(copy.size());
    for (int i = 0; i < copy.size(); i++) {
      cells.add(new TableCell(copy.get(i), name + ":1:" + (i + 1)));
    }
    try {
      return new CsvRowMapper(
          copy, EvidenceTable.of(cells, name + ":1:" + (copy.size() + 1), catalog));
    } catch (TableFormatException e) {
      throw new CsvFormatException(String.valueOf(e.getMessage()));
    }
  }

  /** Returns the header, as given. */
  public List<String> header() {
    return header;
  }

  /**
   * Maps one row; never throws on the cells' content. Each row is mapped on its own: a unit and
   * period that several rows give are not noticed here.
   *
   * @param cells the row's cells in header order; an empty string is an empty cell
   * @throws IllegalArgumentException if there are not as many cells as headers
   */
  public Result map(List<String> cells) {
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException(
          "cells: expected " + header.size() + " as in the header but found " + cells.size());
    }
    List<TableCell> row = new ArrayList<>(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      String cell = Objects.requireNonNull(cells.get(i), "cell");
      Optional<String> bad = Text.badCharacter(cell);
      if (bad.isPresent()) {
        return new Problem(header.get(i), "expected text but found " + bad.get());
      }
      row.add(new TableCell(cell, MARK + i));
    }
    try {
      return new Mapped(table.rows().read(row, "row"));
    } catch (TableFormatException e) {
      return problem(String.valueOf(e.getMessage()));
    }
  }

  /**
   * Returns the problem a message of {@link EvidenceTable} reports: {@code #<index>: column 'x'
   * (type): reason} or {@code #<index>: column 'x': reason}.
   */
  private Problem problem(String message) {
    int colon = message.indexOf(": ");
    int index = Integer.parseInt(message.substring(MARK.length(), colon));
    String column = header.get(index);
    String rest = message.substring(colon + 2);
    String[] prefixes = {"column '" + column + "': ", "column '" + column + "' ("};
    if (rest.startsWith(prefixes[0])) {
      rest = rest.substring(prefixes[0].length());
    } else if (rest.startsWith(prefixes[1]) && rest.indexOf("): ") > 0) {
      rest = rest.substring(rest.indexOf("): ") + 3);
    }
    return new Problem(column, rest);
  }

  @Override
  public String toString() {
    return "CsvRowMapper" + header;
  }
}
