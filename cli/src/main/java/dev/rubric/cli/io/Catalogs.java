package dev.rubric.cli.io;

import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.io.InvalidInputException;
import dev.rubric.core.io.TextFiles;
import dev.rubric.dsl.CatalogResolver;
import dev.rubric.dsl.Compilation;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Compiles {@code .rubric} catalog files with {@link Rubric#standard()}, resolving the bases of
 * layered catalogs from a folder of bases.
 */
public final class Catalogs {
  private Catalogs() {}

  /**
   * Returns the compilation of the catalog at {@code path}; diagnostics name the file {@code name}.
   * Bases of a catalog that {@code extends} another are read from the catalog's own folder.
   *
   * @throws InvalidInputException if the file is missing, unreadable or not UTF-8
   */
  public static Compilation compile(Path path, String name) {
    return compile(path, name, Optional.empty());
  }

  /**
   * Returns the compilation of the catalog at {@code path}, resolving the bases it extends from the
   * {@code .rubric} files directly in {@code bases} (by default the catalog's own folder); each
   * base is named by its path as {@code bases} was given.
   *
   * @throws InvalidInputException if the file, the folder of bases or a file in it is missing,
   *     unreadable or not UTF-8
   */
  public static Compilation compile(Path path, String name, Optional<Path> bases) {
    String text = TextFiles.read(path, name);
    Path folder = bases.orElseGet(() -> Optional.ofNullable(path.getParent()).orElse(Path.of("")));
    if (bases.isPresent() && !Files.isDirectory(folder)) {
      throw ErrorWords.input("input.noBases", folder);
    }
    return Rubric.standard().compile(SourceText.of(name, text), resolver(folder));
  }

  /** Reads the {@code .rubric} files of {@code folder}, in file-name order. */
  private static CatalogResolver resolver(Path folder) {
    return id -> {
      if (!Files.isDirectory(folder)) {
        return List.of();
      }
      List<Path> files;
      try (Stream<Path> s = Files.list(folder)) {
        files =
            s.filter(p -> p.getFileName().toString().endsWith(".rubric"))
                .filter(Files::isRegularFile)
                .sorted()
                .toList();
      } catch (IOException e) {
        throw ErrorWords.input("input.listBases", folder, e);
      }
      List<SourceText> out = new ArrayList<>();
      for (Path p : files) {
        String shown = folder.toString().isEmpty() ? p.getFileName().toString() : p.toString();
        out.add(SourceText.of(shown, TextFiles.read(p, shown)));
      }
      return out;
    };
  }
}
