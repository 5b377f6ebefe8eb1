package dev.rubric.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cli.Cli;
import dev.rubric.cli.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rubric diff} and {@code rubric compare} on the bundled 2021 and 2022 data (issue 15). */
class CompareCommandTest {
  private static final String C2021 = "../examples/data/catalogs/cchc-xa-2021.rubric";
  private static final String E2021 = "../examples/data/evidence/bach-thong-2021.csv";
  private static final String MAPPING =
      "../examples/data/catalogs/cchc-xa-2021-to-2022.mapping.json";

  private static Result compare(String... more) {
    String[] base = {
      "compare",
      "--catalog",
      C2021,
      "--evidence",
      E2021,
      "--catalog",
      Cli.CATALOG,
      "--evidence",
      Cli.EVIDENCE_CSV,
      "--mapping",
      MAPPING,
      "--no-color"
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return Cli.run(all);
  }

  @Test
  void diff_bundled_namesEveryChangeAndTheVerdict() {
    Result r = Cli.run("diff", C2021, Cli.CATALOG, "--mapping", MAPPING, "--lang", "en");

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("Version bump required: major · declared: major ✓", "10 changes")
        .containsPattern("8\\.4 → 7\\.5 +Renumbered")
        .containsPattern("3\\.2 +Rule changed +tiers ho_so_dung_han \\{ >= 98%: 4,")
        .doesNotContain("WARNINGS");
  }

  @Test
  void diff_withoutMapping_warnsAndSuggestsIt() {
    Result r = Cli.run("diff", C2021, Cli.CATALOG, "--format", "json");

    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains(
            "\"code\": \"mapping-suggested\"",
            "Tiêu chí '8.4' của phiên bản cũ không còn, '7.5' mới có cùng tên");
  }

  @Test
  void compare_unit_showsNotComparableAndFindings() {
    Result r = compare("--unit", "01969", "--lang", "en");

    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("2021 → 2022: index 71.38 → 77.06 (+5.68), Fair → Fair, rank 11/14 → 10/14 (↑1)")
        .containsPattern(
            "1\\.5 +Digital-transformation steering committee +0\\.5/3\\.5 +1/2 +not comparable")
        .contains(
            "FINDINGS (new 3, persisting 18, resolved 2)",
            "[2.3] The working regulations are not fully implemented");
  }

  @Test
  void compare_cohort_listsMoversAndTransitions() {
    Result r = compare();

    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("Xã Quang Thuận (02017): 72,42 → 60,80 (−11,62)")
        .contains("Không so sánh được (cách chấm thay đổi): 1.5, 3.2");
  }

  @Test
  void compare_outputs_areDeterministic(@TempDir Path dir) throws IOException {
    for (String format : new String[] {"json", "csv", "html", "text"}) {
      Path a = dir.resolve("a." + format);
      Path b = dir.resolve("b." + format);
      assertThat(compare("--format", format, "--out", a.toString()).status()).isZero();
      assertThat(compare("--format", format, "--out", b.toString()).status()).isZero();
      assertThat(Files.readAllBytes(a)).as(format).isEqualTo(Files.readAllBytes(b));
    }
  }

  @Test
  void compare_unknownUnit_suggestsTheNearestCode() {
    Result r = compare("--unit", "01996", "--lang", "en");

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .startsWith("error: no unit with code '01996' in the compared periods; did you mean");
  }

  @Test
  void compare_onePeriodOrUnpairedOptions_isAUsageError() {
    Result one = Cli.runEn("compare", "--catalog", Cli.CATALOG, "--evidence", Cli.EVIDENCE_CSV);
    Result unpaired =
        Cli.runEn("compare", "--catalog", Cli.CATALOG, "--catalog", C2021, "--evidence", E2021);

    assertThat(one.status()).isEqualTo(2);
    assertThat(one.err()).contains("expected two or more periods");
    assertThat(unpaired.status()).isEqualTo(2);
    assertThat(unpaired.err())
        .contains(
            "expected one --evidence per --catalog, in pairs, but found 2 --catalog and 1 --evidence");
  }

  @Test
  void compare_samePeriodTwice_namesBothFiles() {
    Result r =
        Cli.runEn(
            "compare",
            "--catalog",
            Cli.CATALOG,
            "--evidence",
            Cli.EVIDENCE_CSV,
            "--catalog",
            Cli.CATALOG,
            "--evidence",
            Cli.EVIDENCE_DIR);

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "error: two --evidence hold period 2022 ('"
                + Cli.EVIDENCE_CSV
                + "' and '"
                + Cli.EVIDENCE_DIR
                + "'); give each period once\n");
  }

  @Test
  void compare_malformedMapping_namesLineColumnAndPath(@TempDir Path dir) throws IOException {
    Path m = dir.resolve("m.json");
    Files.writeString(
        m,
        "{\"format\": \"rubric-mapping/1\", \"catalogId\": \"cchc-xa\", \"from\": \"2021.1.0\",\n"
            + " \"to\": \"2022.1.0\", \"codes\": [{\"from\": \"8.4\"}]}\n");

    Result r = Cli.runEn("diff", C2021, Cli.CATALOG, "--mapping", m.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo("error: " + m + ":2:30: $.codes[0]: expected the field 'to' but found none\n");
  }

  @Test
  void compare_mappingOfOtherVersions_isAnError(@TempDir Path dir) throws IOException {
    Path m = dir.resolve("m.json");
    Files.writeString(
        m,
        "{\"format\": \"rubric-mapping/1\", \"catalogId\": \"cchc-xa\", \"from\": \"2020.1.0\","
            + " \"to\": \"2021.1.0\", \"codes\": []}\n");

    Result r = compare("--mapping", m.toString(), "--lang", "en");

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "maps cchc-xa 2020.1.0 to 2021.1.0, but no two consecutive periods use these versions");
  }
}
