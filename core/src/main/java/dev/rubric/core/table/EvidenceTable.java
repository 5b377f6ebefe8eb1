package dev.rubric.core.table;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The column mapping of an evidence table, made from its header row and a catalog: which column is
 * which unit field, unit attribute or catalog input, and how a row of cells becomes an {@link
 * EvidenceFile}. It is the one implementation of the mapping; the CSV reader and the workbook
 * reader are front ends that split their files into {@link TableCell}s and hand them here.
 *
 * <p>The header: {@code unit_code, unit_name, level, kind, parent_code, period} in this order, then
 * any {@code attr:<name>} columns for unit attributes the catalog declares, then one column per
 * catalog input key, in any order. Cells, in their canonical text:
 *
 * <ul>
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
 * <p>Every problem is a {@link TableFormatException} whose message starts with the position of the
 * cell at fault and names its column, for example {@code units.csv:4:23: column 'nv_ke_hoach'
 * (count): expected a whole number such as '12' but found 'abc'}.
 *
 * <p>Immutable and thread-safe; a {@link Rows} is for one reading by one thread.
 */
public final class EvidenceTable {

  /** The columns every table starts with, in order. */
  public static final List<String> FIXED_COLUMNS =
      List.of("unit_code", "unit_name", "level", "kind", "parent_code", "period");

  /** The prefix of unit attribute columns. */
  public static final String ATTRIBUTE_PREFIX = "attr:";

  private static final int UNIT_CODE = 0;
  private static final int UNIT_NAME = 1;
  private static final int LEVEL = 2;
  private static final int KIND = 3;
  private static final int PERIOD = 5;

  private static final Pattern WHOLE = Pattern.compile("[0-9]+");
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** A column after the fixed ones: an attribute or an input, with its declaration. */
  private record Column(String header, InputDecl decl, boolean attribute) {
    String describe() {
      return "column '" + header + "' (" + decl.type().keyword() + ")";
    }
  }

  /** A decimal with a comma: {@code 125,5}, {@code -0,75}. */
  private static final Pattern COMMA_DECIMAL = Pattern.compile("-?[0-9]+,[0-9]+");

  /** A number that holds a point: a decimal point or a thousands separator. */
  private static final Pattern POINTED = Pattern.compile("-?[0-9][0-9.,]*\\.[0-9.,]*");

  private final List<Column> columns;

  /** Whether decimals are written with a comma, as in a {@code ';'}-separated CSV file. */
  private final boolean decimalComma;

  private EvidenceTable(List<Column> columns, boolean decimalComma) {
    this.columns = List.copyOf(columns);
    this.decimalComma = decimalComma;
  }

  /**
   * Returns the mapping the header row {@code header} gives.
   *
   * @param header the header's cells, in order
   * @param end the position just after the header's last cell, named when the header has fewer
   *     cells than the fixed columns
   * @param catalog the catalog whose inputs and attributes type the columns
   * @throws TableFormatException if a fixed column is missing or misplaced, a column repeats, or a
   *     column names no input or attribute of the catalog (or a ratio or document attribute)
   */
  public static EvidenceTable of(List<TableCell> header, String end, Catalog catalog) {
    return of(header, end, catalog, false);
  }

  /**
   * Returns the mapping the header row {@code header} gives, for cells whose decimals are written
   * with a comma ({@code 125,5}) when {@code decimalComma}: then a quantity or a numeric attribute
   * written with a point ({@code 1.250}, {@code 1.250,5}) is rejected, since the point could be a
   * thousands separator or a decimal point.
   *
   * @param header the header's cells, in order
   * @param end the position just after the header's last cell
   * @param catalog the catalog whose inputs and attributes type the columns
   * @param decimalComma whether decimals are written with a comma
   * @throws TableFormatException as {@link #of(List, String, Catalog)}
   */
  public static EvidenceTable of(
      List<TableCell> header, String end, Catalog catalog, boolean decimalComma) {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(catalog, "catalog");
    for (int i = 0; i < FIXED_COLUMNS.size(); i++) {
      String expected = FIXED_COLUMNS.get(i);
      if (i >= header.size()) {
        throw new TableFormatException(
            end
                + ": expected '"
                + expected
                + "' in header column "
                + (i + 1)
                + " but found the end of the line");
      }
      TableCell f = header.get(i);
      if (!f.value().equals(expected)) {
        throw new TableFormatException(
            at(f)
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
    for (int i = FIXED_COLUMNS.size(); i < header.size(); i++) {
      TableCell f = header.get(i);
      String h = f.value();
      Integer first = seen.putIfAbsent(h, i + 1);
      if (first != null) {
        throw new TableFormatException(
            at(f)
                + "duplicate column '"
                + h
                + "' in header column "
                + (i + 1)
                + " (first in column "
                + first
                + ")");
      }
      int number = i + 1;
      if (h.startsWith(ATTRIBUTE_PREFIX)) {
        String attribute = h.substring(ATTRIBUTE_PREFIX.length());
        InputDecl decl =
            catalog
                .attribute(attribute)
                .orElseThrow(
                    () ->
                        unknown(
                            f,
                            number,
                            "unit attribute",
                            attribute,
                            catalog.attributes().stream().map(InputDecl::key).toList()));
        if (decl.type() == InputType.RATIO || decl.type() == InputType.DOCUMENT) {
          throw new TableFormatException(
              at(f)
                  + "unit attribute '"
                  + attribute
                  + "' is a "
                  + decl.type().keyword()
                  + ", which a unit attribute cell cannot hold");
        }
        columns.add(new Column(h, decl, true));
      } else {
        InputDecl decl =
            catalog
                .input(h)
                .orElseThrow(
                    () ->
                        unknown(
                            f,
                            number,
                            "catalog input",
                            h,
                            catalog.inputs().stream().map(InputDecl::key).toList()));
        columns.add(new Column(h, decl, false));
      }
    }
    return new EvidenceTable(columns, decimalComma);
  }

  /** Returns the number of columns: the fixed ones and those after them. */
  public int width() {
    return FIXED_COLUMNS.size() + columns.size();
  }

  /**
   * Returns the declaration of the attribute or input in column {@code index} (0-based), or empty
   * for a fixed column.
   *
   * @throws IndexOutOfBoundsException if there is no such column
   */
  public Optional<InputDecl> declaration(int index) {
    Objects.checkIndex(index, width());
    return index < FIXED_COLUMNS.size()
        ? Optional.empty()
        : Optional.of(columns.get(index - FIXED_COLUMNS.size()).decl());
  }

  /** Returns whether column {@code index} (0-based) holds a unit attribute. */
  public boolean isAttribute(int index) {
    Objects.checkIndex(index, width());
    return index >= FIXED_COLUMNS.size() && columns.get(index - FIXED_COLUMNS.size()).attribute();
  }

  /**
   * Returns how messages name column {@code index} (0-based): {@code column 'period'} for a fixed
   * column, {@code column 'nv_ke_hoach' (count)} for the others.
   */
  public String describe(int index) {
    Objects.checkIndex(index, width());
    return index < FIXED_COLUMNS.size()
        ? "column '" + FIXED_COLUMNS.get(index) + "'"
        : columns.get(index - FIXED_COLUMNS.size()).describe();
  }

  /** Returns a fresh reading of rows, which tells a unit and period given twice. */
  public Rows rows() {
    return new Rows();
  }

  /**
   * One reading of a table's rows: it maps each row and remembers each row's unit code, period and
   * label (not its evidence), to refuse a unit and period given twice. Not thread-safe.
   */
  public final class Rows {
    private final Map<String, String> seen = new HashMap<>();

    private Rows() {}

    /**
     * Returns the evidence file of one row.
     *
     * @param cells the row's cells, exactly {@link #width()} of them
     * @param label how messages name the row, such as {@code "line 4"} or {@code "row 12"}
     * @throws TableFormatException if a cell does not parse as its column's type, a required unit
     *     field is empty, or the row's unit and period were given by an earlier row
     * @throws IllegalArgumentException if the row does not have {@link #width()} cells
     */
    public EvidenceFile read(List<TableCell> cells, String label) {
      Objects.requireNonNull(label, "label");
      if (cells.size() != width()) {
        throw new IllegalArgumentException(
            "expected " + width() + " cells but found " + cells.size());
      }
      EvidenceFile file = row(cells);
      String key = file.unit().code() + "\u0000" + file.period().id();
      String first = seen.putIfAbsent(key, label);
      if (first != null) {
        throw new TableFormatException(
            at(cells.get(UNIT_CODE))
                + "duplicate unit '"
                + file.unit().code()
                + "' for period "
                + file.period().id()
                + " (first on "
                + first
                + ")");
      }
      return file;
    }
  }

  private static TableFormatException unknown(
      TableCell f, int column, String what, String found, List<String> candidates) {
    String message = "unknown " + what + " '" + found + "' in header column " + column;
    return new TableFormatException(
        at(f) + message + Suggestions.didYouMean(found, candidates).map(h -> "; " + h).orElse(""));
  }

  private EvidenceFile row(List<TableCell> f) {
    String code = required(f.get(UNIT_CODE), UNIT_CODE, "a unit code");
    String unitName = required(f.get(UNIT_NAME), UNIT_NAME, "a unit name");
    String level = required(f.get(LEVEL), LEVEL, "a level such as 'commune'");
    String kind = required(f.get(KIND), KIND, "a kind such as 'xa'");
    String parent = f.get(4).value();
    Period period = period(f.get(PERIOD));

    Unit.Builder unit = Unit.builder().code(code).name(unitName).level(level).kind(kind);
    if (!parent.isEmpty()) {
      unit.parentCode(parent);
    }
    EvidenceSet.Builder evidence = EvidenceSet.builder().unitCode(code).periodId(period.id());
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      TableCell cell = f.get(FIXED_COLUMNS.size() + i);
      try {
        String value = decimalComma ? pointDecimal(c.decl(), cell.value()) : cell.value();
        if (c.attribute()) {
          if (!value.isEmpty()) {
            unit.putAttributes(c.decl().key(), attribute(c.decl(), value));
          }
        } else {
          evidence.putEvidence(c.decl().key(), evidence(c.decl(), value));
        }
      } catch (IllegalArgumentException e) {
        throw new TableFormatException(at(cell) + c.describe() + ": " + e.getMessage());
      }
    }
    Unit built;
    try {
      built = unit.build();
    } catch (IllegalArgumentException e) {
      throw unitProblem(f, String.valueOf(e.getMessage()));
    }
    return new EvidenceFile(built, period, evidence.build());
  }

  /** Maps the unit builder's "unit.level: …" messages to the column they are about. */
  private static TableFormatException unitProblem(List<TableCell> f, String message) {
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
        return new TableFormatException(
            at(f.get(i)) + "column '" + fields[i][1] + "': " + message.substring(prefix.length()));
      }
    }
    return new TableFormatException(at(f.get(UNIT_CODE)) + message);
  }

  private static String required(TableCell f, int column, String what) {
    if (f.value().isEmpty()) {
      throw new TableFormatException(
          at(f)
              + "column '"
              + FIXED_COLUMNS.get(column)
              + "': expected "
              + what
              + " but found an empty cell");
    }
    return f.value();
  }

  private static Period period(TableCell f) {
    String v = f.value();
    if (!YEAR.matcher(v).matches()) {
      throw new TableFormatException(
          at(f) + "column 'period': expected a year such as '2022' but found " + shown(v));
    }
    try {
      return Period.year(Integer.parseInt(v));
    } catch (IllegalArgumentException e) {
      throw new TableFormatException(at(f) + "column 'period': " + e.getMessage());
    }
  }

  // ---------------------------------------------------------------- cells

  /**
   * Returns the evidence item a cell holds; throws {@link IllegalArgumentException} with the
   * detail.
   */
  private static Evidence evidence(InputDecl decl, String cell) {
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

  private static AttributeValue attribute(InputDecl decl, String s) {
    return switch (decl.type()) {
      case FLAG -> AttributeValue.of(flag(s));
      case COUNT, QUANTITY -> AttributeValue.of(decimal(s));
      case TEXT, CHOICE -> AttributeValue.of(s);
      case DATE -> AttributeValue.of(date(s));
      // ratio and document attributes are rejected with the header
      case RATIO, DOCUMENT -> throw new AssertionError(decl.type());
    };
  }

  /**
   * Returns the cell of a quantity or a numeric attribute with its decimal comma made a point
   * ({@code ~125,5 triệu đồng} gives {@code ~125.5 triệu đồng}); other cells as they are.
   *
   * @throws IllegalArgumentException if the number holds a point, which is ambiguous where decimals
   *     are written with a comma
   */
  private static String pointDecimal(InputDecl decl, String cell) {
    boolean numeric = decl.type() == InputType.QUANTITY || decl.type() == InputType.COUNT;
    if (!numeric || cell.startsWith("!")) {
      return cell;
    }
    String prefix = cell.startsWith("~") ? "~" : "";
    String rest = cell.substring(prefix.length());
    int space = rest.indexOf(' ');
    String number = space < 0 ? rest : rest.substring(0, space);
    String tail = space < 0 ? "" : rest.substring(space);
    if (POINTED.matcher(number).matches()) {
      String whole = number.replace(".", "");
      String written =
          number.indexOf(',') < 0
              ? "'" + whole + "' or '" + number.replace('.', ',') + "'"
              : "'" + whole + "'";
      throw new IllegalArgumentException(
          "expected a number with a decimal comma and no thousands separator, as a ';'-separated"
              + " file writes it, but found '"
              + number
              + "', where a point is ambiguous: write "
              + written);
    }
    return COMMA_DECIMAL.matcher(number).matches()
        ? prefix + number.replace(',', '.') + tail
        : cell;
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

  private static String at(TableCell f) {
    return f.position() + ": ";
  }

  private static String shown(String s) {
    return s.isEmpty() ? "an empty cell" : "'" + s + "'";
  }
}
