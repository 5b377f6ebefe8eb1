package dev.rubric.xlsx;

import dev.rubric.core.Language;
import dev.rubric.core.Period;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.csv.CsvEvidenceReader;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.json.Json;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The bundled catalog and the Bạch Thông evidence, and a workbook filled from the CSV. */
final class Bundled {
  static final Path DATA = Path.of("../examples/data");
  static final Path CSV = DATA.resolve("evidence/bach-thong-2022.csv");
  static final CompiledCatalog CATALOG = compile("catalogs/cchc-xa-2022.rubric");

  private Bundled() {}

  static CompiledCatalog compile(String file) {
    try {
      return Rubric.standard()
          .compile(SourceText.of(file, Files.readString(DATA.resolve(file))))
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String csvText() {
    try {
      return Files.readString(CSV);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<EvidenceFile> csvEvidence() {
    return CsvEvidenceReader.read("bach-thong-2022.csv", csvText(), CATALOG.catalog());
  }

  /** Returns the template for the bundled units and 2022. */
  static byte[] template() {
    return EvidenceWorkbook.template(
        CATALOG,
        csvEvidence().stream().map(EvidenceFile::unit).toList(),
        Optional.of(Period.year(2022)),
        Language.VI);
  }

  /**
   * Returns the template filled with the CSV's cells as a person types them: numbers in count and
   * quantity columns as numbers, everything else as text.
   */
  static XSSFWorkbook filled() {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(FILLED));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final byte[] FILLED = fill();

  private static byte[] fill() {
    try {
      XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()));
      XSSFSheet sheet = wb.getSheet("Evidence");
      Map<String, Integer> columns = new HashMap<>();
      for (Cell c : sheet.getRow(2)) {
        columns.put(c.getStringCellValue(), c.getColumnIndex());
      }
      List<List<String>> records = records(csvText());
      List<String> header = records.get(0);
      for (int i = 1; i < records.size(); i++) {
        Row row = sheet.getRow(2 + i);
        List<String> rec = records.get(i);
        for (int f = 6; f < header.size(); f++) {
          String code = header.get(f);
          String v = rec.get(f);
          if (v.isEmpty() || code.startsWith("attr:")) {
            continue; // attributes are pre-filled from the units
          }
          Cell cell = row.createCell(columns.get(code));
          InputType type = CATALOG.catalog().input(code).orElseThrow().type();
          boolean number =
              (type == InputType.COUNT || type == InputType.QUANTITY) && v.matches("[0-9.]+");
          if (number) {
            cell.setCellValue(Double.parseDouble(v));
          } else {
            cell.setCellValue(v);
          }
        }
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      wb.write(out);
      wb.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path save(XSSFWorkbook wb, Path dir, String name) {
    Path p = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(p)) {
      wb.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** Returns the scorecards of a cohort as JSON, one after the other. */
  static String scorecards(List<EvidenceFile> cohort) {
    return CATALOG.evaluateAll(cohort).stream().map(Json::write).collect(Collectors.joining("\n"));
  }

  /** Splits RFC 4180 text into records, skipping '#' comment lines and a byte order mark. */
  static List<List<String>> records(String text) {
    List<List<String>> out = new ArrayList<>();
    List<String> rec = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    boolean lineStart = true;
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (lineStart && c == '#') {
        i = t.indexOf('\n', i);
        if (i < 0) {
          break;
        }
        continue;
      }
      lineStart = false;
      if (quoted) {
        if (c == '"' && i + 1 < t.length() && t.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        rec.add(f.toString());
        f.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
          i++;
        }
        rec.add(f.toString());
        f.setLength(0);
        out.add(rec);
        rec = new ArrayList<>();
        lineStart = true;
      } else {
        f.append(c);
      }
    }
    if (f.length() > 0 || !rec.isEmpty()) {
      rec.add(f.toString());
      out.add(rec);
    }
    return out;
  }
}
