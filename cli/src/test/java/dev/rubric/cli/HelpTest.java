package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cli.Cli.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The help of every command in both languages, pinned in {@code src/test/resources/help/} with the
 * version written {@code VERSION}. Regenerate with {@code -Drubric.golden.update=true} and read the
 * diff.
 */
class HelpTest {

  private static final Path GOLDEN = Path.of("src/test/resources/help");

  private static final List<String> COMMANDS =
      List.of(
          "demo",
          "check",
          "evaluate",
          "rank",
          "advise",
          "explain",
          "template",
          "diff",
          "compare",
          "reconcile",
          "help",
          "generate-completion");

  static Stream<Arguments> helps() {
    List<Arguments> cases = new ArrayList<>();
    for (String lang : List.of("vi", "en")) {
      cases.add(Arguments.of("rubric." + lang + ".txt", new String[] {"--help", "--lang", lang}));
      for (String command : COMMANDS) {
        cases.add(
            Arguments.of(
                command + "." + lang + ".txt", new String[] {command, "--help", "--lang", lang}));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("helps")
  void help_everyCommandAndLanguage_isAsPinned(String golden, String[] args) throws IOException {
    // when
    Result r = Cli.run(args);
    String help = r.out().replace(Version.number(), "VERSION");
    // then
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    Path file = GOLDEN.resolve(golden);
    if (Boolean.getBoolean("rubric.golden.update")) {
      Files.writeString(file, help, StandardCharsets.UTF_8);
    }
    assertThat(help).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(help.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(100));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"demo", "check", "evaluate", "rank", "advise", "explain", "diff", "compare"})
  void help_helpCommandAndHelpOption_printTheSame(String command) {
    assertThat(Cli.run("help", command).out()).isEqualTo(Cli.run(command, "--help").out());
    assertThat(Cli.run(command, "-h", "--lang=en").out())
        .isEqualTo(Cli.run("help", command, "--lang", "en").out());
  }

  @Test
  void help_withoutCommand_isTheOverview() {
    assertThat(Cli.run("help").out()).isEqualTo(Cli.run("--help").out());
  }

  @Test
  void help_overview_namesTheVersion() {
    assertThat(Cli.run("--help").out())
        .startsWith("Rubric " + Version.number() + ": đánh giá đơn vị hành chính");
    assertThat(Cli.run("--version").out()).isEqualTo("rubric " + Version.number() + "\n");
  }

  @Test
  void help_overview_hidesGenerateCompletionFromTheCommandListButMentionsIt() {
    assertThat(Cli.run("--help", "--lang", "en").out())
        .doesNotContain("  generate-completion")
        .contains("Tab completion in bash, zsh: source <(rubric generate-completion)\n");
  }

  @Test
  void version_ofEveryCommandButHelp_isTheProjectVersion() {
    for (String command : COMMANDS.subList(0, COMMANDS.size() - 2)) {
      Result r = Cli.run(command, "--version");
      assertThat(r.status()).as(command).isZero();
      assertThat(r.out()).as(command).isEqualTo("rubric " + Version.number() + "\n");
    }
    assertThat(Cli.run("generate-completion", "-V").out())
        .isEqualTo("rubric " + Version.number() + "\n");
  }
}
