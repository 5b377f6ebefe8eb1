package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cli.Cli.Result;
import dev.rubric.core.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code --csv-dialect} with a format other than CSV is a usage error, in the run's language, for
 * every command that has both {@code --format} and {@code --csv-dialect}: the commands are found in
 * the application's own command tree, so a command that gains the two options later is checked too.
 */
class CsvDialectFormatTest {

  /** The commands with both options, sorted by name, each with its default format. */
  private static Map<String, String> commandsWithBoth() {
    CommandLine root =
        Application.create(
            Language.EN,
            false,
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()));
    Map<String, String> found = new TreeMap<>();
    for (CommandLine sub : root.getSubcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      OptionSpec format = spec.findOption("--format");
      if (format != null && spec.findOption("--csv-dialect") != null) {
        Object value = format.getValue();
        found.put(spec.name(), String.valueOf(value));
      }
    }
    return found;
  }

  /**
   * Returns a command line of {@code command} that picocli parses: its required options and
   * positional parameters with placeholder values (the usage error comes before any is read).
   */
  private static List<String> line(String command) {
    CommandLine root =
        Application.create(
            Language.EN,
            false,
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()));
    CommandSpec spec = root.getSubcommands().get(command).getCommandSpec();
    List<String> args = new ArrayList<>(List.of(command));
    for (OptionSpec o : spec.options()) {
      if (o.required()) {
        args.add(o.longestName());
        args.add("x.rubric");
      }
    }
    for (PositionalParamSpec p : spec.positionalParameters()) {
      for (int i = 0; i < p.arity().min(); i++) {
        args.add("x.rubric");
      }
    }
    return args;
  }

  @Test
  void commandsWithBoth_areTheSixThatWriteCsv() {
    assertThat(commandsWithBoth().keySet())
        .containsExactly("advise", "compare", "diff", "evaluate", "rank", "reconcile");
  }

  @Test
  void csvDialect_withTheDefaultFormat_isAUsageErrorInVietnameseAndEnglish() {
    commandsWithBoth()
        .forEach(
            (command, defaultFormat) -> {
              List<String> args = line(command);
              args.addAll(List.of("--csv-dialect", "vi"));
              Result vi = Cli.run(args.toArray(String[]::new));
              assertThat(vi.status()).as(command).isEqualTo(2);
              assertThat(vi.out()).as(command).isEmpty();
              assertThat(vi.err())
                  .as(command)
                  .startsWith(
                      "lỗi: --csv-dialect: chỉ dùng cùng --format csv nhưng có --format "
                          + defaultFormat
                          + "\nCách dùng: rubric "
                          + command);
              Result en = Cli.runEn(args.toArray(String[]::new));
              assertThat(en.status()).as(command).isEqualTo(2);
              assertThat(en.err())
                  .as(command)
                  .startsWith(
                      "error: --csv-dialect: expected --format csv with it but found --format "
                          + defaultFormat
                          + "\nUsage: rubric "
                          + command);
            });
  }

  @Test
  void csvDialect_withAnotherFormatGiven_namesThatFormat() {
    for (String command : commandsWithBoth().keySet()) {
      List<String> args = line(command);
      args.addAll(List.of("--format", "json", "--csv-dialect", "vi-sep"));
      Result r = Cli.runEn(args.toArray(String[]::new));
      assertThat(r.status()).as(command).isEqualTo(2);
      assertThat(r.err())
          .as(command)
          .startsWith(
              "error: --csv-dialect: expected --format csv with it but found --format json\n");
    }
  }

  @Test
  void csvDialect_withFormatCsv_isNoUsageError() {
    for (String command : commandsWithBoth().keySet()) {
      List<String> args = line(command);
      args.addAll(List.of("--format", "csv", "--csv-dialect", "vi"));
      Result r = Cli.runEn(args.toArray(String[]::new));
      // the placeholder files do not exist: the run fails later, not for the dialect
      assertThat(r.status()).as(command).isNotZero();
      assertThat(r.err()).as(command).startsWith("error: ").doesNotContain("--csv-dialect");
    }
  }
}
