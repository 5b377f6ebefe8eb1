package dev.rubric.examples.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cohort.compare.History;
import dev.rubric.examples.GuideRegions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@link CompareExample}, the comparison example of {@code docs/guide.md}: the guide shows its code
 * and its whole output verbatim, and the output is the 2021 → 2022 story of the bundled data.
 */
class CompareExampleTest {

  private static final Path SOURCE =
      Path.of("src/main/java/dev/rubric/examples/compare/CompareExample.java");

  @Test
  void compare_bundled_printsWhatTheGuideShows() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    History h =
        CompareExample.compare(
            Path.of("data"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);

    assertThat(printed).isEqualTo(GuideRegions.textBlock("10 changes"));
    assertThat(h.periods()).hasSize(2);
  }

  @Test
  void guide_showsTheExampleVerbatim() throws IOException {
    GuideRegions.assertGuideShows(SOURCE, "compare");
  }
}
