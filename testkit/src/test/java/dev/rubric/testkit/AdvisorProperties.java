package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cohort.advice.Advisor;
import dev.rubric.cohort.advice.Change;
import dev.rubric.cohort.advice.Fix;
import dev.rubric.cohort.advice.UnitAdvice;
import dev.rubric.core.Decimal;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link Advisor} over random catalogs and evidence: every fix holds when re-evaluated. */
class AdvisorProperties {

  record Subject(CompiledCatalog catalog, EvidenceFile file) {}

  private static final Gen<Subject> SUBJECTS =
      CatalogGens.catalogs()
          .compiled()
          .filter("scores each unit alone", c -> !c.needsCohort())
          .flatMap(c -> EvidenceGens.files(c).map(f -> new Subject(c, f)));

  static EvidenceFile apply(EvidenceFile file, Change change) {
    return apply(file, change.inputKey(), change.to());
  }

  static EvidenceFile apply(EvidenceFile file, String key, EvidenceValue value) {
    Map<String, Evidence> items = new TreeMap<>(file.evidence().evidence());
    items.put(key, Evidence.provided(value));
    EvidenceSet set =
        EvidenceSet.builder()
            .unitCode(file.evidence().unitCode())
            .periodId(file.evidence().periodId())
            .note(file.evidence().note())
            .evidence(items)
            .build();
    return new EvidenceFile(file.unit(), file.period(), set);
  }

  @Test
  void advise_reEvaluatingEachFix_givesExactlyTheStatedGain() {
    Properties.forAll(SUBJECTS)
        .tries(60)
        .check(
            s -> {
              UnitAdvice advice = Advisor.of(s.catalog()).advise(s.file());
              for (Fix fix : advice.fixes()) {
                EvidenceFile changed = s.file();
                for (Change c : fix.changes()) {
                  changed = apply(changed, c);
                }
                Scorecard after = s.catalog().evaluate(changed);
                assertThat(after.node(fix.criterionCode()).orElseThrow().earned())
                    .isEqualTo(fix.pointsAfter());
                assertThat(after.index()).isEqualTo(fix.indexAfter());
                assertThat(after.indexRounded()).isEqualTo(fix.indexRoundedAfter());
                assertThat(after.band()).isEqualTo(fix.bandAfter());
                assertThat(fix.pointsAfter()).isGreaterThan(fix.pointsBefore());
                assertThat(fix.indexBefore()).isEqualTo(advice.scorecard().index());
              }
            });
  }

  @Test
  void advise_countOneStepCloser_doesNotReachTheStatedPoints() {
    Properties.forAll(SUBJECTS)
        .tries(60)
        .check(
            s -> {
              UnitAdvice advice = Advisor.of(s.catalog()).advise(s.file());
              for (Fix fix : advice.fixes()) {
                Change c = fix.changes().get(0);
                Optional<Decimal> closer = oneStepCloser(c);
                if (closer.isEmpty()) {
                  continue;
                }
                EvidenceValue value =
                    c.to() instanceof EvidenceValue.Count
                        ? new EvidenceValue.Count(closer.get().toBigDecimal().longValueExact())
                        : new EvidenceValue.Ratio(
                            closer.get(), ((EvidenceValue.Ratio) c.to()).denominator());
                Scorecard nearer = s.catalog().evaluate(apply(s.file(), c.inputKey(), value));
                assertThat(nearer.node(fix.criterionCode()).orElseThrow().earned())
                    .as(
                        "%s with %s = %s from %s\n%s\n%s",
                        fix.criterionCode(),
                        c.inputKey(),
                        closer.get(),
                        c,
                        s.catalog().print(),
                        s.file().evidence())
                    .isLessThan(fix.pointsAfter());
              }
            });
  }

  /** Returns the whole value one step from the fix's value towards the present one, if any. */
  private static Optional<Decimal> oneStepCloser(Change c) {
    Decimal from;
    Decimal to;
    if (c.to() instanceof EvidenceValue.Count t
        && c.from().isPresent()
        && c.from().get() instanceof EvidenceValue.Count f) {
      from = Decimal.of(f.value());
      to = Decimal.of(t.value());
    } else if (c.to() instanceof EvidenceValue.Ratio t
        && c.from().isPresent()
        && c.from().get() instanceof EvidenceValue.Ratio f
        && f.numerator().isInteger()
        && t.numerator().isInteger()) {
      from = f.numerator();
      to = t.numerator();
    } else {
      return Optional.empty();
    }
    if (to.equals(from)) {
      return Optional.empty(); // incomplete evidence provided as it is: no value in between
    }
    Decimal step = to.isGreaterThan(from) ? Decimal.ONE.negate() : Decimal.ONE;
    Decimal closer = to.plus(step);
    return closer.equals(from) ? Optional.empty() : Optional.of(closer);
  }
}
