package dev.rubric.cli.io;

import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.core.io.InvalidInputException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ProviderNotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The sample data bundled with the application: the catalog {@code
 * data/catalogs/cchc-xa-2022.rubric} and the evidence under {@code data/evidence/}. The data is
 * read from the classpath, where the build copies {@code examples/data} (inside {@code rubric.jar}
 * through a zip file system), or else from {@code examples/data} or {@code data} below the working
 * directory.
 */
public final class BundledData {

  /** The bundled catalog, relative to the data directory. */
  public static final String CATALOG = "catalogs/cchc-xa-2022.rubric";

  /** The bundled evidence directory, relative to the data directory. */
  public static final String EVIDENCE = "evidence";

  private static @Nullable Path root;

  private BundledData() {}

  /**
   * Returns the data directory.
   *
   * @throws InvalidInputException if the bundled data can be found neither on the classpath nor in
   *     the working directory
   */
  public static synchronized Path root() {
    if (root == null) {
      root = locate();
    }
    return root;
  }

  /** Returns the bundled catalog file. */
  public static Path catalog() {
    return root().resolve(CATALOG);
  }

  /**
   * Returns how {@code file}, a path below {@link #root()}, is named in messages, e.g. {@code
   * data/catalogs/…}.
   */
  public static String name(Path file) {
    return "data/" + root().relativize(file).toString().replace('\\', '/');
  }

  /**
   * Returns the bundled JSON evidence files whose unit is named {@code unitName}, with every other
   * JSON evidence file of the same directory (its cohort), the unit's file first.
   *
   * @throws InvalidInputException if no bundled evidence file names the unit, or one is malformed
   */
  public static List<EvidenceFile> cohortOf(String unitName) {
    Path evidence = root().resolve(EVIDENCE);
    List<Path> files;
    try (Stream<Path> s = Files.walk(evidence)) {
      files =
          s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw ErrorWords.input(
          "input.bundledEvidence", name(evidence), String.valueOf(e.getMessage()));
    }
    for (Path p : files) {
      EvidenceFile file = EvidenceLoader.readJson(p, name(p));
      if (file.unit().name().equals(unitName)) {
        Stream<EvidenceFile> others =
            files.stream()
                .filter(o -> !o.equals(p) && Objects.equals(o.getParent(), p.getParent()))
                .map(o -> EvidenceLoader.readJson(o, name(o)));
        return Stream.concat(Stream.of(file), others).toList();
      }
    }
    throw ErrorWords.input("input.bundledUnit", unitName, name(evidence));
  }

  private static Path locate() {
    URL url = BundledData.class.getResource("/data/" + CATALOG);
    if (url != null) {
      Optional<Path> p = toPath(url).map(Path::getParent).map(Path::getParent);
      if (p.isPresent()) {
        return p.get();
      }
    }
    for (String candidate : List.of("examples/data", "data")) {
      Path p = Path.of(candidate);
      if (Files.isRegularFile(p.resolve(CATALOG))) {
        return p;
      }
    }
    throw ErrorWords.input("input.bundledData", CATALOG);
  }

  private static Optional<Path> toPath(URL url) {
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          // opened before, e.g. by an earlier run in the same JVM
        }
      }
      return Optional.of(Path.of(uri));
    } catch (URISyntaxException
        | IOException
        | IllegalArgumentException
        | FileSystemNotFoundException
        | ProviderNotFoundException e) {
      return Optional.empty();
    }
  }
}
