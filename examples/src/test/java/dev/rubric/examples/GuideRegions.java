package dev.rubric.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** The regions of an example's source that {@code docs/guide.md} shows verbatim. */
public final class GuideRegions {
  private GuideRegions() {}

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
