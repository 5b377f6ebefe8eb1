package dev.rubric.dsl;

import static dev.rubric.dsl.EvaluationFixtures.catalog;
import static dev.rubric.dsl.EvaluationFixtures.compile;
import static dev.rubric.dsl.EvaluationFixtures.count;
import static dev.rubric.dsl.EvaluationFixtures.document;
import static dev.rubric.dsl.EvaluationFixtures.evaluate;
import static dev.rubric.dsl.EvaluationFixtures.evidence;
import static dev.rubric.dsl.EvaluationFixtures.node;
import static dev.rubric.dsl.EvaluationFixtures.ratio;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Language;
import dev.rubric.core.result.Scorecard;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The exact rendering of node explanations in Vietnamese and English. These strings are shown to
 * officials next to their scores, so changes to them are deliberate and show up here.
 */
class ExplanationTest {

  private static final Scorecard CARD =
      evaluate(
          compile(
              catalog(
                  "    ratio ho_so_dung_han \"Hồ sơ đúng hạn / đã giải quyết\"\n"
                      + "    document ke_hoach_cchc \"Kế hoạch CCHC năm\"\n"
                      + "    count bao_cao_tre \"Số báo cáo chậm\"\n"
                      + "    count hoat_dong \"Số hoạt động tuyên truyền\"",
                  "  area \"1\" \"Chỉ đạo, điều hành\" en \"Direction\" {\n"
                      + "    criterion \"1.1\" \"Ban hành kế hoạch CCHC năm đúng hạn\" en \"Annual PAR plan issued on time\" max 1 {\n"
                      + "      score 1 when ke_hoach_cchc.issued <= date(year, 1, 31)\n"
                      + "      score 0.5 when ke_hoach_cchc.issued <= days_after(date(year, 1, 31), 30)\n"
                      + "      otherwise 0\n"
                      + "    }\n"
                      + "    criterion \"1.2\" \"Chế độ báo cáo\" en \"Reporting\" max 2 {\n"
                      + "      deduct 0.5 per bao_cao_tre floor 0\n"
                      + "    }\n"
                      + "    criterion \"1.4\" \"Hoạt động tuyên truyền\" en \"Communication activities\" max 1.5 {\n"
                      + "      award 0.375 per hoat_dong cap 1.5\n"
                      + "    }\n"
                      + "    criterion \"1.5\" \"Tuyên truyền hoặc mô hình\" en \"Communication or models\" max 3 {\n"
                      + "      best of {\n"
                      + "        points = ho_so_dung_han * max\n"
                      + "        sum of {\n"
                      + "          score 1 when hoat_dong >= 1 otherwise 0\n"
                      + "          award 0.5 per hoat_dong cap 2\n"
                      + "        }\n"
                      + "      }\n"
                      + "    }\n"
                      + "  }\n"
                      + "  area \"3\" \"Cải cách thủ tục hành chính\" en \"Administrative procedures\" {\n"
                      + "    criterion \"3.2\" \"Tỷ lệ hồ sơ giải quyết đúng hạn\" en \"On-time dossier resolution\" max 4 {\n"
                      + "      tiers ho_so_dung_han { >= 100%: 4, >= 98%: 3, >= 95%: 2, otherwise: 0 }\n"
                      + "    }\n"
                      + "  }")),
          evidence()
              .putEvidence("ho_so_dung_han", ratio(412, 420))
              .putEvidence("ke_hoach_cchc", document(LocalDate.of(2022, 2, 10)))
              .putEvidence("bao_cao_tre", count(5))
              .putEvidence("hoat_dong", count(5)));

  @Test
  void tiers_english_showsTheRateAndTheTierReached() {
    assertThat(node(CARD, "3.2").explanation().render(Language.EN))
        .isEqualTo(
            "3.2 On-time dossier resolution: 3/4 points (Partially met)\n"
                + "  ho_so_dung_han is 412/420 = 98.10%, below 100%\n"
                + "  but at least 98%, so it scores 3");
  }

  @Test
  void tiers_vietnamese_usesDecimalCommas() {
    assertThat(node(CARD, "3.2").explanation().render(Language.VI))
        .isEqualTo(
            "3.2 Tỷ lệ hồ sơ giải quyết đúng hạn: 3/4 điểm (Đạt một phần)\n"
                + "  ho_so_dung_han là 412/420 = 98,10%, thấp hơn 100%\n"
                + "  nhưng không thấp hơn 98% nên được 3 điểm");
  }

  @Test
  void score_datedDeadline_showsDatesInEachLanguagesFormat() {
    assertThat(node(CARD, "1.1").explanation().render(Language.EN))
        .isEqualTo(
            "1.1 Annual PAR plan issued on time: 0.5/1 points (Partially met)\n"
                + "  ke_hoach_cchc.issued is 2022-02-10, after 2022-01-31\n"
                + "  ke_hoach_cchc.issued is 2022-02-10, on or before 2022-03-02\n"
                + "  so it scores 0.5");
    assertThat(node(CARD, "1.1").explanation().render(Language.VI))
        .isEqualTo(
            "1.1 Ban hành kế hoạch CCHC năm đúng hạn: 0,5/1 điểm (Đạt một phần)\n"
                + "  ke_hoach_cchc.issued là 10/02/2022, muộn hơn 31/01/2022\n"
                + "  ke_hoach_cchc.issued là 10/02/2022, không muộn hơn 02/03/2022\n"
                + "  nên được 0,5 điểm");
  }

  @Test
  void deduct_showsTheArithmeticAndTheFloor() {
    assertThat(node(CARD, "1.2").explanation().render(Language.EN))
        .isEqualTo(
            "1.2 Reporting: 0/2 points (Not met)\n"
                + "  2 − 0.5 for each of bao_cao_tre (5) = −0.5; with a floor of 0, it scores 0");
  }

  @Test
  void award_showsTheArithmeticAndTheCap() {
    assertThat(node(CARD, "1.4").explanation().render(Language.VI))
        .isEqualTo(
            "1.4 Hoạt động tuyên truyền: 1,5/1,5 điểm (Đạt)\n"
                + "  0,375 điểm cho mỗi hoat_dong (5) = 1,875; tối đa 1,5 nên được 1,5 điểm");
  }

  @Test
  void bestOf_nestsEachAlternative() {
    assertThat(node(CARD, "1.5").explanation().render(Language.EN))
        .isEqualTo(
            "1.5 Communication or models: 3/3 points (Met)\n"
                + "  the alternative with the most points: 2\n"
                + "    alternative 1 scores ≈2.94\n"
                + "      with ho_so_dung_han = 412/420 = 98.10% and max = 3,"
                + " it scores ho_so_dung_han * max = ≈2.94\n"
                + "    alternative 2 scores 3\n"
                + "      part 1 scores 1\n"
                + "        hoat_dong is 5, at least 1\n"
                + "        so it scores 1\n"
                + "      part 2 scores 2\n"
                + "        0.5 for each of hoat_dong (5) = 2.5; capped at 2, it scores 2");
  }

  @Test
  void parent_headline_sumsItsChildren() {
    assertThat(node(CARD, "1").explanation().render(Language.EN))
        .isEqualTo("1 Direction: 5/7.5 points (Partially met)");
  }
}
