package dev.rubric.examples.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cohort.robust.RankRobustness;
import dev.rubric.core.diagnostic.SourceText;
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
 * {@link RobustnessExample}, the rank-robustness example of {@code docs/guide.md}: on Bạch Thông it
 * prints what the guide shows, and the guide shows its code verbatim.
 */
class RobustnessExampleTest {

  private static final Path CATALOG = Path.of("data/catalogs/cchc-xa-2022.rubric");
  private static final Path BACH_THONG = Path.of("data/evidence/bach-thong-2022.csv");
  private static final Path SOURCE =
      Path.of("src/main/java/dev/rubric/examples/robust/RobustnessExample.java");

  private static List<String> run() throws IOException {
    CompiledCatalog catalog =
        Rubric.standard()
            .compile(SourceText.of(CATALOG.toString(), Files.readString(CATALOG)))
            .orElseThrow();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RankRobustness analysis =
        RobustnessExample.analyse(
            catalog,
            EvidenceLoader.load(BACH_THONG, BACH_THONG.toString(), catalog.catalog()),
            new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(analysis.units()).hasSize(14);
    assertThat(analysis.options().runs()).isEqualTo(1000);
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void analyse_bachThong_printsTheGuidesLines() throws IOException {
    List<String> lines = run();
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(lines).isEqualTo(GuideRegions.textBlock(lines.get(0)).lines().toList());
  }

  @Test
  void guide_showsTheExampleVerbatim() throws IOException {
    GuideRegions.assertGuideShows(SOURCE, "robustness-imports", "robustness");
  }
}
