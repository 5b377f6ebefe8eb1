package dev.rubric.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.Rubric;
import dev.rubric.examples.GuideRegions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EmbeddingExample}, the example of {@code docs/guide.md}: it runs, it agrees with the CLI,
 * and the guide shows its code verbatim.
 */
class EmbeddingExampleTest {

  private static final Path CATALOG = Path.of("data/catalogs/cchc-xa-2022.rubric");
  private static final Path PHU_THONG =
      Path.of("data/evidence/bach-thong-2022/01969-phu-thong.json");
  private static final Path SOURCE =
      Path.of("src/main/java/dev/rubric/examples/embed/EmbeddingExample.java");

  @Test
  void evaluate_phuThong_printsTheIndexBandAndEveryFinding() throws IOException {
    // given
    Scorecard expected =
        Rubric.standard()
            .compile(SourceText.of(CATALOG.toString(), Files.readString(CATALOG)))
            .orElseThrow()
            .evaluate(Json.readEvidence(PHU_THONG.toString(), Files.readString(PHU_THONG)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // when
    boolean ok =
        EmbeddingExample.evaluate(
            CATALOG, PHU_THONG, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    // then
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(ok).isTrue();
    assertThat(out)
        .startsWith(
            "Thị trấn Phủ Thông: index "
                + expected.indexRounded()
                + ", band "
                + expected.band().orElseThrow().in(Language.EN)
                + "\n");
    assertThat(expected.findings()).isNotEmpty();
    for (Finding f : expected.findings()) {
      assertThat(out).contains("  " + f.severity() + " " + f.code() + ": ");
    }
    assertThat(out).contains("      recommendation: ");
  }

  @Test
  void evaluate_brokenCatalog_printsDiagnosticsAndReturnsFalse(@TempDir Path dir)
      throws IOException {
    // given
    Path broken =
        Files.writeString(
            dir.resolve("broken.rubric"), "catalog \"x\" version \"1.0.0\" {\n  title \"x\"\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // when
    boolean ok =
        EmbeddingExample.evaluate(
            broken, PHU_THONG, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    // then
    assertThat(ok).isFalse();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("broken.rubric:").contains("RB");
  }

  @Test
  void guide_showsTheExampleVerbatim() throws IOException {
    GuideRegions.assertGuideShows(SOURCE, "imports", "evaluate", "explain");
  }

  @Test
  void guide_showsWhatTheExamplePrints() throws IOException {
    // given: the guide shows the first lines of the output, then an ellipsis
    String shown = GuideRegions.textBlock("Thị trấn Phủ Thông: index ");
    assertThat(shown).endsWith("  …\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // when
    EmbeddingExample.evaluate(
        CATALOG, PHU_THONG, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    // then
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .startsWith(shown.substring(0, shown.length() - "  …\n".length()));
  }

  @Test
  void guide_showsWhatExplainPrints() throws IOException {
    // given: the guide shows the whole output of explain for criterion 1.2
    String shown = GuideRegions.textBlock("1.2 ");
    Scorecard card =
        Rubric.standard()
            .compile(SourceText.of(CATALOG.toString(), Files.readString(CATALOG)))
            .orElseThrow()
            .evaluate(Json.readEvidence(PHU_THONG.toString(), Files.readString(PHU_THONG)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // when
    EmbeddingExample.explain(card, "1.2", new PrintStream(bytes, true, StandardCharsets.UTF_8));
    // then
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(shown);
  }
}
