package dev.rubric.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Decimal;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class JsonDeterminismTest {

  private static Unit.Builder unit() {
    return Unit.builder()
        .code("01969")
        .name("Thị trấn Phủ Thông")
        .level("commune")
        .kind("thi_tran");
  }

  private static EvidenceSet.Builder evidence() {
    return EvidenceSet.builder().unitCode("01969").periodId("2022");
  }

  @Test
  void write_twice_givesIdenticalBytes() {
    EvidenceFile file = new RandomValues(7).evidenceFile();

    byte[] first = Json.write(file).getBytes(UTF_8);
    byte[] second = Json.write(new RandomValues(7).evidenceFile()).getBytes(UTF_8);

    assertThat(second).isEqualTo(first);
  }

  @Test
  void write_mapsBuiltInDifferentOrders_givesIdenticalText() {
    // given
    EvidenceFile forward =
        new EvidenceFile(
            unit()
                .putAttributes("a", AttributeValue.of(true))
                .putAttributes("b", AttributeValue.of(Decimal.ONE))
                .build(),
            Period.year(2022),
            evidence()
                .putEvidence("mot_cua", Evidence.provided(new EvidenceValue.Flag(true)))
                .putEvidence("ho_so_dung_han", Evidence.provided(EvidenceValue.Ratio.of(412, 420)))
                .build());
    EvidenceFile backward =
        new EvidenceFile(
            unit()
                .putAttributes("b", AttributeValue.of(Decimal.ONE))
                .putAttributes("a", AttributeValue.of(true))
                .build(),
            Period.year(2022),
            evidence()
                .putEvidence("ho_so_dung_han", Evidence.provided(EvidenceValue.Ratio.of(412, 420)))
                .putEvidence("mot_cua", Evidence.provided(new EvidenceValue.Flag(true)))
                .build());

    // when
    String a = Json.write(forward);
    String b = Json.write(backward);

    // then
    assertThat(a).isEqualTo(b);
    assertThat(a.indexOf("\"ho_so_dung_han\"")).isLessThan(a.indexOf("\"mot_cua\""));
  }

  @Test
  void write_decimalsWithTrailingZeros_writesThemPlainAndShort() {
    EvidenceFile file =
        new EvidenceFile(
            unit().build(),
            Period.year(2022),
            evidence()
                .putEvidence(
                    "ty_le",
                    Evidence.provided(
                        new EvidenceValue.Ratio(
                            Decimal.parse("0.000000100"), Decimal.parse("1000.00"))))
                .build());

    assertThat(Json.write(file))
        .contains("\"numerator\": 0.0000001,")
        .contains("\"denominator\": 1000,");
  }

  @Test
  void write_output_usesTwoSpaceIndentLineFeedsAndTrailingNewline() {
    String text =
        Json.write(new EvidenceFile(unit().build(), Period.year(2022), evidence().build()));

    assertThat(text)
        .isEqualTo(
            """
            {
              "format": "rubric-evidence/1",
              "unit": {
                "code": "01969",
                "name": "Thị trấn Phủ Thông",
                "level": "commune",
                "kind": "thi_tran"
              },
              "period": "2022",
              "evidence": {}
            }
            """);
  }

  @Test
  void readEvidence_nfdDocument_equalsNfcDocument() {
    String nfc = Json.write(new RandomValues(11).evidenceFile());
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);

    EvidenceFile fromNfd = Json.readEvidence("nfd.json", nfd);

    assertThat(fromNfd).isEqualTo(Json.readEvidence("nfc.json", nfc));
    assertThat(Json.write(fromNfd)).isEqualTo(nfc);
  }

  @Test
  void readEvidence_vietnameseInNfd_givesNfcStrings() {
    String json =
        Normalizer.normalize(
            """
            {"format": "rubric-evidence/1",
             "unit": {"code": "01969", "name": "Thị trấn Phủ Thông", "level": "commune", "kind": "thi_tran"},
             "period": "2022", "evidence": {}}
            """,
            Normalizer.Form.NFD);

    EvidenceFile f = Json.readEvidence("nfd.json", json);

    assertThat(f.unit().name()).isEqualTo("Thị trấn Phủ Thông").hasSize(18);
  }

  @Test
  void write_nonCalendarPeriod_writesObjectWithAsOf() {
    Period p = Period.year(2022).withAsOf(java.time.LocalDate.of(2023, 2, 15));

    String text =
        Json.write(
            new EvidenceFile(
                unit().build(),
                p,
                EvidenceSet.builder().unitCode("01969").periodId("2022").build()));

    assertThat(text)
        .contains(
            """
              "period": {
                "id": "2022",
                "start": "2022-01-01",
                "end": "2022-12-31",
                "asOf": "2023-02-15"
              },
            """);
  }
}
