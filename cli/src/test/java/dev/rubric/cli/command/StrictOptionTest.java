package dev.rubric.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cli.Cli;
import dev.rubric.cli.Cli.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --strict}: data-quality findings fail the run, and nothing is written. */
class StrictOptionTest {

  private static final String TYPO = Cli.fixture("tiny-an-typo.json");

  @Test
  void evaluate_withoutStrict_keepsTheFindingAndSucceeds() {
    Result r =
        Cli.run(
            "evaluate",
            "--catalog",
            Cli.fixture("tiny.rubric"),
            "--evidence",
            TYPO,
            "--lang",
            "en");

    assertThat(r.status()).isZero();
    // the message names its code at the end; the text report does not repeat it in front
    assertThat(r.out())
        .contains("• Evidence 'so_cuoc_hopp' matches no input of the catalog")
        .contains("'so_cuoc_hop'? ($.evidence.so_cuoc_hopp, RB602)")
        .doesNotContain("[RB602]");
    assertThat(r.out().split("RB602", -1)).hasSize(2);
  }

  @Test
  void evaluate_strict_printsEachProblemInTheRunsLanguageAndExits1() {
    Result r =
        Cli.run(
            "evaluate", "--catalog", Cli.fixture("tiny.rubric"), "--evidence", TYPO, "--strict");

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "lỗi: 01: Tài liệu 'so_cuoc_hopp' không ứng với đầu vào nào của bộ tiêu chí và bị"
                + " bỏ qua; có phải là 'so_cuoc_hop'? ($.evidence.so_cuoc_hopp, RB602)\n"
                + "lỗi: --strict: 1 phát hiện về chất lượng dữ liệu ở 1 đơn vị; không ghi gì cả\n");
  }

  @Test
  void evaluate_strict_cleanEvidence_isTheLenientOutput() {
    String[] args = {"evaluate", "--catalog", Cli.CATALOG, "--evidence", Cli.PHU_THONG};
    Result lenient = Cli.run(args);
    Result strict = Cli.run(concat(args, "--strict"));

    assertThat(strict.status()).isZero();
    assertThat(strict.out()).isEqualTo(lenient.out());
  }

  @Test
  void rank_strict_writesNoFileWhenTheEvidenceHasProblems(@TempDir Path dir) throws Exception {
    Path cohort = dir.resolve("cohort");
    Files.createDirectories(cohort);
    Files.copy(Path.of(TYPO), cohort.resolve("an.json"));
    Files.copy(Path.of(Cli.fixture("tiny-an.json")), cohort.resolve("binh.json"));
    Files.writeString(
        cohort.resolve("binh.json"),
        Files.readString(cohort.resolve("binh.json"))
            .replace("\"code\": \"01\"", "\"code\": \"02\"")
            .replace("Xã An", "Xã Bình"));
    Path out = dir.resolve("rank.html");

    Result r =
        Cli.run(
            "rank",
            "--catalog",
            Cli.fixture("tiny.rubric"),
            "--evidence",
            cohort.toString(),
            "--format",
            "html",
            "--out",
            out.toString(),
            "--strict",
            "--lang",
            "en");

    assertThat(r.status()).isEqualTo(1);
    assertThat(out).doesNotExist();
    assertThat(r.err())
        .isEqualTo(
            "error: 01: Evidence 'so_cuoc_hopp' matches no input of the catalog and is ignored;"
                + " did you mean 'so_cuoc_hop'? ($.evidence.so_cuoc_hopp, RB602)\n"
                + "error: --strict: 1 data-quality finding in 1 unit; nothing was written\n");
  }

  @Test
  void rank_strict_cleanCohort_ranksAsWithout() {
    Result lenient = Cli.run("rank", "--catalog", Cli.CATALOG, "--evidence", Cli.EVIDENCE_CSV);
    Result strict =
        Cli.run("rank", "--catalog", Cli.CATALOG, "--evidence", Cli.EVIDENCE_CSV, "--strict");

    assertThat(strict.status()).isZero();
    assertThat(strict.out()).isEqualTo(lenient.out());
  }

  private static String[] concat(String[] args, String more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = more;
    return all;
  }
}
