package dev.rubric.core.waiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Decimal;
import dev.rubric.core.json.Json;
import dev.rubric.core.json.JsonFormatException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code rubric-waivers/1} format: values, reading with positions, canonical writing. */
class WaiversJsonTest {

  private static final String DOC =
      """
      {
        "format": "rubric-waivers/1",
        "waivers": [
          {
            "unit": "02002",
            "criterion": "3.4",
            "effect": "not_applicable",
            "reason": "Sáp nhập xã năm 2022",
            "decision": "215/QĐ-UBND",
            "approver": "Chủ tịch UBND huyện",
            "validFrom": "2022-01-01",
            "validUntil": "2022-12-31"
          },
          {
            "unit": "02002",
            "criterion": "3.5",
            "effect": "fixed_points",
            "points": 1.5,
            "reason": "Số hóa thủ công",
            "decision": "215/QĐ-UBND",
            "approver": "Chủ tịch UBND huyện",
            "validFrom": "2022-01-01",
            "validUntil": "2022-12-31"
          }
        ]
      }
      """;

  private static Waiver.Builder waiver() {
    return Waiver.builder()
        .unitCode("02002")
        .criterionCode("3.4")
        .effect(WaiverEffect.FULL_POINTS)
        .reason("Sáp nhập")
        .decision("215/QĐ-UBND")
        .approver("UBND huyện")
        .validFrom(LocalDate.of(2022, 1, 1))
        .validUntil(LocalDate.of(2022, 12, 31));
  }

  @Test
  void readWaivers_document_readsEveryFieldAndWhereEachWaiverIs() {
    Waivers w = Json.readWaivers("w.json", DOC);

    assertThat(w.waivers())
        .extracting(Waiver::criterionCode, Waiver::effect, Waiver::points)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "3.4", WaiverEffect.NOT_APPLICABLE, java.util.Optional.empty()),
            org.assertj.core.groups.Tuple.tuple(
                "3.5", WaiverEffect.FIXED_POINTS, java.util.Optional.of(Decimal.parse("1.5"))));
    assertThat(w.waivers().get(1).location())
        .contains(new WaiverLocation("w.json", 14, 5, "$.waivers[1]"));
  }

  @Test
  void write_readDocument_isTheDocumentByteForByte() {
    assertThat(Json.write(Json.readWaivers("w.json", DOC))).isEqualTo(DOC);
  }

  @Test
  void waiver_decomposedText_isNfcAndEqualToComposed() {
    Waiver decomposed = waiver().reason("Sa\u0301p nhâ\u0323p").build();

    assertThat(decomposed.reason()).isEqualTo("Sáp nhập");
    assertThat(decomposed).isEqualTo(waiver().reason("Sáp nhập").build());
  }

  @Test
  void waiver_location_isNotPartOfEquality() {
    Waiver read = Json.readWaivers("w.json", DOC).waivers().get(0);
    Waiver built =
        waiver()
            .effect(WaiverEffect.NOT_APPLICABLE)
            .reason("Sáp nhập xã năm 2022")
            .approver("Chủ tịch UBND huyện")
            .build();

    assertThat(read).isEqualTo(built);
  }

  @Test
  void isValidOn_firstAndLastDay_inForce_dayBeforeAndAfter_not() {
    Waiver w = waiver().build();

    assertThat(
            List.of(
                w.isValidOn(LocalDate.of(2021, 12, 31)),
                w.isValidOn(LocalDate.of(2022, 1, 1)),
                w.isValidOn(LocalDate.of(2022, 12, 31)),
                w.isValidOn(LocalDate.of(2023, 1, 1))))
        .containsExactly(false, true, true, false);
  }

  @Test
  void build_untilBeforeFrom_isRejected() {
    assertThatThrownBy(() -> waiver().validUntil(LocalDate.of(2021, 6, 30)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "waiver.validUntil: expected a date not before validFrom 2022-01-01 but found"
                + " 2021-06-30");
  }

  @Test
  void build_fixedPointsWithoutPoints_isRejected() {
    assertThatThrownBy(() -> waiver().effect(WaiverEffect.FIXED_POINTS).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("waiver.points: expected points for effect 'fixed_points' but found none");
  }

  @Test
  void of_twoWaiversForOneUnitAndCriterion_isRejected() {
    assertThatThrownBy(() -> Waivers.of(List.of(waiver().build(), waiver().build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one waiver per unit and criterion");
  }

  @Test
  void readWaivers_duplicate_namesTheSecondAndTheFirst() {
    String doc = DOC.replace("\"3.5\"", "\"3.4\"");

    assertThatThrownBy(() -> Json.readWaivers("w.json", doc))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "w.json:14:5: $.waivers[1]: duplicate waiver for unit '02002' and criterion '3.4';"
                + " the first is $.waivers[0]");
  }

  @Test
  void readWaivers_untilBeforeFrom_namesTheWaiver() {
    String doc = DOC.replace("\"validUntil\": \"2022-12-31\"", "\"validUntil\": \"2021-12-31\"");

    assertThatThrownBy(() -> Json.readWaivers("w.json", doc))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "w.json:4:5: $.waivers[0]: waiver.validUntil: expected a date not before validFrom"
                + " 2022-01-01 but found 2021-12-31");
  }

  @Test
  void readWaivers_unknownEffect_listsTheEffects() {
    String doc = DOC.replace("\"not_applicable\"", "\"exempt\"");

    assertThatThrownBy(() -> Json.readWaivers("w.json", doc))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "w.json:7:17: $.waivers[0].effect: expected a waiver effect ('not_applicable',"
                + " 'full_points' or 'fixed_points') but found string \"exempt\"");
  }

  @Test
  void readWaivers_wrongFormat_isRejected() {
    String doc = DOC.replace("rubric-waivers/1", "rubric-evidence/1");

    assertThatThrownBy(() -> Json.readWaivers("w.json", doc))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "w.json:2:13: $.format: expected 'rubric-waivers/1' but found string"
                + " \"rubric-evidence/1\"");
  }

  @Test
  void readWaivers_emptyList_isAnEmptySet_butNoWaiversField_isAnError() {
    assertThat(
            Json.readWaivers("w.json", "{\"format\": \"rubric-waivers/1\", \"waivers\": []}")
                .waivers())
        .isEmpty();
    assertThatThrownBy(() -> Json.readWaivers("w.json", "{\"format\": \"rubric-waivers/1\"}"))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage("w.json:1:1: $: missing required field 'waivers'");
  }
}
