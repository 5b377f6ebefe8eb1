package dev.rubric.core.result;

import static dev.rubric.core.result.ScorecardFixtures.HASH;
import static dev.rubric.core.result.ScorecardFixtures.dataQuality;
import static dev.rubric.core.result.ScorecardFixtures.phuThong;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.filter.FilteringParserDelegate;
import com.fasterxml.jackson.core.filter.JsonPointerBasedFilter;
import com.fasterxml.jackson.core.filter.TokenFilter;
import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.json.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The JSON of results as {@link Json#write(Scorecard)} writes it, looked at compactly: property
 * order, names of constants, decimals and left-out values.
 */
class ScorecardJsonTest {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  /** Returns the value at {@code pointer} of the scorecard's JSON, without whitespace. */
  private static String json(Scorecard s, String pointer) throws IOException {
    StringWriter out = new StringWriter();
    JsonParser document = FACTORY.createParser(Json.write(s));
    try (JsonParser p =
            pointer.isEmpty()
                ? document
                : new FilteringParserDelegate(
                    document,
                    new JsonPointerBasedFilter(pointer),
                    TokenFilter.Inclusion.ONLY_INCLUDE_ALL,
                    false);
        JsonGenerator g = FACTORY.createGenerator(out)) {
      p.nextToken();
      g.copyCurrentStructureExact(p);
    }
    return out.toString();
  }

  /** Returns the field names of the object at {@code pointer} of the scorecard's JSON, in order. */
  private static List<String> fieldNames(Scorecard s, String pointer) throws IOException {
    List<String> names = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(json(s, pointer))) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        names.add(p.currentName());
        p.nextToken();
        p.skipChildren();
      }
    }
    return names;
  }

  /** Returns a scorecard whose only finding is {@code f}. */
  private static Scorecard withFinding(Finding f) {
    return phuThong().findings(List.of(f)).build();
  }

  @Test
  void write_twice_givesIdenticalText() {
    Scorecard s = phuThong().build();

    String first = Json.write(s);
    String again = Json.write(phuThong().build());

    assertThat(again).isEqualTo(first).isEqualTo(Json.write(s));
  }

  @Test
  void write_scorecard_writesPropertiesInDeclaredOrder() throws Exception {
    assertThat(fieldNames(phuThong().build(), ""))
        .containsExactly(
            "format",
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
  void write_nodeResult_writesPropertiesInComponentOrder() throws Exception {
    assertThat(fieldNames(phuThong().build(), "/nodes/0"))
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
  void write_nodeValues_writesDecimalsAsNumbersAndStatusLowercase() throws Exception {
    assertThat(json(phuThong().build(), "/nodes/1/children/0"))
        .startsWith("{\"code\":\"3.1\",\"title\":{\"vi\":\"Mức độ hài lòng của người dân\"},")
        .contains(
            "\"earned\":0.25,\"max\":0.25,\"applicableMax\":0.25,\"status\":\"met\",\"explanation\":{\"text\":{\"vi\":\"điểm"
                + " = 0.25/0.25\",\"en\":\"points = 0.25 of 0.25\"},"
                + "\"children\":[]},\"children\":[]}");
  }

  @Test
  void write_finding_writesExactJsonWithArgumentsInKeyOrder() throws Exception {
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

    assertThat(json(withFinding(f), "/findings/0"))
        .isEqualTo(
            "{\"code\":\"2.3.not-met\",\"severity\":\"major\",\"kind\":\"not_met\","
                + "\"criterionCode\":\"2.3\",\"messageKey\":\"finding.not-met\","
                + "\"arguments\":{\"min\":\"80%\",\"rate\":\"62.50%\"},"
                + "\"message\":{\"vi\":\"Thực hiện quy chế làm việc chưa đầy đủ\","
                + "\"en\":\"Working regulations not fully implemented\"},"
                + "\"evidence\":[\"quy_che_lam_viec\"],"
                + "\"recommendation\":{\"vi\":\"Đề nghị chấn chỉnh\"},"
                + "\"pointsLost\":2.5}");
  }

  @Test
  void write_findingWithoutOptionals_leavesThemOut() throws Exception {
    assertThat(json(withFinding(dataQuality()), "/findings/0"))
        .isEqualTo(
            "{\"code\":\"RB601\",\"severity\":\"info\",\"kind\":\"data_quality\","
                + "\"messageKey\":\"RB601\",\"arguments\":{},\"message\":{\"vi\":\"Tử số lớn hơn"
                + " mẫu số\",\"en\":\"Numerator exceeds denominator\"},"
                + "\"evidence\":[],\"pointsLost\":0}");
  }

  @Test
  void write_scorecard_writesUnroundedDecimalsExactly() throws Exception {
    assertThat(json(phuThong().build(), ""))
        .contains(
            "\"bonus\":0.5,\"penalty\":0,\"total\":5.75,\"index\":79.31034482758620689655,"
                + "\"indexRounded\":79.31,\"indexDecimals\":2,"
                + "\"band\":{\"vi\":\"Khá\",\"en\":\"Fair\"},\"findings\":[")
        .endsWith("],\"surveyIncluded\":true}");
  }

  @Test
  void write_scorecardHead_writesFormatAndIdentity() throws Exception {
    assertThat(json(phuThong().build(), ""))
        .startsWith(
            "{\"format\":\"rubric-scorecard/1\",\"unitCode\":\"01975\",\"unitName\":\"Thị trấn Phủ"
                + " Thông\",\"unitKind\":\"thi_tran\","
                + "\"periodId\":\"2022\",\"catalogId\":\"cchc-xa\",\"catalogVersion\":\"2022.1\","
                + "\"catalogHash\":\""
                + HASH
                + "\",\"nodes\":[");
  }

  @Test
  void write_scorecardWithoutBand_leavesBandOut() throws Exception {
    Scorecard s = phuThong().band(Optional.empty()).build();

    assertThat(fieldNames(s, "")).doesNotContain("band");
  }

  @Test
  void writeThenRead_scorecard_givesEqualScorecard() {
    Scorecard s = phuThong().build();

    Scorecard read = Json.readScorecard("s.json", Json.write(s));

    assertThat(read).isEqualTo(s);
  }
}
