package dev.rubric.examples.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cohort.advice.UnitAdvice;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import dev.rubric.examples.GuideRegions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link AdviceExample}, the advice example of {@code docs/guide.md}: on Thị trấn Phủ Thông it
 * prints what the guide shows, and the guide shows its code verbatim.
 */
class AdviceExampleTest {

  private static final Path CATALOG = Path.of("data/catalogs/cchc-xa-2022.rubric");
  private static final Path PHU_THONG =
      Path.of("data/evidence/bach-thong-2022/01969-phu-thong.json");
  private static final Path SOURCE =
      Path.of("src/main/java/dev/rubric/examples/advice/AdviceExample.java");

  private static List<String> run() throws IOException {
    CompiledCatalog catalog =
        Rubric.standard()
            .compile(SourceText.of(CATALOG.toString(), Files.readString(CATALOG)))
            .orElseThrow();
    EvidenceFile file = EvidenceLoader.readJson(PHU_THONG, PHU_THONG.toString());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    UnitAdvice advice =
        AdviceExample.advise(
            catalog, file, 3, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(advice.fixes()).hasSize(22);
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void advise_phuThong_printsTheGuidesLines() throws IOException {
    assertThat(run()).isEqualTo(GuideRegions.textBlock("S.1: ").lines().toList());
  }

  @Test
  void guide_showsTheExampleVerbatim() throws IOException {
    GuideRegions.assertGuideShows(SOURCE, "advice-imports", "advise");
  }
}
