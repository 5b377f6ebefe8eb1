package dev.rubric.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cli.Cli;
import dev.rubric.cli.Cli.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --csv-dialect}: CSV for a spreadsheet program in a Vietnamese locale ({@code ';'} between
 * fields, decimal commas), written by the CLI and read back, and evidence in that dialect read as
 * the same evidence as the standard file.
 */
class CsvDialectCliTest {
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+\\.[0-9]+");

  /** Splits CSV text (after its byte order mark and an optional sep= line) into records. */
  private static List<List<String>> parse(String text, char separator) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (body.startsWith("sep=")) {
      body = body.substring(body.indexOf('\n') + 1);
    }
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
      } else if (c != '\r') {
        field.append(c);
      }
    }
    return records;
  }

  @ParameterizedTest
  @ValueSource(strings = {"vi", "vi-sep"})
  void rank_csvDialectVi_readsBackAsTheStandardCsvWithDecimalCommas(String dialect) {
    // given
    Result standard =
        Cli.run(
            "rank", "--catalog", Cli.CATALOG, "--evidence", Cli.EVIDENCE_CSV, "--format", "csv");

    // when
    Result vi =
        Cli.run(
            "rank",
            "--catalog",
            Cli.CATALOG,
            "--evidence",
            Cli.EVIDENCE_CSV,
            "--format",
            "csv",
            "--csv-dialect",
            dialect);

    // then
    assertThat(vi.status()).isZero();
    assertThat(vi.out())
        .startsWith(dialect.equals("vi-sep") ? "\uFEFFsep=;\r\nrank;unit_code;" : "\uFEFFrank;");
    List<List<String>> expected = new ArrayList<>();
    for (List<String> record : parse(standard.out(), ',')) {
      expected.add(
          record.stream()
              .map(f -> DECIMAL.matcher(f).matches() ? f.replace('.', ',') : f)
              .toList());
    }
    assertThat(parse(vi.out(), ';')).isEqualTo(expected);
    assertThat(vi.out()).contains(";98,35;Tốt;");
  }

  @Test
  void compare_csvDialectVi_readsBackAsTheStandardCsvWithDecimalCommas() {
    List<String> args =
        List.of(
            "compare",
            "--catalog",
            "../examples/data/catalogs/cchc-xa-2021.rubric",
            "--evidence",
            "../examples/data/evidence/bach-thong-2021.csv",
            "--catalog",
            Cli.CATALOG,
            "--evidence",
            Cli.EVIDENCE_CSV,
            "--mapping",
            "../examples/data/catalogs/cchc-xa-2021-to-2022.mapping.json",
            "--format",
            "csv");
    Result standard = Cli.run(args.toArray(String[]::new));
    List<String> viArgs = new ArrayList<>(args);
    viArgs.addAll(List.of("--csv-dialect", "vi"));

    Result vi = Cli.run(viArgs.toArray(String[]::new));

    assertThat(vi.status()).isZero();
    List<List<String>> expected = new ArrayList<>();
    for (List<String> record : parse(standard.out(), ',')) {
      expected.add(
          record.stream()
              .map(f -> DECIMAL.matcher(f).matches() ? f.replace('.', ',') : f)
              .toList());
    }
    assertThat(parse(vi.out(), ';')).isEqualTo(expected).hasSizeGreaterThan(1);
  }

  @Test
  void rank_evidenceInTheViDialect_ranksAsTheStandardFile(@TempDir Path dir) throws IOException {
    // given: the DTI evidence rewritten as a Vietnamese-locale spreadsheet saves it
    Path standardFile = Path.of(RankDtiCommandTest.EVIDENCE);
    String text = Files.readString(standardFile, StandardCharsets.UTF_8);
    StringBuilder vi = new StringBuilder("\uFEFFsep=;\r\n");
    for (List<String> record : parse(text.replaceAll("(?m)^#.*\n", ""), ',')) {
      List<String> cells = new ArrayList<>();
      for (String f : record) {
        String cell = DECIMAL.matcher(f).matches() ? f.replace('.', ',') : f;
        cells.add(cell.contains(";") ? "\"" + cell + "\"" : cell);
      }
      vi.append(String.join(";", cells)).append("\r\n");
    }
    Path viFile = dir.resolve("bach-thong-cds-2022.vi.csv");
    Files.writeString(viFile, vi, StandardCharsets.UTF_8);
    assertThat(vi.toString()).contains(";0,72;").contains(";3,5;");

    // when
    Result fromStandard =
        Cli.run(
            "rank",
            "--catalog",
            RankDtiCommandTest.CATALOG,
            "--evidence",
            standardFile.toString(),
            "--format",
            "json");
    Result fromVi =
        Cli.run(
            "rank",
            "--catalog",
            RankDtiCommandTest.CATALOG,
            "--evidence",
            viFile.toString(),
            "--format",
            "json");

    // then
    assertThat(fromVi.err()).isEmpty();
    assertThat(fromVi.status()).isZero();
    assertThat(fromVi.out()).isEqualTo(fromStandard.out());
  }

  @Test
  void rank_unknownCsvDialect_isAUsageError() {
    Result r =
        Cli.run(
            "rank",
            "--catalog",
            Cli.CATALOG,
            "--evidence",
            Cli.EVIDENCE_CSV,
            "--format",
            "csv",
            "--csv-dialect",
            "excel",
            "--lang",
            "en");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains("option '--csv-dialect' expects standard, vi, vi-sep but found 'excel'");
  }
}
