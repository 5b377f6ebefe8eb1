package dev.rubric.examples.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import dev.rubric.examples.GuideRegions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link WorkbookExample}, the workbook example of {@code docs/guide.md}: the template of the
 * bundled units reads back as those units for 2023, and the guide shows the code verbatim.
 */
class WorkbookExampleTest {

  private static final Path CATALOG = Path.of("data/catalogs/cchc-xa-2022.rubric");
  private static final Path CSV = Path.of("data/evidence/bach-thong-2022.csv");
  private static final Path SOURCE =
      Path.of("src/main/java/dev/rubric/examples/workbook/WorkbookExample.java");

  private static CompiledCatalog catalog;

  @BeforeAll
  static void compile() throws IOException {
    catalog =
        Rubric.standard()
            .compile(SourceText.of(CATALOG.toString(), Files.readString(CATALOG)))
            .orElseThrow();
  }

  @Test
  void templateThenEvaluate_bachThong_givesEachUnitFor2023(@TempDir Path dir) throws IOException {
    // given
    Path xlsx = dir.resolve("bach-thong-2023.xlsx");
    List<String> codes = WorkbookExample.units(catalog, CSV).stream().map(u -> u.code()).toList();
    // when
    WorkbookExample.template(catalog, WorkbookExample.units(catalog, CSV), xlsx);
    List<Scorecard> cards = WorkbookExample.evaluate(catalog, xlsx);
    // then
    assertThat(cards).extracting(Scorecard::unitCode).isEqualTo(codes);
    assertThat(cards).extracting(Scorecard::periodId).containsOnly("2023");
  }

  @Test
  void evaluate_csv_givesTheScorecardsOfTheLoader() {
    List<EvidenceFile> files = EvidenceLoader.load(CSV, CSV.toString(), catalog.catalog());

    assertThat(WorkbookExample.evaluate(catalog, CSV)).isEqualTo(catalog.evaluateAll(files));
  }

  @Test
  void guide_showsTheExampleVerbatim() throws IOException {
    GuideRegions.assertGuideShows(SOURCE, "workbook-imports", "template", "evaluate");
  }
}
