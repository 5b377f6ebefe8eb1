package dev.rubric.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.rubric.core.Period;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonModuleTest {

  /** A host type that embeds Rubric values. */
  record Submission(String id, List<Evidence> items) {}

  @Test
  void module_inHostMapper_writesAndReadsEmbeddedValues() throws Exception {
    ObjectMapper host = new ObjectMapper().registerModule(Json.module());
    Submission s =
        new Submission(
            "s1", List.of(Evidence.provided(EvidenceValue.Ratio.of(412, 420)), Evidence.missing()));

    String text = host.writeValueAsString(s);

    assertThat(text)
        .isEqualTo(
            "{\"id\":\"s1\",\"items\":[{\"type\":\"ratio\",\"numerator\":412,\"denominator\":420,\"status\":\"provided\"},{\"status\":\"missing\"}]}");
    assertThat(host.readValue(text, Submission.class)).isEqualTo(s);
  }

  @Test
  void module_invalidEmbeddedValue_reportsPathInJacksonException() {
    ObjectMapper host = new ObjectMapper().registerModule(Json.module());
    String text =
        "{\"id\":\"s1\",\"items\":[{\"type\":\"ratio\",\"numerator\":5,\"denominator\":0}]}";

    assertThatThrownBy(() -> host.readValue(text, Submission.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith(
            "1:21: $: ratio.denominator: expected a positive denominator for numerator 5 but found 0")
        .hasCauseInstanceOf(JsonFormatException.class);
  }

  @Test
  void mapper_period_readsYearShorthand() throws Exception {
    assertThat(Json.mapper().readValue("\"2022\"", Period.class)).isEqualTo(Period.year(2022));
  }

  @Test
  void mapper_evidenceValueSubtype_readsThroughTheSealedType() throws Exception {
    EvidenceValue v =
        Json.mapper().readValue("{\"type\":\"count\",\"value\":3}", EvidenceValue.class);

    assertThat(v).isEqualTo(new EvidenceValue.Count(3));
  }

  @Test
  void mapper_channel_isLowercaseSnakeCaseAsValueAndKey() throws Exception {
    String text = Json.mapper().writeValueAsString(Map.of(Channel.SYSTEM_MEASURED, Channel.SURVEY));

    assertThat(text).isEqualTo("{\"system_measured\":\"survey\"}");
  }

  @Test
  void mapper_numberFromString_isRejected() {
    assertThatThrownBy(() -> Json.mapper().readValue("{\"n\":\"12\"}", Holder.class))
        .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
  }

  @Test
  void mapper_duplicateKey_isRejected() {
    assertThatThrownBy(() -> Json.mapper().readTree("{\"n\":1,\"n\":2}"))
        .hasMessageContaining("Duplicate field 'n'");
  }

  /** A plain bean-like record with a primitive. */
  record Holder(long n) {}
}
