package dev.rubric.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@code docs/guide.md} shows of an example: regions of its source and its output. */
public final class GuideRegions {
  /** The guide, from the examples module's directory. */
  public static final Path GUIDE = Path.of("..", "docs", "guide.md");

  private GuideRegions() {}

  /**
   * Asserts that the guide shows each of {@code regions} of the example {@code source} as a java
   * block, without its indentation.
   */
  public static void assertGuideShows(Path source, String... regions) throws IOException {
    String code = Files.readString(source, StandardCharsets.UTF_8);
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    for (String region : regions) {
      String shown = region(code, region);
      assertThat(shown.lines().count()).as("lines of region '%s'", region).isGreaterThan(5);
      assertThat(guide)
          .as("docs/guide.md shows region '%s'", region)
          .contains("```java\n" + shown + "```\n");
    }
  }

  /** Returns the text of the guide's {@code ```text} block that starts with {@code start}. */
  public static String textBlock(String start) throws IOException {
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    int at = guide.indexOf("```text\n" + start);
    assertThat(at).as("a text block of docs/guide.md starting with '%s'", start).isNotNegative();
    return guide.substring(at + "```text\n".length(), guide.indexOf("```", at + 3));
  }

  /**
   * The lines between {@code // guide:NAME} and {@code // end guide:NAME}, de-indented, without
   * trailing blank lines.
   */
  public static String region(String source, String name) {
    List<String> lines = source.lines().toList();
    int start = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals("// guide:" + name)) {
        start = i + 1;
      } else if (line.equals("// end guide:" + name)) {
        end = i;
      }
    }
    assertThat(start).as("marker '// guide:%s'", name).isPositive();
    assertThat(end).as("marker '// end guide:%s'", name).isGreaterThanOrEqualTo(start);
    List<String> body = lines.subList(start, end);
    // google-java-format leaves a blank line after the imports: no block of the guide ends so
    while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
      body = body.subList(0, body.size() - 1);
    }
    int indent =
        body.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    List<String> out = new ArrayList<>();
    for (String l : body) {
      out.add(l.isBlank() ? "" : l.substring(indent));
    }
    return String.join("\n", out) + "\n";
  }
}
