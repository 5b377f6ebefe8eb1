package dev.rubric.examples.layers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.examples.GuideRegions;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@link LayersExample}, the layering example of {@code docs/guide.md}: the bundled Bạch Thông
 * catalog resolves over its bases, the max of 3.4 was set by the framework and then by Bắc Kạn, and
 * the guide shows the code verbatim.
 */
class LayersExampleTest {
  private static final Path BASES = Path.of("data/catalogs/layers");
  private static final Path SOURCE =
      Path.of("src/main/java/dev/rubric/examples/layers/LayersExample.java");

  @Test
  void whoSetTheMax_bundledLayers_namesTheFrameworkThenTheProvince() throws IOException {
    CompiledCatalog compiled =
        LayersExample.compile(BASES.resolve("cchc-xa-bach-thong-2022.rubric"), BASES).orElseThrow();

    assertThat(LayersExample.whoSetTheMax(compiled, "3.4"))
        .containsExactly(
            "max 3 set by cchc-xa-khung 2022.1.0 at "
                + BASES.resolve("cchc-xa-khung-2022.rubric")
                + ":181",
            "max 4 set by cchc-xa-bac-kan 2022.1.0 at "
                + BASES.resolve("cchc-xa-bac-kan-2022.rubric")
                + ":24");
  }

  @Test
  void guide_showsTheExample() throws IOException {
    GuideRegions.assertGuideShows(SOURCE, "compile", "lineage");
  }
}
