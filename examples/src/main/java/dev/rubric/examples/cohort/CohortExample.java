package dev.rubric.examples.cohort;

// guide:cohort-imports
import dev.rubric.cohort.Ranking;
import dev.rubric.cohort.RankingAccumulator;
import dev.rubric.core.Language;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.dsl.CompiledCatalog;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

// end guide:cohort-imports

/**
 * The example of {@code docs/guide.md}, "Evaluating and ranking a whole cohort": streams every
 * evidence file of a directory through a compiled catalog into a {@link RankingAccumulator},
 * reading each file only when its unit's turn comes, and prints the ranking. The two regions
 * between the {@code guide:} marker comments appear in the guide verbatim; {@code
 * CohortExampleTest} checks that, and runs the example on the bundled data.
 *
 * <p>{@link #main} takes the catalog file and the evidence directory, for instance {@code
 * examples/data/catalogs/cchc-xa-2022.rubric examples/data/evidence/bach-thong-2022}.
 */
public final class CohortExample {
  private CohortExample() {}

  /**
   * Ranks the units of the evidence directory {@code args[1]} against the catalog file {@code
   * args[0]}; exits with status 2 on a wrong command line.
   *
   * @throws IOException if the catalog or the directory cannot be read
   * @throws dev.rubric.dsl.InvalidCatalogException if the catalog has errors
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CohortExample CATALOG.rubric EVIDENCE-DIRECTORY");
      System.exit(2);
    }
    Path catalogFile = Path.of(args[0]);
    String text = Files.readString(catalogFile);
    CompiledCatalog catalog =
        dev.rubric.dsl.Rubric.standard()
            .compile(dev.rubric.core.diagnostic.SourceText.of(catalogFile.toString(), text))
            .orElseThrow();
    PrintStream out = new PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    rank(catalog, Path.of(args[1]), out);
  }

  /**
   * Evaluates every {@code .json} evidence file in {@code evidenceDirectory}, prints the ranking
   * and the number of major findings, and returns the ranking.
   *
   * @throws IOException if the directory cannot be listed
   * @throws dev.rubric.core.io.InvalidInputException if an evidence file is unreadable or malformed
   */
  // guide:rank
  static Ranking rank(CompiledCatalog catalog, Path evidenceDirectory, PrintStream out)
      throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(evidenceDirectory)) {
      files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    // Each iterator() reads the files afresh, one at a time; a catalog with best(x) reads twice.
    Iterable<EvidenceFile> cohort =
        () -> files.stream().map(p -> EvidenceLoader.readJson(p, p.toString())).iterator();

    // The accumulator keeps a few values per unit, never the scorecards. The consumer is
    // called on this thread, in file order, so a plain counter will do.
    RankingAccumulator accumulator = new RankingAccumulator(catalog.catalog());
    int[] majors = {0};
    catalog.evaluateAll(
        cohort, accumulator.andThen(card -> majors[0] += card.findings(Severity.MAJOR).size()));

    Ranking ranking = accumulator.ranking();
    for (Ranking.Row row : ranking.rows()) {
      Ranking.Summary unit = row.summary();
      String index = unit.indexRounded().toString(unit.indexDecimals());
      String band = unit.band().map(b -> b.in(Language.EN)).orElse("-");
      out.println(row.rank() + ". " + unit.unitName() + ": " + index + ", " + band);
    }
    out.println(majors[0] + " major findings in " + ranking.rows().size() + " units");
    return ranking;
  }
  // end guide:rank
}
