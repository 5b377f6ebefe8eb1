package dev.rubric.examples.waivers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import dev.rubric.examples.GuideRegions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@link WaiversExample}, the waivers example of {@code docs/guide.md}: it prints what the guide
 * shows for the bundled Cao Sơn data, and the guide shows its code verbatim.
 */
class WaiversExampleTest {

  private static final Path CATALOG = Path.of("data/catalogs/cchc-xa-2022.rubric");
  private static final Path CAO_SON = Path.of("data/evidence/bach-thong-2022/02002-cao-son.json");
  private static final Path WAIVERS = Path.of("data/waivers/02002-cao-son-2022.json");
  private static final Path SOURCE =
      Path.of("src/main/java/dev/rubric/examples/waivers/WaiversExample.java");

  @Test
  void evaluate_caoSon_printsWhatTheGuideShows() throws IOException {
    // given
    CompiledCatalog catalog =
        Rubric.standard()
            .compile(SourceText.of(CATALOG.toString(), Files.readString(CATALOG)))
            .orElseThrow();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    // when
    WaiversExample.evaluate(
        catalog, CAO_SON, WAIVERS, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    // then
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .isEqualTo(
            "Xã Cao Sơn: 35.16 → 37.74\n"
                + "  3.4 not_applicable (215/QĐ-UBND): Not applicable\n"
                + "  3.5 fixed_points (215/QĐ-UBND): Partially met\n");
    assertThat(GuideRegions.textBlock("Xã Cao Sơn")).isEqualTo(printed);
  }

  @Test
  void guide_showsTheExample() throws IOException {
    GuideRegions.assertGuideShows(SOURCE, "waivers-imports", "waivers");
  }
}
