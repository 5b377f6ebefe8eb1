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

/**
 * Every catalog the repository ships compiles with no diagnostic at all, warnings (RB320's 0/0
 * guards among them) included: the catalogs of examples/data (which the CLI bundles and the
 * testkit's {@code SampleData} ships), their layers (compiled over the bases beside them) and the
 * Spark job's catalogs in spark/data. The catalogs are found by walking the repository, so a
 * catalog added anywhere outside a test folder is checked too. The catalogs of the docs are
 * compiled by {@link DslDocTest}, which fails on a warning unless the example is marked as showing
 * one.
 */
class BundledCatalogsTest {

  private static final Path ROOT = Path.of("..");

  /** Every {@code .rubric} file of the repository outside build output and test folders. */
  static List<Path> bundledCatalogs() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".rubric"))
          .filter(p -> Files.isRegularFile(p))
          .filter(
              p -> {
                String s = ROOT.relativize(p).toString().replace('\\', '/');
                return !s.startsWith(".")
                    && !s.contains("/target/")
                    && !s.contains("/src/test/")
                    && !s.contains("node_modules/");
              })
          .map(p -> ROOT.relativize(p))
          .sorted()
          .toList();
    }
  }

  @Test
  void bundledCatalogs_areFoundWhereverTheRepositoryKeepsThem() throws IOException {
    assertThat(bundledCatalogs())
        .extracting(p -> p.toString().replace('\\', '/'))
        .contains(
            "examples/data/catalogs/cchc-xa-2021.rubric",
            "examples/data/catalogs/cchc-xa-2022.rubric",
            "examples/data/catalogs/cds-xa-2022.rubric",
            "examples/data/catalogs/layers/cchc-xa-khung-2022.rubric",
            "examples/data/catalogs/layers/cchc-xa-bach-thong-2022.rubric",
            "spark/data/national.rubric",
            "spark/data/national-relative.rubric");
  }

  @Test
  void testkitSampleData_isTheExamplesCatalog() throws IOException {
    // SampleData ships examples/data/catalogs as copied by testkit/pom.xml, not a catalog of its
    // own: the catalogs compiled here are the ones it ships
    assertThat(Files.readString(ROOT.resolve("testkit/pom.xml"), StandardCharsets.UTF_8))
        .contains("<directory>${project.basedir}/../examples/data/catalogs</directory>");
  }

  @ParameterizedTest
  @MethodSource("bundledCatalogs")
  void compile_bundledCatalog_hasNoDiagnostics(Path file) throws IOException {
    Path path = ROOT.resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    Compilation c =
        Rubric.standard()
            .compile(
                SourceText.of(file.toString().replace('\\', '/'), text),
                CatalogResolver.directory(path.getParent()));
    assertThat(c.diagnostics()).as(c.render()).isEmpty();
  }
}
