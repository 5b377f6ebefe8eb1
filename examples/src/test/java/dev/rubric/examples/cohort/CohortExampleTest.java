package dev.rubric.examples.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cohort.Ranking;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.core.result.Scorecard;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link CohortExample}, the cohort example of {@code docs/guide.md}: on the bundled district it
 * ranks as {@link Ranking#of} ranks the whole list of scorecards, and the guide shows its code and
 * the start of its output verbatim.
 */
class CohortExampleTest {

  private static final Path CATALOG = Path.of("data/catalogs/cchc-xa-2022.rubric");
  private static final Path DISTRICT = Path.of("data/evidence/bach-thong-2022");
  private static final Path SOURCE =
      Path.of("src/main/java/dev/rubric/examples/cohort/CohortExample.java");

  private static CompiledCatalog catalog;

  @BeforeAll
  static void compile() throws IOException {
    catalog =
        Rubric.standard()
            .compile(SourceText.of(CATALOG.toString(), Files.readString(CATALOG)))
            .orElseThrow();
  }

  /** What one run of the example returned and printed. */
  private record Run(Ranking ranking, List<String> lines) {}

  private static Run run() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Ranking ranking =
        CohortExample.rank(catalog, DISTRICT, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Run(ranking, bytes.toString(StandardCharsets.UTF_8).lines().toList());
  }

  @Test
  void rank_bachThong_ranksAsRankingOfTheWholeListAndCountsMajorFindings() throws IOException {
    // given
    List<Scorecard> cards =
        catalog.evaluateAll(EvidenceLoader.load(DISTRICT, DISTRICT.toString(), catalog.catalog()));
    long majors = cards.stream().mapToLong(c -> c.findings(Severity.MAJOR).size()).sum();
    // when
    Run run = run();
    // then
    assertThat(run.ranking()).isEqualTo(Ranking.of(catalog.catalog(), cards));
    assertThat(run.lines())
        .hasSize(cards.size() + 1)
        .last()
        .isEqualTo(majors + " major findings in " + cards.size() + " units");
  }

  @Test
  void guide_showsTheExampleVerbatim() throws IOException {
    GuideRegions.assertGuideShows(SOURCE, "cohort-imports", "rank");
  }

  @Test
  void guide_showsWhatTheExamplePrints() throws IOException {
    // given: the guide shows the first lines of the output, then an ellipsis and the last line
    List<String> lines = GuideRegions.textBlock("1. ").lines().toList();
    int gap = lines.indexOf("…");
    assertThat(gap).as("an ellipsis line in the shown output").isPositive();
    // when
    List<String> printed = run().lines();
    // then
    assertThat(printed).startsWith(lines.subList(0, gap).toArray(String[]::new));
    assertThat(printed).endsWith(lines.subList(gap + 1, lines.size()).toArray(String[]::new));
  }
}
