package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cli.Cli.Result;
import dev.rubric.cli.GuideTest.Block;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/cli.md} shows what the CLI does: its examples run, and its samples of help and of a
 * usage error are the real output (the version aside).
 */
class CliDocsTest {

  private static final String JAR = "java -jar cli/target/rubric.jar ";

  private static List<Block> blocks() throws IOException {
    return GuideTest.blocks(
        Files.readString(Path.of("..", "docs", "cli.md"), StandardCharsets.UTF_8));
  }

  private static String block(String start) throws IOException {
    return blocks().stream()
        .map(Block::text)
        .filter(t -> t.startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("docs/cli.md has no block starting with " + start));
  }

  private static String withoutVersion(String help) {
    return help.replaceFirst("^Rubric \\S+:", "Rubric VERSION:");
  }

  @Test
  void cliDocs_examples_run(@TempDir Path dir) throws IOException {
    // given: the command lines of the examples, continuation lines joined
    String[] lines = block(JAR + "check").replace("\\\n", " ").split("\n");
    // when / then
    assertThat(lines).hasSizeGreaterThanOrEqualTo(5);
    for (String line : lines) {
      assertThat(line).startsWith(JAR);
      List<String> args = new ArrayList<>();
      String previous = "";
      for (String arg : line.substring(JAR.length()).trim().split("\\s+", -1)) {
        if (previous.equals("--out")) {
          args.add(dir.resolve(arg).toString());
        } else {
          args.add(arg.startsWith("examples/") ? "../" + arg : arg);
        }
        previous = arg;
      }
      Result r = Cli.run(args.toArray(String[]::new));
      assertThat(r.err()).as(line).isEmpty();
      assertThat(r.status()).as(line).isZero();
    }
  }

  @Test
  void cliDocs_overview_isTheHelpInEnglish() throws IOException {
    assertThat(withoutVersion(block("Rubric ")))
        .isEqualTo(withoutVersion(Cli.run("--help", "--lang", "en").out()));
  }

  @Test
  void cliDocs_helpOfRank_isTheHelpInVietnamese() throws IOException {
    assertThat(block("Cách dùng: rubric rank")).isEqualTo(Cli.run("help", "rank").out());
  }

  @Test
  void cliDocs_usageError_isWhatTheCommandPrints() throws IOException {
    Result r =
        Cli.run(
            "rank",
            "--catalog",
            Cli.CATALOG,
            "--evidence",
            Cli.EVIDENCE_CSV,
            "--frmat",
            "json",
            "--lang",
            "en");
    assertThat(r.status()).isEqualTo(2);
    assertThat(block("error: unknown option")).isEqualTo(r.err());
  }
}
