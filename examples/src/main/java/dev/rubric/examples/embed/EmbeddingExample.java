package dev.rubric.examples.embed;

// guide:imports
import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.Compilation;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

// end guide:imports

/**
 * The example of {@code docs/guide.md}, "Embedding Rubric": compiles a catalog file, reads one
 * unit's evidence file, evaluates it and prints the index, the band and the findings with their
 * recommendations. The two regions between the {@code guide:} marker comments appear in the guide
 * verbatim; {@code EmbeddingExampleTest} checks that, and runs the example on the bundled data.
 *
 * <p>Run it from the repository root:
 *
 * <pre>
 * mvn -q -pl examples -am compile exec:java -Dexec.args="examples/data/catalogs/cchc-xa-2022.rubric \
 *     examples/data/evidence/bach-thong-2022/01969-phu-thong.json"
 * </pre>
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /**
   * Evaluates the evidence file {@code args[1]} against the catalog file {@code args[0]} and prints
   * the result; exits with status 1 when the catalog has errors and 2 on a wrong command line.
   *
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: EmbeddingExample CATALOG.rubric EVIDENCE.json");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    if (!evaluate(Path.of(args[0]), Path.of(args[1]), out)) {
      System.exit(1);
    }
  }

  /**
   * Prints the index, band and findings of the unit in {@code evidenceFile}, evaluated against the
   * catalog in {@code catalogFile}; returns false, after printing the diagnostics, when the catalog
   * has errors.
   */
  // guide:evaluate
  static boolean evaluate(Path catalogFile, Path evidenceFile, PrintStream out) throws IOException {
    // Compile once: a CompiledCatalog is immutable and evaluates any number of units.
    SourceText source = SourceText.of(catalogFile.toString(), Files.readString(catalogFile));
    Compilation compilation = Rubric.standard().compile(source);
    if (compilation.hasErrors()) {
      out.print(compilation.render()); // each problem: file:line:column, RB code, message, hint
      return false;
    }
    CompiledCatalog catalog = compilation.orElseThrow();

    // One unit's rubric-evidence/1 document; a malformed one throws JsonFormatException.
    String json = Files.readString(evidenceFile);
    EvidenceFile evidence = Json.readEvidence(evidenceFile.toString(), json);
    Scorecard card = catalog.evaluate(evidence);

    Language lang = Language.EN;
    String band = card.band().map(b -> b.in(lang)).orElse("-");
    out.println(card.unitName() + ": index " + card.indexRounded() + ", band " + band);
    for (Finding f : card.findings()) {
      out.println("  " + f.severity() + " " + f.code() + ": " + f.message().in(lang));
      f.recommendation().ifPresent(r -> out.println("      recommendation: " + r.in(lang)));
    }
    return true;
  }

  // end guide:evaluate

  /**
   * Prints why node {@code nodeCode} of {@code card} scored what it did, in Vietnamese, and each of
   * its findings as data: the message key and the names of its typed values.
   */
  // guide:explain
  static void explain(Scorecard card, String nodeCode, PrintStream out) {
    NodeResult node = card.node(nodeCode).orElseThrow();
    // The words are made here, when first read, in the language asked for.
    out.println(node.explanation().render(Language.VI));
    for (Finding f : card.findingsFor(nodeCode)) {
      // The same finding as data, for a host that words it itself.
      out.println(f.message().key() + " " + f.message().arguments().keySet());
    }
  }
  // end guide:explain
}
