package dev.rubric.xlsx;

import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.EvidenceFormat;
import dev.rubric.core.message.Message;
import dev.rubric.core.table.EvidenceTable;
import dev.rubric.core.table.TableCell;
import dev.rubric.core.table.TableFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;

/**
 * Reads the evidence of one workbook a row at a time: POI opens the package and reads the shared
 * strings and styles; the evidence sheet itself is read with a StAX loop, twice (once for its
 * merged regions, which the format stores after the rows, then row by row), so that a sheet of any
 * size costs one row of memory. Each row's cells are turned into the canonical text of {@link
 * EvidenceTable}, which maps and checks them as it does for CSV.
 */
final class WorkbookReader implements EvidenceFormat.Rows {

  /**
   * The most merged regions a sheet may have: each cell is looked up among them, so their number
   * bounds the time a row takes.
   */
  static final int MAX_MERGES = 10_000;

  /** How far down the header row with 'unit_code' is looked for. */
  private static final int HEADER_SEARCH_ROWS = 100;

  private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}.*");

  /** One cell as the sheet stores it. */
  private record Raw(
      int column, String type, int style, @Nullable String value, @Nullable String formula) {}

  /** A region of merged cells, 0-based and inclusive. */
  private record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    boolean covers(int row, int column) {
      return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    String ref() {
      return new CellReference(firstRow, firstColumn).formatAsString(false)
          + ":"
          + new CellReference(lastRow, lastColumn).formatAsString(false);
    }
  }

  private final String name;
  private final XlsxLimits limits;
  private final OPCPackage pkg;
  private final String sheetName;
  private final String sheetPrefix;
  private final ReadOnlySharedStringsTable strings;

  /** The workbook's styles; null when it has no styles part (a minimal or damaged file). */
  private final @Nullable StylesTable styles;

  private final boolean date1904;
  private final List<Merge> merges;
  private final Map<Merge, String> mergedValues = new HashMap<>();
  private final InputStream sheetStream;
  private final XMLStreamReader xml;
  private final EvidenceTable table;
  private final EvidenceTable.Rows rows;
  private final int headerRow;
  private @Nullable EvidenceFile ahead;
  private boolean done;
  private boolean closed;

  /** The name of the sheet {@link #findSheet} chose. */
  private String sheetNameFound = "";

  /** The 0-based number of the row read last, for rows that do not give theirs. */
  private int lastRow = -1;

  WorkbookReader(Path path, String name, Catalog catalog, XlsxLimits limits) {
    this.name = name;
    this.limits = limits;
    Zips.check(path, name, limits);
    try {
      this.pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
    } catch (Exception e) { // POI reports a damaged package with several exception types
      throw new XlsxFormatException(name, XlsxWords.say("xlsx.damaged-package"));
    }
    boolean ok = false;
    try {
      Map<String, String> properties = customProperties();
      checkCatalog(properties, catalog);
      XSSFReader reader = new XSSFReader(pkg);
      this.date1904 = date1904(reader);
      PackagePart sheet = findSheet(reader, !properties.isEmpty());
      this.sheetName = sheetNameFound;
      this.sheetPrefix =
          name
              + ":"
              + (sheetName.matches("[A-Za-z0-9_.]+")
                  ? sheetName
                  : "'" + sheetName.replace("'", "''") + "'")
              + "!";
      this.strings = new ReadOnlySharedStringsTable(pkg, false);
      this.styles = reader.getStylesTable();
      this.merges = merges(sheet);
      this.sheetStream = new Zips.Bounded(sheet.getInputStream(), limits.maxPartSize());
      this.xml = factory().createXMLStreamReader(sheetStream);
      TableAndRow header = header(catalog);
      this.table = header.table();
      this.headerRow = header.row();
      this.rows = table.rows();
      checkMerges();
      ok = true;
    } catch (IOException
        | XMLStreamException
        | org.apache.poi.openxml4j.exceptions.OpenXML4JException
        | org.xml.sax.SAXException e) {
      throw damaged(e);
    } catch (XlsxFormatException e) {
      throw e;
    } catch (RuntimeException e) { // POI's own exceptions for a damaged part
      throw damaged(e);
    } finally {
      if (!ok) {
        pkg.revert();
      }
    }
  }

  private XlsxFormatException damaged(Exception e) {
    if (e instanceof IOException && sheetStreamExceeded()) {
      return new XlsxFormatException(
          name, XlsxWords.say("xlsx.sheet-too-large", "max", limits.maxPartSize()));
    }
    return new XlsxFormatException(
        name,
        e instanceof XMLStreamException
            ? XlsxWords.say("xlsx.damaged.xml")
            : XlsxWords.say("xlsx.damaged", "cause", e.getClass().getSimpleName()));
  }

  private boolean sheetStreamExceeded() {
    try {
      return sheetStream instanceof Zips.Bounded b && b.exceeded();
    } catch (RuntimeException e) {
      return false;
    }
  }

  // ------------------------------------------------------------------ workbook parts

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /** Returns the workbook's custom document properties, by name; empty if it has none. */
  private Map<String, String> customProperties() throws IOException, XMLStreamException {
    Map<String, String> out = new TreeMap<>();
    for (PackagePart part : pkg.getPartsByName(Pattern.compile("/docProps/custom\\.xml"))) {
      try (InputStream in = new Zips.Bounded(part.getInputStream(), 1L << 20)) {
        XMLStreamReader x = factory().createXMLStreamReader(in);
        String property = null;
        while (x.hasNext()) {
          int ev = x.next();
          if (ev == XMLStreamConstants.START_ELEMENT) {
            if (x.getLocalName().equals("property")) {
              property = x.getAttributeValue(null, "name");
            } else if (property != null
                && x.getNamespaceURI() != null
                && x.getNamespaceURI().endsWith("docPropsVTypes")) {
              out.put(property, x.getElementText());
              property = null;
            }
          }
        }
        x.close();
      }
    }
    return out;
  }

  private void checkCatalog(Map<String, String> p, Catalog catalog) {
    String id = p.get(EvidenceWorkbook.PROPERTY_CATALOG_ID);
    String version = p.get(EvidenceWorkbook.PROPERTY_CATALOG_VERSION);
    if (id == null || version == null) {
      return; // not made by 'rubric template': read by its header like a CSV file
    }
    if (!id.equals(catalog.id()) || !version.equals(catalog.version())) {
      throw new XlsxFormatException(
          name,
          XlsxWords.say(
              "xlsx.other-catalog",
              "catalog",
              catalog.id(),
              "version",
              catalog.version(),
              "found-catalog",
              id,
              "found-version",
              version));
    }
    String hash = p.get(EvidenceWorkbook.PROPERTY_CATALOG_HASH);
    String now = EvidenceWorkbook.hash(catalog);
    if (hash != null && !hash.equals(now)) {
      throw new XlsxFormatException(
          name,
          XlsxWords.say(
              "xlsx.other-hash",
              "catalog",
              catalog.id(),
              "version",
              catalog.version(),
              "hash",
              now,
              "found-hash",
              hash));
    }
  }

  private static boolean date1904(XSSFReader reader) throws IOException, XMLStreamException {
    try (InputStream in = reader.getWorkbookData()) {
      XMLStreamReader x = factory().createXMLStreamReader(in);
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT) {
          if (x.getLocalName().equals("workbookPr")) {
            String v = x.getAttributeValue(null, "date1904");
            return "1".equals(v) || "true".equals(v);
          }
          if (x.getLocalName().equals("sheets")) {
            return false;
          }
        }
      }
      return false;
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
  }

  /** Finds the evidence sheet: the one named 'Evidence', else (not from a template) the first. */
  private PackagePart findSheet(XSSFReader reader, boolean template) throws IOException {
    XSSFReader.SheetIterator it;
    try {
      it = (XSSFReader.SheetIterator) reader.getSheetsData();
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
    List<String> names = new ArrayList<>();
    PackagePart first = null;
    String firstName = "";
    while (it.hasNext()) {
      it.next().close();
      String n = it.getSheetName();
      names.add(n);
      if (n.equals(EvidenceWorkbook.EVIDENCE_SHEET)) {
        sheetNameFound = n;
        return it.getSheetPart();
      }
      if (first == null) {
        first = it.getSheetPart();
        firstName = n;
      }
    }
    if (template || first == null) {
      throw new XlsxFormatException(
          name,
          names.isEmpty()
              ? XlsxWords.say("xlsx.no-sheet", "sheet", EvidenceWorkbook.EVIDENCE_SHEET)
              : XlsxWords.say(
                  "xlsx.other-sheets",
                  "sheet",
                  EvidenceWorkbook.EVIDENCE_SHEET,
                  "sheets",
                  String.join(", ", names.stream().map(s -> "'" + s + "'").toList())));
    }
    sheetNameFound = firstName;
    return first;
  }

  /** Reads the sheet's merged regions, which the format stores after its rows. */
  private List<Merge> merges(PackagePart sheet) throws IOException, XMLStreamException {
    List<Merge> out = new ArrayList<>();
    try (InputStream in = new Zips.Bounded(sheet.getInputStream(), limits.maxPartSize())) {
      XMLStreamReader x = factory().createXMLStreamReader(in);
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("mergeCell")) {
          String ref = x.getAttributeValue(null, "ref");
          if (ref != null && ref.contains(":")) {
            String[] ends = ref.split(":", 2);
            CellReference a = mergeReference(ends[0], ref);
            CellReference b = mergeReference(ends[1], ref);
            out.add(new Merge(a.getRow(), b.getRow(), a.getCol(), b.getCol()));
            if (out.size() > MAX_MERGES) {
              throw new XlsxFormatException(name, XlsxWords.say("xlsx.merges", "max", MAX_MERGES));
            }
          }
        }
      }
      x.close();
    }
    return out;
  }

  // ------------------------------------------------------------------ rows

  private record TableAndRow(EvidenceTable table, int row) {}

  private TableAndRow header(Catalog catalog) throws XMLStreamException {
    while (true) {
      Map.Entry<Integer, Map<Integer, Raw>> row = nextRawRow();
      if (row == null || row.getKey() >= HEADER_SEARCH_ROWS) {
        throw new XlsxFormatException(
            sheetPrefix + "A1", XlsxWords.say("xlsx.no-header", "rows", HEADER_SEARCH_ROWS));
      }
      Raw a = row.getValue().get(0);
      if (a == null || !"unit_code".equals(text(row.getKey(), a))) {
        continue;
      }
      int r = row.getKey();
      int last = row.getValue().keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
      while (last > 0 && text(r, row.getValue().get(last)).isEmpty()) {
        last--;
      }
      List<TableCell> header = new ArrayList<>();
      for (int c = 0; c <= last; c++) {
        header.add(new TableCell(text(r, row.getValue().get(c)), position(r, c)));
      }
      try {
        return new TableAndRow(EvidenceTable.of(header, position(r, last + 1), catalog), r);
      } catch (TableFormatException e) {
        throw new XlsxFormatException(e.position(), e.detail());
      }
    }
  }

  /** Refuses merged regions the reader cannot give a meaning to. */
  private void checkMerges() {
    for (Merge m : merges) {
      if (m.lastRow() <= headerRow) {
        continue; // labels above the column codes
      }
      if (m.firstRow() <= headerRow) {
        throw new XlsxFormatException(
            sheetPrefix + m.ref(),
            XlsxWords.say("xlsx.merged-header", "row", headerRow + 1, "region", m.ref()));
      }
      if (m.firstColumn() != m.lastColumn() && m.firstColumn() < table.width()) {
        throw new XlsxFormatException(
            sheetPrefix + m.ref(),
            XlsxWords.say(
                "xlsx.merged-across", "column", table.column(m.firstColumn()), "region", m.ref()));
      }
    }
  }

  @Override
  public boolean hasNext() {
    if (ahead != null) {
      return true;
    }
    if (done || closed) {
      return false;
    }
    done = true;
    try {
      while (true) {
        Map.Entry<Integer, Map<Integer, Raw>> row = nextRawRow();
        if (row == null) {
          close();
          return false;
        }
        EvidenceFile file = evidence(row.getKey(), row.getValue());
        if (file != null) {
          ahead = file;
          done = false;
          return true;
        }
      }
    } catch (XMLStreamException e) {
      close();
      throw damaged(e);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  @Override
  public EvidenceFile next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    EvidenceFile f = Objects.requireNonNull(ahead);
    ahead = null;
    return f;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    ahead = null;
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // nothing more is read
    }
    try {
      sheetStream.close();
    } catch (IOException e) {
      // nothing more is read
    }
    pkg.revert();
  }

  /** Returns the evidence of one data row, or null for a row with no value. */
  private @Nullable EvidenceFile evidence(int r, Map<Integer, Raw> raw) {
    int width = table.width();
    for (Map.Entry<Integer, Raw> e : raw.entrySet()) {
      if (e.getKey() >= width && !text(r, e.getValue()).isEmpty()) {
        throw new XlsxFormatException(
            position(r, e.getKey()),
            XlsxWords.say(
                "xlsx.beyond-last",
                "column",
                table.column(width - 1),
                "letter",
                CellReference.convertNumToColString(width - 1),
                "found",
                shown(text(r, e.getValue()))));
      }
    }
    List<TableCell> cells = new ArrayList<>(width);
    Map<String, String> formulas = new HashMap<>();
    boolean any = false;
    for (int c = 0; c < width; c++) {
      Merge m = mergeAt(r, c);
      String value;
      String where = position(r, c);
      Raw cell = raw.get(c);
      if (m != null && (m.firstRow() != r)) {
        value = mergedValues.getOrDefault(m, "");
      } else {
        value = cell == null ? "" : value(r, c, cell);
        if (m != null) {
          mergedValues.put(m, value);
        }
      }
      if (cell != null && cell.formula() != null) {
        formulas.put(where, Objects.requireNonNull(cell.formula()));
      }
      any |= !value.isEmpty();
      cells.add(new TableCell(value, where));
    }
    if (!any) {
      return null; // an empty row: between units or after the last one
    }
    try {
      return rows.read(cells, XlsxWords.say("xlsx.row", "number", r + 1));
    } catch (TableFormatException e) {
      String formula = formulas.get(e.position());
      throw formula == null
          ? new XlsxFormatException(e.position(), e.detail())
          : XlsxFormatException.ofFormulaCell(e.position(), formula, e.detail());
    }
  }

  private @Nullable Merge mergeAt(int r, int c) {
    for (Merge m : merges) {
      if (m.covers(r, c)) {
        return m;
      }
    }
    return null;
  }

  /**
   * Reads the next {@code <row>} of the sheet: its 0-based number and its cells by 0-based column;
   * null after the last row.
   */
  private Map.@Nullable Entry<Integer, Map<Integer, Raw>> nextRawRow() throws XMLStreamException {
    while (xml.hasNext()) {
      int ev = xml.next();
      if (ev == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
        return null;
      }
      if (ev != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("row")) {
        continue;
      }
      String rAttr = xml.getAttributeValue(null, "r");
      int r = rAttr == null ? lastRow + 1 : parseIndex(rAttr) - 1;
      lastRow = r;
      Map<Integer, Raw> cells = new TreeMap<>();
      int nextColumn = 0;
      while (xml.hasNext()) {
        ev = xml.next();
        if (ev == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
          break;
        }
        if (ev == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
          String ref = xml.getAttributeValue(null, "r");
          int c = ref == null ? nextColumn : reference(ref, sheetPrefix).getCol();
          nextColumn = c + 1;
          Raw cell = cell(c);
          if (cell.value() != null || cell.formula() != null) {
            if (r >= limits.maxRows()) {
              throw new XlsxFormatException(
                  position(r, c),
                  XlsxWords.say("xlsx.max-rows", "max", limits.maxRows(), "row", r + 1));
            }
            if (c >= limits.maxColumns()) {
              throw new XlsxFormatException(
                  position(r, c),
                  XlsxWords.say(
                      "xlsx.max-columns",
                      "max",
                      limits.maxColumns(),
                      "column",
                      CellReference.convertNumToColString(c)));
            }
            cells.put(c, cell);
          }
        }
      }
      return Map.entry(r, cells);
    }
    return null;
  }

  /** A cell reference as the format writes it: column letters, then a row number from 1. */
  private static final Pattern CELL_REFERENCE =
      Pattern.compile("\\$?[A-Z]{1,3}\\$?[1-9][0-9]{0,6}");

  /**
   * Returns the cell reference {@code ref} from the sheet's XML, refusing one that is not a cell
   * reference (POI's parser throws on some and misreads others).
   *
   * @param where what the message starts with: the sheet, or the merged region
   */
  private static CellReference reference(String ref, String where) {
    if (!CELL_REFERENCE.matcher(ref).matches()) {
      throw new XlsxFormatException(
          where.endsWith("!") ? where.substring(0, where.length() - 1) : where,
          XlsxWords.say("xlsx.bad-reference", "found", shown(ref)));
    }
    return new CellReference(ref);
  }

  /** Returns the cell reference {@code ref}, an end of the merged region {@code region}. */
  private CellReference mergeReference(String ref, String region) {
    if (!CELL_REFERENCE.matcher(ref).matches()) {
      throw new XlsxFormatException(
          name,
          XlsxWords.say("xlsx.bad-merge-reference", "region", shown(region), "found", shown(ref)));
    }
    return new CellReference(ref);
  }

  private static int parseIndex(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  /** Reads one {@code <c>} element; the reader is on its start and is left on its end. */
  private Raw cell(int column) throws XMLStreamException {
    String type = Objects.requireNonNullElse(xml.getAttributeValue(null, "t"), "n");
    String s = xml.getAttributeValue(null, "s");
    int style = s == null ? 0 : parseIndex(s);
    String value = null;
    String formula = null;
    StringBuilder inline = null;
    int depth = 1;
    while (depth > 0) {
      int ev = xml.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String n = xml.getLocalName();
        if (n.equals("v")) {
          value = bounded(xml.getElementText(), column);
          depth--;
        } else if (n.equals("f")) {
          formula = bounded(xml.getElementText(), column);
          depth--;
        } else if (n.equals("t") && type.equals("inlineStr")) {
          if (inline == null) {
            inline = new StringBuilder();
          }
          inline.append(xml.getElementText());
          bounded(inline, column);
          depth--;
        } else if (n.equals("rPh")) {
          skip();
          depth--;
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    if (inline != null) {
      value = inline.toString();
    }
    return new Raw(column, type, style, value, formula);
  }

  private void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int ev = xml.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private String bounded(CharSequence s, int column) {
    if (s.length() > limits.maxCellLength()) {
      throw new XlsxFormatException(
          position(Math.max(lastRow, 0), column),
          XlsxWords.say("xlsx.cell-length", "max", limits.maxCellLength(), "length", s.length()));
    }
    return s.toString();
  }

  // ------------------------------------------------------------------ cells

  private String position(int row, int column) {
    return sheetPrefix + new CellReference(row, column).formatAsString(false);
  }

  /** Returns a cell's content as text, with no regard to its column (for the header row). */
  private String text(int r, @Nullable Raw raw) {
    if (raw == null || raw.value() == null) {
      return "";
    }
    return switch (raw.type()) {
      case "s" -> trim(shared(r, raw));
      case "b" -> "1".equals(raw.value()) ? "true" : "false";
      case "n" -> number(raw.value());
      default -> trim(Objects.requireNonNull(raw.value()));
    };
  }

  private String shared(int r, Raw raw) {
    int index = parseIndex(Objects.requireNonNull(raw.value()));
    if (index < 0 || index >= strings.getCount()) {
      throw new XlsxFormatException(
          position(r, raw.column()),
          XlsxWords.say(
              "xlsx.shared-string",
              "count",
              strings.getCount(),
              "found",
              Objects.requireNonNull(raw.value())));
    }
    return bounded(strings.getItemAt(index).getString(), raw.column());
  }

  /** Returns the canonical text of a data cell in column {@code c}, for {@link EvidenceTable}. */
  private String value(int r, int c, Raw raw) {
    String where = position(r, c);
    Message column = table.column(c);
    Optional<InputType> type = table.declaration(c).map(InputDecl::type);
    if (raw.value() == null) {
      if (raw.formula() != null) {
        throw inColumn(
            where,
            column,
            XlsxWords.say(
                "xlsx.formula-unsaved", "formula", Objects.requireNonNull(raw.formula())));
      }
      return "";
    }
    String v = Objects.requireNonNull(raw.value());
    String type0 = raw.type();
    if (type0.equals("e")) {
      String formula = raw.formula();
      throw inColumn(
          where,
          column,
          formula != null
              ? XlsxWords.say("xlsx.error-formula", "error", v, "formula", formula)
              : XlsxWords.say("xlsx.error-value", "error", v));
    }
    if (type0.equals("b")) {
      return "1".equals(v.trim()) ? "true" : "false";
    }
    if (type0.equals("s") || type0.equals("str") || type0.equals("inlineStr")) {
      return trim(type0.equals("s") ? shared(r, raw) : v);
    }
    if (type0.equals("d")) {
      return ISO_DATE.matcher(v).matches() ? v.substring(0, 10) : trim(v);
    }
    // a number, which the cell's format may show as a date
    BigDecimal n;
    try {
      n = new BigDecimal(v.trim());
    } catch (NumberFormatException e) {
      throw inColumn(where, column, XlsxWords.say("xlsx.not-number", "found", shown(v)));
    }
    boolean dateFormat = isDateFormat(raw.style());
    if (type.isPresent() && type.get() == InputType.DATE) {
      return date(where, column, n, dateFormat);
    }
    if (dateFormat) {
      String d = date(where, column, n, true);
      if (type.isPresent() && type.get() == InputType.RATIO) {
        throw inColumn(where, column, XlsxWords.say("xlsx.ratio-date", "date", d));
      }
      return d;
    }
    return number(v);
  }

  private static XlsxFormatException inColumn(String where, Message column, Message detail) {
    return new XlsxFormatException(
        where, XlsxWords.say("xlsx.in-column", "column", column, "detail", detail));
  }

  /** Returns the day a serial number stands for, as yyyy-mm-dd. */
  private String date(String where, Message column, BigDecimal serial, boolean dateFormat) {
    BigDecimal whole = serial.setScale(0, RoundingMode.FLOOR);
    if (serial.compareTo(whole) != 0
        || serial.signum() <= 0
        || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
      Message found =
          serial.signum() > 0 && serial.compareTo(BigDecimal.valueOf(2_958_465)) <= 0 && dateFormat
              ? XlsxWords.say(
                  "xlsx.date-time",
                  "value",
                  DateUtil.getLocalDateTime(serial.doubleValue(), date1904).toString())
              : XlsxWords.say(
                  "xlsx.date-number", "value", serial.stripTrailingZeros().toPlainString());
      throw inColumn(where, column, found);
    }
    long days = whole.longValueExact();
    LocalDate d;
    if (date1904) {
      d = LocalDate.of(1904, 1, 1).plusDays(days);
    } else if (days < 61) {
      // serial 60 is the 29 February 1900 that Excel counts and the calendar does not have
      d = LocalDate.of(1899, 12, 31).plusDays(days == 60 ? 59 : days);
    } else {
      d = LocalDate.of(1899, 12, 30).plusDays(days);
    }
    return d.toString();
  }

  private boolean isDateFormat(int style) {
    StylesTable table = styles;
    if (table == null || style <= 0 || style >= table.getNumCellStyles()) {
      return false;
    }
    XSSFCellStyle st = table.getStyleAt(style);
    return st != null && DateUtil.isADateFormat(st.getDataFormat(), st.getDataFormatString());
  }

  /**
   * Returns a number as the shortest plain decimal, rounded to the 15 significant digits a
   * spreadsheet shows (so that a computed 0.30000000000000004 reads as 0.3).
   */
  static String number(String v) {
    try {
      BigDecimal n = new BigDecimal(v.trim());
      if (n.precision() > 15) {
        n = n.round(EXCEL_DIGITS);
      }
      n = n.stripTrailingZeros();
      return n.signum() == 0 ? "0" : n.toPlainString();
    } catch (NumberFormatException e) {
      return v.trim();
    }
  }

  /** Strips spaces (also no-break spaces) around a text and puts it in NFC. */
  private static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return Normalizer.normalize(s.substring(start, end), Normalizer.Form.NFC);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
  }

  private static String shown(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  @Override
  public String toString() {
    return "WorkbookReader[" + name + "]";
  }
}
