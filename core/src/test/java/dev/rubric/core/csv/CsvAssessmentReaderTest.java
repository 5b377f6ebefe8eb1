package dev.rubric.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.assessment.AssessedScore;
import dev.rubric.core.assessment.Assessment;
import dev.rubric.core.assessment.Round;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvAssessmentReaderTest {

  private static final String HEADER =
      "# vòng chấm điểm 2022\n"
          + "unit_code,period,catalog,catalog_version,criterion,round,points,remark,by,date,evidence\n";

  @Test
  void read_rowsOfTwoUnits_groupsThemInFirstRowOrder() {
    String text =
        HEADER
            + "01969,2022,cchc-xa,2022.1,2.3,self_assessment,1,,UBND thị trấn Phủ Thông,2023-01-05,"
            + "QC-01;QC-02\n"
            + "01972,2022,cchc-xa,2022.1,2.3,self_assessment,0.5,,,,\n"
            + "01969,2022,cchc-xa,2022.1,2.3,appraisal,0,\"Quy chế làm việc chưa thực hiện đầy đủ,"
            + " thiếu biên bản\",Hội đồng thẩm định,2023-01-12,\n";

    List<Assessment> read = CsvAssessmentReader.read("rounds.csv", text);

    assertThat(read).extracting(Assessment::unitCode).containsExactly("01969", "01972");
    Assessment phuThong = read.get(0);
    assertThat(phuThong.scores()).hasSize(2);
    AssessedScore self = phuThong.scores().get(0);
    assertThat(self.points()).isEqualTo(Decimal.ONE);
    assertThat(self.by()).contains("UBND thị trấn Phủ Thông");
    assertThat(self.date()).contains(LocalDate.of(2023, 1, 5));
    assertThat(self.evidence()).containsExactly("QC-01", "QC-02");
    assertThat(self.source()).contains("rounds.csv:3:1");
    assertThat(phuThong.score("2.3", Round.APPRAISAL).orElseThrow().remark())
        .contains("Quy chế làm việc chưa thực hiện đầy đủ, thiếu biên bản");
    assertThat(read.get(1).scores().get(0).remark()).isEmpty();
  }

  @Test
  void read_decomposedText_isNormalisedToNfc() {
    String by = Normalizer.normalize("Hội đồng thẩm định", Normalizer.Form.NFD);
    String text = HEADER + "01969,2022,cchc-xa,2022.1,2.3,appraisal,0,," + by + ",,\n";

    Assessment a = CsvAssessmentReader.read("rounds.csv", text).get(0);

    assertThat(a.scores().get(0).by()).contains("Hội đồng thẩm định");
  }

  @Test
  void read_decimalComma_isAPositionedErrorWithAHint() {
    String text = HEADER + "01969,2022,cchc-xa,2022.1,2.3,appraisal,\"0,5\",,,,\n";

    assertThatThrownBy(() -> CsvAssessmentReader.read("rounds.csv", text))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(
            "rounds.csv:3:41: column 'points': expected a decimal number such as '1.5' but found"
                + " '0,5'; write the decimal point as '.'");
  }

  @Test
  void read_unknownRound_namesTheRounds() {
    String text = HEADER + "01969,2022,cchc-xa,2022.1,2.3,tham_dinh,0,,,,\n";

    assertThatThrownBy(() -> CsvAssessmentReader.read("rounds.csv", text))
        .hasMessage(
            "rounds.csv:3:31: column 'round': expected one of self_assessment, appraisal,"
                + " explanation, re_appraisal, final but found 'tham_dinh'");
  }

  @Test
  void read_sameCriterionAndRoundTwice_namesBothRows() {
    String text =
        HEADER
            + "01969,2022,cchc-xa,2022.1,2.3,appraisal,0,,,,\n"
            + "01969,2022,cchc-xa,2022.1,2.3,appraisal,1,,,,\n";

    assertThatThrownBy(() -> CsvAssessmentReader.read("rounds.csv", text))
        .hasMessage(
            "rounds.csv:4:27: column 'criterion': expected one row per unit, criterion and round"
                + " but found unit '01969', criterion '2.3', round appraisal again (first at"
                + " rounds.csv:3:1)");
  }

  @Test
  void read_unitUnderTwoCatalogs_isAnError() {
    String text =
        HEADER
            + "01969,2022,cchc-xa,2022.1,2.3,appraisal,0,,,,\n"
            + "01969,2022,cchc-xa,2023.1,2.3,final,0,,,,\n";

    assertThatThrownBy(() -> CsvAssessmentReader.read("rounds.csv", text))
        .hasMessage(
            "rounds.csv:4:12: column 'catalog': expected catalog 'cchc-xa' version '2022.1' for"
                + " unit '01969' as at rounds.csv:3:12 but found 'cchc-xa' version '2023.1'");
  }

  @Test
  void read_headerWithoutPoints_isAnError() {
    String text = "unit_code,period,catalog,catalog_version,criterion,round\n";

    assertThatThrownBy(() -> CsvAssessmentReader.read("rounds.csv", text))
        .hasMessage("rounds.csv:1:57: expected the column 'points' but the header has none");
  }

  @Test
  void read_shortRow_isAnError() {
    String text = HEADER + "01969,2022,cchc-xa\n";

    assertThatThrownBy(() -> CsvAssessmentReader.read("rounds.csv", text))
        .hasMessage("rounds.csv:3:19: expected 11 fields as in the header but found 3");
  }

  @Test
  void read_problems_areSaidInVietnameseToo() {
    String comma = HEADER + "01969,2022,cchc-xa,2022.1,2.3,appraisal,\"0,5\",,,,\n";
    String round = HEADER + "01969,2022,cchc-xa,2022.1,2.3,tham_dinh,0,,,,\n";

    CsvFormatException c =
        catchThrowableOfType(
            CsvFormatException.class, () -> CsvAssessmentReader.read("rounds.csv", comma));
    CsvFormatException r =
        catchThrowableOfType(
            CsvFormatException.class, () -> CsvAssessmentReader.read("rounds.csv", round));

    assertThat(c.message(Language.VI))
        .isEqualTo(
            "rounds.csv:3:41: cột 'points': cần một số thập phân, ví dụ '1.5', nhưng gặp '0,5';"
                + " hãy viết dấu chấm thập phân '.'");
    assertThat(c.message(Language.EN)).isEqualTo(c.getMessage());
    assertThat(c.position()).isEqualTo("rounds.csv:3:41");
    assertThat(r.detail(Language.VI))
        .isEqualTo(
            "cột 'round': cần một trong các vòng self_assessment, appraisal, explanation,"
                + " re_appraisal, final nhưng gặp 'tham_dinh'");
  }
}
