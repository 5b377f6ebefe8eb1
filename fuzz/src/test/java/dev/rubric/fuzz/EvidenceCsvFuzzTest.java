package dev.rubric.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rubric.core.csv.CsvEvidenceReader;
import dev.rubric.core.csv.CsvFormatException;
import dev.rubric.core.evidence.EvidenceFile;
import java.util.List;

/**
 * The CSV evidence reader on any text, against the bundled catalog's columns: a positioned {@link
 * CsvFormatException} or evidence files, which evaluate without throwing to scorecards that
 * re-read.
 */
class EvidenceCsvFuzzTest {

  /** The entry point of the command-line fuzzer ({@code bash fuzz/run.sh}). */
  public static void fuzzerTestOneInput(byte[] data) {
    new EvidenceCsvFuzzTest().readCsv(data);
  }

  @FuzzTest(maxDuration = "30s")
  void readCsv(byte[] data) {
    List<EvidenceFile> files;
    try {
      files = CsvEvidenceReader.read("fuzz.csv", Targets.text(data), Targets.CATALOG.catalog());
    } catch (CsvFormatException expected) {
      return;
    }
    for (EvidenceFile f : files) {
      Targets.checkRoundTrip(Targets.CATALOG.evaluate(f));
    }
  }
}
