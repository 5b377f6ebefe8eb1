package dev.rubric.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Decimal;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class AssessmentTest {

  private static Assessment.Builder phuThong() {
    return Assessment.builder()
        .unitCode("01969")
        .periodId("2022")
        .catalogId("cchc-xa")
        .catalogVersion("2022.1");
  }

  @Test
  void build_scoresInRounds_keepsOrder() {
    AssessedScore self = AssessedScore.of("1.1", Round.SELF_ASSESSMENT, Decimal.ONE);
    AssessedScore appraised = AssessedScore.of("1.1", Round.APPRAISAL, Decimal.parse("0.5"));

    Assessment a = phuThong().addScores(self, appraised).build();

    assertThat(a.scores()).containsExactly(self, appraised);
    assertThat(a.score("1.1", Round.APPRAISAL)).contains(appraised);
    assertThat(a.score("1.1", Round.FINAL)).isEmpty();
    assertThat(a.scores(Round.SELF_ASSESSMENT)).containsExactly(self);
  }

  @Test
  void build_negativePenalty_isAllowed() {
    AssessedScore penalty = AssessedScore.of("P.1", Round.FINAL, Decimal.parse("-0.25"));

    assertThat(phuThong().addScores(penalty).build().scores()).containsExactly(penalty);
  }

  @Test
  void build_duplicateCriterionAndRound_throws() {
    assertThatThrownBy(
            () ->
                phuThong()
                    .addScores(AssessedScore.of("1.1", Round.APPRAISAL, Decimal.ONE))
                    .addScores(AssessedScore.of("1.2", Round.APPRAISAL, Decimal.ONE))
                    .addScores(AssessedScore.of("1.1", Round.APPRAISAL, Decimal.ZERO))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "assessment.scores: expected one score per criterion and round but found criterion '1.1' in round appraisal at positions 0 and 2");
  }

  @Test
  void build_duplicateAfterNfc_throws() {
    String code = "Tiêu chí 1";

    assertThatThrownBy(
            () ->
                phuThong()
                    .addScores(AssessedScore.of(code, Round.FINAL, Decimal.ONE))
                    .addScores(
                        AssessedScore.of(
                            Normalizer.normalize(code, Normalizer.Form.NFD),
                            Round.FINAL,
                            Decimal.ONE))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("assessment.scores: expected one score per criterion and round");
  }

  @Test
  void build_badVersion_throws() {
    assertThatThrownBy(() -> phuThong().catalogVersion("v1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "assessment.catalogVersion: expected a semantic version such as '2022.1.0' but found 'v1'");
  }

  @Test
  void build_blankUnit_throws() {
    assertThatThrownBy(() -> phuThong().unitCode(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "assessment.unitCode: expected a non-blank code without surrounding spaces but found ' '");
  }

  @Test
  void score_blankRemark_throws() {
    assertThatThrownBy(
            () ->
                AssessedScore.builder()
                    .criterionCode("1.1")
                    .round(Round.APPRAISAL)
                    .points(Decimal.ONE)
                    .remark("")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score.remark: expected non-blank text but found ''");
  }

  @Test
  void score_blankBy_throws() {
    assertThatThrownBy(
            () ->
                AssessedScore.builder()
                    .criterionCode("1.1")
                    .round(Round.APPRAISAL)
                    .points(Decimal.ONE)
                    .by(" ")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score.by: expected non-blank text but found ' '");
  }

  @Test
  void score_blankCriterion_throws() {
    assertThatThrownBy(() -> AssessedScore.of("", Round.APPRAISAL, Decimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "score.criterionCode: expected a non-blank code without surrounding spaces but found ''");
  }

  @Test
  void score_nfdRemark_equalsNfc() {
    String remark = "Chưa có văn bản chỉ đạo";
    AssessedScore.Builder b =
        AssessedScore.builder().criterionCode("1.1").round(Round.APPRAISAL).points(Decimal.ZERO);

    assertThat(b.remark(Normalizer.normalize(remark, Normalizer.Form.NFD)).by("Hội đồng").build())
        .isEqualTo(
            AssessedScore.builder()
                .criterionCode("1.1")
                .round(Round.APPRAISAL)
                .points(Decimal.ZERO)
                .remark(remark)
                .by("Hội đồng")
                .build());
  }

  @Test
  void round_codes_areLowercaseSnakeCase() {
    assertThat(java.util.Arrays.stream(Round.values()).map(Round::code))
        .containsExactly("self_assessment", "appraisal", "explanation", "re_appraisal", "final");
    assertThat(Round.fromCode("re_appraisal")).contains(Round.RE_APPRAISAL);
    assertThat(Round.fromCode("Final")).isEmpty();
  }
}
