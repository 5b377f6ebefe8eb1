package dev.rubric.examples.advice;

// guide:advice-imports
import dev.rubric.cohort.advice.Advisor;
import dev.rubric.cohort.advice.Change;
import dev.rubric.cohort.advice.Fix;
import dev.rubric.cohort.advice.UnitAdvice;
import dev.rubric.cohort.advice.Unsolved;
import dev.rubric.core.Language;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.dsl.CompiledCatalog;
import java.io.PrintStream;

// end guide:advice-imports

/**
 * The example of {@code docs/guide.md}, "Analysis: which fix gains most": prints one unit's first
 * fixes and the criteria without a fix. The regions between the {@code guide:} marker comments
 * appear in the guide verbatim; {@code AdviceExampleTest} checks that, and runs the example on Thị
 * trấn Phủ Thông.
 */
public final class AdviceExample {
  private AdviceExample() {}

  /** Prints the first {@code n} fixes of the unit of {@code file} and returns its advice. */
  // guide:advise
  static UnitAdvice advise(CompiledCatalog catalog, EvidenceFile file, int n, PrintStream out) {
    // One advisor per catalog; it is immutable and may be shared by threads.
    Advisor advisor = Advisor.of(catalog);
    UnitAdvice advice = advisor.advise(file);
    for (Fix fix : advice.top(n)) {
      Change change = fix.changes().get(0);
      out.println(
          fix.criterionCode()
              + ": "
              + change.inputKey()
              + " → "
              + change.to()
              + ", +"
              + fix.pointsGained()
              + " points, index "
              + fix.indexRoundedBefore()
              + " → "
              + fix.indexRoundedAfter()
              + (fix.changesBand() ? ", band " + fix.bandAfter().get().in(Language.EN) : ""));
    }
    for (Unsolved u : advice.unsolved()) {
      out.println(u.criterionCode() + ": no fix (" + u.reason().code() + ")");
    }
    return advice;
  }
  // end guide:advise
}
