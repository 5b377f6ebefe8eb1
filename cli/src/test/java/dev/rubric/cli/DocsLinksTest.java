package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No doc cites a file the repository does not contain: every relative link of README.md and
 * docs/*.md, and every repository path they quote in backticks (such as {@code
 * examples/data/catalogs/cchc-xa-2022.rubric}, from the root or from the doc's folder), names a
 * file or folder of the work tree. Paths under a {@code target/} folder are built, not kept, and
 * are left out.
 */
class DocsLinksTest {

  private static final Path ROOT = Path.of("..");

  /** A Markdown link or image: {@code [text](target)}. */
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  /** A path in backticks that starts with a top-level folder of the repository. */
  private static final Pattern CITED =
      Pattern.compile(
          "`((?:bom|core|rules-dsl|cohort|report|cli|xlsx|testkit|spark|examples|benchmarks|fuzz"
              + "|docs|\\.ci)/[A-Za-z0-9_./-]+)`");

  private static List<Path> docs() throws IOException {
    List<Path> docs = new ArrayList<>();
    docs.add(ROOT.resolve("README.md"));
    try (Stream<Path> s = Files.list(ROOT.resolve("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  @Test
  void docs_relativeLinks_nameFilesThatExist() throws IOException {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Path doc : docs()) {
      Matcher m = LINK.matcher(Files.readString(doc, StandardCharsets.UTF_8));
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("^[a-z]+:.*") || target.startsWith("#")) {
          continue;
        }
        String file = target.replaceFirst("#.*$", "");
        checked++;
        if (!Files.exists(doc.getParent().resolve(file))) {
          missing.add(ROOT.relativize(doc) + ": " + target);
        }
      }
    }
    assertThat(checked).as("relative links checked").isGreaterThan(20);
    assertThat(missing).as("links to files that do not exist").isEmpty();
  }

  @Test
  void docs_citedRepositoryPaths_exist() throws IOException {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Path doc : docs()) {
      Matcher m = CITED.matcher(Files.readString(doc, StandardCharsets.UTF_8));
      while (m.find()) {
        String path = m.group(1);
        if (path.contains("/target/") || path.endsWith("/target")) {
          continue;
        }
        checked++;
        // a link's label may quote the link, relative to the doc:
        // [`examples/x.json`](examples/x.json)
        if (!Files.exists(ROOT.resolve(path)) && !Files.exists(doc.getParent().resolve(path))) {
          missing.add(ROOT.relativize(doc) + ": " + path);
        }
      }
    }
    assertThat(checked).as("cited paths checked").isGreaterThan(5);
    assertThat(missing).as("cited paths that do not exist").isEmpty();
  }
}
