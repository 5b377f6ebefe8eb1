package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.assessment.Assessment;
import dev.rubric.core.evidence.EvidenceFile;
import org.junit.jupiter.api.Test;

/**
 * Writes many random values and reads them back. Each case has its own seed, {@code BASE_SEED + i},
 * named in the failure message; rerun one case with {@code new RandomValues(seed)}.
 */
class JsonRoundTripTest {

  private static final long BASE_SEED = 20220921L;
  private static final int CASES = 300;

  @Test
  void writeThenReadEvidence_randomFiles_givesEqualValueAndIdenticalText() {
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      EvidenceFile file = new RandomValues(seed).evidenceFile();

      String text = Json.write(file);
      EvidenceFile back = Json.readEvidence("seed-" + seed + ".json", text);

      assertThat(back).as("seed %d:%n%s", seed, text).isEqualTo(file);
      assertThat(Json.write(back)).as("seed %d", seed).isEqualTo(text);
    }
  }

  @Test
  void writeThenReadAssessment_randomAssessments_givesEqualValueAndIdenticalText() {
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      Assessment assessment = new RandomValues(seed).assessment();

      String text = Json.write(assessment);
      Assessment back = Json.readAssessment("seed-" + seed + ".json", text);

      assertThat(back).as("seed %d:%n%s", seed, text).isEqualTo(assessment);
      assertThat(Json.write(back)).as("seed %d", seed).isEqualTo(text);
    }
  }
}
