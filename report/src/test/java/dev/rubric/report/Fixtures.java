package dev.rubric.report;

import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The test fixtures in {@code src/test/resources/fixtures}. */
final class Fixtures {
  private Fixtures() {}

  /** Returns the path of the fixture {@code name}, relative to the module directory. */
  static Path path(String name) {
    return Path.of("src/test/resources/fixtures", name);
  }

  /** Returns the content of the fixture {@code name}. */
  static String read(String name) {
    try {
      return Files.readString(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the catalog {@code tiny.rubric}, compiled; fails on errors. */
  static CompiledCatalog tinyCatalog() {
    return Rubric.standard()
        .compile(SourceText.of("tiny.rubric", read("tiny.rubric")))
        .orElseThrow();
  }
}
