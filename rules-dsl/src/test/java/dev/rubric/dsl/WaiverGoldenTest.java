package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.core.waiver.Waivers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden cases of the waiver codes RB750–RB753: each {@code
 * src/test/resources/waivers/<case>.json} is applied to the bundled catalog and Cao Sơn's evidence,
 * and the exception's exact text is pinned in {@code <case>.expected}; {@code docs/diagnostics.md}
 * quotes every case, after an {@code <!-- waiver-golden: <case> -->} line, in its code's section.
 * Regenerate with {@code mvn -o -pl rules-dsl verify -Drubric.regenerate=true} and review the diff.
 */
class WaiverGoldenTest {
  private static final Path DIRECTORY = Path.of("src/test/resources/waivers");
  private static final boolean REGENERATE = Boolean.getBoolean("rubric.regenerate");
  private static final Pattern QUOTE =
      Pattern.compile(
          "<!-- waiver-golden: ([a-z0-9-]+) -->\\n```text\\n(.*?)```\\n", Pattern.DOTALL);
  private static final Pattern HEADING = Pattern.compile("^### (RB\\d{3}) — ", Pattern.MULTILINE);

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static String render(String name) throws IOException {
    CompiledCatalog catalog = SampleCatalogTest.compileSample().orElseThrow();
    EvidenceFile caoSon =
        EvidenceLoader.readJson(WaiverEvaluationTest.EVIDENCE, "02002-cao-son.json");
    Waivers waivers = Waivers.read(DIRECTORY.resolve(name + ".json"), name + ".json");
    Throwable thrown = catchThrowable(() -> catalog.evaluate(caoSon, waivers));
    assertThat(thrown).as(name).isInstanceOf(InvalidWaiversException.class);
    return thrown.getMessage() + "\n";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void evaluate_goldenCase_rendersTheExpectedText(String name) throws IOException {
    String actual = render(name);
    Path expected = DIRECTORY.resolve(name + ".expected");
    if (REGENERATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }

    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    assertThat(actual)
        .endsWith("[" + name.substring(0, 5).toUpperCase(java.util.Locale.ROOT) + "]\n");
  }

  @Test
  void goldenCases_coverEveryWaiverErrorCode() throws IOException {
    Set<String> covered =
        cases()
            .map(c -> c.substring(0, 5).toUpperCase(java.util.Locale.ROOT))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> codes =
        Arrays.stream(DiagnosticCode.values())
            .filter(c -> c.code().compareTo("RB750") >= 0 && c.code().compareTo("RB800") < 0)
            .filter(c -> !c.isFinding())
            .map(DiagnosticCode::code)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(covered).isEqualTo(codes);
  }

  @Test
  void diagnosticsDoc_quotesEveryCaseExactlyUnderItsCode() throws IOException {
    String doc = Files.readString(Path.of("..").resolve(DiagnosticCode.DOCS_PAGE));
    List<String> quoted = new ArrayList<>();
    Matcher m = QUOTE.matcher(doc);
    while (m.find()) {
      String name = m.group(1);
      Matcher heading = HEADING.matcher(doc.substring(0, m.start()));
      String section = "";
      while (heading.find()) {
        section = heading.group(1);
      }
      assertThat(section)
          .as(name)
          .isEqualTo(name.substring(0, 5).toUpperCase(java.util.Locale.ROOT));
      assertThat(m.group(2))
          .as(name)
          .isEqualTo(Files.readString(DIRECTORY.resolve(name + ".expected")));
      quoted.add(name);
    }

    assertThat(quoted).containsExactlyInAnyOrderElementsOf(cases().toList());
  }
}
