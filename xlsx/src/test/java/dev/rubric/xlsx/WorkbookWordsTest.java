package dev.rubric.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rubric.core.Language;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.core.io.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook reader's problems in Vietnamese and English: the same position, the detail in the
 * language asked for, and the English byte for byte what {@link XlsxFormatException#getMessage()}
 * says. Columns of the bundled template: K nv_ke_hoach, L nv_hoan_thanh, O khac_phuc_kiem_tra; row
 * 4 is Phủ Thông (01969).
 */
class WorkbookWordsTest {

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

  private static XlsxFormatException error(Path p) {
    XlsxFormatException e =
        catchThrowableOfType(
            XlsxFormatException.class,
            () -> EvidenceWorkbook.read(p, "b.xlsx", CATALOG, XlsxLimits.defaults()));
    assertThat(e).as("an XlsxFormatException").isNotNull();
    assertThat(e.message(Language.EN)).isEqualTo(e.getMessage());
    return e;
  }

  private static Cell cell(XSSFWorkbook wb, String ref) {
    org.apache.poi.ss.util.CellReference r = new org.apache.poi.ss.util.CellReference(ref);
    XSSFSheet s = wb.getSheet("Evidence");
    var row = s.getRow(r.getRow()) == null ? s.createRow(r.getRow()) : s.getRow(r.getRow());
    return row.getCell(r.getCol()) == null ? row.createCell(r.getCol()) : row.getCell(r.getCol());
  }

  @Test
  void wrongTypeInACell_saysItInVietnamese() {
    XlsxFormatException e = error(filled(wb -> cell(wb, "K4").setCellValue("mười hai")));

    assertThat(e.position()).isEqualTo("b.xlsx:Evidence!K4");
    assertThat(e.message(Language.VI))
        .isEqualTo(
            "b.xlsx:Evidence!K4: cột 'nv_ke_hoach' (count): cần một số nguyên, ví dụ '12', nhưng"
                + " gặp 'mười hai'");
    assertThat(e.detail(Language.EN))
        .isEqualTo(
            "column 'nv_ke_hoach' (count): expected a whole number such as '12' but found"
                + " 'mười hai'");
  }

  @Test
  void formulaCell_namesTheFormulaInVietnamese() {
    XlsxFormatException e =
        error(
            filled(
                wb -> {
                  Cell c = cell(wb, "L4");
                  c.setCellFormula("K4/3");
                  wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
                }));

    assertThat(e.position()).isEqualTo("b.xlsx:Evidence!L4");
    assertThat(e.message(Language.VI))
        .isEqualTo(
            "b.xlsx:Evidence!L4 (giá trị đã lưu của công thức =K4/3): cột 'nv_hoan_thanh' (count):"
                + " cần một số nguyên, ví dụ '12', nhưng gặp '6.66666666666667'");
    assertThat(e.getMessage())
        .isEqualTo(
            "b.xlsx:Evidence!L4 (the saved value of the formula =K4/3): column 'nv_hoan_thanh'"
                + " (count): expected a whole number such as '12' but found '6.66666666666667'");
  }

  @Test
  void ratioTheSpreadsheetTurnedIntoADate_saysItInVietnamese() {
    XlsxFormatException e =
        error(
            filled(
                wb -> {
                  CellStyle date = wb.createCellStyle();
                  date.setDataFormat(wb.createDataFormat().getFormat("d-mmm"));
                  Cell c = cell(wb, "O4");
                  c.setCellValue(java.time.LocalDate.of(2022, 5, 3));
                  c.setCellStyle(date);
                }));

    assertThat(e.message(Language.VI))
        .isEqualTo(
            "b.xlsx:Evidence!O4: cột 'khac_phuc_kiem_tra' (ratio): cần 'tử_số/mẫu_số', ví dụ"
                + " '412/420', nhưng gặp ngày 2022-05-03 do chương trình bảng tính tự chuyển từ"
                + " những gì đã gõ; hãy định dạng cột là văn bản (Text) rồi gõ lại tỷ lệ");
  }

  @Test
  void evidenceSheetMissing_saysItInVietnamese() {
    XlsxFormatException e = error(filled(wb -> wb.removeSheetAt(wb.getSheetIndex("Evidence"))));

    assertThat(e.message(Language.VI))
        .isEqualTo(
            "b.xlsx: cần một trang tính tên 'Evidence' nhưng chỉ gặp các trang tính 'Notes'");
  }

  @Test
  void unitGivenTwice_namesTheFirstRowInVietnamese() {
    XlsxFormatException e = error(filled(wb -> cell(wb, "A5").setCellValue("01969")));

    assertThat(e.message(Language.VI))
        .isEqualTo("b.xlsx:Evidence!A5: đơn vị '01969' của kỳ 2022 bị lặp (lần đầu ở dòng 4)");
  }

  @Test
  void fileThatIsNoWorkbook_saysItInVietnamese() throws IOException {
    Path p = Files.writeString(dir.resolve("b.xlsx"), "unit_code,unit_name\n");

    XlsxFormatException e = error(p);

    assertThat(e.message(Language.VI))
        .isEqualTo(
            "b.xlsx: cần một sổ tính .xlsx (một tệp nén zip) nhưng gặp một loại tệp khác; tệp CSV"
                + " được đọc khi tên tệp có đuôi .csv");
  }

  @Test
  void missingFile_isTheMessageOfAnyMissingFile() {
    XlsxFormatException e = error(dir.resolve("none.xlsx"));

    assertThat(e.getMessage()).isEqualTo("cannot read 'b.xlsx': no such file");
    assertThat(e.message(Language.VI)).isEqualTo("không đọc được 'b.xlsx': không có tệp này");
    assertThat(e.position()).isEqualTo("b.xlsx");
  }

  @Test
  void throughTheEvidenceLoader_theInvalidInputKeepsBothLanguages() {
    Path p = filled(wb -> cell(wb, "K4").setCellValue("mười hai"));

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                EvidenceLoader.load(
                    p,
                    "b.xlsx",
                    CATALOG,
                    Map.of("xlsx", EvidenceWorkbook.format(XlsxLimits.defaults()))));

    assertThat(e.getMessage())
        .isEqualTo(
            "b.xlsx:Evidence!K4: column 'nv_ke_hoach' (count): expected a whole number such as"
                + " '12' but found 'mười hai'");
    assertThat(e.message(Language.VI))
        .isEqualTo(
            "b.xlsx:Evidence!K4: cột 'nv_ke_hoach' (count): cần một số nguyên, ví dụ '12', nhưng"
                + " gặp 'mười hai'");
  }
}
