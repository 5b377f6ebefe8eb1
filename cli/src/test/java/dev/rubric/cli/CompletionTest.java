package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.rubric.cli.Cli.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rubric generate-completion}: the bash and zsh completion script that picocli writes, and
 * what it completes when bash runs it.
 */
class CompletionTest {

  private static final Path BASH = Path.of("/bin/bash");

  @TempDir static Path dir;

  private static Path script;

  @BeforeAll
  static void writeScript() throws IOException {
    script = Files.writeString(dir.resolve("rubric.bash"), Cli.run("generate-completion").out());
  }

  /**
   * Returns what bash offers after {@code line} (which ends where the Tab is pressed), one per
   * line.
   */
  private static List<String> complete(String line) throws IOException, InterruptedException {
    assumeThat(Files.isExecutable(BASH)).as("bash is installed").isTrue();
    String[] words = line.split(" ", -1);
    String program =
        "source '"
            + script
            + "'\n"
            + "COMP_LINE='"
            + line
            + "'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=("
            + String.join(" ", List.of(words).stream().map(w -> "'" + w + "'").toList())
            + "); COMP_CWORD="
            + (words.length - 1)
            + "\n_complete_rubric 2>/dev/null\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Process bash =
        new ProcessBuilder(BASH.toString(), "-c", program).directory(dir.toFile()).start();
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).as("bash finished").isTrue();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return out.lines().filter(l -> !l.isEmpty()).sorted().toList();
  }

  @Test
  void generateCompletion_printsABashScriptForRubric() {
    // when
    Result r = Cli.run("generate-completion");
    // then
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith("#!/usr/bin/env bash\n")
        .contains("function _complete_rubric() {\n")
        .contains(
            "  local commands=\"demo check evaluate rank advise explain template diff compare"
                + " reconcile help\"\n")
        .contains(
            "  local FORMAT_option_args=(\"text\" \"json\" \"csv\" \"html\") # --format values\n")
        .contains("  local LANG_option_args=(\"vi\" \"en\") # --lang values\n")
        .contains("\ncomplete -F _complete_rubric -o default rubric rubric.sh rubric.bash\n");
  }

  @Test
  void completion_commandName_completesTheCommand() throws Exception {
    assertThat(complete("rubric ev")).containsExactly("evaluate");
    assertThat(complete("rubric "))
        .containsExactly(
            "advise",
            "check",
            "compare",
            "demo",
            "diff",
            "evaluate",
            "explain",
            "help",
            "rank",
            "reconcile",
            "template");
  }

  @Test
  void completion_optionValues_areTheChoices() throws Exception {
    assertThat(complete("rubric evaluate --format "))
        .containsExactly("csv", "html", "json", "sarif", "text");
    assertThat(complete("rubric rank --format ")).containsExactly("csv", "html", "json", "text");
    assertThat(complete("rubric reconcile --format "))
        .containsExactly("csv", "html", "json", "text");
    assertThat(complete("rubric check --format ")).containsExactly("sarif", "text");
    assertThat(complete("rubric demo --format ")).containsExactly("html", "json", "text");
    assertThat(complete("rubric rank --lang ")).containsExactly("en", "vi");
  }

  @Test
  void completion_options_ofTheCommand() throws Exception {
    assertThat(complete("rubric explain --c")).containsExactly("--catalog", "--criterion");
  }

  @Test
  void completion_fileOptions_completeFileNames() throws Exception {
    Files.writeString(dir.resolve("units.csv"), "");
    assertThat(complete("rubric rank --evidence uni")).containsExactly("units.csv");
  }
}
