package dev.rubric.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rubric.core.assessment.Assessment;
import dev.rubric.core.assessment.AssessmentCheck;
import dev.rubric.core.csv.CsvAssessmentReader;
import dev.rubric.core.csv.CsvFormatException;
import dev.rubric.core.json.Json;
import java.util.List;

/**
 * The CSV assessment reader on any text: a positioned {@link CsvFormatException} or assessments,
 * which check against the bundled catalog without throwing (every problem a finding) and write to
 * JSON that reads back to equal assessments.
 */
class AssessmentCsvFuzzTest {

  /** The entry point of the command-line fuzzer ({@code bash fuzz/run.sh}). */
  public static void fuzzerTestOneInput(byte[] data) {
    new AssessmentCsvFuzzTest().readAssessmentCsv(data);
  }

  @FuzzTest(maxDuration = "30s")
  void readAssessmentCsv(byte[] data) {
    List<Assessment> assessments;
    try {
      assessments = CsvAssessmentReader.read("fuzz.csv", Targets.text(data));
    } catch (CsvFormatException expected) {
      return;
    }
    for (Assessment a : assessments) {
      AssessmentCheck check = AssessmentCheck.of(Targets.CATALOG.catalog(), a);
      if (check.accepted().scores().size() + check.findings().size() < a.scores().size()) {
        throw new AssertionError("a score was dropped without a finding: " + Json.write(a));
      }
      String written = Json.write(a);
      if (!Json.readAssessment("written.json", written).equals(a)) {
        throw new AssertionError("a read assessment writes back differently:\n" + written);
      }
    }
  }
}
