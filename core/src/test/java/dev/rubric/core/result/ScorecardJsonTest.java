package dev.rubric.core.result;

import static dev.rubric.core.result.ScorecardFixtures.HASH;
import static dev.rubric.core.result.ScorecardFixtures.dataQuality;
import static dev.rubric.core.result.ScorecardFixtures.phuThong;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Serialises results with a plain mapper; the JSON wiring ({@code dev.rubric.core.json.Json}) is
 * expected to produce the same output.
 */
class ScorecardJsonTest {

  private static ObjectMapper mapper() {
    return new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void serialize_twice_givesIdenticalBytes() throws Exception {
    Scorecard s = phuThong().build();

    byte[] first = mapper().writeValueAsBytes(s);
    byte[] again = mapper().writeValueAsBytes(phuThong().build());

    assertThat(again).isEqualTo(first).isEqualTo(mapper().writeValueAsBytes(s));
  }

  @Test
  void serialize_scorecard_writesPropertiesInDeclaredOrder() throws Exception {
    JsonNode json = mapper().readTree(mapper().writeValueAsString(phuThong().build()));

    assertThat(fieldNames(json))
        .containsExactly(
            "unitCode",
            "unitName",
            "unitKind",
            "periodId",
            "catalogId",
            "catalogVersion",
            "catalogHash",
            "nodes",
            "channelTotals",
            "bonus",
            "penalty",
            "total",
            "index",
            "indexRounded",
            "indexDecimals",
            "band",
            "findings",
            "surveyIncluded");
  }

  @Test
  void serialize_nodeResult_writesPropertiesInComponentOrder() throws Exception {
    JsonNode json = mapper().readTree(mapper().writeValueAsString(phuThong().build()));

    assertThat(fieldNames(json.get("nodes").get(0)))
        .containsExactly(
            "code",
            "title",
            "channel",
            "earned",
            "max",
            "applicableMax",
            "status",
            "explanation",
            "children");
  }

  @Test
  void serialize_nodeValues_writesDecimalsAsNumbersAndStatusLowercase() throws Exception {
    JsonNode leaf =
        mapper().readTree(mapper().writeValueAsString(phuThong().build())).at("/nodes/1/children/0");

    assertThat(leaf.toString())
        .startsWith("{\"code\":\"3.1\",\"title\":{\"vi\":\"Mức độ hài lòng của người dân\"},")
        .contains(
            "\"earned\":0.25,\"max\":0.25,\"applicableMax\":0.25,\"status\":\"met\","
                + "\"explanation\":{\"text\":{\"vi\":\"điểm = 0.25/0.25\",\"en\":\"points = 0.25 of 0.25\"},"
                + "\"children\":[]},\"children\":[]}");
  }

  @Test
  void serialize_finding_writesExactJson() throws Exception {
    Finding f =
        Finding.builder()
            .code("2.3.not-met")
            .severity(Severity.MAJOR)
            .kind(FindingKind.NOT_MET)
            .criterionCode("2.3")
            .messageKey("finding.not-met")
            .putArguments("rate", "62.50%")
            .putArguments("min", "80%")
            .message(
                LocalizedText.of(
                    "Thực hiện quy chế làm việc chưa đầy đủ",
                    "Working regulations not fully implemented"))
            .addEvidence("quy_che_lam_viec")
            .recommendation(LocalizedText.of("Đề nghị chấn chỉnh"))
            .pointsLost(Decimal.parse("2.50"))
            .build();

    assertThat(mapper().writeValueAsString(f))
        .isEqualTo(
            "{\"code\":\"2.3.not-met\",\"severity\":\"major\",\"kind\":\"not_met\","
                + "\"criterionCode\":\"2.3\",\"messageKey\":\"finding.not-met\","
                + "\"arguments\":{\"rate\":\"62.50%\",\"min\":\"80%\"},"
                + "\"message\":{\"vi\":\"Thực hiện quy chế làm việc chưa đầy đủ\","
                + "\"en\":\"Working regulations not fully implemented\"},"
                + "\"evidence\":[\"quy_che_lam_viec\"],"
                + "\"recommendation\":{\"vi\":\"Đề nghị chấn chỉnh\"},"
                + "\"pointsLost\":2.5}");
  }

  @Test
  void serialize_findingWithoutOptionals_leavesThemOut() throws Exception {
    assertThat(mapper().writeValueAsString(dataQuality()))
        .isEqualTo(
            "{\"code\":\"RB601\",\"severity\":\"info\",\"kind\":\"data_quality\","
                + "\"messageKey\":\"RB601\",\"arguments\":{},"
                + "\"message\":{\"vi\":\"Tử số lớn hơn mẫu số\",\"en\":\"Numerator exceeds denominator\"},"
                + "\"evidence\":[],\"pointsLost\":0}");
  }

  @Test
  void serialize_scorecard_writesUnroundedDecimalsExactly() throws Exception {
    String json = mapper().writeValueAsString(phuThong().build());

    assertThat(json)
        .contains(
            "\"bonus\":0.5,\"penalty\":0,\"total\":5.75,\"index\":79.31034482758620689655,"
                + "\"indexRounded\":79.31,\"indexDecimals\":2,"
                + "\"band\":{\"vi\":\"Khá\",\"en\":\"Fair\"},\"findings\":[")
        .endsWith("],\"surveyIncluded\":true}");
  }

  @Test
  void serialize_scorecardHead_writesIdentity() throws Exception {
    String json = mapper().writeValueAsString(phuThong().build());

    assertThat(json)
        .startsWith(
            "{\"unitCode\":\"01975\",\"unitName\":\"Thị trấn Phủ Thông\",\"unitKind\":\"thi_tran\","
                + "\"periodId\":\"2022\",\"catalogId\":\"cchc-xa\",\"catalogVersion\":\"2022.1\","
                + "\"catalogHash\":\""
                + HASH
                + "\",\"nodes\":[");
  }

  @Test
  void serialize_scorecardWithoutBand_leavesBandOut() throws Exception {
    Scorecard s = phuThong().band(Optional.empty()).build();

    JsonNode json = mapper().readTree(mapper().writeValueAsString(s));

    assertThat(fieldNames(json)).doesNotContain("band");
  }

  @Test
  void roundTrip_scorecard_readsEqualScorecard() throws Exception {
    Scorecard s = phuThong().build();

    Scorecard read = mapper().readValue(mapper().writeValueAsString(s), Scorecard.class);

    assertThat(read).isEqualTo(s);
  }
}
