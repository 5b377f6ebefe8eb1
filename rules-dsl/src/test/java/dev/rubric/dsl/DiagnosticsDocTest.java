package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.diagnostic.DiagnosticCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/diagnostics.md} and the {@link DiagnosticCode} registry from drifting apart:
 * the page has one section per registered code, headed {@code ### } and the code's {@linkplain
 * DiagnosticCode#heading() heading} (so the section has the code's {@linkplain
 * DiagnosticCode#anchor() anchor}), every code the documentation mentions is registered, and every
 * example it quotes is a golden case, quoted exactly.
 *
 * <p>An example is marked in the page by an HTML comment before its code block: {@code <!-- golden:
 * <case> -->} before the rendered diagnostics (which must equal {@code <case>.expected}), {@code
 * <!-- golden-vi: <case> -->} before a Vietnamese rendering (which must equal {@code
 * <case>.vi.expected}), {@code <!-- excerpt: <case> -->} before catalog text (which must occur in
 * {@code <case>.rubric}; a last line {@code …} marks a cut).
 */
class DiagnosticsDocTest {
  private static final Path DOC = Path.of("..").resolve(DiagnosticCode.DOCS_PAGE);
  private static final Path DOCS = Path.of("../docs");
  private static final Path README = Path.of("../README.md");
  private static final Pattern HEADING =
      Pattern.compile("^### ((RB\\d{3}) — \\S.*)$", Pattern.MULTILINE);
  private static final Pattern MENTION = Pattern.compile("\\bRB\\d{3}\\b");
  private static final Pattern MARKED_BLOCK =
      Pattern.compile(
          "<!-- (golden|golden-vi|excerpt): ([a-z0-9-]+) -->\\n```[a-z]*\\n(.*?)```\\n",
          Pattern.DOTALL);

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
        section = heading.group(2);
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
  void diagnosticsDoc_codeSections_areTheRegistryInOrder() {
    List<String> headings = new ArrayList<>();
    Matcher m = HEADING.matcher(doc);
    while (m.find()) {
      headings.add(m.group(1));
    }

    assertThat(headings)
        .isEqualTo(Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::heading).toList());
  }

  @Test
  void diagnosticsDoc_codeSections_haveTheRegisteredAnchors() {
    List<String> anchors = new ArrayList<>();
    Matcher m = HEADING.matcher(doc);
    while (m.find()) {
      anchors.add(gitHubAnchor(m.group(1)));
    }

    assertThat(anchors)
        .isEqualTo(Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::anchor).toList());
  }

  @Test
  void docs_mentionedCodes_areRegistered() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(README));
    try (Stream<Path> files = Files.list(DOCS)) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    Set<String> mentioned = new TreeSet<>();
    for (Path page : pages) {
      Matcher m = MENTION.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (m.find()) {
        mentioned.add(m.group());
      }
    }

    assertThat(mentioned)
        .isNotEmpty()
        .allSatisfy(code -> assertThat(DiagnosticCode.of(code)).as(code).isPresent());
  }

  /**
   * The id GitHub gives a heading: lowercase, only letters, digits, spaces, '-' and '_', spaces as
   * '-'.
   */
  private static String gitHubAnchor(String heading) {
    StringBuilder b = new StringBuilder();
    heading
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .forEach(
            c -> {
              if (c == ' ') {
                b.append('-');
              } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                b.appendCodePoint(c);
              }
            });
    return b.toString();
  }

  @Test
  void diagnosticsDoc_goldenQuotes_coverEveryCaseUnderItsCode() {
    Set<String> quoted = new TreeSet<>();
    for (Quote q : quotes()) {
      if (q.kind().equals("golden")) {
        assertThat(q.section())
            .as("section quoting %s", q.caseName())
            .isEqualTo(caseNamed(q.caseName()).code());
        quoted.add(q.caseName());
      }
    }
    Set<String> cases =
        Arrays.stream(DiagnosticCase.values())
            .map(DiagnosticCase::fileName)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(quoted).isEqualTo(cases);
  }

  @Test
  void diagnosticsDoc_goldenQuotes_equalTheExpectedFiles() throws IOException {
    for (Quote q : quotes()) {
      if (q.kind().equals("golden")) {
        String expected =
            Files.readString(caseNamed(q.caseName()).expected(), StandardCharsets.UTF_8);
        assertThat(q.text())
            .as("rendered diagnostics quoted for %s", q.caseName())
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void diagnosticsDoc_vietnameseQuotes_equalTheVietnameseExpectedFiles() throws IOException {
    List<Quote> vi = quotes().stream().filter(q -> q.kind().equals("golden-vi")).toList();

    assertThat(vi).as("Vietnamese examples quoted").isNotEmpty();
    for (Quote q : vi) {
      DiagnosticCase c = caseNamed(q.caseName());
      assertThat(q.section()).as("section quoting %s", q.caseName()).isEqualTo(c.code());
      assertThat(q.text())
          .as("Vietnamese rendering quoted for %s", q.caseName())
          .isEqualTo(Files.readString(c.expectedVi(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void diagnosticsDoc_excerpts_occurInTheCaseFiles() throws IOException {
    for (Quote q : quotes()) {
      if (q.kind().equals("excerpt")) {
        String source = Files.readString(caseNamed(q.caseName()).source(), StandardCharsets.UTF_8);
        String excerpt =
            q.text().endsWith("  …\n")
                ? q.text().substring(0, q.text().length() - "  …\n".length())
                : q.text();
        assertThat(source).as("excerpt quoted for %s", q.caseName()).contains(excerpt);
      }
    }
  }
}
