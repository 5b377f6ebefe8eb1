package dev.rubric.xlsx;

import dev.rubric.core.Language;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.EvidenceFormat;
import dev.rubric.core.io.InvalidInputException;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * Evidence workbooks: the {@code .xlsx} template of a catalog, and the evidence read back from a
 * filled one.
 *
 * <p>The template ({@link #template}) has a sheet {@value #EVIDENCE_SHEET}: row 1 holds each
 * column's label in the chosen language, row 2 in the other, row 3 the column codes of the CSV
 * format ({@link dev.rubric.core.table.EvidenceTable}), then one row per unit, pre-filled when
 * units are given. Columns of counts, dates, flags and choices carry data validation (whole
 * numbers, dates, drop-down lists) that warns rather than refuses, since {@code !reason} and {@code
 * ~value} are valid in every input column; codes, ratios and documents are text cells, so that a
 * spreadsheet keeps {@code 01969} and {@code 3/5} as typed. A sheet {@value #NOTES_SHEET} explains
 * each column and the evidence statuses. The document properties record the catalog's id, version
 * and hash. The same arguments give the same bytes: zip entries and document properties carry a
 * fixed time.
 *
 * <p>Reading ({@link #read}, {@link #rows}, {@link #format}) maps the header row (the first row
 * with {@code unit_code} in column A) and checks every row exactly as the CSV reader does; only the
 * cells differ, and are turned into the CSV's canonical text first:
 *
 * <ul>
 *   <li>numbers are read as the decimal the cell stores, rounded to the 15 digits a spreadsheet
 *       shows; numbers stored as text are read as text, with surrounding spaces removed;
 *   <li>a cell formatted as a date reads as {@code yyyy-mm-dd}, and in a date column a plain number
 *       reads as the serial number of a day; in a ratio column a date is an error (the spreadsheet
 *       turned {@code 3/5} into the 5th of March);
 *   <li>a formula cell is read by the value last saved with it, and messages about it say so; a
 *       formula without a saved value, or whose value is an error, is an error;
 *   <li>cells merged down a column give every row the top cell's value; cells merged across columns
 *       of a unit's row are an error; rows with no value are skipped.
 * </ul>
 *
 * <p>A workbook whose properties name another catalog, version or hash is refused; a workbook
 * without them (saved from a CSV file, say) is read by its header alone. Every problem is an {@link
 * XlsxFormatException} whose message starts {@code file:Sheet!Cell:} where there is a cell. {@link
 * XlsxLimits} bound the file, each part, the rows, columns and cell lengths.
 *
 * <p>Stateless and thread-safe; the rows {@link #rows} returns are for one thread.
 */
public final class EvidenceWorkbook {

  /** The name of the sheet that holds the evidence. */
  public static final String EVIDENCE_SHEET = "Evidence";

  /** The name of the sheet that explains the columns. */
  public static final String NOTES_SHEET = "Notes";

  /** The value of {@link #PROPERTY_FORMAT}: the version of the template's layout. */
  public static final String FORMAT = "rubric-evidence-workbook/1";

  /** The custom document property that holds {@link #FORMAT}. */
  public static final String PROPERTY_FORMAT = "rubric.format";

  /** The custom document property that holds the catalog's id. */
  public static final String PROPERTY_CATALOG_ID = "rubric.catalogId";

  /** The custom document property that holds the catalog's version. */
  public static final String PROPERTY_CATALOG_VERSION = "rubric.catalogVersion";

  /** The custom document property that holds the catalog's hash ({@code sha256:…}). */
  public static final String PROPERTY_CATALOG_HASH = "rubric.catalogHash";

  private EvidenceWorkbook() {}

  /**
   * Returns the template of {@code catalog} as the bytes of an {@code .xlsx} file.
   *
   * @param catalog the compiled catalog, whose inputs and attributes are the columns
   * @param units the units to pre-fill, one row each, in order; may be empty
   * @param period the period to pre-fill in each unit's row, if any
   * @param language the language of the first label row and of the notes
   */
  public static byte[] template(
      CompiledCatalog catalog, List<Unit> units, Optional<Period> period, Language language) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(language, "language");
    return new WorkbookTemplate(catalog.catalog(), catalog.hash(), units, period, language).write();
  }

  /**
   * Returns the same template as CSV text, for offices that prefer CSV: a byte order mark (so that
   * spreadsheet programs read it as UTF-8), {@code #} comment lines naming the catalog (id,
   * version, hash), the evidence statuses and each column, then the header of column codes and one
   * row per unit. {@link dev.rubric.core.csv.CsvEvidenceReader} reads it back.
   *
   * @param catalog the compiled catalog, whose inputs and attributes are the columns
   * @param units the units to pre-fill, one row each, in order; may be empty
   * @param period the period to pre-fill in each unit's row, if any
   * @param language the language of the comments
   */
  public static String csvTemplate(
      CompiledCatalog catalog, List<Unit> units, Optional<Period> period, Language language) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(language, "language");
    return new WorkbookTemplate(catalog.catalog(), catalog.hash(), units, period, language).csv();
  }

  /**
   * Returns the evidence of every unit of the workbook at {@code path}, in row order.
   *
   * @param name how the file is named in messages, usually the path as the user typed it
   * @throws XlsxFormatException if the file is not a readable workbook for {@code catalog}, passes
   *     a limit, or a cell does not hold what its column needs
   */
  public static List<EvidenceFile> read(
      Path path, String name, Catalog catalog, XlsxLimits limits) {
    List<EvidenceFile> out = new ArrayList<>();
    try (EvidenceFormat.Rows rows = rows(path, name, catalog, limits)) {
      while (rows.hasNext()) {
        out.add(rows.next());
      }
    }
    return List.copyOf(out);
  }

  /**
   * Opens the workbook at {@code path} and returns its units one row at a time: memory holds one
   * row, not the sheet. The workbook's parts and properties are checked, and its header read, now;
   * each {@code hasNext()} reads the next row with a value. Close the rows to release the file (it
   * is closed after the last row and after a problem).
   *
   * @throws XlsxFormatException as {@link #read} does, here or from {@code hasNext()}
   */
  public static EvidenceFormat.Rows rows(
      Path path, String name, Catalog catalog, XlsxLimits limits) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(limits, "limits");
    return new WorkbookReader(path, name, catalog, limits);
  }

  /**
   * Returns the reader of {@code .xlsx} files for {@link
   * dev.rubric.core.io.EvidenceLoader#source(Path, String, Catalog, java.util.Map)}, under the key
   * {@code "xlsx"}: its problems are {@link InvalidInputException}s with the messages of {@link
   * XlsxFormatException}.
   */
  public static EvidenceFormat format(XlsxLimits limits) {
    Objects.requireNonNull(limits, "limits");
    return (path, name, catalog) -> {
      try {
        return new Translated(rows(path, name, catalog, limits));
      } catch (XlsxFormatException e) {
        throw new InvalidInputException(e.text());
      }
    };
  }

  /** Returns the hash {@code CompiledCatalog.hash()} gives for {@code catalog}. */
  static String hash(Catalog catalog) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return "sha256:"
          + HexFormat.of()
              .formatHex(md.digest(Rubric.print(catalog).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("bug: SHA-256 is required of every JVM", e);
    }
  }

  /** Rows whose problems are {@link InvalidInputException}s. */
  private static final class Translated implements EvidenceFormat.Rows {
    private final EvidenceFormat.Rows rows;

    Translated(EvidenceFormat.Rows rows) {
      this.rows = rows;
    }

    @Override
    public boolean hasNext() {
      try {
        return rows.hasNext();
      } catch (XlsxFormatException e) {
        throw new InvalidInputException(e.text());
      }
    }

    @Override
    public EvidenceFile next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return rows.next();
    }

    @Override
    public void close() {
      rows.close();
    }
  }
}
