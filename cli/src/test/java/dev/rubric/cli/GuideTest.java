package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.dsl.Compilation;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/guide.md} and the images of the docs: the guide's catalog compiles, its spreadsheet
 * ranks as the guide shows, and every image the docs show exists. ({@code EmbeddingExampleTest}
 * checks the guide's Java and what it prints.)
 */
class GuideTest {

  private static final Path DOCS = Path.of("..", "docs");
  private static final Pattern FENCE =
      Pattern.compile("^```(\\w+)\\n(.*?)^```$", Pattern.MULTILINE | Pattern.DOTALL);
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+)\\)");

  /** A fenced block of the guide: its language and its text, with the final newline. */
  record Block(String language, String text) {}

  static List<Block> blocks(String markdown) {
    List<Block> blocks = new ArrayList<>();
    Matcher m = FENCE.matcher(markdown);
    while (m.find()) {
      blocks.add(new Block(m.group(1), m.group(2)));
    }
    return blocks;
  }

  private static String guide() throws IOException {
    return Files.readString(DOCS.resolve("guide.md"), StandardCharsets.UTF_8);
  }

  private static Block only(String language) throws IOException {
    List<Block> found =
        blocks(guide()).stream().filter(b -> b.language().equals(language)).toList();
    assertThat(found).as("```%s blocks of the guide", language).hasSize(1);
    return found.get(0);
  }

  private static Block textStartingWith(String start) throws IOException {
    return blocks(guide()).stream()
        .filter(b -> b.language().equals("text") && b.text().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no ```text block starting with " + start));
  }

  @Test
  void guide_catalog_compilesWithoutAnyDiagnostic() throws IOException {
    // when
    Compilation c =
        Rubric.standard().compile(SourceText.of("cchc-mini.rubric", only("rubric").text()));
    // then
    assertThat(c.diagnostics()).as(c.render()).isEmpty();
  }

  @Test
  void guide_spreadsheet_ranksAsTheGuideShows(@TempDir Path dir) throws IOException {
    // given
    Path catalog = Files.writeString(dir.resolve("cchc-mini.rubric"), only("rubric").text());
    Path units = Files.writeString(dir.resolve("units.csv"), only("csv").text());
    // when
    String c = catalog.toString();
    String u = units.toString();
    Cli.Result r = Cli.run("rank", "--catalog", c, "--evidence", u, "--lang", "en");
    // then
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith(textStartingWith("RANKING").text());
  }

  @Test
  void docs_images_exist() throws IOException {
    for (Map.Entry<String, Integer> shown :
        Map.of("guide.md", 3, "cli.md", 6, "formats.md", 1).entrySet()) {
      String page = shown.getKey();
      Matcher m = IMAGE.matcher(Files.readString(DOCS.resolve(page), StandardCharsets.UTF_8));
      int images = 0;
      while (m.find()) {
        images++;
        assertThat(DOCS.resolve(m.group(1))).as("image of %s", page).isRegularFile();
      }
      assertThat(images).as("images shown in %s", page).isEqualTo(shown.getValue());
    }
  }
}
