package dev.rubric.cohort.reconcile;

import dev.rubric.core.Decimal;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.assessment.AssessedScore;
import dev.rubric.core.assessment.Assessment;
import dev.rubric.core.assessment.Round;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The catalog {@code recon.rubric}: 1.1 and 1.2 earn their count input (0–4), S.1 is survey. */
final class ReconcileFixtures {
  private ReconcileFixtures() {}

  static final CompiledCatalog CATALOG = compile();

  private static CompiledCatalog compile() {
    try {
      String text = Files.readString(Path.of("src/test/resources/fixtures/recon.rubric"));
      return Rubric.standard().compile(SourceText.of("recon.rubric", text)).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Evaluates unit {@code code} whose evidence gives 1.1 and 1.2 the points {@code c1, c2}. */
  static Scorecard card(String code, String name, long c1, long c2) {
    Unit unit = Unit.builder().code(code).name(name).level("commune").kind("xa").build();
    EvidenceSet evidence =
        EvidenceSet.builder()
            .unitCode(code)
            .periodId("2022")
            .putEvidence("c1", Evidence.provided(new EvidenceValue.Count(c1)))
            .putEvidence("c2", Evidence.provided(new EvidenceValue.Count(c2)))
            .putEvidence("s1", Evidence.provided(new EvidenceValue.Count(2)))
            .build();
    return CATALOG.evaluate(unit, Period.year(2022), evidence);
  }

  static Assessment.Builder assessment(String code) {
    return Assessment.builder()
        .unitCode(code)
        .periodId("2022")
        .catalogId("recon")
        .catalogVersion("1.0.0");
  }

  static AssessedScore score(String criterion, Round round, long points) {
    return AssessedScore.of(criterion, round, Decimal.of(points));
  }
}
