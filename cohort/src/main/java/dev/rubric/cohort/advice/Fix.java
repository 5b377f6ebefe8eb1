package dev.rubric.cohort.advice;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The smallest change of evidence that lifts one criterion to its next level, and what it gains:
 * the values come from evaluating the unit again with the change applied, so applying {@link
 * #changes()} to the evidence and evaluating gives exactly these numbers.
 *
 * <p>A record rather than an Immutables type although it has many components: the advisor creates
 * it positionally with every component required, and equality is plain structural equality.
 *
 * @param criterionCode the criterion's code
 * @param title the criterion's title
 * @param changes the evidence to change, one item (the advisor changes one input at a time)
 * @param pointsBefore the criterion's points now
 * @param pointsAfter the criterion's points after the change
 * @param indexBefore the unit's unrounded index now
 * @param indexAfter the unit's unrounded index after the change
 * @param indexRoundedBefore the published (rounded) index now
 * @param indexRoundedAfter the published (rounded) index after the change
 * @param bandBefore the band now, empty when the catalog has none
 * @param bandAfter the band after the change
 */
public record Fix(
    String criterionCode,
    LocalizedText title,
    List<Change> changes,
    Decimal pointsBefore,
    Decimal pointsAfter,
    Decimal indexBefore,
    Decimal indexAfter,
    Decimal indexRoundedBefore,
    Decimal indexRoundedAfter,
    Optional<LocalizedText> bandBefore,
    Optional<LocalizedText> bandAfter) {

  /**
   * Checks the components and copies the list.
   *
   * @throws NullPointerException if a component or change is null
   * @throws IllegalArgumentException if {@code changes} is empty
   */
  public Fix {
    Objects.requireNonNull(criterionCode, "criterionCode");
    Objects.requireNonNull(title, "title");
    changes = List.copyOf(changes);
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("changes: expected at least one change but found none");
    }
    Objects.requireNonNull(pointsBefore, "pointsBefore");
    Objects.requireNonNull(pointsAfter, "pointsAfter");
    Objects.requireNonNull(indexBefore, "indexBefore");
    Objects.requireNonNull(indexAfter, "indexAfter");
    Objects.requireNonNull(indexRoundedBefore, "indexRoundedBefore");
    Objects.requireNonNull(indexRoundedAfter, "indexRoundedAfter");
    Objects.requireNonNull(bandBefore, "bandBefore");
    Objects.requireNonNull(bandAfter, "bandAfter");
  }

  /** Returns the criterion's points gained: {@code pointsAfter − pointsBefore}. */
  public Decimal pointsGained() {
    return pointsAfter.minus(pointsBefore);
  }

  /** Returns the unrounded index gained: {@code indexAfter − indexBefore}. */
  public Decimal indexGained() {
    return indexAfter.minus(indexBefore);
  }

  /** Returns whether the change moves the unit into another band. */
  public boolean changesBand() {
    return !bandBefore.equals(bandAfter);
  }
}
