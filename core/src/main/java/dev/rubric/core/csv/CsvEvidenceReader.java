package dev.rubric.core.csv;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Decimal;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.diagnostic.Suggestions;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceStatus;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.evidence.Provenance;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the evidence of many units from one CSV file, typed by a catalog.
 *
 * <p>The format, one unit per row:
 *
 * <ul>
 *   <li>UTF-8, with or without a byte order mark; RFC 4180 quoting; lines starting with {@code '#'}
 *       before the header are comments; empty lines are skipped.
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
 * <p>{@link #read} reads a whole text; {@link #iterator} reads from a {@link Reader} one row at a
 * time, so that a file of any number of units can be streamed, with the same evidence files and the
 * same messages.
 */
public final class CsvEvidenceReader {

  /** The columns every file starts with, in order. */
  public static final List<String> FIXED_COLUMNS =
      List.of("unit_code", "unit_name", "level", "kind", "parent_code", "period");

  /** The prefix of unit attribute columns. */
  public static final String ATTRIBUTE_PREFIX = "attr:";

  private static final int UNIT_CODE = 0;
  private static final int UNIT_NAME = 1;
  private static final int LEVEL = 2;
  private static final int KIND = 3;
  private static final int PARENT_CODE = 4;
  private static final int PERIOD = 5;

  private static final Pattern WHOLE = Pattern.compile("[0-9]+");
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** A column after the fixed ones: an attribute or an input, with its declaration. */
  record Column(String header, InputDecl decl, boolean attribute) {
    String describe() {
      return "column '" + header + "' (" + decl.type().keyword() + ")";
    }
  }

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
    private final List<Column> columns;
    private final Map<String, Integer> seen = new HashMap<>();
    private @Nullable EvidenceFile next;
    private boolean done;

    Rows(String name, Reader reader, Catalog catalog) {
      this.name = Objects.requireNonNull(name, "name");
      Objects.requireNonNull(catalog, "catalog");
      this.records = new CsvRecords(name, reader);
      CsvRecords.Row header =
          records
              .next(true)
              .orElseThrow(
                  () ->
                      new CsvFormatException(
                          name
                              + ":1:1: expected a header row starting with 'unit_code' but found"
                              + " the end of the file"));
      this.columns = columns(name, header, catalog);
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
      EvidenceFile file = row(name, row, columns);
      String key = file.unit().code() + "\u0000" + file.period().id();
      Integer first = seen.putIfAbsent(key, row.line());
      if (first != null) {
        throw new CsvFormatException(
            name
                + ":"
                + row.line()
                + ":1: duplicate unit '"
                + file.unit().code()
                + "' for period "
                + file.period().id()
                + " (first on line "
                + first
                + ")");
      }
      done = false;
      next = file;
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

  static List<Column> columns(String name, CsvRecords.Row header, Catalog catalog) {
    List<CsvRecords.Field> fields = header.fields();
    for (int i = 0; i < FIXED_COLUMNS.size(); i++) {
      String expected = FIXED_COLUMNS.get(i);
      if (i >= fields.size()) {
        throw new CsvFormatException(
            name
                + ":"
                + header.line()
                + ":"
                + header.endColumn()
                + ": expected '"
                + expected
                + "' in header column "
                + (i + 1)
                + " but found the end of the line");
      }
      CsvRecords.Field f = fields.get(i);
      if (!f.value().equals(expected)) {
        throw new CsvFormatException(
            at(name, f)
                + "expected '"
                + expected
                + "' in header column "
                + (i + 1)
                + " but found '"
                + f.value()
                + "'");
      }
    }
    List<Column> columns = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = FIXED_COLUMNS.size(); i < fields.size(); i++) {
      CsvRecords.Field f = fields.get(i);
      String h = f.value();
      Integer first = seen.putIfAbsent(h, i + 1);
      if (first != null) {
        throw new CsvFormatException(
            at(name, f)
                + "duplicate column '"
                + h
                + "' in header column "
                + (i + 1)
                + " (first in column "
                + first
                + ")");
      }
      if (h.startsWith(ATTRIBUTE_PREFIX)) {
        String attribute = h.substring(ATTRIBUTE_PREFIX.length());
        int number = i + 1;
        InputDecl decl =
            catalog
                .attribute(attribute)
                .orElseThrow(
                    () ->
                        unknown(
                            name,
                            f,
                            number,
                            "unit attribute",
                            attribute,
                            catalog.attributes().stream().map(InputDecl::key).toList()));
        if (decl.type() == InputType.RATIO || decl.type() == InputType.DOCUMENT) {
          throw new CsvFormatException(
              at(name, f)
                  + "unit attribute '"
                  + attribute
                  + "' is a "
                  + decl.type().keyword()
                  + ", which a unit attribute cell cannot hold");
        }
        columns.add(new Column(h, decl, true));
      } else {
        int number = i + 1;
        InputDecl decl =
            catalog
                .input(h)
                .orElseThrow(
                    () ->
                        unknown(
                            name,
                            f,
                            number,
                            "catalog input",
                            h,
                            catalog.inputs().stream().map(InputDecl::key).toList()));
        columns.add(new Column(h, decl, false));
      }
    }
    return columns;
  }

  private static CsvFormatException unknown(
      String name,
      CsvRecords.Field f,
      int column,
      String what,
      String found,
      List<String> candidates) {
    String message = "unknown " + what + " '" + found + "' in header column " + column;
    return new CsvFormatException(
        at(name, f)
            + message
            + Suggestions.didYouMean(found, candidates).map(h -> "; " + h).orElse(""));
  }

  private static void checkWidth(String name, CsvRecords.Row row, int width) {
    int found = row.fields().size();
    if (found == width) {
      return;
    }
    String where =
        found > width
            ? at(name, row.fields().get(width))
            : name + ":" + row.line() + ":" + row.endColumn() + ": ";
    throw new CsvFormatException(
        where + "expected " + width + " fields as in the header but found " + found);
  }

  private static EvidenceFile row(String name, CsvRecords.Row row, List<Column> columns) {
    List<CsvRecords.Field> f = row.fields();
    String code = required(name, f.get(UNIT_CODE), UNIT_CODE, "a unit code");
    String unitName = required(name, f.get(UNIT_NAME), UNIT_NAME, "a unit name");
    String level = required(name, f.get(LEVEL), LEVEL, "a level such as 'commune'");
    String kind = required(name, f.get(KIND), KIND, "a kind such as 'xa'");
    String parent = f.get(PARENT_CODE).value();
    Period period = period(name, f.get(PERIOD));

    Unit.Builder unit = Unit.builder().code(code).name(unitName).level(level).kind(kind);
    if (!parent.isEmpty()) {
      unit.parentCode(parent);
    }
    EvidenceSet.Builder evidence = EvidenceSet.builder().unitCode(code).periodId(period.id());
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      CsvRecords.Field cell = f.get(FIXED_COLUMNS.size() + i);
      try {
        if (c.attribute()) {
          if (!cell.value().isEmpty()) {
            unit.putAttributes(c.decl().key(), attribute(c.decl(), cell.value()));
          }
        } else {
          evidence.putEvidence(c.decl().key(), evidence(c.decl(), cell.value()));
        }
      } catch (IllegalArgumentException e) {
        throw new CsvFormatException(at(name, cell) + c.describe() + ": " + e.getMessage());
      }
    }
    Unit built;
    try {
      built = unit.build();
    } catch (IllegalArgumentException e) {
      throw unitProblem(name, f, String.valueOf(e.getMessage()));
    }
    return new EvidenceFile(built, period, evidence.build());
  }

  /** Maps the unit builder's "unit.level: …" messages to the column they are about. */
  private static CsvFormatException unitProblem(
      String name, List<CsvRecords.Field> f, String message) {
    String[][] fields = {
      {"unit.code", "unit_code"},
      {"unit.name", "unit_name"},
      {"unit.level", "level"},
      {"unit.kind", "kind"},
      {"unit.parentCode", "parent_code"},
    };
    for (int i = 0; i < fields.length; i++) {
      String prefix = fields[i][0] + ": ";
      if (message.startsWith(prefix)) {
        return new CsvFormatException(
            at(name, f.get(i))
                + "column '"
                + fields[i][1]
                + "': "
                + message.substring(prefix.length()));
      }
    }
    return new CsvFormatException(at(name, f.get(UNIT_CODE)) + message);
  }

  private static String required(String name, CsvRecords.Field f, int column, String what) {
    if (f.value().isEmpty()) {
      throw new CsvFormatException(
          at(name, f)
              + "column '"
              + FIXED_COLUMNS.get(column)
              + "': expected "
              + what
              + " but found an empty cell");
    }
    return f.value();
  }

  private static Period period(String name, CsvRecords.Field f) {
    String v = f.value();
    if (!YEAR.matcher(v).matches()) {
      throw new CsvFormatException(
          at(name, f) + "column 'period': expected a year such as '2022' but found " + shown(v));
    }
    try {
      return Period.year(Integer.parseInt(v));
    } catch (IllegalArgumentException e) {
      throw new CsvFormatException(at(name, f) + "column 'period': " + e.getMessage());
    }
  }

  // ---------------------------------------------------------------- cells

  /**
   * Returns the evidence item a cell holds; throws {@link IllegalArgumentException} with the
   * detail.
   */
  static Evidence evidence(InputDecl decl, String cell) {
    if (cell.isEmpty()) {
      return Evidence.missing();
    }
    if (cell.startsWith("!")) {
      String explanation = cell.substring(1);
      if (explanation.isBlank()) {
        throw new IllegalArgumentException("expected an explanation after '!' but found none");
      }
      return Evidence.missingExplained(explanation);
    }
    if (cell.startsWith("~")) {
      String rest = cell.substring(1);
      Optional<EvidenceValue> value =
          rest.isEmpty() ? Optional.empty() : Optional.of(value(decl, rest));
      return new Evidence(EvidenceStatus.INCOMPLETE, value, Optional.empty(), Provenance.NONE);
    }
    return Evidence.provided(value(decl, cell));
  }

  private static EvidenceValue value(InputDecl decl, String s) {
    return switch (decl.type()) {
      case COUNT -> new EvidenceValue.Count(whole(s));
      case QUANTITY -> quantity(decl, s);
      case RATIO -> ratio(s);
      case FLAG -> new EvidenceValue.Flag(flag(s));
      case CHOICE -> new EvidenceValue.Choice(s);
      case DATE -> new EvidenceValue.DateValue(date(s));
      case DOCUMENT -> document(s);
      case TEXT -> new EvidenceValue.TextValue(s);
    };
  }

  static AttributeValue attribute(InputDecl decl, String s) {
    return switch (decl.type()) {
      case FLAG -> AttributeValue.of(flag(s));
      case COUNT, QUANTITY -> AttributeValue.of(decimal(s));
      case TEXT, CHOICE -> AttributeValue.of(s);
      case DATE -> AttributeValue.of(date(s));
      // ratio and document attributes are rejected with the header
      case RATIO, DOCUMENT -> throw new AssertionError(decl.type());
    };
  }

  private static long whole(String s) {
    if (!WHOLE.matcher(s).matches()) {
      throw new IllegalArgumentException(
          "expected a whole number such as '12' but found " + shown(s));
    }
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "expected a whole number of at most " + Long.MAX_VALUE + " but found " + shown(s));
    }
  }

  private static Decimal decimal(String s) {
    try {
      return Decimal.parse(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "expected a plain decimal number such as '125.5' but found " + shown(s));
    }
  }

  private static EvidenceValue.Quantity quantity(InputDecl decl, String s) {
    if (decl.unit().isPresent()) {
      return new EvidenceValue.Quantity(decimal(s), decl.unit().get());
    }
    int space = s.indexOf(' ');
    if (space <= 0) {
      throw new IllegalArgumentException(
          "expected an amount and its unit such as '125.5 triệu đồng' (the catalog declares no unit"
              + " for '"
              + decl.key()
              + "') but found "
              + shown(s));
    }
    return new EvidenceValue.Quantity(decimal(s.substring(0, space)), s.substring(space + 1));
  }

  private static EvidenceValue.Ratio ratio(String s) {
    int slash = s.indexOf('/');
    if (slash < 0 || s.indexOf('/', slash + 1) >= 0) {
      throw new IllegalArgumentException(
          "expected 'numerator/denominator' such as '412/420' but found " + shown(s));
    }
    Decimal numerator;
    Decimal denominator;
    try {
      numerator = Decimal.parse(s.substring(0, slash));
      denominator = Decimal.parse(s.substring(slash + 1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "expected 'numerator/denominator' such as '412/420' but found " + shown(s));
    }
    return new EvidenceValue.Ratio(numerator, denominator);
  }

  private static boolean flag(String s) {
    if (s.equalsIgnoreCase("true")) {
      return true;
    }
    if (s.equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException("expected 'true' or 'false' but found " + shown(s));
  }

  private static LocalDate date(String s) {
    try {
      if (DATE.matcher(s).matches()) {
        return LocalDate.parse(s);
      }
    } catch (DateTimeParseException e) {
      // reported below, with the same message as any other text that is not a date
    }
    throw new IllegalArgumentException(
        "expected a date yyyy-mm-dd such as '2022-01-20' but found " + shown(s));
  }

  private static EvidenceValue.Document document(String s) {
    int semicolon = s.lastIndexOf(';');
    if (semicolon < 0) {
      throw new IllegalArgumentException(
          "expected 'number;yyyy-mm-dd' or 'number;' such as '12/KH-UBND;2022-01-20' but found "
              + shown(s));
    }
    String number = s.substring(0, semicolon);
    if (number.isEmpty()) {
      throw new IllegalArgumentException("expected a document number before ';' but found none");
    }
    String issued = s.substring(semicolon + 1);
    var builder = EvidenceValue.Document.builder().number(number);
    if (!issued.isEmpty()) {
      builder.issued(date(issued));
    }
    return builder.build();
  }

  // ---------------------------------------------------------------- messages

  private static String at(String name, CsvRecords.Field f) {
    return name + ":" + f.line() + ":" + f.column() + ": ";
  }

  private static String shown(String s) {
    return s.isEmpty() ? "an empty cell" : "'" + s + "'";
  }
}
