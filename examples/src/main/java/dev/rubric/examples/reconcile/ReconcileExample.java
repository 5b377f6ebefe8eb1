package dev.rubric.examples.reconcile;

import dev.rubric.cohort.reconcile.CriterionLine;
import dev.rubric.cohort.reconcile.Reconciliation;
import dev.rubric.cohort.reconcile.UnitDistance;
import dev.rubric.cohort.reconcile.UnitReconciliation;
import dev.rubric.core.Language;
import dev.rubric.core.assessment.Assessment;
import dev.rubric.core.csv.CsvAssessmentReader;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The example of {@code docs/guide.md}, "Reconciling assessments": reads the district's assessments
 * from a CSV file, evaluates its evidence, reconciles the two and prints Phủ Thông's over-claims
 * and the district's agreement. The region between the {@code guide:} marker comments appears in
 * the guide verbatim; {@code ReconcileExampleTest} checks that, and runs the example on the bundled
 * data.
 *
 * <p>{@link #main} takes the catalog, the evidence and the assessments, for instance {@code
 * examples/data/catalogs/cchc-xa-2022.rubric examples/data/evidence/bach-thong-2022.csv
 * examples/data/assessments/bach-thong-2022.csv}.
 */
public final class ReconcileExample {
  private ReconcileExample() {}

  /**
   * Reconciles the assessments {@code args[2]} with the evidence {@code args[1]} against the
   * catalog {@code args[0]}; exits with status 2 on a wrong command line.
   *
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: ReconcileExample CATALOG.rubric EVIDENCE.csv ASSESSMENTS.csv");
      System.exit(2);
    }
    Path catalogFile = Path.of(args[0]);
    CompiledCatalog catalog =
        Rubric.standard()
            .compile(SourceText.of(catalogFile.toString(), Files.readString(catalogFile)))
            .orElseThrow();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    reconcile(catalog, Path.of(args[1]), Path.of(args[2]), out);
  }

  /**
   * Reconciles the assessments of the CSV file {@code assessmentFile} with the evidence {@code
   * evidenceFile}, prints the over-claims of unit 01969, the kappa and the furthest unit, and
   * returns the reconciliation.
   *
   * @throws IOException if the assessments cannot be read
   * @throws dev.rubric.core.csv.CsvFormatException if the assessments are malformed
   */
  // guide:reconcile
  static Reconciliation reconcile(
      CompiledCatalog catalog, Path evidenceFile, Path assessmentFile, PrintStream out)
      throws IOException {
    List<Scorecard> cards =
        catalog.evaluateAll(
            EvidenceLoader.load(evidenceFile, evidenceFile.toString(), catalog.catalog()));
    List<Assessment> assessments =
        CsvAssessmentReader.read(assessmentFile.toString(), Files.readString(assessmentFile));

    Reconciliation r = Reconciliation.of(catalog, cards, assessments);

    UnitReconciliation phuThong = r.unit("01969").orElseThrow();
    for (CriterionLine line : phuThong.lines()) {
      if (line.overClaim().signum() > 0) {
        out.printf(
            "%s: claimed %s, evidenced %s, final %s (%s)%n",
            line.code(),
            line.claimed().orElseThrow(),
            line.computed(),
            line.finalPoints(),
            line.source().code());
      }
    }
    for (Finding problem : r.problems()) { // assessments that could not be used, with positions
      out.println(problem.message().in(Language.EN));
    }
    out.println("kappa " + r.agreement().kappa().map(k -> k.round(4)).orElseThrow());
    UnitDistance furthest = r.agreement().furthestUnits().get(0);
    out.println("furthest " + furthest.unitName() + " " + furthest.indexGap());
    return r;
  }
  // end guide:reconcile
}
