package dev.rubric.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rubric.core.json.Json;
import dev.rubric.core.json.JsonFormatException;
import dev.rubric.core.waiver.Waivers;

/**
 * The waivers JSON reader on any text: a positioned {@link JsonFormatException} (a waivers file
 * fails closed) or waivers that write back to JSON reading to equal waivers.
 */
class WaiversJsonFuzzTest {

  /** The entry point of the command-line fuzzer ({@code bash fuzz/run.sh}). */
  public static void fuzzerTestOneInput(byte[] data) {
    new WaiversJsonFuzzTest().readWaivers(data);
  }

  @FuzzTest(maxDuration = "30s")
  void readWaivers(byte[] data) {
    Waivers waivers;
    try {
      waivers = Json.readWaivers("fuzz.json", Targets.text(data));
    } catch (JsonFormatException expected) {
      Targets.checkWords(expected);
      return;
    }
    String written = Json.write(waivers);
    Waivers again = Json.readWaivers("written.json", written);
    if (!again.equals(waivers)) {
      throw new AssertionError("written waivers read back differently:\n" + written);
    }
  }
}
