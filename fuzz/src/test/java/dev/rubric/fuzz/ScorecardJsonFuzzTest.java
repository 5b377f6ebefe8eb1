package dev.rubric.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rubric.core.json.Json;
import dev.rubric.core.json.JsonFormatException;
import dev.rubric.core.result.Scorecard;

/**
 * The scorecard JSON reader on any text: a positioned {@link JsonFormatException} or a scorecard
 * that writes back to the same JSON when read again.
 */
class ScorecardJsonFuzzTest {

  /** The entry point of the command-line fuzzer ({@code bash fuzz/run.sh}). */
  public static void fuzzerTestOneInput(byte[] data) {
    new ScorecardJsonFuzzTest().readScorecard(data);
  }

  @FuzzTest(maxDuration = "30s")
  void readScorecard(byte[] data) {
    Scorecard card;
    try {
      card = Json.readScorecard("fuzz.json", Targets.text(data));
    } catch (JsonFormatException expected) {
      Targets.checkWords(expected);
      return;
    }
    Targets.checkRoundTrip(card);
  }
}
