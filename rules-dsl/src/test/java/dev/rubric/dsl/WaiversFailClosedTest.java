package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.core.io.InvalidInputException;
import dev.rubric.core.waiver.Waivers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Waivers fail closed: the bundled waivers file corrupted in ten ways gives ten clear, positioned
 * errors and never a scorecard. Reading and evaluating go through the public API as a host would:
 * {@link Waivers#read} then {@link CompiledCatalog#evaluate(EvidenceFile, Waivers)}.
 */
class WaiversFailClosedTest {

  /** The bundled file as bytes, for corruptions below the level of text. */
  static byte[] bundled() throws IOException {
    return Files.readAllBytes(WaiverEvaluationTest.WAIVERS);
  }

  private static UnaryOperator<byte[]> text(UnaryOperator<String> edit) {
    return b -> edit.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
  }

  /** The ten corruptions and the error each must give, as the name {@code w.json} shows it. */
  static Stream<Arguments> corruptions() {
    return Stream.of(
        Arguments.of(
            "truncated",
            text(
                s ->
                    s.substring(
                        0, s.indexOf("\"effect\": \"fixed_points\"") + "\"effect\"".length())),
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
            (UnaryOperator<byte[]>) WaiversFailClosedTest::latin1Reason,
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

  /**
   * Re-encodes the first reason's 'á' as ISO-8859-1, a byte UTF-8 cannot start a character with.
   */
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
  void evaluate_corruptedWaivers_failsWithAPositionedErrorAndNoScorecard(
      String corruption, UnaryOperator<byte[]> corrupt, String expected, @TempDir Path dir)
      throws IOException {
    // given
    CompiledCatalog catalog = SampleCatalogTest.compileSample().orElseThrow();
    EvidenceFile caoSon =
        EvidenceLoader.readJson(WaiverEvaluationTest.EVIDENCE, "02002-cao-son.json");
    Path file = dir.resolve("w.json");
    Files.write(file, corrupt.apply(bundled()));
    List<WaivedEvaluation> produced = new ArrayList<>();

    // when
    Throwable thrown =
        catchThrowable(() -> produced.add(catalog.evaluate(caoSon, Waivers.read(file, "w.json"))));

    // then
    assertThat(thrown)
        .as(corruption)
        .isInstanceOfAny(InvalidInputException.class, InvalidWaiversException.class)
        .hasMessage(expected);
    assertThat(produced).as(corruption).isEmpty();
  }
}
