package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report of the bundled data, byte for byte: each Bạch Thông unit evaluated in every format
 * and language, and the district's ranking in every format. The golden files under {@code
 * src/test/resources/golden/} were written by the CLI before the engine's and the house's
 * redesigns; any change to what a user sees shows here as a diff.
 *
 * <p>Regenerating them is a deliberate, reviewed step: run this class with {@code
 * -Drubric.golden.update=true}, then read the diff before committing it.
 */
class GoldenOutputsTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final List<String> UNIT_FORMATS = List.of("text", "json", "csv", "html");
  private static final List<String> RANK_FORMATS = List.of("text", "json", "csv", "html");

  static Stream<Arguments> reports() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    List<Path> units;
    try (Stream<Path> files = Files.list(Path.of(Cli.EVIDENCE_DIR))) {
      units = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path unit : units) {
      String name = unit.getFileName().toString().replace(".json", "");
      for (String format : UNIT_FORMATS) {
        for (String lang : List.of("vi", "en")) {
          if (format.equals("json") && lang.equals("en")) {
            continue; // JSON carries both languages
          }
          String golden = "evaluate/" + name + "." + lang + "." + format;
          cases.add(
              Arguments.of(
                  golden,
                  new String[] {
                    "evaluate",
                    "--catalog",
                    Cli.CATALOG,
                    "--evidence",
                    unit.toString(),
                    "--format",
                    format,
                    "--lang",
                    lang
                  }));
        }
      }
    }
    for (String format : RANK_FORMATS) {
      for (String lang : List.of("vi", "en")) {
        cases.add(
            Arguments.of(
                "rank/bach-thong-2022." + lang + "." + format,
                new String[] {
                  "rank",
                  "--catalog",
                  Cli.CATALOG,
                  "--evidence",
                  Cli.EVIDENCE_CSV,
                  "--format",
                  format,
                  "--lang",
                  lang
                }));
      }
    }
    // the golden sample of the Vietnamese spreadsheet dialect: ';', decimal commas, sep=;
    cases.add(
        Arguments.of(
            "rank/bach-thong-2022.vi.vi-sep.csv",
            new String[] {
              "rank",
              "--catalog",
              Cli.CATALOG,
              "--evidence",
              Cli.EVIDENCE_CSV,
              "--format",
              "csv",
              "--csv-dialect",
              "vi-sep"
            }));
    // how robust Bạch Thông's ranking is: 1000 seeded runs of ±20% weights, leave one area out
    for (String format : RANK_FORMATS) {
      for (String lang : List.of("vi", "en")) {
        if (format.equals("json") && lang.equals("en")) {
          continue; // JSON carries both languages
        }
        cases.add(
            Arguments.of(
                "robustness/bach-thong-2022." + lang + "." + format,
                new String[] {
                  "rank",
                  "--catalog",
                  Cli.CATALOG,
                  "--evidence",
                  Cli.EVIDENCE_CSV,
                  "--robustness",
                  "--seed",
                  "7",
                  "--format",
                  format,
                  "--lang",
                  lang
                }));
      }
    }
    // the bundled waivers of Cao Sơn: both indexes, the waived nodes marked, the waivers listed
    for (String format : List.of("text", "json", "html")) {
      for (String lang : List.of("vi", "en")) {
        if (format.equals("json") && lang.equals("en")) {
          continue;
        }
        cases.add(
            Arguments.of(
                "waivers/02002-cao-son." + lang + "." + format,
                new String[] {
                  "evaluate",
                  "--catalog",
                  Cli.CATALOG,
                  "--evidence",
                  Cli.EVIDENCE_DIR + "/02002-cao-son.json",
                  "--waivers",
                  Cli.WAIVERS,
                  "--format",
                  format,
                  "--lang",
                  lang
                }));
      }
    }
    for (String format : RANK_FORMATS) {
      for (String lang : List.of("vi", "en")) {
        if (format.equals("json") && lang.equals("en")) {
          continue; // JSON carries both languages
        }
        cases.add(
            Arguments.of(
                "advise/01969-phu-thong." + lang + "." + format,
                new String[] {
                  "advise",
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
                }));
        cases.add(
            Arguments.of(
                "advise/bach-thong-2022." + lang + "." + format,
                new String[] {
                  "advise",
                  "--catalog",
                  Cli.CATALOG,
                  "--evidence",
                  Cli.EVIDENCE_CSV,
                  "--format",
                  format,
                  "--lang",
                  lang
                }));
      }
    }
    for (String format : RANK_FORMATS) {
      for (String lang : List.of("vi", "en")) {
        if (format.equals("json") && lang.equals("en")) {
          continue; // JSON carries both languages
        }
        cases.add(
            Arguments.of(
                "reconcile/bach-thong-2022." + lang + "." + format,
                new String[] {
                  "reconcile",
                  "--catalog",
                  Cli.CATALOG,
                  "--evidence",
                  Cli.EVIDENCE_CSV,
                  "--assessment",
                  "../examples/data/assessments/bach-thong-2022.csv",
                  "--format",
                  format,
                  "--lang",
                  lang
                }));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void report_bundledData_isByteIdenticalToGolden(String golden, String[] args) throws IOException {
    // when
    Cli.Result r = Cli.run(args);
    // then
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    Path file = GOLDEN.resolve(golden);
    if (Boolean.getBoolean("rubric.golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, r.out(), StandardCharsets.UTF_8);
    }
    assertThat(r.out()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
