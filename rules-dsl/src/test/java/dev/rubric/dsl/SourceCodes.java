package dev.rubric.dsl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The diagnostic and finding codes the main sources can emit: every string literal {@code "RBnnn"}
 * in {@code rules-dsl/src/main} and {@code core/src/main}. Paths are relative to the rules-dsl
 * module directory, the tests' working directory.
 */
final class SourceCodes {
  static final List<Path> MAIN_SOURCES = List.of(Path.of("src/main/java"), Path.of("../core/src/main/java"));

  private static final Pattern LITERAL = Pattern.compile("\"(RB\\d{3})\"");

  private SourceCodes() {}

  /** Returns the codes found, sorted. */
  static Set<String> emitted() {
    Set<String> codes = new TreeSet<>();
    for (Path root : MAIN_SOURCES) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
          Matcher m = LITERAL.matcher(Files.readString(file));
          while (m.find()) {
            codes.add(m.group(1));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return codes;
  }
}
