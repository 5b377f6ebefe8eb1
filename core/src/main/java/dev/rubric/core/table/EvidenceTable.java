package dev.rubric.core.table;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
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
import dev.rubric.core.internal.Checks;
import dev.rubric.core.internal.Text;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.Phrasebook;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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
 * (count): expected a whole number such as '12' but found 'abc'}. Its detail is in every language,
 * from the phrasebook {@code table_en.txt} and {@code table_vi.txt} beside this class. A value that
 * a model constructor refuses for a reason the table does not check first is reported with the
 * constructor's English message inside the localised frame.
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
  private static final int PARENT_CODE = 4;
  private static final int PERIOD = 5;

  private static final Pattern WHOLE = Pattern.compile("[0-9]+");
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** The table's words, in every language. */
  private static final Phrasebook BOOK =
      Phrasebook.of("table", EvidenceTable.class::getResourceAsStream);

  /** Returns the table's phrasebook, for {@link TableFormatException}. */
  static Phrasebook words() {
    return BOOK;
  }

  /** A column after the fixed ones: an attribute or an input, with its declaration. */
  private record Column(String header, InputDecl decl, boolean attribute) {
    Message describe() {
      return BOOK.say("table.typed-column", "column", header, "type", decl.type().keyword());
    }
  }

  /** A cell that does not hold what its column needs: the detail, in every language. */
  private static final class CellProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialized: caught within this class
    private final Message detail;

    CellProblem(Message detail) {
      super(detail.in(Language.EN), null, false, false);
      this.detail = detail;
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
            end, BOOK.say("table.header-end", "column", expected, "number", i + 1));
      }
      TableCell f = header.get(i);
      if (!f.value().equals(expected)) {
        throw new TableFormatException(
            f.position(),
            BOOK.say(
                "table.header-column", "column", expected, "number", i + 1, "found", f.value()));
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
            f.position(),
            BOOK.say(
                "table.duplicate-column", "column", h, "number", i + 1, "first", first.intValue()));
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
                            true,
                            attribute,
                            catalog.attributes().stream().map(InputDecl::key).toList()));
        if (decl.type() == InputType.RATIO || decl.type() == InputType.DOCUMENT) {
          throw new TableFormatException(
              f.position(),
              BOOK.say("table.attribute-type", "name", attribute, "type", decl.type().keyword()));
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
                            false,
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
    return column(index).in(Language.EN);
  }

  /**
   * Returns how messages name column {@code index} (0-based), in every language: {@link
   * #describe(int)} in English, {@code cột 'nv_ke_hoach' (count)} in Vietnamese.
   */
  public Message column(int index) {
    Objects.checkIndex(index, width());
    return index < FIXED_COLUMNS.size()
        ? fixed(index)
        : columns.get(index - FIXED_COLUMNS.size()).describe();
  }

  private static Message fixed(int index) {
    return BOOK.say("table.column", "column", FIXED_COLUMNS.get(index));
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
    private final Map<String, Message> seen = new HashMap<>();

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
      return read(cells, english(label));
    }

    /**
     * Returns the evidence file of one row, as {@link #read(List, String)} does, with a label in
     * every language, such as {@code "line 4"} and {@code "dòng 4"}.
     *
     * @param cells the row's cells, exactly {@link #width()} of them
     * @param label how messages name the row
     * @throws TableFormatException as {@link #read(List, String)} does
     * @throws IllegalArgumentException if the row does not have {@link #width()} cells
     */
    public EvidenceFile read(List<TableCell> cells, Message label) {
      Objects.requireNonNull(label, "label");
      if (cells.size() != width()) {
        throw new IllegalArgumentException(
            "expected " + width() + " cells but found " + cells.size());
      }
      EvidenceFile file = row(cells);
      String key = file.unit().code() + "\u0000" + file.period().id();
      Message first = seen.putIfAbsent(key, label);
      if (first != null) {
        throw new TableFormatException(
            cells.get(UNIT_CODE).position(),
            BOOK.say(
                "table.duplicate-unit",
                "unit",
                file.unit().code(),
                "period",
                file.period().id(),
                "first",
                first));
      }
      return file;
    }
  }

  private static TableFormatException unknown(
      TableCell f, int column, boolean attribute, String found, List<String> candidates) {
    Optional<String> suggestion =
        Text.badCharacter(found).isPresent()
            ? Optional.empty()
            : Suggestions.closest(found, candidates);
    Message m;
    if (suggestion.isPresent()) {
      m =
          attribute
              ? BOOK.say(
                  "table.unknown-attribute.suggested",
                  "name",
                  found,
                  "number",
                  column,
                  "suggestion",
                  suggestion.get())
              : BOOK.say(
                  "table.unknown-input.suggested",
                  "name",
                  found,
                  "number",
                  column,
                  "suggestion",
                  suggestion.get());
    } else {
      m =
          attribute
              ? BOOK.say("table.unknown-attribute", "name", found, "number", column)
              : BOOK.say("table.unknown-input", "name", found, "number", column);
    }
    return new TableFormatException(f.position(), m);
  }

  private EvidenceFile row(List<TableCell> f) {
    String code = required(f.get(UNIT_CODE), UNIT_CODE, "table.empty.unit-code");
    String unitName = required(f.get(UNIT_NAME), UNIT_NAME, "table.empty.unit-name");
    String level = required(f.get(LEVEL), LEVEL, "table.empty.level");
    String kind = required(f.get(KIND), KIND, "table.empty.kind");
    String parent = f.get(PARENT_CODE).value();
    Period period = period(f.get(PERIOD));

    Unit.Builder unit = Unit.builder().code(code).name(unitName).level(level).kind(kind);
    if (!parent.isEmpty()) {
      unit.parentCode(parent);
    }
    EvidenceSet.Builder evidence = EvidenceSet.builder().unitCode(code).periodId(period.id());
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      TableCell cell = f.get(FIXED_COLUMNS.size() + i);
      Message detail;
      try {
        String value = decimalComma ? pointDecimal(c.decl(), cell.value()) : cell.value();
        if (c.attribute()) {
          if (!value.isEmpty()) {
            unit.putAttributes(c.decl().key(), attribute(c.decl(), value));
          }
        } else {
          evidence.putEvidence(c.decl().key(), evidence(c.decl(), value));
        }
        continue;
      } catch (CellProblem e) {
        detail = e.detail;
      } catch (IllegalArgumentException e) {
        detail = english(e);
      }
      throw new TableFormatException(cell.position(), inColumn(c.describe(), detail));
    }
    checkUnit(f);
    Unit built;
    try {
      built = unit.build();
    } catch (IllegalArgumentException e) {
      throw unitProblem(f, String.valueOf(e.getMessage()));
    }
    return new EvidenceFile(built, period, evidence.build());
  }

  /**
   * Checks the unit fields of a row as the unit's constructor does, in its order, so that the
   * common problems are reported in every language: a code with spaces around it, a blank name, a
   * level or kind that is not a lowercase code, a unit that is its own parent.
   */
  private static void checkUnit(List<TableCell> f) {
    for (int i = 0; i <= PARENT_CODE; i++) {
      if (Text.badCharacter(f.get(i).value()).isPresent()) {
        return; // not text at all: the unit's constructor says so
      }
    }
    checkCode(f.get(UNIT_CODE), UNIT_CODE);
    TableCell name = f.get(UNIT_NAME);
    if (name.value().isBlank()) {
      throw new TableFormatException(
          name.position(),
          inColumn(
              fixed(UNIT_NAME), BOOK.say("table.blank-text", "found", Text.nfc(name.value()))));
    }
    for (int i : new int[] {LEVEL, KIND}) {
      TableCell cell = f.get(i);
      checkCode(cell, i);
      String v = Text.nfc(cell.value());
      if (!v.matches("[a-z][a-z0-9_]*")) {
        throw new TableFormatException(
            cell.position(), inColumn(fixed(i), BOOK.say("table.lowercase-code", "found", v)));
      }
    }
    TableCell parent = f.get(PARENT_CODE);
    if (!parent.value().isEmpty()) {
      checkCode(parent, PARENT_CODE);
      String code = Text.nfc(f.get(UNIT_CODE).value());
      if (Text.nfc(parent.value()).equals(code)) {
        throw new TableFormatException(
            parent.position(),
            inColumn(fixed(PARENT_CODE), BOOK.say("table.own-parent", "code", code)));
      }
    }
  }

  private static void checkCode(TableCell cell, int column) {
    String v = Text.nfc(cell.value());
    if (v.isBlank() || !v.strip().equals(v)) {
      throw new TableFormatException(
          cell.position(), inColumn(fixed(column), BOOK.say("table.code-spaces", "found", v)));
    }
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
            f.get(i).position(), inColumn(fixed(i), english(message.substring(prefix.length()))));
      }
    }
    return new TableFormatException(f.get(UNIT_CODE).position(), english(message));
  }

  private static String required(TableCell f, int column, String key) {
    if (f.value().isEmpty()) {
      throw new TableFormatException(f.position(), inColumn(fixed(column), BOOK.say(key)));
    }
    return f.value();
  }

  private static Period period(TableCell f) {
    String v = f.value();
    if (!YEAR.matcher(v).matches()) {
      throw new TableFormatException(
          f.position(), inColumn(fixed(PERIOD), BOOK.say("table.period", "found", shown(v))));
    }
    int year = Integer.parseInt(v);
    int min = Checks.MIN_DATE.getYear();
    int max = Checks.MAX_DATE.getYear();
    if (year < min || year > max) {
      throw new TableFormatException(
          f.position(),
          inColumn(
              fixed(PERIOD), BOOK.say("table.period-range", "min", min, "max", max, "year", year)));
    }
    try {
      return Period.year(year);
    } catch (IllegalArgumentException e) {
      throw new TableFormatException(f.position(), inColumn(fixed(PERIOD), english(e)));
    }
  }

  // ---------------------------------------------------------------- cells

  /** Returns the evidence item a cell holds; throws {@link CellProblem} with the detail. */
  private static Evidence evidence(InputDecl decl, String cell) {
    if (cell.isEmpty()) {
      return Evidence.missing();
    }
    if (cell.startsWith("!")) {
      String explanation = cell.substring(1);
      if (explanation.isBlank()) {
        throw problem("table.explanation");
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
      case DATE -> new EvidenceValue.DateValue(date(s, "date.value"));
      case DOCUMENT -> document(s);
      case TEXT -> new EvidenceValue.TextValue(s);
    };
  }

  private static AttributeValue attribute(InputDecl decl, String s) {
    return switch (decl.type()) {
      case FLAG -> AttributeValue.of(flag(s));
      case COUNT, QUANTITY -> AttributeValue.of(decimal(s));
      case TEXT, CHOICE -> AttributeValue.of(s);
      case DATE -> AttributeValue.of(date(s, "date.value"));
      // ratio and document attributes are rejected with the header
      case RATIO, DOCUMENT -> throw new AssertionError(decl.type());
    };
  }

  /**
   * Returns the cell of a quantity or a numeric attribute with its decimal comma made a point
   * ({@code ~125,5 triệu đồng} gives {@code ~125.5 triệu đồng}); other cells as they are.
   *
   * @throws CellProblem if the number holds a point, which is ambiguous where decimals are written
   *     with a comma
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
      throw number.indexOf(',') < 0
          ? problem(
              "table.ambiguous-point",
              "number",
              number,
              "whole",
              whole,
              "comma",
              number.replace('.', ','))
          : problem("table.ambiguous-point.grouped", "number", number, "whole", whole);
    }
    return COMMA_DECIMAL.matcher(number).matches()
        ? prefix + number.replace(',', '.') + tail
        : cell;
  }

  private static long whole(String s) {
    if (!WHOLE.matcher(s).matches()) {
      throw problem("table.whole", "found", shown(s));
    }
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw problem("table.whole-too-large", "max", Long.MAX_VALUE, "found", shown(s));
    }
  }

  private static Decimal decimal(String s) {
    try {
      return Decimal.parse(s);
    } catch (IllegalArgumentException e) {
      throw problem("table.decimal", "found", shown(s));
    }
  }

  private static EvidenceValue.Quantity quantity(InputDecl decl, String s) {
    if (decl.unit().isPresent()) {
      return new EvidenceValue.Quantity(decimal(s), decl.unit().get());
    }
    int space = s.indexOf(' ');
    if (space <= 0) {
      throw problem("table.quantity-unit", "input", decl.key(), "found", shown(s));
    }
    return new EvidenceValue.Quantity(decimal(s.substring(0, space)), s.substring(space + 1));
  }

  private static EvidenceValue.Ratio ratio(String s) {
    int slash = s.indexOf('/');
    if (slash < 0 || s.indexOf('/', slash + 1) >= 0) {
      throw problem("table.ratio", "found", shown(s));
    }
    Decimal numerator;
    Decimal denominator;
    try {
      numerator = Decimal.parse(s.substring(0, slash));
      denominator = Decimal.parse(s.substring(slash + 1));
    } catch (IllegalArgumentException e) {
      throw problem("table.ratio", "found", shown(s));
    }
    // the ratio's own rules, checked here to be said in every language
    if (numerator.signum() < 0) {
      throw problem("table.ratio.negative-numerator", "numerator", numerator.toString());
    }
    if (denominator.signum() < 0) {
      throw problem("table.ratio.negative-denominator", "denominator", denominator.toString());
    }
    if (denominator.signum() == 0 && numerator.signum() > 0) {
      throw problem("table.ratio.zero-denominator", "numerator", numerator.toString());
    }
    if (numerator.isGreaterThan(denominator)) {
      throw problem(
          "table.ratio.above-denominator",
          "denominator",
          denominator.toString(),
          "numerator",
          numerator.toString());
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
    throw problem("table.flag", "found", shown(s));
  }

  /**
   * Returns the date a cell holds.
   *
   * @param field the model's name of the date, whose range the date is checked against here; null
   *     for a date the model does not restrict
   */
  private static LocalDate date(String s, @Nullable String field) {
    LocalDate d = null;
    try {
      if (DATE.matcher(s).matches()) {
        d = LocalDate.parse(s);
      }
    } catch (DateTimeParseException e) {
      // reported below, with the same message as any other text that is not a date
    }
    if (d == null) {
      throw problem("table.date", "found", shown(s));
    }
    if (field != null && (d.isBefore(Checks.MIN_DATE) || d.isAfter(Checks.MAX_DATE))) {
      throw problem(
          "table.date-range",
          "field",
          field,
          "min",
          Checks.MIN_DATE.toString(),
          "max",
          Checks.MAX_DATE.toString(),
          "date",
          d.toString());
    }
    return d;
  }

  private static EvidenceValue.Document document(String s) {
    int semicolon = s.lastIndexOf(';');
    if (semicolon < 0) {
      throw problem("table.document", "found", shown(s));
    }
    String number = s.substring(0, semicolon);
    if (number.isEmpty()) {
      throw problem("table.document-number");
    }
    String issued = s.substring(semicolon + 1);
    var builder = EvidenceValue.Document.builder().number(number);
    if (!issued.isEmpty()) {
      builder.issued(date(issued, null));
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      // the number is checked first, so the issue date's range is checked here
      if (String.valueOf(e.getMessage()).startsWith("document.issued: ")) {
        date(issued, "document.issued");
      }
      throw e;
    }
  }

  // ---------------------------------------------------------------- messages

  private static CellProblem problem(String key, Object... namesAndValues) {
    return new CellProblem(BOOK.say(key, namesAndValues));
  }

  private static Message inColumn(Message column, Message detail) {
    return BOOK.say("table.in-column", "column", column, "detail", detail);
  }

  /**
   * Returns a model constructor's message, which is in English only, as it is in every language.
   */
  private static Message english(IllegalArgumentException e) {
    return english(String.valueOf(e.getMessage()));
  }

  private static Message english(String text) {
    return BOOK.say("table.text", "text", text);
  }

  /** Returns how a cell's text is shown: quoted, or as "an empty cell" in the reader's language. */
  private static Message shown(String s) {
    return s.isEmpty() ? BOOK.say("table.empty-cell") : english("'" + s + "'");
  }
}
