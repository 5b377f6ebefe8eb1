package dev.rubric.dsl.issues;

import static dev.rubric.dsl.EvaluationFixtures.compile;
import static dev.rubric.dsl.EvaluationFixtures.count;
import static dev.rubric.dsl.EvaluationFixtures.dec;
import static dev.rubric.dsl.EvaluationFixtures.evaluate;
import static dev.rubric.dsl.EvaluationFixtures.evidence;
import static dev.rubric.dsl.EvaluationFixtures.flag;
import static dev.rubric.dsl.EvaluationFixtures.ratio;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.LocalizedText;
import dev.rubric.core.result.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * Regression of issue 11 ("Evaluation, second design", section "Exact to the last digit"): a
 * weighted index whose exact value is 99/480 = 0.20625 was published as 0.2062 under {@code round 4
 * half-up}, and the unit fell into the band below 0.2063, because area shares were computed from
 * node points already cut to 20 decimal places for display.
 */
class Issue11Test {

  /*
   * The user's catalog. Area A earns 1 of 3 points, area B earns min(1, r / 60%) × 4 with r = 1/8,
   * which is 5/6 of a point (0.83333… without end), and area C earns 0 of 4. Exactly:
   *
   *   index = (40 · 1/3 + 35 · (5/6)/4 + 25 · 0) / 100 = (40/3 + 175/24) / 100 = 99/480 = 0.20625
   *
   * which is on a half-way point of the 4-decimal grid and rounds half-up to 0.2063. From the
   * displayed 0.83333333333333333333 the index is a hair below 0.20625 and rounds to 0.2062.
   */
  private static final String CATALOG =
      """
      catalog "dti-issue-11" version "1.0" {
        title "Chỉ số chuyển đổi số (trường hợp người dùng)" en "Digital index (a user's case)"
        applies-to commune

        inputs {
          count a "Số nhiệm vụ hoàn thành" en "Tasks done" higher-better required
          ratio r "Hồ sơ trực tuyến / tổng số" en "Online dossiers / all" higher-better required
          flag c "Có tổ công nghệ số" en "Has a digital team" required
        }

        area "A" "Chính quyền số" en "Digital government" {
          criterion "A.1" "Nhiệm vụ" en "Tasks" max 3 {
            award 1 per a cap 3
          }
        }
        area "B" "Kinh tế số" en "Digital economy" {
          criterion "B.1" "Hồ sơ trực tuyến" en "Online dossiers" max 4 {
            points = min(1, r / 60%) * max
          }
        }
        area "C" "Xã hội số" en "Digital society" {
          criterion "C.1" "Tổ công nghệ số" en "Digital team" max 4 {
            score 4 when c otherwise 0
          }
        }

        index weighted { "A": 40, "B": 35, "C": 25 }
        round 4 half-up
        bands { "Khá" en "Fair" >= 0.2063, otherwise "Cần cố gắng" en "Needs effort" }
      }
      """;

  private static Scorecard evaluateUsersCase() {
    return evaluate(
        compile(CATALOG),
        evidence()
            .putEvidence("a", count(1))
            .putEvidence("r", ratio(1, 8))
            .putEvidence("c", flag(false)));
  }

  @Test
  void weightedIndex_exactlyOnHalfWayPoint_roundsHalfUpOnce() {
    Scorecard card = evaluateUsersCase();

    assertThat(card.index()).isEqualTo(dec("0.20625"));
    assertThat(card.indexRounded()).isEqualTo(dec("0.2063"));
    assertThat(card.indexRounded().toString(card.indexDecimals())).isEqualTo("0.2063");
  }

  @Test
  void weightedIndex_roundedOntoThreshold_landsInTheHigherBand() {
    Scorecard card = evaluateUsersCase();

    assertThat(card.band()).contains(LocalizedText.of("Khá", "Fair"));
  }

  @Test
  void weightedIndex_nonTerminatingPoints_showsThemToTwentyPlaces() {
    Scorecard card = evaluateUsersCase();

    // Only what is decided is exact; a node's points are shown as before.
    assertThat(card.node("B.1").orElseThrow().earned()).isEqualTo(dec("0.83333333333333333333"));
    assertThat(card.node("B").orElseThrow().earned()).isEqualTo(dec("0.83333333333333333333"));
  }
}
