package dev.rubric.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Language;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.result.Scorecard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV cells a spreadsheet would run as a formula are neutralised; numbers stay numbers. */
class CsvTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=1+2",
        "=HYPERLINK(\"http://x.invalid\",\"Xã An\")",
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "-",
        "@SUM(A1:A2)",
        "\t=1+2",
        "\r=1+2",
        "-1-1",
        "+",
        "=",
        "@"
      })
  void neutralise_formulaTrigger_getsASingleQuoteInFront(String cell) {
    assertThat(CsvText.neutralise(cell)).isEqualTo("'" + cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-1.5", "-1,5", "+3", "0", "12.25", "−1,5", "-0.000001"})
  void neutralise_number_staysANumber(String cell) {
    assertThat(CsvText.neutralise(cell)).isEqualTo(cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Xã An", "a=b", "1=1", " =1", "'=1", "Thị trấn Phủ Thông", "1.1.2"})
  void neutralise_otherText_isUnchanged(String cell) {
    assertThat(CsvText.neutralise(cell)).isEqualTo(cell);
  }

  @Test
  void row_triggersAndNumbers_areNeutralisedThenQuoted() {
    // when
    String csv = new CsvText().row("=1+2", "-1.5", "@x, y", "\rz", "-a\"b").toString();
    // then: the quote goes inside RFC 4180 quoting
    assertThat(csv).isEqualTo("\uFEFF'=1+2,-1.5,\"'@x, y\",\"'\rz\",\"'-a\"\"b\"\r\n");
  }

  @Test
  void scorecardCsv_unitNameFromData_isNeutralisedAndPenaltyPointsStayNumbers() {
    // given: a unit name that a spreadsheet would run
    var catalog = Fixtures.tinyCatalog();
    Unit unit =
        Unit.builder()
            .code("01")
            .name("=HYPERLINK(\"http://x.invalid\")")
            .level("commune")
            .kind("xa")
            .build();
    Scorecard card =
        catalog.evaluate(
            new EvidenceFile(
                unit,
                Period.year(2022),
                EvidenceSet.builder().unitCode("01").periodId("2022").build()));
    // when
    String csv = ScorecardCsv.render(card, Language.VI);
    // then
    assertThat(csv)
        .contains(",\"'=HYPERLINK(\"\"http://x.invalid\"\")\",")
        .doesNotContain(",\"=HYPERLINK");
  }
}
