package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.diagnostic.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SampleCatalogTest {
  static final Path SAMPLE = Path.of("../examples/data/catalogs/cchc-xa-2022.rubric");
  static final Path CATALOGS = Path.of("../examples/data/catalogs");

  static Compilation compileSample() throws IOException {
    String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    return Rubric.standard().compile(SourceText.of("cchc-xa-2022.rubric", text));
  }

  @Test
  void compile_sampleCatalog_hasNoDiagnostics() throws IOException {
    Compilation c = compileSample();
    assertThat(c.render()).isEmpty();
    assertThat(c.hasErrors()).isFalse();
  }

  static List<Path> bundledCatalogs() throws IOException {
    try (Stream<Path> files = Files.list(CATALOGS)) {
      return files.filter(p -> p.toString().endsWith(".rubric")).sorted().toList();
    }
  }

  @Test
  void bundledCatalogs_includeThePARAndTheDTICatalogs() throws IOException {
    assertThat(bundledCatalogs())
        .extracting(p -> p.getFileName().toString())
        .contains("cchc-xa-2021.rubric", "cchc-xa-2022.rubric", "cds-xa-2022.rubric");
  }

  /** Every bundled catalog compiles without a warning, RB320 (0/0 guards) included. */
  @ParameterizedTest
  @MethodSource("bundledCatalogs")
  void compile_bundledCatalog_hasNoDiagnostics(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Compilation c = Rubric.standard().compile(SourceText.of(file.getFileName().toString(), text));
    assertThat(c.render()).isEmpty();
  }
}
