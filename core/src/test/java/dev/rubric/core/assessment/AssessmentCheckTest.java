package dev.rubric.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.catalog.Rule;
import dev.rubric.core.finding.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentCheckTest {

  private static final Rule ONE = new Rule.Formula(Expr.Number.of(Decimal.ONE));

  private static Node leaf(String code, String max, Channel channel) {
    return Node.builder(code)
        .title(LocalizedText.of("Tiêu chí " + code))
        .max(Decimal.parse(max))
        .channel(channel)
        .rule(ONE)
        .build();
  }

  /** Area 1 (1.1 max 1, 1.2 max 2), area 2 (2.1 survey max 3), penalty P.1 (max 0.5). */
  static final Catalog CATALOG =
      Catalog.builder("cchc-xa", "2022.1")
          .title(LocalizedText.of("Bộ tiêu chí"))
          .addNode(
              Node.builder("1")
                  .kind(NodeKind.AREA)
                  .title(LocalizedText.of("Chỉ đạo, điều hành"))
                  .max(Decimal.of(3))
                  .addChild(leaf("1.1", "1", Channel.APPRAISAL))
                  .addChild(leaf("1.2", "2", Channel.APPRAISAL))
                  .build())
          .addNode(
              Node.builder("2")
                  .kind(NodeKind.AREA)
                  .title(LocalizedText.of("Mức độ hài lòng"))
                  .max(Decimal.of(3))
                  .channel(Channel.SURVEY)
                  .addChild(leaf("2.1", "3", Channel.SURVEY))
                  .build())
          .addPenalty(
              Node.builder("P.1")
                  .kind(NodeKind.PENALTY)
                  .title(LocalizedText.of("Chậm báo cáo"))
                  .max(Decimal.parse("0.5"))
                  .rule(ONE)
                  .build())
          .build();

  private static Assessment.Builder phuThong() {
    return Assessment.builder()
        .unitCode("01969")
        .periodId("2022")
        .catalogId("cchc-xa")
        .catalogVersion("2022.1");
  }

  private static AssessedScore score(String code, Round round, String points) {
    return AssessedScore.of(code, round, Decimal.parse(points));
  }

  private static List<String> messages(AssessmentCheck check, Language language) {
    return check.findings().stream().map(f -> f.message().in(language)).toList();
  }

  @Test
  void check_validScores_acceptsAllWithoutFindings() {
    Assessment a =
        phuThong()
            .addScores(
                score("1.1", Round.SELF_ASSESSMENT, "1"),
                score("1.1", Round.APPRAISAL, "0.5"),
                score("1.1", Round.EXPLANATION, "1"),
                score("1.1", Round.RE_APPRAISAL, "1"),
                score("P.1", Round.FINAL, "-0.25"),
                score("2.1", Round.FINAL, "2.5"))
            .build();

    AssessmentCheck check = AssessmentCheck.of(CATALOG, a);

    assertThat(check.findings()).isEmpty();
    assertThat(check.accepted()).isEqualTo(a);
  }

  @Test
  void check_unknownCriterion_isRejectedWithSuggestionAndPosition() {
    Assessment a = phuThong().addScores(score("1.3", Round.SELF_ASSESSMENT, "1")).build();

    AssessmentCheck check = AssessmentCheck.of(CATALOG, a);

    assertThat(check.accepted().scores()).isEmpty();
    assertThat(check.findings()).extracting(Finding::code).containsExactly("RB801");
    assertThat(messages(check, Language.EN))
        .containsExactly(
            "Criterion '1.3' (scored in the self-assessment round) is not in the catalog; did you"
                + " mean '1.1'? ($.scores[0], RB801)");
  }

  @Test
  void check_pointsAboveMaxAndBelowPenaltyFloor_areRejected() {
    Assessment a =
        phuThong()
            .addScores(
                score("1.2", Round.SELF_ASSESSMENT, "2.5"),
                score("P.1", Round.FINAL, "-0.75"),
                score("1.1", Round.APPRAISAL, "-1"))
            .build();

    AssessmentCheck check = AssessmentCheck.of(CATALOG, a);

    assertThat(check.accepted().scores()).isEmpty();
    assertThat(messages(check, Language.VI))
        .containsExactly(
            "Tiêu chí 1.2, vòng tự đánh giá: điểm phải trong khoảng [0, 2] nhưng là 2,5"
                + " ($.scores[0], RB802)",
            "Tiêu chí P.1, vòng chính thức: điểm phải trong khoảng [−0,5, 0] nhưng là −0,75"
                + " ($.scores[1], RB802)",
            "Tiêu chí 1.1, vòng thẩm định: điểm phải trong khoảng [0, 1] nhưng là −1"
                + " ($.scores[2], RB802)");
  }

  @Test
  void check_surveySelfScored_isRejected() {
    Assessment a = phuThong().addScores(score("2.1", Round.SELF_ASSESSMENT, "3")).build();

    AssessmentCheck check = AssessmentCheck.of(CATALOG, a);

    assertThat(check.accepted().scores()).isEmpty();
    assertThat(check.findings()).extracting(Finding::code).containsExactly("RB805");
  }

  @Test
  void check_roundsOutOfOrder_areReportedAndKept() {
    Assessment a =
        phuThong()
            .addScores(
                score("1.1", Round.EXPLANATION, "1"),
                AssessedScore.builder()
                    .criterionCode("1.2")
                    .round(Round.SELF_ASSESSMENT)
                    .points(Decimal.ONE)
                    .date(LocalDate.of(2023, 1, 10))
                    .build(),
                AssessedScore.builder()
                    .criterionCode("1.2")
                    .round(Round.APPRAISAL)
                    .points(Decimal.ONE)
                    .date(LocalDate.of(2023, 1, 5))
                    .build())
            .build();

    AssessmentCheck check = AssessmentCheck.of(CATALOG, a);

    assertThat(check.accepted()).isEqualTo(a);
    assertThat(messages(check, Language.EN))
        .containsExactly(
            "Criterion 1.1: scored in the explanation round but not in the appraisal round"
                + " ($.scores[0], RB803)",
            "Criterion 1.2: the appraisal round's score of 2023-01-05 is dated before the"
                + " self-assessment round's of 2023-01-10 ($.scores[2], RB803)");
  }

  @Test
  void check_finalTotalContradictingItsCriteria_isReported() {
    Assessment a =
        phuThong()
            .addScores(
                score("1.1", Round.FINAL, "1"),
                score("1.2", Round.FINAL, "1"),
                score("1", Round.FINAL, "3"),
                score("2", Round.APPRAISAL, "3"))
            .build();

    AssessmentCheck check = AssessmentCheck.of(CATALOG, a);

    assertThat(check.findings()).extracting(Finding::code).containsExactly("RB804", "RB808");
    assertThat(messages(check, Language.EN).get(0))
        .isEqualTo(
            "In the final round, 1 scores 3 points but its criteria add up to 2 ($.scores[2],"
                + " RB804)");
    assertThat(check.accepted().scores()).hasSize(3);
  }

  @Test
  void check_otherCatalogVersion_rejectsEveryScore() {
    Assessment a =
        phuThong()
            .catalogVersion("2021.1")
            .addScores(score("1.1", Round.SELF_ASSESSMENT, "1"))
            .build();

    AssessmentCheck check = AssessmentCheck.of(CATALOG, a);

    assertThat(check.accepted().scores()).isEmpty();
    assertThat(messages(check, Language.EN))
        .containsExactly(
            "Assessment: expected catalogVersion '2022.1' but found '2021.1'; the assessment is"
                + " ignored ($, RB807)");
  }
}
