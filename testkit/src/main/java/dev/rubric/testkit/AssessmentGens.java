package dev.rubric.testkit;

import dev.rubric.core.Decimal;
import dev.rubric.core.assessment.AssessedScore;
import dev.rubric.core.assessment.Assessment;
import dev.rubric.core.assessment.Round;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Generators of assessments ({@code rubric-assessment/1}) that fit a catalog and a unit's
 * scorecard: self-scores, appraisals and final scores of the scored criteria, within each
 * criterion's range, never a self-score of a survey criterion, so that {@link
 * dev.rubric.core.assessment.AssessmentCheck} accepts every score.
 *
 * <pre>{@code
 * Scorecard card = compiled.evaluate(file);
 * Properties.forAll(AssessmentGens.assessments(compiled.catalog(), card))
 *     .check(a -> assertThat(AssessmentCheck.of(compiled.catalog(), a).findings()).isEmpty());
 * }</pre>
 *
 * <p>Every generator returned here is immutable and thread-safe.
 */
public final class AssessmentGens {

  private AssessmentGens() {}

  /**
   * Returns the assessment of {@code card}'s unit whose self-scores are exactly the computed points
   * of every scored criterion that is not of the survey channel.
   */
  public static Assessment claimingComputed(Catalog catalog, Scorecard card) {
    Objects.requireNonNull(catalog, "catalog");
    Assessment.Builder b = header(catalog, card);
    for (NodeResult leaf : leaves(card)) {
      if (leaf.channel() != Channel.SURVEY) {
        b.addScores(AssessedScore.of(leaf.code(), Round.SELF_ASSESSMENT, leaf.earned()));
      }
    }
    return b.build();
  }

  /**
   * Returns a generator of assessments of {@code card}'s unit: for each scored criterion, a
   * self-score (none for survey criteria, and sometimes none at all) that is often the computed
   * points and otherwise any points of its range in steps of 0.25; sometimes an appraisal, the
   * computed points or any points of the range; and sometimes a final score. Shrinks towards the
   * computed points, without appraisals or final scores.
   */
  public static Gen<Assessment> assessments(Catalog catalog, Scorecard card) {
    Objects.requireNonNull(catalog, "catalog");
    Set<String> penalties = new HashSet<>();
    catalog.penalties().forEach(p -> p.flatten().forEach(n -> penalties.add(n.code())));
    List<Gen<List<AssessedScore>>> perLeaf = new ArrayList<>();
    for (NodeResult leaf : leaves(card)) {
      boolean penalty = penalties.contains(leaf.code());
      Decimal floor = penalty ? leaf.max().negate() : Decimal.ZERO;
      Decimal ceiling = penalty ? Decimal.ZERO : leaf.max();
      Gen<Decimal> points =
          Gen.oneOf(
                  Gen.constant(leaf.earned()),
                  Gen.decimals(floor, ceiling, 2).map(AssessmentGens::quarter))
              .map(p -> p.max(floor).min(ceiling));
      Gen<List<AssessedScore>> self =
          leaf.channel() == Channel.SURVEY
              ? Gen.constant(List.of())
              : Gen.frequency(
                  Weighted.of(9, points.map(p -> List.of(score(leaf, Round.SELF_ASSESSMENT, p)))),
                  Weighted.of(1, Gen.constant(List.<AssessedScore>of())));
      Gen<List<AssessedScore>> appraisal =
          Gen.frequency(
              Weighted.of(1, Gen.constant(List.<AssessedScore>of())),
              Weighted.of(1, points.map(p -> List.of(score(leaf, Round.APPRAISAL, p)))));
      Gen<List<AssessedScore>> fin =
          Gen.frequency(
              Weighted.of(2, Gen.constant(List.<AssessedScore>of())),
              Weighted.of(1, points.map(p -> List.of(score(leaf, Round.FINAL, p)))));
      perLeaf.add(
          Gen.combine(
              self,
              appraisal,
              fin,
              (a, b, c) -> {
                List<AssessedScore> all = new ArrayList<>(a);
                all.addAll(b);
                all.addAll(c);
                return List.copyOf(all);
              }));
    }
    Gen<List<AssessedScore>> all = Gen.constant(List.of());
    for (Gen<List<AssessedScore>> g : perLeaf) {
      all =
          Gen.combine(
              all,
              g,
              (x, y) -> {
                List<AssessedScore> out = new ArrayList<>(x);
                out.addAll(y);
                return List.copyOf(out);
              });
    }
    return all.map(scores -> header(catalog, card).addAllScores(scores).build());
  }

  /** Returns the scored criteria (the leaves) of {@code card}, in catalog order. */
  static List<NodeResult> leaves(Scorecard card) {
    List<NodeResult> out = new ArrayList<>();
    for (NodeResult top : card.nodes()) {
      for (NodeResult n : top.flatten()) {
        if (n.children().isEmpty()) {
          out.add(n);
        }
      }
    }
    return out;
  }

  private static Assessment.Builder header(Catalog catalog, Scorecard card) {
    return Assessment.builder()
        .unitCode(card.unitCode())
        .periodId(card.periodId())
        .catalogId(catalog.id())
        .catalogVersion(catalog.version());
  }

  private static AssessedScore score(NodeResult leaf, Round round, Decimal points) {
    return AssessedScore.of(leaf.code(), round, points);
  }

  /** Rounds {@code d} to a multiple of 0.25, the steps scores are usually given in. */
  private static Decimal quarter(Decimal d) {
    return d.times(Decimal.of(4)).round(0, java.math.RoundingMode.HALF_UP).divide(Decimal.of(4));
  }
}
