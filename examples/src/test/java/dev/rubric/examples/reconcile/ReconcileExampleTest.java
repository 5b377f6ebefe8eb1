package dev.rubric.examples.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cohort.reconcile.Reconciliation;
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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ReconcileExample}, the reconciliation example of {@code docs/guide.md}: on the bundled
 * district it shows Phủ Thông's over-claims where the inspection found problems, and the guide
 * shows its code and output verbatim.
 */
class ReconcileExampleTest {

  private static final Path CATALOG = Path.of("data/catalogs/cchc-xa-2022.rubric");
  private static final Path SOURCE =
      Path.of("src/main/java/dev/rubric/examples/reconcile/ReconcileExample.java");

  @Test
  void reconcile_bachThong_printsPhuThongsOverClaimsAsTheGuideShows() throws IOException {
    CompiledCatalog catalog =
        Rubric.standard()
            .compile(SourceText.of(CATALOG.toString(), Files.readString(CATALOG)))
            .orElseThrow();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Reconciliation r =
        ReconcileExample.reconcile(
            catalog,
            Path.of("data/evidence/bach-thong-2022.csv"),
            Path.of("data/assessments/bach-thong-2022.csv"),
            new PrintStream(bytes, true, StandardCharsets.UTF_8));

    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines)
        .contains(
            "1.5: claimed 2, evidenced 1, final 1 (computed)",
            "2.3: claimed 2, evidenced 1, final 1 (computed)");
    assertThat(r.units()).hasSize(14);
    assertThat(GuideRegions.textBlock("1.1.2: claimed")).isEqualTo(String.join("\n", lines) + "\n");
    GuideRegions.assertGuideShows(SOURCE, "reconcile");
  }
}
