package dev.rubric.cohort.reconcile;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.assessment.Round;
import dev.rubric.core.catalog.Channel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One criterion of one unit side by side: the points claimed, computed, appraised and final, the
 * gaps between them and where the final points came from.
 *
 * @param code the criterion's code, e.g. {@code "2.3"}
 * @param title the criterion's title
 * @param channel how the criterion is scored; survey criteria are never claimed
 * @param max the criterion's maximum points (for a penalty, the largest deduction)
 * @param claimed the self-assessed points, if the unit scored itself
 * @param computed the points the catalog computed from the evidence
 * @param appraised the council's points in its latest appraisal round (re-appraisal, else
 *     appraisal), if it appraised the criterion
 * @param appraisedIn the round {@code appraised} comes from
 * @param explained the points the unit gave in its explanation, if it explained
 * @param finalPoints the final points: the final round's, else the latest appraisal's, else the
 *     computed ones
 * @param source where {@code finalPoints} came from
 * @param remark the council's remark on its latest decision, if it wrote one
 * @param gaps the gaps found, in the order of {@link GapKind}; {@code [AGREED]} when none
 */
public record CriterionLine(
    String code,
    LocalizedText title,
    Channel channel,
    Decimal max,
    Optional<Decimal> claimed,
    Decimal computed,
    Optional<Decimal> appraised,
    Optional<Round> appraisedIn,
    Optional<Decimal> explained,
    Decimal finalPoints,
    ScoreSource source,
    Optional<String> remark,
    List<GapKind> gaps) {

  /** Checks and copies the components. */
  public CriterionLine {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(claimed, "claimed");
    Objects.requireNonNull(computed, "computed");
    Objects.requireNonNull(appraised, "appraised");
    Objects.requireNonNull(appraisedIn, "appraisedIn");
    Objects.requireNonNull(explained, "explained");
    Objects.requireNonNull(finalPoints, "finalPoints");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(remark, "remark");
    gaps = List.copyOf(gaps);
  }

  /** Returns the points claimed above the computed ones; zero when not over-claimed. */
  public Decimal overClaim() {
    return claimed.map(c -> c.minus(computed).max(Decimal.ZERO)).orElse(Decimal.ZERO);
  }

  /** Returns whether the line has a gap, i.e. is not {@link GapKind#AGREED}. */
  public boolean hasGap() {
    return !gaps.equals(List.of(GapKind.AGREED));
  }
}
