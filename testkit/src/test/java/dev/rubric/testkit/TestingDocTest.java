package dev.rubric.testkit;

import static dev.rubric.testkit.RubricAssertions.assertThat;

import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The Java of docs/testing.md's "Testing a catalog" is this class's code: each region between
 * {@code // doc:NAME} and {@code // end doc:NAME} appears in the doc as a java block, verbatim once
 * de-indented, so it compiles and runs here against the data the testkit jar ships ({@link
 * SampleData}); the doc's import block is this class's imports, less the ones only this harness
 * uses; and the boundary table the doc prints is the one the snippet renders.
 */
class TestingDocTest {

  private static final Path DOC = Path.of("../docs/testing.md");

  /** Imports this class needs only to read the doc. */
  private static final List<String> HARNESS_IMPORTS =
      List.of(
          "import java.io.IOException;",
          "import java.nio.charset.StandardCharsets;",
          "import java.nio.file.Files;",
          "import java.nio.file.Path;",
          "import java.util.ArrayList;",
          "import java.util.List;",
          "import org.assertj.core.api.Assertions;");

  // doc:standard-checks
  @Test
  void standardChecks_sampleCatalog_pass() {
    CompiledCatalog compiled = SampleData.catalog(); // cchc-xa-2022.rubric, compiled once

    CatalogChecks.standard(compiled).check();
  }

  // end doc:standard-checks

  @Test
  void standardChecks_towns_pass() {
    // doc:towns
    EvidenceFileGen towns =
        EvidenceGens.files(SampleData.catalog())
            .units(UnitGens.units().kinds("thi_tran").attributesOf(SampleData.catalog().catalog()));

    CatalogChecks.standard(SampleData.catalog()).files(towns).tries(20).check();
    // end doc:towns
  }

  // doc:property
  @Test
  void onTimeRate_from98To100Percent_earnsThreeOfFourPoints() {
    // Phủ Thông has a one-stop shop, so criterion 3.2 applies; every input is provided.
    Gen<EvidenceFile> files =
        EvidenceGens.files(SampleData.catalog())
            .units(Gen.constant(SampleData.phuThong2022().unit()))
            .allProvided();
    // On-time rates from 98% up to, not including, 100%: n / 100k with 98k <= n < 100k.
    Gen<EvidenceValue.Ratio> rates =
        Gen.integers(1, 50)
            .flatMap(
                k ->
                    Gen.integers(98 * k, 100 * k - 1)
                        .map(n -> EvidenceValue.Ratio.of(n, 100L * k)));

    Properties.forAll(files, rates)
        .check(
            (file, rate) -> {
              Scorecard card =
                  SampleData.catalog().evaluate(withItem(file, "ho_so_dung_han", rate));
              assertThat(card).node("3.2").hasEarned("3").hasStatus(NodeStatus.PARTIAL);
            });
  }

  /** Returns {@code file} with {@code value} provided for input {@code key}. */
  private static EvidenceFile withItem(EvidenceFile file, String key, EvidenceValue value) {
    Map<String, Evidence> items = new TreeMap<>(file.evidence().evidence());
    items.put(key, Evidence.provided(value));
    EvidenceSet evidence =
        EvidenceSet.builder()
            .unitCode(file.evidence().unitCode())
            .periodId(file.evidence().periodId())
            .evidence(items)
            .build();
    return new EvidenceFile(file.unit(), file.period(), evidence);
  }

  // end doc:property

  // doc:assertions
  @Test
  void assertions_phuThong2022_passes() {
    Scorecard card = SampleData.catalog().evaluate(SampleData.phuThong2022());

    assertThat(card).hasBand("Khá").hasIndex("77.06");
    assertThat(card).hasFinding("2.3").withSeverity(Severity.MAJOR);
    assertThat(card).node("3.2").hasEarned("3").hasStatus(NodeStatus.PARTIAL);
  }

  // end doc:assertions

  @Test
  void compilationAssertions_sampleAndTypo_pass() {
    // doc:compilation
    String text = SampleData.catalogText();
    assertThat(Rubric.standard().compile(SourceText.of("cchc-xa-2022.rubric", text))).hasNoErrors();

    String typo = text.replace("tiers ho_so_dung_han {", "tiers ho_so_dung_hn {");
    assertThat(Rubric.standard().compile(SourceText.of("typo.rubric", typo)))
        .hasError("RB204")
        .at(181, 13)
        .hasMessage("unknown name 'ho_so_dung_hn'");
    // end doc:compilation
  }

  @Test
  void boundaries_phuThong2022_renderTheDocumentedTable() throws IOException {
    // doc:boundaries
    BoundaryReport report = Boundaries.explore(SampleData.catalog(), SampleData.phuThong2022());
    String table = report.only("3.2", "1.1.1").render();
    // end doc:boundaries

    Assertions.assertThat(doc()).contains("```text\n" + table + "```\n");
  }

  @Test
  void doc_showsEveryRegionOfThisClass() throws IOException {
    String source = source();
    String doc = doc();
    for (String region :
        List.of(
            "standard-checks", "towns", "property", "assertions", "compilation", "boundaries")) {
      Assertions.assertThat(doc)
          .as("docs/testing.md shows region '%s'", region)
          .contains("```java\n" + region(source, region) + "```\n");
    }
  }

  @Test
  void doc_importBlock_isTheImportsOfTheSnippets() throws IOException {
    List<String> mine = new ArrayList<>();
    for (String line : source().lines().toList()) {
      if (line.startsWith("import ") && !HARNESS_IMPORTS.contains(line)) {
        mine.add(line);
      }
    }
    // what the snippets outside this class need besides: AssertJ's assertThat, Normalizer
    mine.add("import static org.assertj.core.api.Assertions.assertThat;");
    mine.add("import dev.rubric.testkit.*;");
    mine.add("import java.text.Normalizer;");
    String doc = doc();
    int at = doc.indexOf("```java\nimport ");
    Assertions.assertThat(at).as("an import block in docs/testing.md").isNotNegative();
    List<String> shown =
        doc.substring(at + "```java\n".length(), doc.indexOf("```", at + 3))
            .lines()
            .filter(l -> !l.isBlank())
            .toList();
    Assertions.assertThat(shown)
        .containsAll(mine)
        .allMatch(l -> l.startsWith("import ") && l.endsWith(";"));
  }

  private static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  private static String source() throws IOException {
    return Files.readString(
        Path.of("src/test/java/dev/rubric/testkit/TestingDocTest.java"), StandardCharsets.UTF_8);
  }

  /** The lines between the markers of region {@code name}, de-indented, without trailing blanks. */
  private static String region(String source, String name) {
    List<String> lines = source.lines().toList();
    int start =
        lines.indexOf(
                lines.stream()
                    .filter(l -> l.strip().equals("// doc:" + name))
                    .findFirst()
                    .orElseThrow())
            + 1;
    int end =
        lines.indexOf(
            lines.stream()
                .filter(l -> l.strip().equals("// end doc:" + name))
                .findFirst()
                .orElseThrow());
    List<String> body = new ArrayList<>(lines.subList(start, end));
    while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
      body.remove(body.size() - 1);
    }
    int indent =
        body.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder out = new StringBuilder();
    for (String l : body) {
      out.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return out.toString();
  }
}
