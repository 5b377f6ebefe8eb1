package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.diagnostic.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Golden tests of compile-time diagnostics: each {@link DiagnosticCase} compiles its {@code
 * .rubric} file and compares {@link Compilation#render()} with its {@code .expected} file, byte for
 * byte.
 *
 * <p>Regenerating the baselines is an explicit, reviewed step. After an intended change to a
 * message, a hint, a span or the renderer, run
 *
 * <pre>
 * mvn -o -pl rules-dsl verify -Drubric.regenerate=true
 * </pre>
 *
 * <p>which rewrites every {@code src/test/resources/diagnostics/*.expected} (and its Vietnamese
 * {@code *.vi.expected}) from the current output (the comparison then passes trivially). Review
 * {@code git diff} of those files as carefully as a code change, and commit them together with the
 * change that caused them; {@code docs/diagnostics.md} quotes these files, so update it in the same
 * change. Never regenerate to make a failing build pass without reading the diff.
 */
class DiagnosticsGoldenTest {
  private static final boolean REGENERATE = Boolean.getBoolean("rubric.regenerate");

  /**
   * Compile-time codes that no golden case reaches: RB399 reports a catalog value the core model
   * rejects after the checker accepted it, which the checker's own checks prevent (it is a safety
   * net, not a user-facing message).
   */
  private static final Set<DiagnosticCode> UNREACHABLE =
      Set.of(DiagnosticCode.INCONSISTENT_CATALOG);

  static Compilation compile(DiagnosticCase c) throws IOException {
    String text = Files.readString(c.source(), StandardCharsets.UTF_8);
    return Rubric.withLimits(c.limits())
        .compile(
            SourceText.of(c.fileName() + ".rubric", text),
            CatalogResolver.directory(DiagnosticCase.BASES));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(DiagnosticCase.class)
  void compile_goldenCase_rendersExactlyTheBaseline(DiagnosticCase c) throws IOException {
    String rendered = compile(c).render();
    if (REGENERATE) {
      Files.writeString(c.expected(), rendered, StandardCharsets.UTF_8);
    }

    assertThat(rendered).isEqualTo(Files.readString(c.expected(), StandardCharsets.UTF_8));
  }

  /** The same diagnostics in Vietnamese, as {@code rubric check} prints them by default. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(DiagnosticCase.class)
  void compile_goldenCase_rendersTheVietnameseBaseline(DiagnosticCase c) throws IOException {
    String rendered = compile(c).render(Language.VI);
    if (REGENERATE) {
      Files.writeString(c.expectedVi(), rendered, StandardCharsets.UTF_8);
    }

    assertThat(rendered).isEqualTo(Files.readString(c.expectedVi(), StandardCharsets.UTF_8));
  }

  /** Each case holds one mistake, which gives exactly one diagnostic: the case's code. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(DiagnosticCase.class)
  void compile_goldenCase_reportsExactlyItsCode(DiagnosticCase c) throws IOException {
    Compilation compilation = compile(c);

    assertThat(compilation.diagnostics()).extracting(Diagnostic::code).containsExactly(c.code());
  }

  /** The diagnostic of each case has the severity the registry gives its code. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(DiagnosticCase.class)
  void compile_goldenCase_hasTheRegisteredSeverity(DiagnosticCase c) throws IOException {
    DiagnosticCode registered = DiagnosticCode.of(c.code()).orElseThrow();

    assertThat(compile(c).diagnostics())
        .extracting(Diagnostic::severity)
        .containsExactly(registered.severity());
  }

  @Test
  void goldenCases_registry_coverEveryCompileTimeCode() {
    Set<String> compileTime =
        Arrays.stream(DiagnosticCode.values())
            .filter(code -> !code.isFinding())
            .filter(code -> !UNREACHABLE.contains(code))
            // RB750–RB799 reject waivers, not catalogs: WaiverGoldenTest has their cases
            .filter(
                code -> code.code().compareTo("RB750") < 0 || code.code().compareTo("RB800") >= 0)
            .map(DiagnosticCode::code)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> covered =
        Arrays.stream(DiagnosticCase.values())
            .map(DiagnosticCase::code)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(covered).isEqualTo(compileTime);
  }

  @Test
  void goldenCases_filesOnDisk_matchTheEnum() throws IOException {
    Set<String> onDisk;
    try (Stream<Path> files = Files.list(DiagnosticCase.DIRECTORY)) {
      onDisk =
          files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> declared = new TreeSet<>();
    for (DiagnosticCase c : DiagnosticCase.values()) {
      declared.add(c.source().getFileName().toString());
      declared.add(c.expected().getFileName().toString());
      declared.add(c.expectedVi().getFileName().toString());
    }

    assertThat(onDisk).isEqualTo(declared);
  }
}
