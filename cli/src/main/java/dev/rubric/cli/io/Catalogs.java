package dev.rubric.cli.io;

import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.io.InvalidInputException;
import dev.rubric.core.io.TextFiles;
import dev.rubric.dsl.Compilation;
import dev.rubric.dsl.Rubric;
import java.nio.file.Path;

/** Compiles {@code .rubric} catalog files with {@link Rubric#standard()}. */
public final class Catalogs {
  private Catalogs() {}

  /**
   * Returns the compilation of the catalog at {@code path}; diagnostics name the file {@code name}.
   *
   * @throws InvalidInputException if the file is missing, unreadable or not UTF-8
   */
  public static Compilation compile(Path path, String name) {
    return Rubric.standard().compile(SourceText.of(name, TextFiles.read(path, name)));
  }
}
