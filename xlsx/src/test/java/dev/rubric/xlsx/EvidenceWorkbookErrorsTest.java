package dev.rubric.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rubric.core.Language;
import dev.rubric.core.Unit;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled template, filled with the Bạch Thông evidence, corrupted the ways workbooks come back
 * from offices: each error names the cell and says what was expected and what was found. Columns: J
 * ke_hoach_cchc, K nv_ke_hoach, L nv_hoan_thanh, N ke_hoach_kiem_tra, O khac_phuc_kiem_tra; row 4
 * is Phủ Thông (01969), row 5 Vi Hương (01975).
 */
class EvidenceWorkbookErrorsTest {

  @TempDir Path dir;

  private static final Catalog CATALOG = Bundled.CATALOG.catalog();

  private Path filled(Consumer<XSSFWorkbook> change) {
    try (XSSFWorkbook wb = Bundled.filled()) {
      change.accept(wb);
      return Bundled.save(wb, dir, "b.xlsx");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a copy of the filled workbook whose part {@code entry} is changed by {@code edit}. */
  private Path rewritten(String entry, java.util.function.UnaryOperator<String> edit)
      throws IOException {
    Path plain = filled(wb -> {});
    Path copy = dir.resolve("plain.xlsx");
    Files.move(plain, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path p = dir.resolve("b.xlsx");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(copy));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(p))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals(entry)) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          String edited = edit.apply(xml);
          assertThat(edited).as("the edit of " + entry).isNotEqualTo(xml);
          bytes = edited.getBytes(StandardCharsets.UTF_8);
        }
        out.write(bytes);
        out.closeEntry();
      }
    }
    return p;
  }

  private static String error(Path p) {
    return error(p, CATALOG, XlsxLimits.defaults());
  }

  private static String error(Path p, Catalog catalog, XlsxLimits limits) {
    XlsxFormatException e =
        catchThrowableOfType(
            XlsxFormatException.class, () -> EvidenceWorkbook.read(p, "b.xlsx", catalog, limits));
    assertThat(e).as("an XlsxFormatException").isNotNull();
    assertThat(e.getStackTrace()).isEmpty();
    return e.getMessage();
  }

  private static Cell cell(XSSFWorkbook wb, String ref) {
    org.apache.poi.ss.util.CellReference r = new org.apache.poi.ss.util.CellReference(ref);
    XSSFSheet s = wb.getSheet("Evidence");
    var row = s.getRow(r.getRow()) == null ? s.createRow(r.getRow()) : s.getRow(r.getRow());
    return row.getCell(r.getCol()) == null ? row.createCell(r.getCol()) : row.getCell(r.getCol());
  }

  @Test
  void wrongTypeInACell_namesCellColumnExpectedAndFound() {
    Path p = filled(wb -> cell(wb, "K4").setCellValue("mười hai"));

    assertThat(error(p))
        .isEqualTo(
            "b.xlsx:Evidence!K4: column 'nv_ke_hoach' (count): expected a whole number such as"
                + " '12' but found 'mười hai'");
  }

  @Test
  void flagTypedInVietnamese_isRefusedAtItsCell() {
    Path p = filled(wb -> cell(wb, "N5").setCellValue("có"));

    assertThat(error(p))
        .isEqualTo(
            "b.xlsx:Evidence!N5: column 'ke_hoach_kiem_tra' (flag): expected 'true' or 'false'"
                + " but found 'có'");
  }

  @Test
  void formulaWithAnErrorValue_namesTheFormulaAndTheError() {
    Path p =
        filled(
            wb -> {
              Cell c = cell(wb, "L4");
              c.setCellFormula("K4/0");
              wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
            });

    assertThat(error(p))
        .isEqualTo(
            "b.xlsx:Evidence!L4: column 'nv_hoan_thanh' (count): expected a value but found the"
                + " error #DIV/0! of the formula =K4/0");
  }

  @Test
  void formulaWhoseSavedValueDoesNotFit_saysTheValueIsTheFormulas() {
    Path p =
        filled(
            wb -> {
              Cell c = cell(wb, "L4");
              c.setCellFormula("K4/3");
              wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
            });

    assertThat(error(p))
        .isEqualTo(
            "b.xlsx:Evidence!L4 (the saved value of the formula =K4/3): column 'nv_hoan_thanh'"
                + " (count): expected a whole number such as '12' but found '6.66666666666667'");
  }

  @Test
  void formulaWithNoSavedValue_asksToSaveInASpreadsheetProgram() throws IOException {
    // given: a formula as a program that does not compute formulas writes it, with no <v>
    Path p =
        rewritten(
            "xl/worksheets/sheet1.xml",
            x -> x.replaceAll("(<c r=\"L4\"[^>]*>)<v>[^<]*</v>", "$1<f>K4-2</f>"));

    assertThat(error(p))
        .isEqualTo(
            "b.xlsx:Evidence!L4: column 'nv_hoan_thanh' (count): expected a value but found the"
                + " formula =K4-2 with no saved value; open the workbook in a spreadsheet program"
                + " and save it, so that the value is computed");
  }

  @Test
  void cellReferenceThatIsNoReference_isAFormatErrorNotPoisException() throws IOException {
    // found by fuzzing: POI's CellReference threw IllegalArgumentException on "G1E12"
    Path p =
        rewritten("xl/worksheets/sheet1.xml", x -> x.replaceFirst("<c r=\"L4\"", "<c r=\"G1E12\""));

    assertThat(error(p))
        .isEqualTo(
            "b.xlsx:Evidence: expected a cell reference such as F12 in the sheet's XML but found"
                + " 'G1E12'; the file is damaged");
  }

  @Test
  void workbookWithoutAStylesPart_isReadAsHavingNoDateFormats() throws IOException {
    // found by fuzzing: a workbook without xl/styles.xml made the reader throw a
    // NullPointerException on the first styled number
    Path p =
        rewritten("[Content_Types].xml", x -> x.replaceAll("<Override[^>]*styles\\.xml\"/>", ""));

    List<EvidenceFile> files = EvidenceWorkbook.read(p, "b.xlsx", CATALOG, XlsxLimits.defaults());

    assertThat(files).hasSize(14);
  }

  @Test
  void ratioTheSpreadsheetTurnedIntoADate_isRefusedWithTheDate() {
    Path p =
        filled(
            wb -> {
              CellStyle date = wb.createCellStyle();
              date.setDataFormat(wb.createDataFormat().getFormat("d-mmm"));
              Cell c = cell(wb, "O4");
              c.setCellValue(java.time.LocalDate.of(2022, 5, 3)); // '3/5' typed
              c.setCellStyle(date);
            });

    assertThat(error(p))
        .isEqualTo(
            "b.xlsx:Evidence!O4: column 'khac_phuc_kiem_tra' (ratio): expected"
                + " 'numerator/denominator' such as '412/420' but found the date 2022-05-03, which"
                + " the spreadsheet made of what was typed; format the column as text and type the"
                + " ratio again");
  }

  @Test
  void cellsMergedAcrossColumns_areRefusedWithTheRange() {
    Path p =
        filled(wb -> wb.getSheet("Evidence").addMergedRegion(CellRangeAddress.valueOf("K4:L4")));

    assertThat(error(p))
        .isEqualTo(
            "b.xlsx:Evidence!K4:L4: expected each column of a unit's row to have its own cell but"
                + " found column 'nv_ke_hoach' (count) merged with the cells to its right; unmerge"
                + " K4:L4 and give each column its value");
  }

  @Test
  void evidenceSheetMissing_namesTheSheetsFound() {
    Path p = filled(wb -> wb.removeSheetAt(wb.getSheetIndex("Evidence")));

    assertThat(error(p))
        .isEqualTo("b.xlsx: expected a sheet named 'Evidence' but found the sheets 'Notes'");
  }

  @Test
  void workbookFromAnotherCatalogVersion_isRefused() throws IOException {
    Path p = rewritten("docProps/custom.xml", x -> x.replace(">2022.1.0<", ">2021.1.0<"));

    assertThat(error(p))
        .isEqualTo(
            "b.xlsx: expected a workbook for catalog 'cchc-xa' version 2022.1.0 but found one made"
                + " for catalog 'cchc-xa' version 2021.1.0; make a new template with 'rubric"
                + " template' and copy the evidence into it");
  }

  @Test
  void workbookFromAChangedCatalogOfTheSameVersion_isRefusedByHash() throws IOException {
    Path p =
        rewritten(
            "docProps/custom.xml",
            x -> x.replace(Bundled.CATALOG.hash(), "sha256:" + "0".repeat(64)));

    assertThat(error(p))
        .isEqualTo(
            "b.xlsx: expected a workbook for catalog 'cchc-xa' version 2022.1.0 with hash "
                + Bundled.CATALOG.hash()
                + " but found one made for a different text of that version (hash sha256:"
                + "0".repeat(64)
                + "); the catalog changed without a new version");
  }

  @Test
  void csvFileNamedXlsx_isNotAZip() throws IOException {
    Path p = dir.resolve("b.xlsx");
    Files.copy(Bundled.CSV, p);

    assertThat(error(p))
        .isEqualTo(
            "b.xlsx: expected an .xlsx workbook (a zip archive) but found a file of another kind;"
                + " a CSV file is read when its name ends in .csv");
  }

  @Test
  void encryptedWorkbook_asksForOneWithoutPassword() throws Exception {
    Path plain = filled(wb -> {});
    Path p = dir.resolve("encrypted.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("mật khẩu");
      try (InputStream in = Files.newInputStream(plain);
          OPCPackage opc = OPCPackage.open(in);
          OutputStream os = enc.getDataStream(fs)) {
        opc.save(os);
      }
      try (OutputStream out = Files.newOutputStream(p)) {
        fs.writeFilesystem(out);
      }
    }

    assertThat(error(p))
        .isEqualTo(
            "b.xlsx: expected a workbook without a password but found an encrypted one; save it"
                + " again without a password (File > Info > Protect Workbook, or Save As > Tools)");
  }

  @Test
  void oldExcelFormat_asksForXlsx() throws IOException {
    Path p = dir.resolve("old.xlsx");
    try (HSSFWorkbook wb = new HSSFWorkbook();
        OutputStream out = Files.newOutputStream(p)) {
      wb.createSheet("Evidence");
      wb.write(out);
    }

    assertThat(error(p))
        .isEqualTo(
            "b.xlsx: expected an .xlsx workbook but found an Excel 97-2003 (.xls) file; save it as"
                + " Excel Workbook (.xlsx)");
  }

  @Test
  void zipBomb_isRefusedBeforeItIsInflated() throws IOException {
    // given: the filled workbook plus a part of 64 MiB of zeros, a few tens of KiB compressed
    Path plain = filled(wb -> {});
    Path p = dir.resolve("bomb.xlsx");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(p))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        in.transferTo(out);
        out.closeEntry();
      }
      out.putNextEntry(new ZipEntry("xl/media/image1.bin"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        out.write(zeros);
      }
      out.closeEntry();
    }

    // when
    String message = error(p);

    // then
    assertThat(message)
        .matches(
            "b\\.xlsx: part 'xl/media/image1\\.bin' expands [0-9]{3,} times its compressed size"
                + " \\(at most 100 is read\\), as a zip bomb does; the file is refused");
  }

  @Test
  void partLargerThanTheLimit_isRefusedByName() {
    Path p = filled(wb -> {});
    XlsxLimits small = new XlsxLimits(64L << 20, 40_000, 100_000, 2_000, 32_767);

    assertThat(error(p, CATALOG, small))
        .matches(
            "b\\.xlsx: part 'xl/[a-zA-Z/0-9]+\\.xml' expands to [0-9]+ bytes, more than the 40000"
                + " bytes Rubric reads of a part");
  }

  @Test
  void valueFarDownTheSheet_isRefusedAtTheRowLimit() {
    Path p = filled(wb -> cell(wb, "A200000").setCellValue("ghi chú"));

    assertThat(error(p))
        .isEqualTo(
            "b.xlsx:Evidence!A200000: expected at most 100000 rows but found a value in row"
                + " 200000; split the units into several workbooks");
  }

  @Test
  void valueInTheLastColumnOfTheSheet_isRefusedAtTheColumnLimit() {
    Path p = filled(wb -> cell(wb, "XFD4").setCellValue("x"));

    assertThat(error(p))
        .isEqualTo(
            "b.xlsx:Evidence!XFD4: expected at most 2000 columns but found a value in column"
                + " XFD");
  }

  @Test
  void rowLimit_countsRowNumbers() {
    Path p = filled(wb -> {});
    XlsxLimits ten = new XlsxLimits(64L << 20, 256L << 20, 10, 2_000, 32_767);

    assertThat(error(p, CATALOG, ten))
        .isEqualTo(
            "b.xlsx:Evidence!A11: expected at most 10 rows but found a value in row 11; split the"
                + " units into several workbooks");
  }

  @Test
  void cellLongerThanTheLimit_isRefusedAtItsCell() {
    Path p = filled(wb -> cell(wb, "K5").setCellValue("!" + "quá dài ".repeat(20)));
    XlsxLimits short100 = new XlsxLimits(64L << 20, 256L << 20, 100_000, 2_000, 100);

    assertThat(error(p, CATALOG, short100))
        .isEqualTo(
            "b.xlsx:Evidence!K5: expected a cell of at most 100 characters but found 161"
                + " characters");
  }

  @Test
  void tooManyMergedRegions_areRefusedBeforeTheRowsAreRead() {
    Path p =
        filled(
            wb -> {
              XSSFSheet s = wb.getSheet("Evidence");
              for (int r = 0; r <= WorkbookReader.MAX_MERGES; r++) {
                s.addMergedRegionUnsafe(new CellRangeAddress(20 + r, 20 + r, 100, 101));
              }
            });

    assertThat(error(p))
        .isEqualTo(
            "b.xlsx: expected at most 10000 merged regions in the evidence sheet but found more");
  }

  @Test
  void valueRightOfTheLastColumn_isRefused() {
    Path p = filled(wb -> cell(wb, "BN4").setCellValue("ghi chú"));

    assertThat(error(p))
        .startsWith("b.xlsx:Evidence!BN4: expected no value right of the last column, column")
        .endsWith(", but found 'ghi chú'");
  }

  @Test
  void unitGivenTwice_namesTheFirstRow() {
    Path p = filled(wb -> cell(wb, "A5").setCellValue("01969"));

    assertThat(error(p))
        .isEqualTo("b.xlsx:Evidence!A5: duplicate unit '01969' for period 2022 (first on row 4)");
  }

  // ------------------------------------------------------------- handled as a person expects

  @Test
  void numberStoredAsTextWithSpaces_readsAsTheNumber() {
    Path p = filled(wb -> cell(wb, "K4").setCellValue(" 20\u00A0"));

    List<EvidenceFile> read = EvidenceWorkbook.read(p, "b.xlsx", CATALOG, XlsxLimits.defaults());

    assertThat(read).isEqualTo(Bundled.csvEvidence());
  }

  @Test
  void periodMergedDownTheColumn_givesEveryRowTheTopValue() {
    Path p =
        filled(
            wb -> {
              XSSFSheet s = wb.getSheet("Evidence");
              for (int r = 4; r <= 16; r++) {
                s.getRow(r).removeCell(s.getRow(r).getCell(5));
              }
              s.addMergedRegion(CellRangeAddress.valueOf("F4:F17"));
            });

    assertThat(EvidenceWorkbook.read(p, "b.xlsx", CATALOG, XlsxLimits.defaults()))
        .isEqualTo(Bundled.csvEvidence());
  }

  @Test
  void emptyRowsBetweenAndAfterUnits_areSkipped() {
    Path p =
        filled(
            wb -> {
              XSSFSheet s = wb.getSheet("Evidence");
              s.shiftRows(10, 16, 2);
              s.createRow(40).createCell(3).setCellValue("  ");
            });

    assertThat(EvidenceWorkbook.read(p, "b.xlsx", CATALOG, XlsxLimits.defaults()))
        .isEqualTo(Bundled.csvEvidence());
  }

  @Test
  void dateAsSerialNumberInADateColumn_readsAsTheDay() throws IOException {
    // given: the small catalog's template, 'ngay_bao_cao' (column O) typed as 44910 in General
    CompiledCatalog tiny = tiny();
    Unit unit = Unit.builder().code("00001").name("Xã Thử").level("commune").kind("xa").build();
    byte[] bytes =
        EvidenceWorkbook.template(
            tiny, List.of(unit), Optional.of(dev.rubric.core.Period.year(2022)), Language.VI);
    Path p = dir.resolve("tiny.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XSSFSheet s = wb.getSheet("Evidence");
      assertThat(s.getRow(2).getCell(14).getStringCellValue()).isEqualTo("ngay_bao_cao");
      Cell c = s.getRow(3).createCell(14);
      c.setCellValue(44910);
      c.setCellStyle(wb.createCellStyle());
      Bundled.save(wb, dir, "tiny.xlsx");
    }

    // when
    EvidenceFile read =
        EvidenceWorkbook.read(p, "tiny.xlsx", tiny.catalog(), XlsxLimits.defaults()).get(0);

    // then
    assertThat(read.evidence().evidence().get("ngay_bao_cao").value())
        .contains(
            new dev.rubric.core.evidence.EvidenceValue.DateValue(
                java.time.LocalDate.of(2022, 12, 15)));
  }

  private static CompiledCatalog tiny() throws IOException {
    try (InputStream in = EvidenceWorkbookErrorsTest.class.getResourceAsStream("/tiny.rubric")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Rubric.standard().compile(SourceText.of("tiny.rubric", text)).orElseThrow();
    }
  }
}
