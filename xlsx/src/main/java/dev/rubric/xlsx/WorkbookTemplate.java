package dev.rubric.xlsx;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Language;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.table.EvidenceTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the evidence template of a catalog with POI's workbook model (a template is small: one row
 * per unit), then rewrites the zip with fixed entry times so that the same input gives the same
 * bytes.
 */
final class WorkbookTemplate {

  /** The rows above the first unit: labels, labels in the other language, column codes. */
  static final int HEADER_ROWS = 3;

  /** The rows that get data validation when no unit list is given. */
  private static final int BLANK_ROWS = 500;

  /** One column of the evidence sheet. */
  private record Column(String code, String label, String other, Optional<InputDecl> decl) {}

  private final Catalog catalog;
  private final String hash;
  private final List<Unit> units;
  private final Optional<Period> period;
  private final Language language;
  private final Texts texts;
  private final Texts otherTexts;

  WorkbookTemplate(
      Catalog catalog, String hash, List<Unit> units, Optional<Period> period, Language language) {
    this.catalog = catalog;
    this.hash = hash;
    this.units = List.copyOf(units);
    this.period = period;
    this.language = language;
    Language other = language == Language.VI ? Language.EN : Language.VI;
    this.texts = new Texts(language);
    this.otherTexts = new Texts(other);
  }

  byte[] write() {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      List<Column> columns = columns();
      evidenceSheet(wb, styles, columns);
      notesSheet(wb, styles, columns);
      properties(wb.getProperties());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return Zips.withFixedTimes(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the same template as CSV text: a byte order mark, comment lines naming the catalog, the
   * evidence statuses and each column, the header of column codes, then one row per unit.
   */
  String csv() {
    List<Column> columns = columns();
    StringBuilder out = new StringBuilder("\uFEFF");
    comment(out, texts.get("notes.title", catalog.title().in(language)));
    comment(out, texts.get("notes.catalog", catalog.id(), catalog.version(), hash));
    for (int i = 2; i <= 4; i++) {
      comment(out, texts.get("notes.how." + i));
    }
    for (Column col : columns) {
      comment(out, col.code() + ": " + col.label() + "; " + format(col));
    }
    List<String> header = columns.stream().map(Column::code).toList();
    row(out, header);
    for (Unit u : units) {
      List<String> cells = new ArrayList<>();
      cells.add(u.code());
      cells.add(u.name());
      cells.add(u.level());
      cells.add(u.kind());
      cells.add(u.parentCode().orElse(""));
      cells.add(period.map(p -> String.valueOf(p.start().getYear())).orElse(""));
      for (int c = EvidenceTable.FIXED_COLUMNS.size(); c < columns.size(); c++) {
        Column col = columns.get(c);
        boolean attribute = col.code().startsWith(EvidenceTable.ATTRIBUTE_PREFIX);
        cells.add(
            attribute && col.decl().isPresent()
                ? u.attribute(col.decl().get().key()).map(WorkbookTemplate::text).orElse("")
                : "");
      }
      row(out, cells);
    }
    return out.toString();
  }

  private static void comment(StringBuilder out, String text) {
    out.append("# ").append(text.replace('\n', ' ')).append("\r\n");
  }

  private static void row(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String c = cells.get(i);
      if (c.indexOf(',') >= 0
          || c.indexOf('"') >= 0
          || c.indexOf('\n') >= 0
          || c.indexOf('\r') >= 0) {
        out.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        out.append(c);
      }
    }
    out.append("\r\n");
  }

  /** Returns an attribute value as a CSV cell holds it. */
  private static String text(AttributeValue v) {
    if (v instanceof AttributeValue.Flag f) {
      return String.valueOf(f.value());
    } else if (v instanceof AttributeValue.NumberValue n) {
      return n.value().toString();
    } else if (v instanceof AttributeValue.TextValue t) {
      return t.value();
    } else if (v instanceof AttributeValue.DateValue d) {
      return d.value().toString();
    }
    throw new AssertionError(v);
  }

  private List<Column> columns() {
    List<Column> columns = new ArrayList<>();
    for (String fixed : EvidenceTable.FIXED_COLUMNS) {
      columns.add(
          new Column(
              fixed,
              texts.get("column." + fixed),
              otherTexts.get("column." + fixed),
              Optional.empty()));
    }
    for (InputDecl a : catalog.attributes()) {
      if (a.type() == InputType.RATIO || a.type() == InputType.DOCUMENT) {
        continue; // not a unit attribute cell (the reader refuses such a column)
      }
      columns.add(
          new Column(
              EvidenceTable.ATTRIBUTE_PREFIX + a.key(),
              a.label().in(language) + " (" + texts.get("attribute") + ")",
              a.label().in(other()) + " (" + otherTexts.get("attribute") + ")",
              Optional.of(a)));
    }
    for (InputDecl i : catalog.inputs()) {
      String mark = i.required() ? " " + texts.get("required") : "";
      String otherMark = i.required() ? " " + otherTexts.get("required") : "";
      columns.add(
          new Column(
              i.key(),
              i.label().in(language) + mark,
              i.label().in(other()) + otherMark,
              Optional.of(i)));
    }
    return columns;
  }

  private Language other() {
    return language == Language.VI ? Language.EN : Language.VI;
  }

  private void evidenceSheet(XSSFWorkbook wb, Styles styles, List<Column> columns) {
    XSSFSheet sheet = wb.createSheet(EvidenceWorkbook.EVIDENCE_SHEET);
    Row labels = sheet.createRow(0);
    Row others = sheet.createRow(1);
    Row codes = sheet.createRow(2);
    labels.setHeightInPoints(64);
    others.setHeightInPoints(48);
    for (int c = 0; c < columns.size(); c++) {
      Column col = columns.get(c);
      text(labels, c, col.label(), styles.label);
      text(others, c, col.other(), styles.other);
      text(codes, c, col.code(), styles.code);
      sheet.setColumnWidth(c, 256 * width(c));
      sheet.setDefaultColumnStyle(c, styles.forColumn(col.decl(), col.code()));
    }
    sheet.createFreezePane(2, HEADER_ROWS);
    // printed, every page repeats the labels and codes and the units' codes and names
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setScale((short) 80);
    sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(0, HEADER_ROWS - 1, -1, -1));
    sheet.setRepeatingColumns(new org.apache.poi.ss.util.CellRangeAddress(-1, -1, 0, 1));
    int r = HEADER_ROWS;
    for (Unit u : units) {
      Row row = sheet.createRow(r++);
      text(row, 0, u.code(), styles.text);
      text(row, 1, u.name(), styles.text);
      text(row, 2, u.level(), styles.text);
      text(row, 3, u.kind(), styles.text);
      if (u.parentCode().isPresent()) {
        text(row, 4, u.parentCode().get(), styles.text);
      }
      if (period.isPresent()) {
        row.createCell(5).setCellValue(period.get().start().getYear());
        row.getCell(5).setCellStyle(styles.whole);
      }
      for (int c = EvidenceTable.FIXED_COLUMNS.size(); c < columns.size(); c++) {
        Column col = columns.get(c);
        if (!col.code().startsWith(EvidenceTable.ATTRIBUTE_PREFIX) || col.decl().isEmpty()) {
          continue;
        }
        Optional<AttributeValue> v = u.attribute(col.decl().get().key());
        if (v.isPresent()) {
          attribute(row, c, v.get(), styles);
        }
      }
    }
    int last = HEADER_ROWS + Math.max(units.size(), BLANK_ROWS) - 1;
    validation(sheet, columns, last);
  }

  /** Returns a column's width in characters: the unit's name widest, the fixed codes narrow. */
  private static int width(int column) {
    if (column == 1) {
      return 22;
    }
    return column < EvidenceTable.FIXED_COLUMNS.size() ? 10 : 16;
  }

  private static void attribute(Row row, int c, AttributeValue v, Styles styles) {
    Cell cell = row.createCell(c);
    if (v instanceof AttributeValue.Flag f) {
      cell.setCellValue(String.valueOf(f.value()));
      cell.setCellStyle(styles.text);
    } else if (v instanceof AttributeValue.NumberValue n) {
      cell.setCellValue(n.value().toString());
      cell.setCellStyle(styles.text);
    } else if (v instanceof AttributeValue.TextValue t) {
      cell.setCellValue(t.value());
      cell.setCellStyle(styles.text);
    } else if (v instanceof AttributeValue.DateValue d) {
      cell.setCellValue(d.value());
      cell.setCellStyle(styles.date);
    } else {
      throw new AssertionError(v);
    }
  }

  private void validation(XSSFSheet sheet, List<Column> columns, int lastRow) {
    XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
    for (int c = 0; c < columns.size(); c++) {
      Column col = columns.get(c);
      Optional<DataValidationConstraint> constraint = constraint(helper, col);
      if (constraint.isEmpty()) {
        continue;
      }
      DataValidation v =
          helper.createValidation(
              constraint.get(), new CellRangeAddressList(HEADER_ROWS, lastRow, c, c));
      // a warning, not a stop: '!reason' and '~value' are valid in every input column
      v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
      v.setShowErrorBox(true);
      v.createErrorBox(texts.get("error.title"), texts.get("error.text"));
      v.setShowPromptBox(true);
      String prompt = format(col);
      if (col.decl().isPresent() && !col.code().startsWith(EvidenceTable.ATTRIBUTE_PREFIX)) {
        prompt = prompt + ". " + texts.get("prompt.statuses");
      }
      v.createPromptBox(texts.get("prompt.title"), clip(prompt, 255));
      v.setEmptyCellAllowed(true);
      sheet.addValidationData(v);
    }
  }

  private static Optional<DataValidationConstraint> constraint(
      XSSFDataValidationHelper helper, Column col) {
    if (col.code().equals("period")) {
      return Optional.of(helper.createIntegerConstraint(OperatorType.BETWEEN, "1900", "9999"));
    }
    if (col.decl().isEmpty()) {
      return Optional.empty();
    }
    InputDecl d = col.decl().get();
    return switch (d.type()) {
      case COUNT ->
          Optional.of(helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null));
      case QUANTITY ->
          d.unit().isPresent()
              ? Optional.of(helper.createDecimalConstraint(OperatorType.BETWEEN, "-1E+15", "1E+15"))
              : Optional.empty();
      case FLAG -> Optional.of(helper.createExplicitListConstraint(new String[] {"true", "false"}));
      case CHOICE ->
          String.join(",", d.options()).length() <= 250
              ? Optional.of(helper.createExplicitListConstraint(d.options().toArray(String[]::new)))
              : Optional.empty();
      case DATE ->
          Optional.of(
              helper.createDateConstraint(
                  OperatorType.BETWEEN, "DATE(1900,1,1)", "DATE(9999,12,31)", "yyyy-mm-dd"));
      case RATIO, DOCUMENT, TEXT -> Optional.empty();
    };
  }

  /** Returns how a column is filled in, in the template's language. */
  private String format(Column col) {
    return format(col, texts);
  }

  private static String format(Column col, Texts texts) {
    if (col.decl().isEmpty()) {
      return texts.get("format." + col.code());
    }
    InputDecl d = col.decl().get();
    return switch (d.type()) {
      case QUANTITY ->
          d.unit().isPresent()
              ? texts.get("format.quantity", d.unit().get())
              : texts.get("format.quantity.free");
      case CHOICE -> texts.get("format.choice", String.join(", ", d.options()));
      default -> texts.get("format." + d.type().keyword());
    };
  }

  private void notesSheet(XSSFWorkbook wb, Styles styles, List<Column> columns) {
    XSSFSheet sheet = wb.createSheet(EvidenceWorkbook.NOTES_SHEET);
    int r = 0;
    text(
        sheet.createRow(r++),
        0,
        texts.get("notes.title", catalog.title().in(language)),
        styles.title);
    text(
        sheet.createRow(r++),
        0,
        texts.get("notes.catalog", catalog.id(), catalog.version(), hash),
        styles.text);
    r++;
    for (int i = 1; i <= 5; i++) {
      text(sheet.createRow(r++), 0, texts.get("notes.how." + i), styles.text);
    }
    r++;
    Row header = sheet.createRow(r++);
    String[] heads = {"code", "label", "other", "type", "required", "format"};
    for (int c = 0; c < heads.length; c++) {
      text(header, c, texts.get("notes.header." + heads[c]), styles.label);
    }
    for (Column col : columns) {
      Row row = sheet.createRow(r++);
      text(row, 0, col.code(), styles.code);
      text(row, 1, col.label(), styles.wrap);
      text(row, 2, col.other(), styles.wrap);
      boolean input =
          col.decl().isPresent() && !col.code().startsWith(EvidenceTable.ATTRIBUTE_PREFIX);
      text(row, 3, col.decl().map(d -> d.type().keyword()).orElse("text"), styles.text);
      boolean required =
          col.decl().isEmpty()
              ? !col.code().equals("parent_code")
              : input && col.decl().get().required();
      text(row, 4, texts.get(required ? "yes" : "no"), styles.text);
      text(row, 5, format(col), styles.wrap);
    }
    sheet.setColumnWidth(0, 256 * 24);
    sheet.setColumnWidth(1, 256 * 48);
    sheet.setColumnWidth(2, 256 * 40);
    sheet.setColumnWidth(3, 256 * 10);
    sheet.setColumnWidth(4, 256 * 10);
    sheet.setColumnWidth(5, 256 * 56);
  }

  private void properties(POIXMLProperties properties) {
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    core.setCreator("Rubric");
    core.setTitle(texts.get("notes.title", catalog.title().in(language)));
    try {
      core.setCreated(Zips.FIXED_TIME_W3C);
      core.setModified(Zips.FIXED_TIME_W3C);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException("bug: " + Zips.FIXED_TIME_W3C + " is not a W3C date", e);
    }
    POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
    custom.addProperty(EvidenceWorkbook.PROPERTY_FORMAT, EvidenceWorkbook.FORMAT);
    custom.addProperty(EvidenceWorkbook.PROPERTY_CATALOG_ID, catalog.id());
    custom.addProperty(EvidenceWorkbook.PROPERTY_CATALOG_VERSION, catalog.version());
    custom.addProperty(EvidenceWorkbook.PROPERTY_CATALOG_HASH, hash);
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** The cell styles of the template. */
  private static final class Styles {
    final CellStyle label;
    final CellStyle other;
    final CellStyle code;
    final CellStyle title;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle whole;
    final CellStyle decimal;
    final CellStyle date;

    Styles(XSSFWorkbook wb) {
      short textFormat = wb.createDataFormat().getFormat("@");
      Font bold = wb.createFont();
      bold.setBold(true);
      Font grey = wb.createFont();
      grey.setItalic(true);
      grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
      Font mono = wb.createFont();
      mono.setFontName("Courier New");
      mono.setFontHeightInPoints((short) 9);
      mono.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
      Font big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);

      label = wb.createCellStyle();
      label.setFont(bold);
      label.setWrapText(true);
      label.setVerticalAlignment(VerticalAlignment.TOP);
      label.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
      label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      label.setBorderBottom(BorderStyle.THIN);
      other = wb.createCellStyle();
      other.setFont(grey);
      other.setWrapText(true);
      other.setVerticalAlignment(VerticalAlignment.TOP);
      code = wb.createCellStyle();
      code.setFont(mono);
      code.setBorderBottom(BorderStyle.MEDIUM);
      code.setDataFormat(textFormat);
      title = wb.createCellStyle();
      title.setFont(big);
      text = wb.createCellStyle();
      text.setDataFormat(textFormat);
      wrap = wb.createCellStyle();
      wrap.setDataFormat(textFormat);
      wrap.setWrapText(true);
      wrap.setVerticalAlignment(VerticalAlignment.TOP);
      whole = wb.createCellStyle();
      whole.setDataFormat(wb.createDataFormat().getFormat("0"));
      decimal = wb.createCellStyle();
      decimal.setDataFormat(wb.createDataFormat().getFormat("General"));
      date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    /**
     * Returns the style of a column's cells: text for codes, ratios, documents, choices and texts
     * (so that a spreadsheet keeps '01969' and '3/5' as typed), numbers and dates for the rest.
     */
    CellStyle forColumn(Optional<InputDecl> decl, String code) {
      if (decl.isEmpty()) {
        return code.equals("period") ? whole : text;
      }
      InputDecl d = decl.get();
      return switch (d.type()) {
        case COUNT -> whole;
        case QUANTITY -> d.unit().isPresent() ? decimal : text;
        case DATE -> date;
        case FLAG, CHOICE, RATIO, DOCUMENT, TEXT -> text;
      };
    }
  }
}
