package dev.rubric.core.csv;

import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps rows given as lists of cell texts to evidence files with the columns and cell rules of
 * {@link CsvEvidenceReader}, for hosts that hold the rows already split into cells (a Spark {@code
 * Dataset}, a spreadsheet): the header starts with {@link CsvEvidenceReader#FIXED_COLUMNS}, then
 * {@code attr:<name>} columns and input columns in any order, and each cell is read as the CSV
 * reader reads it. Unlike the reader, a bad row is a value, not an exception: {@link #map} returns
 * either the evidence file or the first problem of the row with its column and the reason, so that
 * a host can report the row and carry on. Immutable and thread-safe.
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

  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

  /** What mapping one row gives: the evidence file or the row's problem. */
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
  private final List<CsvEvidenceReader.Column> columns;

  private CsvRowMapper(List<String> header, List<CsvEvidenceReader.Column> columns) {
    this.header = header;
    this.columns = columns;
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
    List<CsvRecords.Field> fields = new ArrayList<>(copy.size());
    for (int i = 0; i < copy.size(); i++) {
      fields.add(new CsvRecords.Field(copy.get(i), 1, i + 1));
    }
    CsvRecords.Row row = new CsvRecords.Row(List.copyOf(fields), 1, copy.size() + 1);
    return new CsvRowMapper(copy, CsvEvidenceReader.columns(name, row, catalog));
  }

  /** Returns the header, in cell order. */
  public List<String> header() {
    return header;
  }

  /**
   * Maps one row; never throws on the cells' content.
   *
   * @param cells the row's cells in header order; an empty string is an empty cell
   * @throws IllegalArgumentException if there are not as many cells as headers
   */
  public Result map(List<String> cells) {
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException(
          "cells: expected " + header.size() + " as in the header but found " + cells.size());
    }
    for (int i = 0; i < cells.size(); i++) {
      Optional<String> bad = Text.badCharacter(Objects.requireNonNull(cells.get(i), "cell"));
      if (bad.isPresent()) {
        return new Problem(header.get(i), "expected text but found " + bad.get());
      }
    }
    String[] fixed = new String[CsvEvidenceReader.FIXED_COLUMNS.size()];
    String[] what = {
      "a unit code", "a unit name", "a level such as 'commune'", "a kind such as 'xa'", "", ""
    };
    for (int i = 0; i < fixed.length; i++) {
      fixed[i] = Objects.requireNonNull(cells.get(i), "cell");
      if (fixed[i].isEmpty() && !what[i].isEmpty()) {
        return new Problem(
            CsvEvidenceReader.FIXED_COLUMNS.get(i),
            "expected " + what[i] + " but found an empty cell");
      }
    }
    String year = fixed[5];
    if (!YEAR.matcher(year).matches()) {
      return new Problem(
          "period",
          "expected a year such as '2022' but found "
              + (year.isEmpty() ? "an empty cell" : "'" + year + "'"));
    }
    Period period;
    try {
      period = Period.year(Integer.parseInt(year));
    } catch (IllegalArgumentException e) {
      return new Problem("period", String.valueOf(e.getMessage()));
    }
    Unit.Builder unit = Unit.builder().code(fixed[0]).name(fixed[1]).level(fixed[2]).kind(fixed[3]);
    if (!fixed[4].isEmpty()) {
      unit.parentCode(fixed[4]);
    }
    EvidenceSet.Builder evidence = EvidenceSet.builder().unitCode(fixed[0]).periodId(period.id());
    for (int i = 0; i < columns.size(); i++) {
      CsvEvidenceReader.Column c = columns.get(i);
      String cell = Objects.requireNonNull(cells.get(fixed.length + i), "cell");
      try {
        if (c.attribute()) {
          if (!cell.isEmpty()) {
            unit.putAttributes(c.decl().key(), CsvEvidenceReader.attribute(c.decl(), cell));
          }
        } else {
          evidence.putEvidence(c.decl().key(), CsvEvidenceReader.evidence(c.decl(), cell));
        }
      } catch (IllegalArgumentException e) {
        return new Problem(c.header(), String.valueOf(e.getMessage()));
      }
    }
    Unit built;
    try {
      built = unit.build();
    } catch (IllegalArgumentException e) {
      return unitProblem(String.valueOf(e.getMessage()));
    }
    return new Mapped(new EvidenceFile(built, period, evidence.build()));
  }

  /** Maps the unit builder's "unit.level: …" messages to the column they are about. */
  private static Problem unitProblem(String message) {
    String[][] fields = {
      {"unit.code", "unit_code"},
      {"unit.name", "unit_name"},
      {"unit.level", "level"},
      {"unit.kind", "kind"},
      {"unit.parentCode", "parent_code"},
    };
    for (String[] f : fields) {
      String prefix = f[0] + ": ";
      if (message.startsWith(prefix)) {
        return new Problem(f[1], message.substring(prefix.length()));
      }
    }
    return new Problem("unit_code", message);
  }

  @Override
  public String toString() {
    return "CsvRowMapper" + header;
  }
}
