package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import dev.rubric.core.waiver.Waiver;
import dev.rubric.core.waiver.WaiverEffect;
import dev.rubric.core.waiver.Waivers;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evaluation with waivers: the bundled catalog, Cao Sơn's evidence and its bundled waivers (3.4 not
 * applicable, 3.5 fixed at 1.5 points, 7.3 full points but expired), and waivers built in code.
 */
class WaiverEvaluationTest {
  static final Path EVIDENCE =
      Path.of("../examples/data/evidence/bach-thong-2022/02002-cao-son.json");
  static final Path WAIVERS = Path.of("../examples/data/waivers/02002-cao-son-2022.json");

  private static CompiledCatalog catalog;
  private static EvidenceFile caoSon;
  private static Waivers waivers;

  @BeforeAll
  static void load() throws IOException {
    catalog = SampleCatalogTest.compileSample().orElseThrow();
    caoSon = EvidenceLoader.readJson(EVIDENCE, "02002-cao-son.json");
    waivers = Waivers.read(WAIVERS, "02002-cao-son-2022.json");
  }

  private static Waiver.Builder waiver(String criterion, WaiverEffect effect) {
    return Waiver.builder()
        .unitCode("02002")
        .criterionCode(criterion)
        .effect(effect)
        .reason("Sáp nhập xã")
        .decision("215/QĐ-UBND")
        .approver("UBND huyện Bạch Thông")
        .validFrom(LocalDate.of(2022, 1, 1))
        .validUntil(LocalDate.of(2022, 12, 31));
  }

  @Test
  void evaluate_withoutWaivers_isThePlainEvaluation() {
    WaivedEvaluation e = catalog.evaluate(caoSon, waivers);

    assertThat(Json.write(e.withoutWaivers())).isEqualTo(Json.write(catalog.evaluate(caoSon)));
    assertThat(e.withoutWaivers().waivers()).isEmpty();
  }

  @Test
  void evaluate_bundledWaivers_marksTheTwoInForceAndDecidesTheirPoints() {
    Scorecard with = catalog.evaluate(caoSon, waivers).withWaivers();

    assertThat(with.waivers().keySet()).containsExactly("3.4", "3.5");
    NodeResult na = with.node("3.4").orElseThrow();
    assertThat(List.of(na.status(), na.earned(), na.applicableMax()))
        .containsExactly(NodeStatus.NOT_APPLICABLE, Decimal.ZERO, Decimal.ZERO);
    NodeResult fixed = with.node("3.5").orElseThrow();
    assertThat(List.of(fixed.status(), fixed.earned(), fixed.applicableMax()))
        .containsExactly(NodeStatus.PARTIAL, Decimal.parse("1.5"), Decimal.of(3));
    assertThat(with.waiver("7.3")).isEmpty();
  }

  @Test
  void evaluate_bundledWaivers_parentAndTotalsAddUp() {
    WaivedEvaluation e = catalog.evaluate(caoSon, waivers);
    NodeResult before = e.withoutWaivers().node("3").orElseThrow();
    NodeResult after = e.withWaivers().node("3").orElseThrow();
    NodeResult before34 = e.withoutWaivers().node("3.4").orElseThrow();
    NodeResult before35 = e.withoutWaivers().node("3.5").orElseThrow();

    assertThat(after.applicableMax()).isEqualTo(before.applicableMax().minus(Decimal.of(4)));
    assertThat(after.earned())
        .isEqualTo(
            before
                .earned()
                .minus(before34.earned())
                .minus(before35.earned())
                .plus(Decimal.parse("1.5")));
    assertThat(e.withWaivers().total())
        .isEqualTo(e.withoutWaivers().total().minus(before.earned()).plus(after.earned()));
    assertThat(e.withWaivers().index()).isNotEqualTo(e.withoutWaivers().index());
  }

  @Test
  void evaluate_bundledWaivers_findingsListTheAppliedAndTheExpired() {
    List<Finding> waiverFindings =
        catalog.evaluate(caoSon, waivers).withWaivers().findings().stream()
            .filter(f -> f.code().startsWith("RB75"))
            .toList();

    assertThat(waiverFindings)
        .extracting(f -> f.message().in(Language.EN))
        .containsExactly(
            "The waiver for 7.3 (decision 187/QĐ-UBND) is in force from 2021-01-01 to 2021-12-31,"
                + " not on 2022-12-31; it was not applied (RB755)",
            "Waivers applied: 3.4 not_applicable (215/QĐ-UBND); 3.5 fixed_points 1.5"
                + " (215/QĐ-UBND) (RB754)");
  }

  @Test
  void evaluate_waivedNode_explainsTheWaiverInBothLanguages() {
    NodeResult n = catalog.evaluate(caoSon, waivers).withWaivers().node("3.5").orElseThrow();

    assertThat(n.explanation().children())
        .extracting(x -> x.text().vi())
        .containsExactly(
            "Tính 1,5 điểm theo miễn trừ, quyết định 215/QĐ-UBND (Chủ tịch UBND huyện Bạch"
                + " Thông): Phần mềm một cửa chưa kết nối trong thời gian sáp nhập; tính theo kết"
                + " quả số hóa thủ công đã được kiểm tra");
  }

  @Test
  void evaluate_notApplicableWaiverOnAnArea_excludesTheWholeArea() {
    Waivers area = Waivers.of(List.of(waiver("3", WaiverEffect.NOT_APPLICABLE).build()));

    Scorecard with = catalog.evaluate(caoSon, area).withWaivers();

    assertThat(with.node("3").orElseThrow().flatten())
        .allSatisfy(
            n -> {
              assertThat(n.status()).isEqualTo(NodeStatus.NOT_APPLICABLE);
              assertThat(n.applicableMax()).isEqualTo(Decimal.ZERO);
            });
    assertThat(with.waivers().keySet()).containsExactly("3");
  }

  @Test
  void evaluate_fullPoints_givesTheMaximum() {
    Waivers full = Waivers.of(List.of(waiver("3.4", WaiverEffect.FULL_POINTS).build()));

    NodeResult n = catalog.evaluate(caoSon, full).withWaivers().node("3.4").orElseThrow();

    assertThat(List.of(n.status(), n.earned())).containsExactly(NodeStatus.MET, Decimal.of(4));
  }

  @Test
  void evaluate_pointsWaiverForACriterionThatDoesNotApply_changesNothingAndSaysSo() {
    // 3.6 applies only to communes that collect fees; Cao Sơn does not
    Waivers moot = Waivers.of(List.of(waiver("3.6", WaiverEffect.FULL_POINTS).build()));

    WaivedEvaluation e = catalog.evaluate(caoSon, moot);

    assertThat(e.withWaivers().waivers()).isEmpty();
    assertThat(e.withWaivers().index()).isEqualTo(e.withoutWaivers().index());
    assertThat(e.withWaivers().findingsFor("3.6"))
        .extracting(f -> f.message().in(Language.EN))
        .containsExactly(
            "The waiver for 3.6 (decision 215/QĐ-UBND) changed nothing: the criterion does not"
                + " apply to the unit, or whether it applies could not be decided (RB756)");
  }

  @Test
  void evaluate_waiverBelowAWaivedArea_changesNothing() {
    Waivers both =
        Waivers.of(
            List.of(
                waiver("3", WaiverEffect.NOT_APPLICABLE).build(),
                waiver("3.2", WaiverEffect.FULL_POINTS).build()));

    Scorecard with = catalog.evaluate(caoSon, both).withWaivers();

    assertThat(with.waivers().keySet()).containsExactly("3");
    assertThat(with.findingsFor("3.2")).extracting(Finding::code).containsExactly("RB756");
  }

  @Test
  void evaluate_withWaiversJson_roundTripsWithTheWaivers() {
    Scorecard with = catalog.evaluate(caoSon, waivers).withWaivers();

    String json = Json.write(with);

    assertThat(json).contains("\"waiver\": {\n            \"effect\": \"fixed_points\"");
    assertThat(Json.write(Json.readScorecard("s.json", json))).isEqualTo(json);
    assertThat(Json.readScorecard("s.json", json).waivers()).isEqualTo(with.waivers());
  }

  @Test
  void evaluate_twice_isByteIdentical() {
    assertThat(Json.write(catalog.evaluate(caoSon, waivers).withWaivers()))
        .isEqualTo(Json.write(catalog.evaluate(caoSon, waivers).withWaivers()));
  }

  @Test
  void evaluate_waiverOfAnotherUnit_isRB751AndNothingIsEvaluated() {
    Waivers other =
        Waivers.of(List.of(waiver("3.4", WaiverEffect.FULL_POINTS).unitCode("02003").build()));

    assertThatThrownBy(() -> catalog.evaluate(caoSon, other))
        .isInstanceOf(InvalidWaiversException.class)
        .hasMessage(
            "02003/3.4: error: unit: unit '02003' is not among the units evaluated (02002); did"
                + " you mean '02002'? [RB751]");
  }

  @Test
  void evaluateAll_cohort_pairsEveryUnitInOrder_andWaivesOnlyItsUnit() throws IOException {
    EvidenceFile phuThong =
        EvidenceLoader.readJson(
            Path.of("../examples/data/evidence/bach-thong-2022/01969-phu-thong.json"), "p.json");

    List<WaivedEvaluation> all = catalog.evaluateAll(List.of(phuThong, caoSon), waivers);

    assertThat(all)
        .extracting(e -> e.withWaivers().unitCode(), e -> e.applied().size())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("01969", 0),
            org.assertj.core.groups.Tuple.tuple("02002", 2));
    assertThat(Json.write(all.get(1).withWaivers()))
        .isEqualTo(Json.write(catalog.evaluate(caoSon, waivers).withWaivers()));
  }

  @Test
  void evaluate_everyProblem_isListed() {
    Waivers bad =
        Waivers.of(
            List.of(
                waiver("3.9", WaiverEffect.NOT_APPLICABLE).build(),
                waiver("3", WaiverEffect.FULL_POINTS).build(),
                waiver("3.5", WaiverEffect.FIXED_POINTS).points(Decimal.of(4)).build()));

    assertThatThrownBy(() -> catalog.evaluate(caoSon, bad))
        .isInstanceOfSatisfying(
            InvalidWaiversException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidWaiversException.Problem::code)
                    .containsExactly(
                        DiagnosticCode.WAIVER_UNKNOWN_CRITERION,
                        DiagnosticCode.WAIVER_POINTS_ON_PARENT,
                        DiagnosticCode.WAIVER_POINTS_OUT_OF_RANGE));
  }
}
