package dev.rubric.dsl;

import dev.rubric.core.Language;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.result.Scorecard;
import java.util.ArrayList;
import java.util.List;

/**
 * Thrown by a {@linkplain CompiledCatalog#strict() strict} evaluation when evidence or unit data
 * does not fit the catalog: the data-quality findings ({@link Scorecard#dataQualityFindings()})
 * that a lenient evaluation keeps in the scorecard. Offices that validate an import before
 * publishing it use it to refuse the whole import.
 *
 * <p>It keeps the first {@value #MAX_PROBLEMS} problems, in cohort order, and counts them all, so
 * that a strict streaming evaluation of any number of units stays in bounded memory. Its message
 * names the counts and the first problem, in English; {@link #problems()} has the findings, whose
 * {@linkplain Finding#message() messages} can be worded in any language.
 */
public final class DataQualityException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The most problems an exception keeps. */
  public static final int MAX_PROBLEMS = 100;

  /**
   * One data-quality finding of one unit.
   *
   * @param unitCode the unit's code
   * @param periodId the evaluated period's id
   * @param finding the data-quality finding
   */
  public record Problem(String unitCode, String periodId, Finding finding) {}

  private final transient List<Problem> problems;
  private final int problemCount;
  private final int unitCount;

  private DataQualityException(List<Problem> problems, int problemCount, int unitCount) {
    super(message(problems, problemCount, unitCount));
    this.problems = List.copyOf(problems);
    this.problemCount = problemCount;
    this.unitCount = unitCount;
  }

  /** Returns the first {@value #MAX_PROBLEMS} problems, in cohort order. */
  public List<Problem> problems() {
    return problems;
  }

  /** Returns the number of data-quality findings in all, kept or not. */
  public int problemCount() {
    return problemCount;
  }

  /** Returns the number of units with at least one data-quality finding. */
  public int unitCount() {
    return unitCount;
  }

  private static String message(List<Problem> problems, int problemCount, int unitCount) {
    Problem first = problems.get(0);
    return "strict evaluation: "
        + problemCount
        + (problemCount == 1 ? " data-quality finding" : " data-quality findings")
        + " in "
        + unitCount
        + (unitCount == 1 ? " unit" : " units")
        + "; the first: unit "
        + first.unitCode()
        + ": "
        + first.finding().message().in(Language.EN);
  }

  /** Gathers the problems of the scorecards of one strict evaluation. Not thread-safe. */
  static final class Collector {
    private final List<Problem> kept = new ArrayList<>();
    private int problemCount;
    private int unitCount;

    /** Notes the data-quality findings of {@code card}. */
    void note(Scorecard card) {
      List<Finding> found = card.dataQualityFindings();
      if (found.isEmpty()) {
        return;
      }
      unitCount++;
      problemCount += found.size();
      for (Finding f : found) {
        if (kept.size() == MAX_PROBLEMS) {
          break;
        }
        kept.add(new Problem(card.unitCode(), card.periodId(), f));
      }
    }

    /** Throws the exception of the problems noted, if any. */
    void throwIfAny() {
      if (problemCount > 0) {
        throw new DataQualityException(kept, problemCount, unitCount);
      }
    }
  }
}
