package dev.rubric.cohort.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Decimal;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link CohortAdvice} over the 14 bundled units of Bạch Thông. */
class CohortAdviceTest {
  static CompiledCatalog catalog;
  static CohortAdvice advice;

  @BeforeAll
  static void advise() throws IOException {
    catalog = AdvisorTest.sample();
    Advisor advisor = Advisor.of(catalog);
    List<UnitAdvice> units = new ArrayList<>();
    try (Stream<Path> s = Files.list(AdvisorTest.BACH_THONG)) {
      for (Path p : s.sorted().toList()) {
        EvidenceFile f = AdvisorTest.evidence(p.getFileName().toString());
        units.add(advisor.advise(f));
      }
    }
    advice = CohortAdvice.of(catalog.catalog(), units);
  }

  @Test
  void pareto_totalsLostPointsOfEveryLeaf() {
    // independent sum: every applicable leaf's shortfall, and every penalty deducted, over all
    // units
    Decimal expected = Decimal.ZERO;
    for (UnitAdvice u : advice.units()) {
      Scorecard c = u.scorecard();
      for (NodeResult root : c.nodes()) {
        for (NodeResult n : root.flatten()) {
          if (n.children().isEmpty() && n.status() != NodeStatus.NOT_APPLICABLE) {
            expected =
                expected.plus(
                    n.code().startsWith("P")
                        ? n.earned().negate().max(Decimal.ZERO)
                        : n.pointsLost());
          }
        }
      }
    }
    Decimal total =
        advice.pareto().stream()
            .map(CohortAdvice.ParetoRow::pointsLost)
            .reduce(Decimal.ZERO, Decimal::plus);
    assertThat(total).isEqualTo(expected);
  }

  @Test
  void pareto_isSortedAndCumulatesToOneHundredPercent() {
    assertThat(advice.pareto())
        .isSortedAccordingTo(Comparator.comparing(CohortAdvice.ParetoRow::pointsLost).reversed());
    assertThat(advice.pareto().get(advice.pareto().size() - 1).cumulativeShare())
        .isEqualTo(Decimal.parse("100.00"));
    assertThat(advice.units()).hasSize(14);
    assertThat(advice.units()).allSatisfy(u -> assertThat(u.top(3)).hasSizeLessThanOrEqualTo(3));
  }
}
