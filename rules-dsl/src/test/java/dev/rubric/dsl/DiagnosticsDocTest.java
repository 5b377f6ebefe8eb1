package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/diagnostics.md} and the code from drifting apart: the page has one section
 * ({@code ### RBnnn — …}) for exactly the codes that appear as {@code "RBnnn"} literals in the main
 * sources of {@code core} and {@code rules-dsl}, and every example it quotes is a golden case,
 * quoted exactly.
 *
 * <p>An example is marked in the page by an HTML comment before its code block: {@code <!--
 * golden: <case> -->} before the rendered diagnostics (which must equal {@code <case>.expected}),
 * {@code <!-- excerpt: <case> -->} before catalog text (which must occur in {@code <case>.rubric};
 * a last line {@code …} marks a cut).
 */
class DiagnosticsDocTest {
  private static final Path DOC = Path.of("../docs/diagnostics.md");
  private static final Pattern HEADING = Pattern.compile("^### (RB\\d{3}) — \\S.*$", Pattern.MULTILINE);
  private static final Pattern MARKED_BLOCK =
      Pattern.compile("<!-- (golden|excerpt): ([a-z0-9-]+) -->\\n```[a-z]*\\n(.*?)```\\n", Pattern.DOTALL);

  private static String doc;

  /** One quoted example: its kind, its case, the section it is in and the quoted text. */
  private record Quote(String kind, String caseName, String section, String text) {}

  @BeforeAll
  static void readDoc() throws IOException {
    doc = Files.readString(DOC, StandardCharsets.UTF_8);
  }

  private static List<Quote> quotes() {
    List<Quote> out = new ArrayList<>();
    Matcher m = MARKED_BLOCK.matcher(doc);
    while (m.find()) {
      Matcher heading = HEADING.matcher(doc.substring(0, m.start()));
      String section = "";
      while (heading.find()) {
        section = heading.group(1);
      }
      out.add(new Quote(m.group(1), m.group(2), section, m.group(3)));
    }
    return out;
  }

  private static DiagnosticCase caseNamed(String name) {
    return Arrays.stream(DiagnosticCase.values())
        .filter(c -> c.fileName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("docs/diagnostics.md quotes unknown case " + name));
  }

  @Test
  void diagnosticsDoc_codeSections_matchTheCodesInTheSources() {
    List<String> headings = new ArrayList<>();
    Matcher m = HEADING.matcher(doc);
    while (m.find()) {
      headings.add(m.group(1));
    }

    assertThat(headings).doesNotHaveDuplicates().isSorted();
    assertThat(new TreeSet<>(headings)).isEqualTo(SourceCodes.emitted());
  }

  @Test
  void diagnosticsDoc_goldenQuotes_coverEveryCaseUnderItsCode() {
    Set<String> quoted = new TreeSet<>();
    for (Quote q : quotes()) {
      if (q.kind().equals("golden")) {
        assertThat(q.section()).as("section quoting %s", q.caseName()).isEqualTo(caseNamed(q.caseName()).code());
        quoted.add(q.caseName());
      }
    }
    Set<String> cases = Arrays.stream(DiagnosticCase.values())
        .map(DiagnosticCase::fileName)
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(quoted).isEqualTo(cases);
  }

  @Test
  void diagnosticsDoc_goldenQuotes_equalTheExpectedFiles() throws IOException {
    for (Quote q : quotes()) {
      if (q.kind().equals("golden")) {
        String expected = Files.readString(caseNamed(q.caseName()).expected(), StandardCharsets.UTF_8);
        assertThat(q.text()).as("rendered diagnostics quoted for %s", q.caseName()).isEqualTo(expected);
      }
    }
  }

  @Test
  void diagnosticsDoc_excerpts_occurInTheCaseFiles() throws IOException {
    for (Quote q : quotes()) {
      if (q.kind().equals("excerpt")) {
        String source = Files.readString(caseNamed(q.caseName()).source(), StandardCharsets.UTF_8);
        String excerpt = q.text().endsWith("  …\n") ? q.text().substring(0, q.text().length() - "  …\n".length()) : q.text();
        assertThat(source).as("excerpt quoted for %s", q.caseName()).contains(excerpt);
      }
    }
  }
}
