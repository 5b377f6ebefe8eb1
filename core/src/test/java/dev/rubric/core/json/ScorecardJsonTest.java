package dev.rubric.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.result.Scorecard;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardJsonTest {

  @Test
  void write_sample_roundTripsToAnEqualScorecard() {
    Scorecard s = ScorecardSample.phuThong();

    String text = Json.write(s);

    assertThat(Json.readScorecard("s.json", text)).isEqualTo(s);
  }

  @Test
  void write_twice_givesIdenticalBytes() {
    assertThat(Json.write(ScorecardSample.phuThong()).getBytes(UTF_8))
        .isEqualTo(Json.write(ScorecardSample.phuThong()).getBytes(UTF_8));
  }

  @Test
  void write_sample_startsWithFormatAndUsesLowercaseNames() {
    String text = Json.write(ScorecardSample.phuThong());

    assertThat(text)
        .startsWith("{\n  \"format\": \"rubric-scorecard/1\",\n  \"unitCode\": \"01969\",")
        .contains(
            "\"channel\": \"system_measured\"", "\"system_measured\": {", "\"status\": \"partial\"")
        .endsWith("}\n");
  }

  @Test
  void write_tinyIndex_isWrittenPlain() {
    Scorecard s =
        Scorecard.builder()
            .from(ScorecardSample.phuThong())
            .index(dev.rubric.core.Decimal.parse("0.0000001"))
            .build();

    assertThat(Json.write(s)).contains("\"index\": 0.0000001,");
  }

  @Test
  void write_localizedText_putsVietnameseFirst() {
    String text = Json.write(ScorecardSample.phuThong());

    assertThat(text).contains("\"band\": {\n    \"vi\": \"Khá\",\n    \"en\": \"Fair\"\n  },");
  }

  @Test
  void readScorecard_wrongFormat_throws() {
    String text =
        Json.write(ScorecardSample.phuThong()).replace("rubric-scorecard/1", "rubric-scorecard/9");

    assertThatThrownBy(() -> Json.readScorecard("s.json", text))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "s.json:2:13: $.format: expected 'rubric-scorecard/1' but found string"
                + " \"rubric-scorecard/9\"");
  }

  @Test
  void readScorecard_unknownField_namesItsPath() {
    String text =
        Json.write(ScorecardSample.phuThong())
            .replaceFirst("\"earned\": 3,", "\"earned\": 3, \"bonus\": 1,");

    assertThatThrownBy(() -> Json.readScorecard("s.json", text))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage("s.json:59:29: $.nodes[1].bonus: unknown field 'bonus'");
  }

  @Test
  void readScorecard_invariantViolation_reportsConstructorMessage() {
    String text =
        Json.write(ScorecardSample.phuThong()).replace("\"penalty\": 0.25", "\"penalty\": -1");

    assertThatThrownBy(() -> Json.readScorecard("s.json", text))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "s.json:1:1: $: penalty: expected a non-negative number of points but found -1");
  }

  @Test
  void readScorecard_badChannel_namesItsPath() {
    String text =
        Json.write(ScorecardSample.phuThong())
            .replaceFirst("\"channel\": \"appraisal\"", "\"channel\": \"APPRAISAL\"");

    assertThatThrownBy(() -> Json.readScorecard("s.json", text))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "s.json:17:18: $.nodes[0].channel: expected a channel ('appraisal', 'survey' or"
                + " 'system_measured') but found string \"APPRAISAL\"");
  }

  @Test
  void readScorecard_missingUnitCode_namesTheField() {
    String text =
        Json.write(ScorecardSample.phuThong()).replace("  \"unitCode\": \"01969\",\n", "");

    assertThatThrownBy(() -> Json.readScorecard("s.json", text))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage("s.json:1:1: $: missing required field 'unitCode'");
  }

  @Test
  void readScorecard_numberAsString_namesExpectedType() {
    String text =
        Json.write(ScorecardSample.phuThong())
            .replace("\"indexDecimals\": 2", "\"indexDecimals\": \"2\"");

    assertThatThrownBy(() -> Json.readScorecard("s.json", text))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageEndingWith(": $.indexDecimals: expected an integer but found string \"2\"");
  }

  @Test
  void readScorecard_unknownChannelKey_namesTheKey() {
    String text =
        Json.write(ScorecardSample.phuThong()).replace("\"system_measured\": {", "\"web\": {");

    assertThatThrownBy(() -> Json.readScorecard("s.json", text))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageEndingWith(
            ": $.channelTotals: unknown key 'web'; expected a channel ('appraisal', 'survey' or"
                + " 'system_measured')");
  }

  @Test
  void write_constants_areLowercaseConstantNames() {
    String text = Json.write(ScorecardSample.phuThong());

    assertThat(text)
        .contains(
            "\"channel\": \"appraisal\"",
            "\"status\": \"met\"",
            "\"severity\": \"major\"",
            "\"kind\": \"partial\"");
  }

  @Test
  void write_channelTotals_areInChannelOrderWhateverTheInsertionOrder() {
    String text = Json.write(ScorecardSample.phuThong());

    assertThat(text.indexOf("\"appraisal\": {"))
        .isPositive()
        .isLessThan(text.indexOf("\"system_measured\": {"));
  }

  @Test
  void write_findingArguments_areInKeyOrder() {
    Scorecard s = ScorecardSample.phuThong();
    Finding f =
        Finding.builder()
            .from(s.findings().get(0))
            .putArguments("ao", "2")
            .putArguments("_x", "3")
            .build();

    String text = Json.write(Scorecard.builder().from(s).findings(List.of(f)).build());

    assertThat(text)
        .contains(
            "\"arguments\": {\n        \"_x\": \"3\",\n        \"ao\": \"2\",\n"
                + "        \"rate\": \"98,10%\"\n      },");
  }

  @Test
  void readScorecard_unknownSeverity_namesTheSeverities() {
    String text =
        Json.write(ScorecardSample.phuThong())
            .replace("\"severity\": \"major\"", "\"severity\": \"MAJOR\"");

    assertThatThrownBy(() -> Json.readScorecard("s.json", text))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageEndingWith(
            ": $.findings[0].severity: expected a severity ('critical', 'major', 'minor' or 'info')"
                + " but found string \"MAJOR\"");
  }

  @Test
  void readScorecard_hyphenatedFindingKind_namesTheKinds() {
    String text =
        Json.write(ScorecardSample.phuThong())
            .replace("\"kind\": \"partial\"", "\"kind\": \"not-met\"");

    assertThatThrownBy(() -> Json.readScorecard("s.json", text))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageEndingWith(
            ": $.findings[0].kind: expected a finding kind ('not_met', 'partial',"
                + " 'missing_evidence', 'late', 'data_quality', 'self_assessment_gap',"
                + " 'needs_cohort', 'evaluation_error' or 'waiver') but found string \"not-met\"");
  }

  @Test
  void readScorecard_uppercaseNodeStatus_namesTheStatuses() {
    String text =
        Json.write(ScorecardSample.phuThong())
            .replace("\"status\": \"partial\"", "\"status\": \"NOT_MET\"");

    assertThatThrownBy(() -> Json.readScorecard("s.json", text))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageEndingWith(
            ": $.nodes[1].status: expected a node status ('met', 'partial', 'not_met',"
                + " 'not_applicable', 'insufficient_evidence' or 'error') but found string"
                + " \"NOT_MET\"");
  }

  @Test
  void readScorecard_eachConstant_readsBackTheSameConstant() {
    Scorecard s = ScorecardSample.phuThong();
    for (Severity severity : Severity.values()) {
      for (FindingKind kind : FindingKind.values()) {
        Finding f =
            Finding.builder().from(s.findings().get(0)).severity(severity).kind(kind).build();
        Scorecard withFinding = Scorecard.builder().from(s).findings(List.of(f)).build();

        assertThat(Json.readScorecard("s.json", Json.write(withFinding))).isEqualTo(withFinding);
      }
    }
  }

  @Test
  void readScorecard_duplicateField_isRejected() {
    String text =
        Json.write(ScorecardSample.phuThong())
            .replace("\"unitCode\": \"01969\",", "\"unitCode\": \"01969\", \"unitCode\": \"x\",");

    assertThatThrownBy(() -> Json.readScorecard("s.json", text))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage("s.json:3:34: $.unitCode: duplicate field 'unitCode'");
  }

  @Test
  void readScorecard_stringAsBoolean_isRejected() {
    String text =
        Json.write(ScorecardSample.phuThong())
            .replace("\"surveyIncluded\": false", "\"surveyIncluded\": 0");

    assertThatThrownBy(() -> Json.readScorecard("s.json", text))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageEndingWith(": $.surveyIncluded: expected a boolean but found number 0");
  }

  @Test
  void readScorecard_numberAsArgument_isRejected() {
    String text =
        Json.write(ScorecardSample.phuThong()).replace("\"rate\": \"98,10%\"", "\"rate\": 98.1");

    assertThatThrownBy(() -> Json.readScorecard("s.json", text))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageEndingWith(
            ": $.findings[0].arguments.rate: expected a string but found number 98.1");
  }

  @Test
  void readScorecard_fractionalIndexDecimals_isRejected() {
    String text =
        Json.write(ScorecardSample.phuThong())
            .replace("\"indexDecimals\": 2", "\"indexDecimals\": 2.5");

    assertThatThrownBy(() -> Json.readScorecard("s.json", text))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageEndingWith(": $.indexDecimals: expected an integer but found number 2.5");
  }

  @Test
  void readScorecard_nullBand_isRejected() {
    String text =
        Json.write(ScorecardSample.phuThong())
            .replaceFirst("\"band\": \\{[^}]*},", "\"band\": null,");

    assertThatThrownBy(() -> Json.readScorecard("s.json", text))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageEndingWith(": $.band: expected an object but found null");
  }

  @Test
  void readScorecard_childrenLeftOut_readsNoChildren() {
    String text = Json.write(ScorecardSample.phuThong()).replaceAll(",\n *\"children\": \\[]", "");

    assertThat(text).doesNotContain("\"children\": []");
    assertThat(Json.readScorecard("s.json", text)).isEqualTo(ScorecardSample.phuThong());
  }

  @Test
  void readScorecard_missingNodeChannel_namesTheField() {
    String text =
        Json.write(ScorecardSample.phuThong())
            .replaceFirst("\n      \"channel\": \"appraisal\",", "");

    assertThatThrownBy(() -> Json.readScorecard("s.json", text))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage("s.json:11:5: $.nodes[0]: missing required field 'channel'");
  }
}
