package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code evaluate --waivers}: both indexes, and failing closed. The bundled waivers file corrupted
 * in ten ways gives ten clear errors on standard error, exit status 1 and nothing on standard
 * output, in every format.
 */
class WaiversCliTest {

  private static final String CAO_SON = Cli.EVIDENCE_DIR + "/02002-cao-son.json";

  private static Cli.Result evaluate(String waivers, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "evaluate",
                "--catalog",
                Cli.CATALOG,
                "--evidence",
                CAO_SON,
                "--waivers",
                waivers,
                "--lang",
                "en"));
    args.addAll(Arrays.asList(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void evaluate_bundledWaivers_showsBothIndexesAndTheWaivers() {
    Cli.Result r = evaluate(Cli.WAIVERS);

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("Index: 37.74 · Band: Poor\nIndex without waivers: 35.16 · Band: Poor\n")
        .contains("Not applicable · waived")
        .contains("WAIVERS APPLIED (2)\n  • [3.4] not applicable · decision 215/QĐ-UBND")
        .contains("(RB755)");
  }

  @Test
  void evaluate_waiversForAnotherUnitInADirectory_areCheckedButNotApplied() {
    Cli.Result r =
        Cli.run(
            "evaluate",
            "--catalog",
            Cli.CATALOG,
            "--evidence",
            Cli.EVIDENCE_DIR,
            "--unit",
            "01969",
            "--waivers",
            Cli.WAIVERS,
            "--format",
            "json");

    assertThat(r.status()).isZero();
    assertThat(r.out()).doesNotContain("\"waiver\"").doesNotContain("RB754");
  }

  @Test
  void evaluate_waiverForAUnitNotInTheEvidence_isRB751AndNoScorecard() {
    Cli.Result r =
        Cli.runEn(
            "evaluate",
            "--catalog",
            Cli.CATALOG,
            "--evidence",
            Cli.PHU_THONG,
            "--waivers",
            Cli.WAIVERS);

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith(
            "../examples/data/waivers/02002-cao-son-2022.json:4:5: error: $.waivers[0].unit: unit"
                + " '02002' is not among the units evaluated (01969)")
        .endsWith("[RB751]\n")
        .hasLineCount(3);
  }

  @Test
  void evaluate_waiverForAUnitNotInTheEvidence_inVietnamese_isRB751InVietnamese() {
    Cli.Result r =
        Cli.run(
            "evaluate",
            "--catalog",
            Cli.CATALOG,
            "--evidence",
            Cli.PHU_THONG,
            "--waivers",
            Cli.WAIVERS);

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith(
            "../examples/data/waivers/02002-cao-son-2022.json:4:5: lỗi: $.waivers[0].unit: đơn vị"
                + " '02002' không nằm trong các đơn vị được đánh giá (01969)")
        .endsWith("[RB751]\n")
        .doesNotContain("error")
        .hasLineCount(3);
  }

  private static UnaryOperator<byte[]> text(UnaryOperator<String> edit) {
    return b -> edit.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The ten corruptions of the rules-dsl module's WaiversFailClosedTest, as the CLI reports them.
   */
  static Stream<Arguments> corruptions() {
    return Stream.of(
        Arguments.of(
            "truncated",
            text(s -> s.substring(0, s.indexOf("\"effect\": \"fixed_points\"") + 8)),
            "w.json:17:15: $.waivers[1].effect: unexpected end of input"),
        Arguments.of(
            "wrong format tag",
            text(s -> s.replace("rubric-waivers/1", "rubric-waivers/2")),
            "w.json:2:13: $.format: expected 'rubric-waivers/1' but found string"
                + " \"rubric-waivers/2\""),
        Arguments.of(
            "bad date",
            text(s -> s.replaceFirst("2022-12-31", "2022-02-30")),
            "w.json:12:21: $.waivers[0].validUntil: expected a calendar date 'yyyy-mm-dd' but"
                + " found string \"2022-02-30\""),
        Arguments.of(
            "until before from",
            text(
                s ->
                    s.replaceFirst(
                        "\"validUntil\": \"2022-12-31\"", "\"validUntil\": \"2021-12-31\"")),
            "w.json:4:5: $.waivers[0]: waiver.validUntil: expected a date not before validFrom"
                + " 2022-01-01 but found 2021-12-31"),
        Arguments.of(
            "unknown effect",
            text(s -> s.replace("\"not_applicable\"", "\"exempt\"")),
            "w.json:7:17: $.waivers[0].effect: expected a waiver effect ('not_applicable',"
                + " 'full_points' or 'fixed_points') but found string \"exempt\""),
        Arguments.of(
            "fixed points above the maximum",
            text(s -> s.replace("\"points\": 1.5", "\"points\": 4")),
            "w.json:14:5: error: $.waivers[1].points: expected points from 0 to 3 (the maximum of"
                + " '3.5') but found 4 [RB752]"),
        Arguments.of(
            "duplicate waiver for one unit and criterion",
            text(s -> s.replace("\"criterion\": \"7.3\"", "\"criterion\": \"3.4\"")),
            "w.json:25:5: $.waivers[2]: duplicate waiver for unit '02002' and criterion '3.4'; the"
                + " first is $.waivers[0]"),
        Arguments.of(
            "not UTF-8",
            (UnaryOperator<byte[]>) WaiversCliTest::latin1Reason,
            "cannot read 'w.json': expected UTF-8 text but found byte 0xE1 at line 8, column 22"
                + " (byte offset 160)"),
        Arguments.of(
            "unknown field",
            text(s -> s.replaceFirst("\"effect\"", "\"note\": \"x\", \"effect\"")),
            "w.json:7:7: $.waivers[0].note: unknown field 'note'; expected one of 'unit',"
                + " 'criterion', 'effect', 'points', 'reason', 'decision', 'approver', 'validFrom',"
                + " 'validUntil'"),
        Arguments.of(
            "missing required field",
            text(s -> s.replaceFirst("\"approver\": \"[^\"]*\",", "")),
            "w.json:4:5: $.waivers[0]: missing required field 'approver'"));
  }

  private static byte[] latin1Reason(byte[] b) {
    String s = new String(b, StandardCharsets.UTF_8);
    int at = s.indexOf("sáp");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] head = s.substring(0, at + 1).getBytes(StandardCharsets.UTF_8);
    out.write(head, 0, head.length);
    out.write(0xe1);
    byte[] tail = s.substring(at + 2).getBytes(StandardCharsets.UTF_8);
    out.write(tail, 0, tail.length);
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corruptions")
  void evaluate_corruptedWaivers_exitsOneWithTheErrorAndNoScorecard(
      String corruption, UnaryOperator<byte[]> corrupt, String expected, @TempDir Path dir)
      throws IOException {
    // given: the file is named 'w.json' on the command line, relative to nothing
    Path file = dir.resolve("w.json");
    Files.write(file, corrupt.apply(Files.readAllBytes(Path.of(Cli.WAIVERS))));
    String message = expected.replace("w.json", file.toString());

    for (String format : List.of("text", "json", "html", "csv", "sarif")) {
      // when
      Cli.Result r = evaluate(file.toString(), "--format", format);

      // then
      assertThat(r.status()).as(corruption + " " + format).isEqualTo(1);
      assertThat(r.out()).as(corruption + " " + format).isEmpty();
      assertThat(r.err())
          .as(corruption + " " + format)
          .isEqualTo(message.contains(": error: ") ? message + "\n" : "error: " + message + "\n");
    }
  }
}
