package dev.rubric.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rubric.core.assessment.Assessment;
import dev.rubric.core.json.Json;
import dev.rubric.core.json.JsonFormatException;

/**
 * The assessment JSON reader on any text: a positioned {@link JsonFormatException} or an assessment
 * that writes back to JSON reading to an equal assessment.
 */
class AssessmentJsonFuzzTest {

  /** The entry point of the command-line fuzzer ({@code bash fuzz/run.sh}). */
  public static void fuzzerTestOneInput(byte[] data) {
    new AssessmentJsonFuzzTest().readAssessment(data);
  }

  @FuzzTest(maxDuration = "30s")
  void readAssessment(byte[] data) {
    Assessment assessment;
    try {
      assessment = Json.readAssessment("fuzz.json", Targets.text(data));
    } catch (JsonFormatException expected) {
      Targets.checkWords(expected);
      return;
    }
    String written = Json.write(assessment);
    Assessment again = Json.readAssessment("written.json", written);
    if (!again.equals(assessment)) {
      throw new AssertionError("a written assessment reads back differently:\n" + written);
    }
  }
}
