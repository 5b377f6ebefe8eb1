package dev.rubric.examples.robust;

// guide:robustness-imports
import dev.rubric.cohort.robust.AreaInfluence;
import dev.rubric.cohort.robust.RankRobustness;
import dev.rubric.cohort.robust.RobustnessAccumulator;
import dev.rubric.cohort.robust.RobustnessOptions;
import dev.rubric.cohort.robust.UnitRobustness;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.dsl.CompiledCatalog;
import java.io.PrintStream;

// end guide:robustness-imports

/**
 * The example of {@code docs/guide.md}, "Rank robustness": analyses how a cohort's ranking holds
 * when the areas' weights move, and prints the units whose rank moves and the most influential
 * weight. The regions between the {@code guide:} marker comments appear in the guide verbatim;
 * {@code RobustnessExampleTest} checks that, and runs the example on Bạch Thông.
 */
public final class RobustnessExample {
  private RobustnessExample() {}

  /** Analyses the ranking of {@code cohort}, prints its moving units, and returns the analysis. */
  // guide:robustness
  static RankRobustness analyse(
      CompiledCatalog catalog, Iterable<EvidenceFile> cohort, PrintStream out) {
    // Each unit is evaluated once, streamed; the accumulator keeps its areas' exact terms.
    RobustnessAccumulator accumulator = new RobustnessAccumulator(catalog.catalog());
    catalog.evaluateAll(cohort, accumulator);
    // 1000 runs, weights ±40% except the survey's (fixed), seed 7: the same seed, the same result
    RobustnessOptions options =
        RobustnessOptions.defaults().withSpread(400).withAreaSpread("S", 0).withSeed(7);
    RankRobustness analysis = accumulator.analyse(options);
    for (UnitRobustness u : analysis.units()) {
      if (u.lowRank() != u.highRank() || u.bandChanges() > 0) {
        out.println(
            u.unitName()
                + ": rank "
                + u.rank()
                + ", median "
                + u.medianRank()
                + ", 5–95% "
                + u.lowRank()
                + "–"
                + u.highRank()
                + ", band change "
                + u.bandChangeProbability(3)
                + (u.stable() ? ", stable" : ", not stable"));
      }
    }
    AreaInfluence most = analysis.areas().get(0);
    for (AreaInfluence a : analysis.areas()) {
      // all areas' shifts are summed over the same units × 10 values: totals compare exactly
      if (a.rankShiftTotal() > most.rankShiftTotal()) {
        most = a;
      }
    }
    out.println("most influential weight: area " + most.code() + ", " + most.meanRankShift(2));
    return analysis;
  }
  // end guide:robustness
}
