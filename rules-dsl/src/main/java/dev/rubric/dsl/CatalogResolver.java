package dev.rubric.dsl;

import dev.rubric.core.diagnostic.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Supplies the base catalogs a layered catalog extends: for a catalog id, the texts of every
 * version the host has. Rubric reads each text's {@code catalog "id" version "v"} header, keeps the
 * versions in the range the layer asks for and takes the highest; the name of each {@link
 * SourceText} is where it came from (a file path, a database key) and appears in diagnostics and
 * provenance. Implemented by callers; {@link #directory(Path)} is the default, a folder of {@code
 * .rubric} files. Implementations must be safe to call from several threads if the host compiles
 * concurrently.
 *
 * <pre>{@code
 * Compilation c =
 *     Rubric.standard()
 *         .compile(SourceText.of("bach-thong.rubric", text), CatalogResolver.directory(bases));
 * }</pre>
 */
@FunctionalInterface
public interface CatalogResolver {

  /**
   * Returns the texts that may hold versions of catalog {@code id}, in any order; texts whose
   * header names another id are ignored. An empty list means the host has no such catalog.
   */
  List<SourceText> candidates(String id);

  /** Returns a resolver that has no catalogs: every {@code extends} is RB701. */
  static CatalogResolver none() {
    return id -> List.of();
  }

  /**
   * Returns a resolver that reads every {@code *.rubric} file directly in {@code directory} (UTF-8,
   * in file-name order), each named by its path. A directory that does not exist has no catalogs.
   *
   * @throws UncheckedIOException from {@link #candidates} if the directory or a file in it cannot
   *     be read
   */
  static CatalogResolver directory(Path directory) {
    Objects.requireNonNull(directory, "directory");
    return id -> {
      Objects.requireNonNull(id, "id");
      if (!Files.isDirectory(directory)) {
        return List.of();
      }
      List<SourceText> out = new ArrayList<>();
      try (Stream<Path> files = Files.list(directory)) {
        for (Path p :
            files
                .filter(f -> f.getFileName().toString().endsWith(".rubric"))
                .filter(Files::isRegularFile)
                .sorted()
                .toList()) {
          out.add(SourceText.of(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bases in " + directory, e);
      }
      return out;
    };
  }
}
