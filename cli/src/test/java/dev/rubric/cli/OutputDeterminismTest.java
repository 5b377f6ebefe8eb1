package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every output format of every command gives the same bytes on the same input: twice in one JVM,
 * and in two more JVMs, one of which gives every object the same identity hash code (so that an
 * order taken from identity hashes, or from anything else that differs between runs, would show).
 */
class OutputDeterminismTest {

  /** Every command and format, in both languages where the language matters. */
  static Map<String, String[]> cases() {
    Map<String, String[]> cases = new LinkedHashMap<>();
    for (String lang : List.of("vi", "en")) {
      for (String format : List.of("text", "sarif")) {
        cases.put(
            "check " + format + " " + lang,
            new String[] {
              "check", "--format", format, "--lang", lang, Cli.CATALOG, Cli.fixture("warn.rubric")
            });
      }
      for (String format : List.of("text", "json", "csv", "html", "sarif")) {
        cases.put(
            "evaluate " + format + " " + lang,
            new String[] {
              "evaluate",
              "--catalog",
              Cli.CATALOG,
              "--evidence",
              Cli.EVIDENCE_CSV,
              "--unit",
              "01969",
              "--format",
              format,
              "--lang",
              lang
            });
      }
      for (String format : List.of("text", "json", "csv", "html")) {
        cases.put(
            "rank " + format + " " + lang,
            new String[] {
              "rank",
              "--catalog",
              Cli.CATALOG,
              "--evidence",
              Cli.EVIDENCE_DIR,
              "--format",
              format,
              "--lang",
              lang
            });
      }
      cases.put(
          "explain text " + lang,
          new String[] {
            "explain",
            "--catalog",
            Cli.CATALOG,
            "--evidence",
            Cli.PHU_THONG,
            "--criterion",
            "1",
            "--lang",
            lang
          });
      for (String format : List.of("text", "json", "html")) {
        cases.put(
            "demo " + format + " " + lang,
            new String[] {"demo", "--format", format, "--lang", lang});
      }
    }
    return cases;
  }

  static Stream<Arguments> arguments() {
    return cases().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("arguments")
  void output_twice_isByteIdentical(String name, String[] args) {
    // when
    Cli.Result first = Cli.run(args);
    Cli.Result second = Cli.run(args);
    // then
    assertThat(first.err()).as(name).isEmpty();
    assertThat(first.status()).as(name).isZero();
    assertThat(first.out()).as(name).isNotEmpty();
    assertThat(second.out().getBytes(StandardCharsets.UTF_8))
        .as(name)
        .isEqualTo(first.out().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void output_inOtherJvms_isByteIdentical() throws IOException, InterruptedException {
    // given: the digests of this JVM's outputs
    List<String> here = digests();
    // when
    List<String> plain = child();
    List<String> sameHashes = child("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2");
    // then
    assertThat(plain).isEqualTo(here);
    assertThat(sameHashes).isEqualTo(here);
  }

  /** Returns one line per case: its name and the SHA-256 of what it printed. */
  static List<String> digests() {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, String[]> c : cases().entrySet()) {
      lines.add(c.getKey() + " " + sha256(Cli.run(c.getValue()).out()));
    }
    return lines;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> child(String... jvmOptions) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Child.class.getName()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("child JVM finished").isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out.lines().toList();
  }

  /** The child JVM: prints the digests. */
  static final class Child {
    private Child() {}

    public static void main(String[] args) {
      digests().forEach(System.out::println);
    }
  }
}
