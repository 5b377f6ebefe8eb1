package dev.rubric.examples.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.examples.GuideRegions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide's minimal host project builds: the {@code pom.xml} and the {@code CheckCatalog} class
 * of docs/guide.md's "Maven coordinates", written to a folder as the guide shows them, pass {@code
 * mvn -o -q package} with the machine's Maven.
 *
 * <p>Rubric's artifacts come from this build, not from {@code ~/.m2}: the test lays out a local
 * repository of its own in a temporary folder, with the parent and BOM poms and jars of {@code
 * rubric-core} and {@code rubric-rules-dsl} packed from their {@code target/classes}; every other
 * group of that repository is a symbolic link to the user's, which holds the plugins and
 * third-party libraries the outer build already resolved. Nothing is written under {@code
 * dev/rubric} of the user's repository.
 */
class HostPomTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void guideHostProject_buildsWithMavenAgainstThisBuildsArtifacts(@TempDir Path dir)
      throws IOException, InterruptedException {
    String guide = Files.readString(GuideRegions.GUIDE, StandardCharsets.UTF_8);
    String pom = block(guide, "```xml\n<?xml");
    String java = block(guide, "```java\npackage org.example;");
    String version = version();
    assertThat(pom).contains("<version>" + version + "</version>");

    Path project = Files.createDirectories(dir.resolve("host"));
    Files.writeString(project.resolve("pom.xml"), pom, StandardCharsets.UTF_8);
    Path source = project.resolve("src/main/java/org/example/CheckCatalog.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, java, StandardCharsets.UTF_8);
    Path repo = repository(dir.resolve("repo"), version);

    Process mvn =
        new ProcessBuilder("mvn", "-B", "-ntp", "-o", "-q", "-Dmaven.repo.local=" + repo, "package")
            .directory(project.toFile())
            .redirectErrorStream(true)
            .start();
    assertThat(mvn.waitFor(300, TimeUnit.SECONDS)).as("mvn finished").isTrue();
    String log = new String(mvn.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(mvn.exitValue()).as("mvn package of the guide's host project:\n%s", log).isZero();
    assertThat(project.resolve("target/classes/org/example/CheckCatalog.class")).exists();
    assertThat(project.resolve("target/rubric-host-1.0.0.jar")).exists();
    assertThat(dir.resolve("repo/dev/rubric")).isDirectory();
  }

  /** Returns the code block of {@code guide} that starts with {@code start}, without fences. */
  private static String block(String guide, String start) {
    int at = guide.indexOf(start);
    assertThat(at).as("a block of docs/guide.md starting with %s", start).isNotNegative();
    int from = guide.indexOf('\n', at) + 1;
    return guide.substring(from, guide.indexOf("```\n", from));
  }

  /** Returns the project's version, from the root pom's own {@code <version>}. */
  private static String version() throws IOException {
    String root = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile("<artifactId>rubric-parent</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(root);
    assertThat(m.find()).as("the root pom's version").isTrue();
    return m.group(1);
  }

  /**
   * Lays out the local repository at {@code repo}: Rubric's parent, BOM, core and rules-dsl of this
   * work tree, and links to every other group of the user's local repository.
   */
  private static Path repository(Path repo, String version) throws IOException {
    Path user = userRepository();
    Files.createDirectories(repo.resolve("dev"));
    for (Path top : list(user)) {
      if (!top.getFileName().toString().equals("dev")) {
        Files.createSymbolicLink(repo.resolve(top.getFileName().toString()), top);
      }
    }
    if (Files.isDirectory(user.resolve("dev"))) {
      for (Path group : list(user.resolve("dev"))) {
        if (!group.getFileName().toString().equals("rubric")) {
          Files.createSymbolicLink(
              repo.resolve("dev").resolve(group.getFileName().toString()), group);
        }
      }
    }
    install(repo, "rubric-parent", version, ROOT.resolve("pom.xml"), null);
    install(repo, "rubric-bom", version, ROOT.resolve("bom/pom.xml"), null);
    install(repo, "rubric-core", version, ROOT.resolve("core/pom.xml"), ROOT.resolve("core"));
    install(
        repo,
        "rubric-rules-dsl",
        version,
        ROOT.resolve("rules-dsl/pom.xml"),
        ROOT.resolve("rules-dsl"));
    return repo.toAbsolutePath();
  }

  private static Path userRepository() {
    String configured = System.getProperty("maven.repo.local");
    Path user =
        configured != null && !configured.isBlank()
            ? Path.of(configured)
            : Path.of(System.getProperty("user.home"), ".m2", "repository");
    assertThat(user).as("the local Maven repository of the outer build").isDirectory();
    return user;
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.sorted().toList();
    }
  }

  /** Installs {@code pom} and, for a {@code module}, a jar of its {@code target/classes}. */
  private static void install(
      Path repo,
      String artifact,
      String version,
      Path pom,
      @org.jspecify.annotations.Nullable Path module)
      throws IOException {
    Path folder = Files.createDirectories(repo.resolve("dev/rubric/" + artifact + "/" + version));
    Files.copy(pom, folder.resolve(artifact + "-" + version + ".pom"));
    if (module != null) {
      Path classes = module.resolve("target/classes");
      assertThat(classes).as("compiled classes of %s", module).isDirectory();
      try (OutputStream out =
              Files.newOutputStream(folder.resolve(artifact + "-" + version + ".jar"));
          JarOutputStream jar = new JarOutputStream(out);
          Stream<Path> files = Files.walk(classes)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          jar.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
          Files.copy(f, jar);
          jar.closeEntry();
        }
      }
    }
  }
}
