package dev.rubric.dsl;

import static dev.rubric.dsl.EvaluationFixtures.YEAR_2022;
import static dev.rubric.dsl.EvaluationFixtures.catalog;
import static dev.rubric.dsl.EvaluationFixtures.compile;
import static dev.rubric.dsl.EvaluationFixtures.dec;
import static dev.rubric.dsl.EvaluationFixtures.evidence;
import static dev.rubric.dsl.EvaluationFixtures.node;
import static dev.rubric.dsl.EvaluationFixtures.ratio;
import static dev.rubric.dsl.EvaluationFixtures.town;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Language;
import dev.rubric.core.Unit;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.result.ChannelTotal;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * {@code applies-when … else full | exclude | renormalise}: what a node that does not apply to a
 * unit earns, what it counts in the applicable maximum, and how the index is rescaled.
 *
 * <p>The catalog has area 1 (max 6, half earned: 3 points) and area 2 (max 4, 1 point when it
 * applies) that applies only to units with a one-stop desk.
 */
class ApplicabilityTest {

  private static CompiledCatalog oneStopCatalog(String policy) {
    return compile(
        catalog(
            "    ratio ty_le \"Tỷ lệ\"",
            "  attributes {\n"
                + "    flag co_mot_cua \"Có bộ phận một cửa\"\n"
                + "  }\n"
                + "  area \"1\" \"Chỉ đạo, điều hành\" max 6 {\n"
                + "    points = ty_le * max\n"
                + "  }\n"
                + "  area \"2\" \"Bộ phận một cửa\" max 4 applies-when unit.co_mot_cua else "
                + policy
                + " {\n"
                + "    points = 1\n"
                + "  }"));
  }

  private static Scorecard evaluateTown(CompiledCatalog c, boolean oneStop) {
    Unit unit = town().putAttributes("co_mot_cua", AttributeValue.of(oneStop)).build();
    return c.evaluate(unit, YEAR_2022, evidence().putEvidence("ty_le", ratio(1, 2)).build());
  }

  @Test
  void appliesWhen_conditionHolds_evaluatesTheRule() {
    Scorecard card = evaluateTown(oneStopCatalog("exclude"), true);

    // (3 + 1) / (6 + 4)
    assertThat(card)
        .extracting(Scorecard::total, Scorecard::index)
        .containsExactly(dec("4"), dec("40"));
    assertThat(node(card, "2"))
        .extracting(NodeResult::earned, NodeResult::applicableMax, NodeResult::status)
        .containsExactly(dec("1"), dec("4"), NodeStatus.PARTIAL);
  }

  @Test
  void elseFull_notApplicable_awardsTheMax() {
    Scorecard card = evaluateTown(oneStopCatalog("full"), false);

    // (3 + 4) / (6 + 4)
    assertThat(node(card, "2"))
        .extracting(NodeResult::earned, NodeResult::applicableMax, NodeResult::status)
        .containsExactly(dec("4"), dec("4"), NodeStatus.NOT_APPLICABLE);
    assertThat(card)
        .extracting(Scorecard::total, Scorecard::index)
        .containsExactly(dec("7"), dec("70"));
    assertThat(card.findingsFor("2")).isEmpty();
  }

  @Test
  void elseExclude_notApplicable_removesTheMaxAndRescalesTheIndex() {
    Scorecard card = evaluateTown(oneStopCatalog("exclude"), false);

    // 3 / 6: area 2 counts neither in the points nor in the applicable max
    assertThat(node(card, "2"))
        .extracting(
            NodeResult::earned, NodeResult::max, NodeResult::applicableMax, NodeResult::status)
        .containsExactly(dec("0"), dec("4"), dec("0"), NodeStatus.NOT_APPLICABLE);
    assertThat(card)
        .extracting(Scorecard::total, Scorecard::index)
        .containsExactly(dec("3"), dec("50"));
    assertThat(card.channelTotals())
        .containsEntry(Channel.APPRAISAL, new ChannelTotal(dec("3"), dec("6")));
    assertThat(card.findingsFor("2")).isEmpty();
  }

  @Test
  void elseExclude_explanation_saysWhy() {
    Scorecard card = evaluateTown(oneStopCatalog("exclude"), false);

    assertThat(node(card, "2").explanation().render(Language.EN))
        .isEqualTo(
            "2 Bộ phận một cửa: 0/0 points (Not applicable)\n"
                + "  unit.co_mot_cua does not hold\n"
                + "  does not apply, so it is left out of the total");
  }

  @Test
  void elseExclude_onParent_excludesEveryChild() {
    CompiledCatalog c =
        compile(
            catalog(
                "    ratio ty_le \"Tỷ lệ\"",
                "  area \"1\" \"A\" max 6 {\n"
                    + "    points = ty_le * max\n"
                    + "  }\n"
                    + "  area \"7\" \"Quản lý đô thị\" applies-when unit.kind in [\"thi_tran\", \"phuong\"] else exclude {\n"
                    + "    criterion \"7.1\" \"X\" max 1 { points = ty_le * max }\n"
                    + "    criterion \"7.2\" \"Y\" max 3 { points = ty_le * max }\n"
                    + "  }"));

    Scorecard card =
        c.evaluate(
            town().kind("xa").build(),
            YEAR_2022,
            evidence().putEvidence("ty_le", ratio(1, 2)).build());

    assertThat(node(card, "7").flatten())
        .extracting(
            NodeResult::code, NodeResult::earned, NodeResult::applicableMax, NodeResult::status)
        .containsExactly(
            tuple("7", dec("0"), dec("0"), NodeStatus.NOT_APPLICABLE),
            tuple("7.1", dec("0"), dec("0"), NodeStatus.NOT_APPLICABLE),
            tuple("7.2", dec("0"), dec("0"), NodeStatus.NOT_APPLICABLE));
    assertThat(card.index()).isEqualTo(dec("50"));
  }

  // ---------------------------------------------------------------- else renormalise

  private static final CompiledCatalog SURVEYED =
      compile(
          catalog(
              "    ratio ty_le \"Tỷ lệ\"\n    ratio hai_long \"Người dân hài lòng / được khảo sát\"",
              "  area \"1\" \"Thẩm định\" max 7 {\n"
                  + "    points = ty_le * max\n"
                  + "  }\n"
                  + "  area \"S\" \"Khảo sát người dân\" max 3 channel survey {\n"
                  + "    criterion \"S.1\" \"Mức độ hài lòng\" max 3 applies-when present(hai_long) else renormalise {\n"
                  + "      points = hai_long * max\n"
                  + "    }\n"
                  + "  }"));

  @Test
  void elseRenormalise_surveyMissing_dropsTheChannelFromTheIndex() {
    Scorecard card = evaluate(SURVEYED, evidence().putEvidence("ty_le", ratio(9, 10)));

    // appraised / appraisal max × 100 = 6.3 / 7 × 100
    assertThat(card)
        .extracting(Scorecard::total, Scorecard::index, Scorecard::surveyIncluded)
        .containsExactly(dec("6.3"), dec("90"), false);
    assertThat(node(card, "S.1"))
        .extracting(NodeResult::earned, NodeResult::applicableMax, NodeResult::status)
        .containsExactly(dec("0"), dec("0"), NodeStatus.NOT_APPLICABLE);
    assertThat(card.channelTotals())
        .containsEntry(Channel.SURVEY, new ChannelTotal(dec("0"), dec("0")));
  }

  @Test
  void elseRenormalise_surveyPresent_keepsTheChannel() {
    Scorecard card =
        evaluate(
            SURVEYED,
            evidence().putEvidence("ty_le", ratio(9, 10)).putEvidence("hai_long", ratio(1, 2)));

    // (6.3 + 1.5) / (7 + 3) × 100
    assertThat(card)
        .extracting(Scorecard::total, Scorecard::index, Scorecard::surveyIncluded)
        .containsExactly(dec("7.8"), dec("78"), true);
    assertThat(card.channelTotals())
        .containsEntry(Channel.APPRAISAL, new ChannelTotal(dec("6.3"), dec("7")))
        .containsEntry(Channel.SURVEY, new ChannelTotal(dec("1.5"), dec("3")));
  }

  private static Scorecard evaluate(CompiledCatalog c, EvidenceSet.Builder evidence) {
    return EvaluationFixtures.evaluate(c, evidence);
  }
}
