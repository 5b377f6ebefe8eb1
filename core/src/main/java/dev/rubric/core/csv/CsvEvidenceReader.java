package dev.rubric.core.csv;

import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.table.EvidenceTable;
import dev.rubric.core.table.TableCell;
import dev.rubric.core.table.TableFormatException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the evidence of many units from one CSV file, typed by a catalog.
 *
 * <p>The format, one unit per row:
 *
 * <ul>
 *   <li>UTF-8, with or without a byte order mark; RFC 4180 quoting; lines starting with {@code '#'}
 *       before the header are comments; empty lines are skipped.
 *   <li>Fields are separated by {@code ','}, or by {@code ';'} in the dialect of Vietnamese-locale
 *       spreadsheets ({@link CsvDialect#VI}): a first line {@code sep=;} or {@code sep=,} names the
 *       separator, else a header that holds {@code ';'} and no {@code ','} makes it {@code ';'}. In
 *       a {@code ';'}-separated file decimals are written with a comma ({@code 125,5}); a number
 *       with a point there ({@code 1.250}: a thousands separator or a decimal point?) is rejected
 *       with its position.
 *   <li>Header: {@code unit_code, unit_name, level, kind, parent_code, period} in this order, then
 *       any {@code attr:<name>} columns for unit attributes the catalog declares, then one column
 *       per catalog input key, in any order. An input without a column is missing for every unit.
 *   <li>{@code period} is a year such as {@code 2022}; {@code parent_code} may be empty.
 *   <li>Input cells by the input's type: count {@code 12}; quantity {@code 125.5} in the catalog's
 *       declared unit (or {@code 125.5 triệu đồng} when it declares none); ratio {@code 412/420};
 *       flag {@code true}/{@code false}; choice an option code; date {@code 2022-01-20}; document
 *       {@code 12/KH-UBND;2022-01-20} or {@code 12/KH-UBND;}; text as is.
 *   <li>An empty cell is missing evidence; {@code !text} is missing with the unit's explanation;
 *       {@code ~value} (or a bare {@code ~}) is incomplete evidence. A text cannot start with
 *       {@code '!'} or {@code '~'}.
 *   <li>Attribute cells: flag {@code true}/{@code false}; count or quantity a decimal; text or
 *       choice as is; date {@code yyyy-mm-dd}; an empty cell leaves the attribute out.
 * </ul>
 *
 * <p>Every problem is reported as an {@link CsvFormatException} whose message starts with {@code
 * file:line:column} and names the column, for example {@code units.csv:4:23: column 'nv_ke_hoach'
 * (count): expected a whole number such as '12' but found 'abc'}.
 *
 * <p>The columns are mapped, and the cells checked, by {@link EvidenceTable}, which the workbook
 * reader of the {@code rubric-xlsx} module shares; this class splits the CSV text into positioned
 * cells and checks that every row has as many fields as the header.
 *
 * <p>{@link #read} reads a whole text; {@link #iterator} reads from a {@link Reader} one row at a
 * time, so that a file of any number of units can be streamed, with the same evidence files and the
 * same messages.
 */
public final class CsvEvidenceReader {

  /** The columns every file starts with, in order. */
  public static final List<String> FIXED_COLUMNS = EvidenceTable.FIXED_COLUMNS;

  /** The prefix of unit attribute columns. */
  public static final String ATTRIBUTE_PREFIX = EvidenceTable.ATTRIBUTE_PREFIX;

  private CsvEvidenceReader() {}

  /**
   * Returns one evidence file per row of {@code text}, in file order.
   *
   * @param name the file's name in messages
   * @param text the file's content
   * @param catalog the catalog whose inputs and attributes type the columns
   * @throws CsvFormatException for a malformed file, header or cell, or a unit and period given
   *     twice
   */
  public static List<EvidenceFile> read(String name, String text, Catalog catalog) {
    Rows rows = new Rows(name, new StringReader(text), catalog);
    List<EvidenceFile> out = new ArrayList<>();
    while (rows.hasNext()) {
      out.add(rows.next());
    }
    return List.copyOf(out);
  }

  /**
   * Returns the evidence files of the rows {@code reader} holds, read one row at a time as they are
   * asked for: the file's units are never held all at once. The header is read now; each {@link
   * Iterator#hasNext()} reads and checks the next row. The evidence files and the exceptions, with
   * their messages, are those {@link #read} gives for the same text, in the same order: the rows
   * before a bad one are returned, then {@code hasNext()} throws the problem with its position, and
   * the iterator then ends. To tell a repeated unit and period, the iterator keeps each row's unit
   * code, period and line, not its evidence. The reader is not closed.
   *
   * @param name the file's name in messages
   * @param reader the file's content; a leading byte order mark is skipped
   * @param catalog the catalog whose inputs and attributes type the columns
   * @throws CsvFormatException for a malformed header, here, or for a malformed row, a bad cell or
   *     a unit and period given twice from {@code hasNext()} and {@code next()}
   * @throws UncheckedIOException if reading fails, here or from {@code hasNext()} and {@code
   *     next()}
   */
  public static Iterator<EvidenceFile> iterator(String name, Reader reader, Catalog catalog) {
    return new Rows(name, Objects.requireNonNull(reader, "reader"), catalog);
  }

  /**
   * The rows of one file as an iterator: {@code next} holds the row {@code hasNext} read ahead,
   * {@code done} says that the file ended or a row failed.
   */
  private static final class Rows implements Iterator<EvidenceFile> {
    private final String name;
    private final CsvRecords records;
    private final int width;
    private final EvidenceTable.Rows table;
    private @Nullable EvidenceFile next;
    private boolean done;

    Rows(String name, Reader reader, Catalog catalog) {
      this.name = Objects.requireNonNull(name, "name");
      Objects.requireNonNull(catalog, "catalog");
      this.records = new CsvRecords(name, reader);
      Optional<Character> declared = records.separatorLine();
      declared.ifPresent(records::separator);
      CsvRecords.Row read =
          records
              .next(true)
              .orElseThrow(
                  () -> new CsvFormatException(name + ":1:1", CsvWords.say("csv.no-header")));
      boolean semicolons =
          declared.isEmpty()
              && read.fields().size() == 1
              && read.fields().get(0).value().indexOf(';') >= 0;
      CsvRecords.Row header = semicolons ? splitOnSemicolons(read) : read;
      if (semicolons) {
        records.separator(';');
      }
      boolean decimalComma = semicolons || declared.orElse(',') == ';';
      EvidenceTable mapping;
      try {
        mapping =
            EvidenceTable.of(
                cells(name, header),
                name + ":" + header.line() + ":" + header.endColumn(),
                catalog,
                decimalComma);
      } catch (TableFormatException e) {
        throw new CsvFormatException(e.position(), e.detail());
      }
      this.table = mapping.rows();
      this.width = header.fields().size();
    }

    @Override
    public boolean hasNext() {
      if (next != null) {
        return true;
      }
      if (done) {
        return false;
      }
      done = true; // until the row is read: a row that throws ends the iteration
      Optional<CsvRecords.Row> r = records.next(false);
      if (r.isEmpty()) {
        return false;
      }
      CsvRecords.Row row = r.get();
      checkWidth(name, row, width);
      try {
        next = table.read(cells(name, row), CsvWords.say("csv.line", "number", row.line()));
      } catch (TableFormatException e) {
        throw new CsvFormatException(e.position(), e.detail());
      }
      done = false;
      return true;
    }

    @Override
    public EvidenceFile next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      EvidenceFile file = Objects.requireNonNull(next);
      next = null;
      return file;
    }
  }

  /**
   * Returns the header {@code read}, read as one comma-separated field that holds semicolons (a
   * file in the Vietnamese spreadsheet dialect without a {@code sep=} line), split on {@code ';'}.
   */
  private static CsvRecords.Row splitOnSemicolons(CsvRecords.Row read) {
    CsvRecords.Field only = read.fields().get(0);
    List<CsvRecords.Field> fields = new ArrayList<>();
    int column = only.column();
    for (String part : only.value().split(";", -1)) {
      fields.add(new CsvRecords.Field(part, only.line(), column));
      column += part.codePointCount(0, part.length()) + 1;
    }
    return new CsvRecords.Row(List.copyOf(fields), read.line(), read.endColumn());
  }

  /** Returns a record's fields as cells positioned {@code file:line:column}. */
  private static List<TableCell> cells(String name, CsvRecords.Row row) {
    List<TableCell> cells = new ArrayList<>(row.fields().size());
    for (CsvRecords.Field f : row.fields()) {
      cells.add(new TableCell(f.value(), name + ":" + f.line() + ":" + f.column()));
    }
    return cells;
  }

  private static void checkWidth(String name, CsvRecords.Row row, int width) {
    int found = row.fields().size();
    if (found == width) {
      return;
    }
    String where =
        found > width
            ? at(name, row.fields().get(width))
            : name + ":" + row.line() + ":" + row.endColumn();
    throw new CsvFormatException(where, CsvWords.say("csv.width", "width", width, "found", found));
  }

  private static String at(String name, CsvRecords.Field f) {
    return name + ":" + f.line() + ":" + f.column();
  }
}
