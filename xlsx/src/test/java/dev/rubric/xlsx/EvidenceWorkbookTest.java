package dev.rubric.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Language;
import dev.rubric.core.evidence.EvidenceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceWorkbookTest {

  @TempDir Path dir;

  @Test
  void read_templateFilledWithBundledEvidence_givesTheCsvScorecardsByteForByte() {
    // given
    Path workbook = Bundled.save(Bundled.filled(), dir, "bach-thong-2022.xlsx");
    // when
    List<EvidenceFile> read =
        EvidenceWorkbook.read(
            workbook, "bach-thong-2022.xlsx", Bundled.CATALOG.catalog(), XlsxLimits.defaults());
    // then
    assertThat(read.size()).isEqualTo(14);
    assertThat(Bundled.scorecards(read)).isEqualTo(Bundled.scorecards(Bundled.csvEvidence()));
  }

  @Test
  void read_templateFilledWithBundledEvidence_givesTheCsvEvidenceFiles() {
    Path workbook = Bundled.save(Bundled.filled(), dir, "b.xlsx");

    List<EvidenceFile> read =
        EvidenceWorkbook.read(workbook, "b.xlsx", Bundled.CATALOG.catalog(), XlsxLimits.defaults());

    assertThat(read).isEqualTo(Bundled.csvEvidence());
  }

  @Test
  void template_sameArguments_sameBytes() {
    assertThat(Bundled.template()).isEqualTo(Bundled.template());
  }

  @Test
  void template_zipEntries_carryTheFixedTime() throws IOException {
    List<LocalDateTime> times = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Bundled.template()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        times.add(e.getTimeLocal());
      }
    }
    assertThat(times).isNotEmpty().containsOnly(LocalDateTime.of(2000, 1, 1, 0, 0));
  }

  @Test
  void template_properties_recordCatalogAndFixedDates() throws IOException {
    String custom = null;
    String core = null;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Bundled.template()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (e.getName().equals("docProps/custom.xml")) {
          custom = text;
        } else if (e.getName().equals("docProps/core.xml")) {
          core = text;
        }
      }
    }
    assertThat(custom)
        .contains("name=\"rubric.format\"><vt:lpwstr>rubric-evidence-workbook/1</vt:lpwstr>")
        .contains("name=\"rubric.catalogId\"><vt:lpwstr>cchc-xa</vt:lpwstr>")
        .contains("name=\"rubric.catalogVersion\"><vt:lpwstr>2022.1.0</vt:lpwstr>")
        .contains(
            "name=\"rubric.catalogHash\"><vt:lpwstr>" + Bundled.CATALOG.hash() + "</vt:lpwstr>");
    assertThat(core)
        .contains(">2000-01-01T00:00:00Z</dcterms:created>")
        .contains(">2000-01-01T00:00:00Z</dcterms:modified>");
  }

  @Test
  void template_evidenceSheet_labelsCodesAndUnits() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Bundled.template()))) {
      XSSFSheet s = wb.getSheet("Evidence");
      assertThat(s.getRow(0).getCell(10).getStringCellValue())
          .isEqualTo("Số nhiệm vụ trong kế hoạch CCHC (bắt buộc)");
      assertThat(s.getRow(1).getCell(10).getStringCellValue())
          .isEqualTo("Tasks in the PAR plan (required)");
      assertThat(s.getRow(2).getCell(10).getStringCellValue()).isEqualTo("nv_ke_hoach");
      assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("01969");
      assertThat(s.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Thị trấn Phủ Thông");
      assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
      assertThat(s.getDataValidations()).isNotEmpty();
      assertThat(wb.getSheet("Notes")).isNotNull();
    }
  }

  @Test
  void template_english_putsEnglishLabelsFirst() throws IOException {
    byte[] bytes =
        EvidenceWorkbook.template(Bundled.CATALOG, List.of(), Optional.empty(), Language.EN);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XSSFSheet s = wb.getSheet("Evidence");
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Unit code");
      assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị");
      assertThat(s.getLastRowNum()).isEqualTo(2);
    }
  }

  @Test
  void read_emptyTemplate_givesNoUnits() throws IOException {
    Path p = dir.resolve("empty.xlsx");
    Files.write(
        p, EvidenceWorkbook.template(Bundled.CATALOG, List.of(), Optional.empty(), Language.VI));

    assertThat(
            EvidenceWorkbook.read(
                p, "empty.xlsx", Bundled.CATALOG.catalog(), XlsxLimits.defaults()))
        .isEmpty();
  }

  @Test
  void csvTemplate_readsBackAsTheUnitsWithAllEvidenceMissing() {
    // given
    String csv =
        EvidenceWorkbook.csvTemplate(
            Bundled.CATALOG,
            Bundled.csvEvidence().stream().map(EvidenceFile::unit).toList(),
            Optional.of(dev.rubric.core.Period.year(2022)),
            Language.VI);
    // when
    List<EvidenceFile> read =
        dev.rubric.core.csv.CsvEvidenceReader.read("t.csv", csv, Bundled.CATALOG.catalog());
    // then
    assertThat(read.stream().map(EvidenceFile::unit).toList())
        .isEqualTo(Bundled.csvEvidence().stream().map(EvidenceFile::unit).toList());
    assertThat(read.get(0).evidence().evidence().values())
        .allSatisfy(e -> assertThat(e.status().name()).isEqualTo("MISSING"));
  }

  @Test
  void csvTemplate_hasTheWorkbooksColumnCodes() throws IOException {
    String csv =
        EvidenceWorkbook.csvTemplate(Bundled.CATALOG, List.of(), Optional.empty(), Language.EN);
    String header = csv.lines().filter(l -> l.startsWith("unit_code,")).findFirst().orElseThrow();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Bundled.template()))) {
      List<String> codes = new ArrayList<>();
      wb.getSheet("Evidence").getRow(2).forEach(c -> codes.add(c.getStringCellValue()));
      assertThat(header).isEqualTo(String.join(",", codes));
    }
    assertThat(csv).startsWith("\uFEFF# Evidence template: ").contains("# nv_ke_hoach: Tasks");
  }
}
