package dev.rubric.cohort.compare;

import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The hand-computed fixture in {@code src/test/resources/fixtures/compare}. */
final class Mini {
  private Mini() {}

  static final Path DIR = Path.of("src/test/resources/fixtures/compare");

  static String read(String name) {
    try {
      return Files.readString(DIR.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CompiledCatalog catalog(String name) {
    return Rubric.standard().compile(SourceText.of(name, read(name))).orElseThrow();
  }

  static Edition edition(String catalog, String evidence) {
    CompiledCatalog c = catalog(catalog);
    return Edition.of(
        c.catalog(),
        c.evaluateAll(EvidenceLoader.load(DIR.resolve(evidence), evidence, c.catalog())));
  }

  static CodeMapping mapping() {
    return CodeMapping.read("mini.mapping.json", read("mini.mapping.json"));
  }

  static Succession succession() {
    return Succession.read("mini.succession.json", read("mini.succession.json"));
  }

  static History history() {
    return History.of(
        List.of(
            edition("mini-1.rubric", "mini-2021.csv"), edition("mini-2.rubric", "mini-2022.csv")),
        List.of(mapping()),
        succession());
  }
}
