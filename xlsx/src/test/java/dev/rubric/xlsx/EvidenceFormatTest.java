package dev.rubric.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.EvidenceFormat;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.core.io.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks through {@link EvidenceLoader}: alone, in a directory, and with their errors. */
class EvidenceFormatTest {

  private static final Map<String, EvidenceFormat> XLSX =
      Map.of("xlsx", EvidenceWorkbook.format(XlsxLimits.defaults()));

  @TempDir Path dir;

  @Test
  void load_directoryWithAWorkbook_readsItInFileNameOrder() throws IOException {
    // given: a directory holding the filled workbook
    Path d = Files.createDirectory(dir.resolve("units"));
    Bundled.save(Bundled.filled(), d, "b.xlsx");
    // when
    List<EvidenceFile> read = EvidenceLoader.load(d, "units", Bundled.CATALOG.catalog(), XLSX);
    // then
    assertThat(read).isEqualTo(Bundled.csvEvidence());
  }

  @Test
  void load_unitInACsvFileAndAWorkbookOfOneDirectory_isADuplicate() throws IOException {
    Path d = Files.createDirectory(dir.resolve("units"));
    Files.copy(Bundled.CSV, d.resolve("a.csv"));
    Bundled.save(Bundled.filled(), d, "b.xlsx");

    assertThatThrownBy(() -> EvidenceLoader.load(d, "units", Bundled.CATALOG.catalog(), XLSX))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("duplicate unit '01969' for period 2022 in 'units/a.csv' and 'units/b.xlsx'");
  }

  @Test
  void load_badCellThroughTheLoader_isAnInvalidInputExceptionWithTheCell() throws IOException {
    Path p;
    try (var wb = Bundled.filled()) {
      wb.getSheet("Evidence").getRow(4).getCell(10).setCellValue("x");
      p = Bundled.save(wb, dir, "b.xlsx");
    }

    assertThatThrownBy(() -> EvidenceLoader.load(p, "b.xlsx", Bundled.CATALOG.catalog(), XLSX))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "b.xlsx:Evidence!K5: column 'nv_ke_hoach' (count): expected a whole number such as"
                + " '12' but found 'x'");
  }

  @Test
  void source_withoutTheFormat_refusesAWorkbookNamingTheTypesItReads() throws IOException {
    Path p = Bundled.save(Bundled.filled(), dir, "b.xlsx");

    assertThatThrownBy(() -> EvidenceLoader.source(p, "b.xlsx", Bundled.CATALOG.catalog()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "cannot read 'b.xlsx': expected a .json or .csv evidence file or a directory of them");
  }

  @Test
  void source_formatForCsv_isRefused() {
    assertThatThrownBy(
            () ->
                EvidenceLoader.source(
                    dir, "d", Bundled.CATALOG.catalog(), Map.of("csv", XLSX.get("xlsx"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "formats: expected lower-case extensions other than json and csv but found 'csv'");
  }
}
