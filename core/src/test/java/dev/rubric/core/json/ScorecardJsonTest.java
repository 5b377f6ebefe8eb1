package dev.rubric.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.result.Scorecard;
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
            "s.json:2:13: $.format: expected 'rubric-scorecard/1' but found string \"rubric-scorecard/9\"");
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
            "s.json:17:18: $.nodes[0].channel: expected a channel ('appraisal', 'survey' or 'system_measured') but found string \"APPRAISAL\"");
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
            ": $.channelTotals: unknown key 'web'; expected a channel ('appraisal', 'survey' or 'system_measured')");
  }
}
