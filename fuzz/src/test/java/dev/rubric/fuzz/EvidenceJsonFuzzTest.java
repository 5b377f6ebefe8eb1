package dev.rubric.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.json.Json;
import dev.rubric.core.json.JsonFormatException;

/**
 * The evidence JSON reader on any text: a positioned {@link JsonFormatException} or an evidence
 * file; a file read writes back to JSON that reads to the same file, and evaluates against the
 * bundled catalog without throwing (problems are findings), to a scorecard that re-reads.
 */
class EvidenceJsonFuzzTest {

  /** The entry point of the command-line fuzzer ({@code bash fuzz/run.sh}). */
  public static void fuzzerTestOneInput(byte[] data) {
    new EvidenceJsonFuzzTest().readEvidence(data);
  }

  @FuzzTest(maxDuration = "30s")
  void readEvidence(byte[] data) {
    EvidenceFile file;
    try {
      file = Json.readEvidence("fuzz.json", Targets.text(data));
    } catch (JsonFormatException expected) {
      Targets.checkWords(expected);
      return;
    }
    String written = Json.write(file);
    EvidenceFile again = Json.readEvidence("written.json", written);
    if (!again.equals(file)) {
      throw new AssertionError("written evidence reads back differently:\n" + written);
    }
    Targets.checkRoundTrip(Targets.CATALOG.evaluate(file));
  }
}
