package dev.rubric.core.csv;

import dev.rubric.core.Language;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.message.Arg;
import dev.rubric.core.message.Message;
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
   * A row that does not map: the first cell, in header order, that is not valid. Two problems are
   * equal when they name the same column and give the same {@link #reason()}.
   *
   * @param column the header of the cell's column
   * @param detail what was expected and what was found, in every language, for example {@code
   *     expected a whole number such as '12' but found 'abc'} and {@code cần một số nguyên, ví dụ
   *     '12', nhưng gặp 'abc'}
   */
  public record Problem(String column, Message detail) implements Result {
    /** Validates the components. */
    public Problem {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(detail, "detail");
    }

    /** Creates a problem whose reason is {@code reason} in every language. */
    public Problem(String column, String reason) {
      this(column, CsvWords.say("csv.text", "text", Objects.requireNonNull(reason, "reason")));
    }

    /** Returns what was expected and what was found, in English. */
    public String reason() {
      return detail.in(Language.EN);
    }

    /** Returns what was expected and what was found, in {@code language}. */
    public String reason(Language language) {
      return detail.in(language);
    }

    /** Returns {@code column 'x': reason}, the CSV reader's message without the position. */
    public String message() {
      return message(Language.EN);
    }

    /** Returns {@link #message()} in {@code language}: {@code cột 'x': …} in Vietnamese. */
    public String message(Language language) {
      return CsvWords.say("csv.in-column", "column", column, "detail", detail).in(language);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Problem p && p.column.equals(column) && p.reason().equals(reason());
    }

    @Override
    public int hashCode() {
      return 31 * column.hashCode() + reason().hashCode();
    }

    @Override
    public String toString() {
      return "Problem[column=" + column + ", reason=" + reason() + "]";
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
      throw new CsvFormatException(e.position(), e.detail());
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
      Optional<Message> bad = CsvWords.badCharacter(cell);
      if (bad.isPresent()) {
        return new Problem(header.get(i), bad.get());
      }
      row.add(new TableCell(cell, MARK + i));
    }
    try {
      return new Mapped(table.rows().read(row, "row"));
    } catch (TableFormatException e) {
      return problem(e);
    }
  }

  /**
   * Returns the problem {@link EvidenceTable} reports: its position is the mark and index of the
   * cell, and a detail that names the cell's column ({@code column 'x' (type): reason}) gives its
   * reason without the column.
   */
  private Problem problem(TableFormatException e) {
    int index = Integer.parseInt(e.position().substring(MARK.length()));
    Message detail = e.detail();
    if (detail.key().equals("table.in-column")
        && detail.arguments().get("detail") instanceof Arg.Nested reason) {
      detail = reason.message();
    }
    return new Problem(header.get(index), detail);
  }

  @Override
  public String toString() {
    return "CsvRowMapper" + header;
  }
}
