package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every phrasebook of every module ({@code <name>_vi.txt} and {@code <name>_en.txt}, read by {@code
 * dev.rubric.core.message.Phrasebook}) is used exactly as written: each key appears as a string
 * literal in the Java sources of the phrasebook's package, and each literal that looks like one of
 * its keys is one. A key nothing says is dead text to translate; a literal that is no key fails
 * only when that message is made, which a test may not reach.
 */
class PhrasebooksTest {
  private static final Path ROOT = Path.of("..");

  private record Book(String name, Path resources, Path sources) {}

  private static List<Book> books() throws IOException {
    List<Book> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT, 12)) {
      for (Path p : files.filter(f -> f.toString().endsWith("_en.txt")).sorted().toList()) {
        String s = p.toString().replace('\\', '/');
        int at = s.indexOf("/src/main/resources/");
        if (at < 0 || s.endsWith("messages_en.txt")) {
          continue; // messages_*.txt is MessageKey's table, checked by MessageTableTest
        }
        String module = s.substring(0, at);
        String pkg = s.substring(at + "/src/main/resources/".length(), s.lastIndexOf('/'));
        String file = p.getFileName().toString();
        out.add(
            new Book(
                file.substring(0, file.length() - "_en.txt".length()),
                p.getParent(),
                Path.of(module, "src/main/java", pkg)));
      }
    }
    return out;
  }

  private static Map<String, String> keys(Path table) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
      int eq = line.indexOf(" = ");
      if (!line.isBlank() && !line.startsWith("#") && eq > 0) {
        out.put(line.substring(0, eq).strip(), line.substring(eq + 3));
      }
    }
    return out;
  }

  private static Set<String> literals(Path sources, String prefix) throws IOException {
    Pattern literal = Pattern.compile("\"(" + Pattern.quote(prefix) + "\\.[a-z0-9.-]+)\"");
    Set<String> out = new TreeSet<>();
    try (Stream<Path> files = Files.list(sources)) {
      for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
        Matcher m = literal.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }

  @Test
  void phrasebooks_exist() throws IOException {
    assertThat(books()).extracting(Book::name).contains("check");
  }

  @Test
  void everyPhrasebook_keys_areTheLiteralsOfItsPackage() throws IOException {
    for (Book b : books()) {
      Set<String> defined =
          new TreeSet<>(keys(b.resources().resolve(b.name() + "_en.txt")).keySet());
      Set<String> used = literals(b.sources(), b.name());

      assertThat(used)
          .as("keys said in %s but not in %s_en.txt", b.sources(), b.name())
          .isSubsetOf(defined);
      assertThat(defined)
          .as("keys of %s_en.txt that %s never says", b.name(), b.sources())
          .isSubsetOf(used);
    }
  }

  @Test
  void everyPhrasebook_vietnamese_hasEveryKeyInTheSameOrder() throws IOException {
    for (Book b : books()) {
      List<String> en = List.copyOf(keys(b.resources().resolve(b.name() + "_en.txt")).keySet());
      List<String> vi = List.copyOf(keys(b.resources().resolve(b.name() + "_vi.txt")).keySet());

      assertThat(vi).as("keys of %s_vi.txt", b.name()).isEqualTo(en);
    }
  }

  /** A Vietnamese table that still holds English words was copied, not translated. */
  @Test
  void everyPhrasebook_vietnamese_differsFromTheEnglish() throws IOException {
    for (Book b : books()) {
      Map<String, String> en = keys(b.resources().resolve(b.name() + "_en.txt"));
      Map<String, String> vi = keys(b.resources().resolve(b.name() + "_vi.txt"));
      List<String> same = new ArrayList<>();
      en.forEach(
          (k, t) -> {
            if (t.equals(vi.get(k)) && t.replaceAll("\\{[^{}]*\\}", "").matches(".*[a-z]{3,}.*")) {
              same.add(k + " = " + t);
            }
          });

      assertThat(same).as("untranslated keys of %s_vi.txt", b.name()).isEmpty();
    }
  }
}
