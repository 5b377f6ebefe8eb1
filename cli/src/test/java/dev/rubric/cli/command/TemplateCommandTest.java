package dev.rubric.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cli.Cli;
import dev.rubric.cli.Cli.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rubric template}, and {@code evaluate} and {@code rank} reading the workbook back: a
 * template for Bạch Thông's units, filled with the bundled CSV's cells, ranks as the CSV does.
 */
class TemplateCommandTest {

  @TempDir Path dir;

  private Path template(String... more) {
    Path out = dir.resolve("t.xlsx");
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "template",
                "--catalog",
                Cli.CATALOG,
                "--units",
                Cli.EVIDENCE_CSV,
                "--period",
                "2022",
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    return out;
  }

  /** Fills the template at {@code path} with the bundled CSV's cells, as text. */
  private static Path fill(Path path, Path to) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(Cli.EVIDENCE_CSV), StandardCharsets.UTF_8);
    List<List<String>> records =
        lines.stream()
            .filter(l -> !l.startsWith("#") && !l.startsWith("\uFEFF#"))
            .map(TemplateCommandTest::split)
            .toList();
    try (InputStream in = Files.newInputStream(path);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet s = wb.getSheet("Evidence");
      Map<String, Integer> columns = new HashMap<>();
      for (Cell c : s.getRow(2)) {
        columns.put(c.getStringCellValue(), c.getColumnIndex());
      }
      List<String> header = records.get(0);
      for (int i = 1; i < records.size(); i++) {
        Row row = s.getRow(2 + i);
        for (int f = 6; f < header.size(); f++) {
          if (!header.get(f).startsWith("attr:") && !records.get(i).get(f).isEmpty()) {
            row.createCell(columns.get(header.get(f))).setCellValue(records.get(i).get(f));
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(to)) {
        wb.write(out);
      }
    }
    return to;
  }

  /** Splits one CSV record of the bundled file (quoted fields hold no line break). */
  private static List<String> split(String line) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        out.add(f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    out.add(f.toString());
    return out;
  }

  @Test
  void rank_filledTemplate_ranksAsTheCsvDoes() throws IOException {
    // given
    Path workbook = fill(template(), dir.resolve("bach-thong-2022.xlsx"));
    // when
    Result xlsx =
        Cli.run(
            "rank",
            "--catalog",
            Cli.CATALOG,
            "--evidence",
            workbook.toString(),
            "--format",
            "json");
    Result csv =
        Cli.run(
            "rank", "--catalog", Cli.CATALOG, "--evidence", Cli.EVIDENCE_CSV, "--format", "json");
    // then
    assertThat(xlsx.err()).isEmpty();
    assertThat(xlsx.out()).isEqualTo(csv.out());
  }

  @Test
  void evaluate_filledTemplate_givesTheCsvScorecard() throws IOException {
    Path workbook = fill(template(), dir.resolve("bach-thong-2022.xlsx"));

    Result xlsx =
        Cli.run(
            "evaluate",
            "--catalog",
            Cli.CATALOG,
            "--evidence",
            workbook.toString(),
            "--unit",
            "01969",
            "--format",
            "json");
    Result csv =
        Cli.run(
            "evaluate",
            "--catalog",
            Cli.CATALOG,
            "--evidence",
            Cli.EVIDENCE_CSV,
            "--unit",
            "01969",
            "--format",
            "json");

    assertThat(xlsx.err()).isEmpty();
    assertThat(xlsx.out()).isEqualTo(csv.out());
  }

  @Test
  void evaluate_badCell_printsTheCellAndStatus1() throws IOException {
    // given: 'nv_ke_hoach' of Phủ Thông (K4) typed in words
    Path workbook = fill(template(), dir.resolve("b.xlsx"));
    try (InputStream in = Files.newInputStream(workbook);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      wb.getSheet("Evidence").getRow(3).getCell(10).setCellValue("hai mươi");
      try (OutputStream out = Files.newOutputStream(workbook)) {
        wb.write(out);
      }
    }
    // when
    Result r =
        Cli.runEn(
            "evaluate",
            "--catalog",
            Cli.CATALOG,
            "--evidence",
            workbook.toString(),
            "--unit",
            "01969");
    // then
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "error: "
                + workbook
                + ":Evidence!K4: column 'nv_ke_hoach' (count): expected a whole number such as"
                + " '12' but found 'hai mươi'\n");
  }

  @Test
  void evaluate_badCell_isVietnameseByDefault() throws IOException {
    // given: 'nv_ke_hoach' of Phủ Thông (K4) typed in words
    Path workbook = fill(template(), dir.resolve("b.xlsx"));
    try (InputStream in = Files.newInputStream(workbook);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      wb.getSheet("Evidence").getRow(3).getCell(10).setCellValue("hai mươi");
      try (OutputStream out = Files.newOutputStream(workbook)) {
        wb.write(out);
      }
    }
    // when
    Result r =
        Cli.run(
            "evaluate",
            "--catalog",
            Cli.CATALOG,
            "--evidence",
            workbook.toString(),
            "--unit",
            "01969");
    // then
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "lỗi: "
                + workbook
                + ":Evidence!K4: cột 'nv_ke_hoach' (count): cần một số nguyên, ví dụ '12', nhưng"
                + " gặp 'hai mươi'\n");
  }

  @Test
  void template_sameArguments_sameBytes() throws IOException {
    byte[] first = Files.readAllBytes(template());
    byte[] second = Files.readAllBytes(template());

    assertThat(first).isEqualTo(second);
  }

  @Test
  void template_csv_listsTheUnitsUnderTheHeader() throws IOException {
    Path out = template("--format", "csv", "--lang", "en");

    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("\uFEFF# Evidence template: ");
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l).startsWith("unit_code,unit_name,level,kind,parent_code,period,attr:"))
        .anySatisfy(
            l -> assertThat(l).startsWith("01969,Thị trấn Phủ Thông,commune,thi_tran,063,2022,"));
  }

  @Test
  void template_badPeriod_isAUsageError() {
    Result r =
        Cli.runEn(
            "template",
            "--catalog",
            Cli.CATALOG,
            "--period",
            "22",
            "--out",
            dir.resolve("t.xlsx").toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("error: option '--period' expects a year such as 2022 but found '22'\n");
  }

  @Test
  void template_unknownFormat_isAUsageError() {
    Result r =
        Cli.runEn(
            "template",
            "--catalog",
            Cli.CATALOG,
            "--format",
            "ods",
            "--out",
            dir.resolve("t.ods").toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: option '--format' expects xlsx, csv but found 'ods'");
  }
}
