package dev.rubric.examples.waivers;

// guide:waivers-imports
import dev.rubric.core.Language;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.core.result.Scorecard;
import dev.rubric.core.waiver.Waiver;
import dev.rubric.core.waiver.Waivers;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.WaivedEvaluation;
import java.io.PrintStream;
import java.nio.file.Path;

// end guide:waivers-imports

/**
 * The example of {@code docs/guide.md}, "Waivers": reads a unit's evidence and a waivers file,
 * evaluates the unit with and without its waivers, and prints both indexes and each waiver applied.
 * The region between the {@code guide:} marker comments appears in the guide verbatim; {@code
 * WaiversExampleTest} checks that, and runs it on the bundled Cao Sơn data.
 */
public final class WaiversExample {
  private WaiversExample() {}

  /**
   * Prints the index of the unit of {@code evidenceFile} without and with the waivers of {@code
   * waiversFile}, then the waivers applied.
   *
   * @throws dev.rubric.core.io.InvalidInputException if either file is missing, not UTF-8 or not a
   *     valid document; the message names the file, line, column and JSON path
   * @throws dev.rubric.dsl.InvalidWaiversException if a waiver names another unit or does not fit
   *     the catalog (RB750–RB753); nothing is evaluated then
   */
  // guide:waivers
  static void evaluate(
      CompiledCatalog catalog, Path evidenceFile, Path waiversFile, PrintStream out) {
    EvidenceFile file = EvidenceLoader.readJson(evidenceFile, evidenceFile.toString());
    // Fails closed: a malformed waivers file throws; it never reads as "no waivers".
    Waivers waivers = Waivers.read(waiversFile, waiversFile.toString());

    WaivedEvaluation e = catalog.evaluate(file, waivers);
    Scorecard without = e.withoutWaivers();
    Scorecard with = e.withWaivers(); // waived nodes marked, RB754/RB755/RB756 findings
    out.println(file.unit().name() + ": " + without.indexRounded() + " → " + with.indexRounded());
    for (Waiver w : e.applied()) {
      out.println(
          "  "
              + w.criterionCode()
              + " "
              + w.effect().code()
              + " ("
              + w.decision()
              + "): "
              + with.node(w.criterionCode()).orElseThrow().status().label(Language.EN));
    }
  }
  // end guide:waivers
}
