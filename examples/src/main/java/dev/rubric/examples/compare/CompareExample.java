package dev.rubric.examples.compare;

import dev.rubric.cohort.compare.CatalogDiff;
import dev.rubric.cohort.compare.CodeMapping;
import dev.rubric.cohort.compare.Comparability;
import dev.rubric.cohort.compare.Edition;
import dev.rubric.cohort.compare.FindingChange;
import dev.rubric.cohort.compare.History;
import dev.rubric.cohort.compare.NodeDelta;
import dev.rubric.cohort.compare.Succession;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The example of {@code docs/guide.md}, "Comparing years and catalog versions": diffs the 2021 and
 * 2022 editions of the sample catalog through their code mapping, evaluates each year's evidence
 * against its own edition, and prints what changed for Phủ Thông and who improved most. The region
 * between the {@code guide:} marker comments appears in the guide verbatim; {@code
 * CompareExampleTest} checks that, and runs it on the bundled data.
 */
public final class CompareExample {
  private CompareExample() {}

  /**
   * Runs the example on the data directory {@code args[0]} (default {@code examples/data}).
   *
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    compare(Path.of(args.length > 0 ? args[0] : "examples/data"), System.out);
  }

  private static CompiledCatalog compile(Path file) throws IOException {
    return Rubric.standard()
        .compile(SourceText.of(file.toString(), Files.readString(file)))
        .orElseThrow();
  }

  private static Edition edition(CompiledCatalog catalog, Path evidence) {
    return Edition.of(
        catalog.catalog(),
        catalog.evaluateAll(EvidenceLoader.load(evidence, evidence.toString(), catalog.catalog())));
  }

  /**
   * Compares Bạch Thông's 2021 and 2022 results from the data directory {@code data}, printing to
   * {@code out}, and returns the history.
   *
   * @throws IOException if a file cannot be read
   */
  public static History compare(Path data, PrintStream out) throws IOException {
    CompiledCatalog older = compile(data.resolve("catalogs/cchc-xa-2021.rubric"));
    CompiledCatalog newer = compile(data.resolve("catalogs/cchc-xa-2022.rubric"));
    Path mappingFile = data.resolve("catalogs/cchc-xa-2021-to-2022.mapping.json");
    Path evidence2021 = data.resolve("evidence/bach-thong-2021.csv");
    Path evidence2022 = data.resolve("evidence/bach-thong-2022.csv");
    // guide:compare
    CodeMapping mapping = CodeMapping.read(mappingFile.toString(), Files.readString(mappingFile));
    CatalogDiff diff = CatalogDiff.of(older.catalog(), newer.catalog(), Optional.of(mapping));
    out.println(diff.changes().size() + " changes, bump required: " + diff.required().code());

    // each year's evidence against its own edition; units matched by code (no succession)
    History history =
        History.of(
            List.of(edition(older, evidence2021), edition(newer, evidence2022)),
            List.of(mapping),
            Succession.NONE);

    History.UnitStep phuThong = history.unitSteps("01969").get(0);
    out.println(
        "Phủ Thông: "
            + phuThong.before().index()
            + " → "
            + phuThong.after().index()
            + ", rank "
            + phuThong.before().rank()
            + " → "
            + phuThong.after().rank());
    for (NodeDelta node : phuThong.nodes()) {
      if (node.comparability() == Comparability.NOT_COMPARABLE && node.depth() > 0) {
        out.println("  " + node.code() + " not comparable: its rule changed or it is new");
      }
    }
    for (FindingChange f : phuThong.findings(FindingChange.Status.NEW)) {
      out.println("  new finding " + f.key());
    }
    History.Mover best = history.mostImproved(1).get(0);
    out.println("Most improved: " + best.unitName() + " " + best.delta());
    // end guide:compare
    return history;
  }
}
