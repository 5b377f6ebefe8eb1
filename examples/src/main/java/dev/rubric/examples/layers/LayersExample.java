package dev.rubric.examples.layers;

import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.dsl.CatalogResolver;
import dev.rubric.dsl.Compilation;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Lineage;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The example of {@code docs/guide.md}, "Layered catalogs": compiles a catalog that extends others,
 * its bases read from a folder, and says which layer set a criterion's max. The regions between the
 * {@code guide:} marker comments appear in the guide verbatim; {@code LayersExampleTest} checks
 * that, and runs them on the bundled layers.
 */
public final class LayersExample {
  private LayersExample() {}

  /**
   * Compiles {@code catalog}, resolving the catalogs it extends from the {@code .rubric} files in
   * {@code bases}.
   *
   * @throws IOException if a file cannot be read
   */
  public static Compilation compile(Path catalog, Path bases) throws IOException {
    // guide:compile
    String text = Files.readString(catalog, StandardCharsets.UTF_8);
    Compilation compilation =
        Rubric.standard()
            .compile(SourceText.of(catalog.toString(), text), CatalogResolver.directory(bases));
    if (compilation.hasErrors()) {
      // each diagnostic is positioned in the text that caused it, perhaps a base
      System.err.print(compilation.render());
    }
    return compilation;
    // end guide:compile
  }

  /** Returns one line per layer that set the max of {@code code}, base first. */
  public static List<String> whoSetTheMax(CompiledCatalog compiled, String code) {
    // guide:lineage
    List<String> lines = new ArrayList<>();
    for (Lineage.Setting s : compiled.lineage().settings(code, "max")) {
      lines.add(
          "max "
              + s.value().orElse("?")
              + " set by "
              + s.layer().catalogId()
              + " "
              + s.layer().catalogVersion()
              + " at "
              + s.layer().file()
              + ":"
              + s.line());
    }
    return lines;
    // end guide:lineage
  }
}
