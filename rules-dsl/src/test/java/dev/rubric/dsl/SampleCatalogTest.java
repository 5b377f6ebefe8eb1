package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.diagnostic.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SampleCatalogTest {
  static final Path SAMPLE = Path.of("../examples/data/catalogs/cchc-xa-2022.rubric");

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
}
