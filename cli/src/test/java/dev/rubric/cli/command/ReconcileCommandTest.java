package dev.rubric.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cli.Cli;
import dev.rubric.cli.Cli.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcileCommandTest {

  private static final String ASSESSMENTS = "../examples/data/assessments";

  @Test
  void reconcile_phuThongJson_showsTheOverClaimsInEnglish() {
    Result r =
        Cli.run(
            "reconcile",
            "--catalog",
            Cli.CATALOG,
            "--evidence",
            "../examples/data/evidence/bach-thong-2022/01969-phu-thong.json",
            "--assessment",
            ASSESSMENTS + "/01969-phu-thong.json",
            "--lang",
            "en");

    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .startsWith("RECONCILIATION · cchc-xa 2022.1.0 · 1 unit\n")
        .contains("Thị trấn Phủ Thông (01969)")
        .contains("5 criteria with a gap, 35 agreed; claimed above the evidence 6.5 points")
        .contains("  accepted     claimed but not evidenced;");
  }

  @Test
  void reconcile_jsonAndCsvOfPhuThong_agree() {
    String[] common = {
      "reconcile",
      "--catalog",
      Cli.CATALOG,
      "--evidence",
      "../examples/data/evidence/bach-thong-2022/01969-phu-thong.json",
      "--format",
      "json",
      "--assessment"
    };
    Result fromJson = Cli.run(concat(common, ASSESSMENTS + "/01969-phu-thong.json"));
    Result fromCsv = Cli.run(concat(common, ASSESSMENTS + "/bach-thong-2022.csv"));

    assertThat(fromJson.status()).isZero();
    // the CSV holds 13 more units, which are missing from this cohort (RB806)
    assertThat(fromCsv.out()).contains("\"code\": \"RB806\"");
    assertThat(fromCsv.out().substring(0, fromCsv.out().indexOf("\"problems\": [\n    {")))
        .isEqualTo(
            fromJson
                .out()
                .substring(0, fromJson.out().indexOf("\"problems\": [],\n  \"agreement\"")));
  }

  @Test
  void reconcile_badAssessmentCsv_isAPositionedError(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        "unit_code,period,catalog,catalog_version,criterion,round,points\n"
            + "01969,2022,cchc-xa,2022.1.0,2.3,self_assessment,\"1,5\"\n",
        StandardCharsets.UTF_8);

    Result r =
        Cli.run(
            "reconcile",
            "--catalog",
            Cli.CATALOG,
            "--evidence",
            Cli.EVIDENCE_CSV,
            "--assessment",
            bad.toString(),
            "--lang",
            "en");

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains(
            "bad.csv:2:49: column 'points': expected a decimal number such as '1.5' but found"
                + " '1,5'; write the decimal point as '.'")
        .doesNotContain("Exception");
  }

  @Test
  void reconcile_assessmentOfAnotherType_saysWhatItReads(@TempDir Path dir) throws IOException {
    Path odd = dir.resolve("scores.txt");
    Files.writeString(odd, "x");

    Result r =
        Cli.runEn(
            "reconcile",
            "--catalog",
            Cli.CATALOG,
            "--evidence",
            Cli.EVIDENCE_CSV,
            "--assessment",
            odd.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("expected an assessment file ending in .json or .csv");
  }

  @Test
  void readme_reconcileCommand_runs() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String start = "java -jar cli/target/rubric.jar reconcile";
    int at = readme.indexOf(start);
    assertThat(at).as("README shows the reconcile command").isNotNegative();
    String line =
        readme.substring(at + start.length(), readme.indexOf("```", at)).replace("\\\n", " ");
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("reconcile"));
    for (String arg : line.trim().split("\\s+", -1)) {
      args.add(arg.startsWith("examples/") ? "../" + arg : arg);
    }

    Result r = Cli.run(args.toArray(String[]::new));

    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Thị trấn Phủ Thông (01969)").contains("Kappa");
  }

  private static String[] concat(String[] a, String b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + 1);
    out[a.length] = b;
    return out;
  }
}
