package dev.rubric.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.xlsx.EvidenceWorkbook;
import dev.rubric.xlsx.XlsxFormatException;
import dev.rubric.xlsx.XlsxLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The workbook evidence reader on any bytes, against the bundled catalog: an {@link
 * XlsxFormatException} naming the file, sheet or cell, or evidence files, which evaluate without
 * throwing to scorecards that re-read. Hostile files (not a zip, a zip bomb, an enormous sheet)
 * must be refused within the reader's limits.
 */
class EvidenceXlsxFuzzTest {

  /** The entry point of the command-line fuzzer ({@code bash fuzz/run.sh}). */
  public static void fuzzerTestOneInput(byte[] data) {
    new EvidenceXlsxFuzzTest().readXlsx(data);
  }

  @FuzzTest(maxDuration = "30s")
  void readXlsx(byte[] data) {
    Path file;
    try {
      file = Files.createTempFile("rubric-fuzz", ".xlsx");
      Files.write(file, data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      List<EvidenceFile> files;
      try {
        files =
            EvidenceWorkbook.read(
                file, "fuzz.xlsx", Targets.CATALOG.catalog(), XlsxLimits.defaults());
      } catch (XlsxFormatException expected) {
        return;
      }
      for (EvidenceFile f : files) {
        Targets.checkRoundTrip(Targets.CATALOG.evaluate(f));
      }
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a temporary file left behind loses nothing
      }
    }
  }
}
