package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading inputs through catalog-level {@code let} aliases changes no score. */
class LetAliasProperties {

  /** A generated catalog and an evidence file for it. */
  record Subject(CompiledCatalog catalog, EvidenceFile file) {
    @Override
    public String toString() {
      return Display.file(file) + "\nfor catalog:\n" + catalog.print();
    }
  }

  /*
   * The evidence is narrowed: every required input is provided. The engine applies the
   * required-evidence check only to inputs a criterion names directly, not to inputs it reads
   * through a let (reported with this suite: a required ratio that is incomplete scores 0 and
   * insufficient-evidence when read directly, but is scored from its partial value when read as
   * 'let rr = r'). Required inputs that are not provided would therefore fail this property.
   */
  private static final Gen<Subject> SUBJECTS =
      CatalogGens.catalogs()
          .compiled()
          .flatMap(
              c ->
                  Gen.combine(
                      EvidenceGens.files(c),
                      EvidenceGens.files(c).allProvided(),
                      (any, provided) -> new Subject(c, requiredFrom(c, any, provided))));

  private static EvidenceFile requiredFrom(
      CompiledCatalog c, EvidenceFile file, EvidenceFile provided) {
    Map<String, Evidence> required = new LinkedHashMap<>();
    for (InputDecl in : c.catalog().inputs()) {
      if (in.required()) {
        required.put(in.key(), provided.evidence().evidence(in.key()).orElseThrow());
      }
    }
    return CatalogChecks.with(file, required);
  }

  @Test
  void evaluate_inputsReadThroughLetAliases_giveSameScores() {
    Properties.forAll(SUBJECTS)
        .tries(60)
        .check(
            s -> {
              CompiledCatalog direct = s.catalog();
              CompiledCatalog aliased =
                  Rubric.standard().compile(LetAliases.of(direct.catalog())).orElseThrow();
              Scorecard expected = direct.evaluate(s.file());
              Scorecard actual = aliased.evaluate(s.file());
              for (NodeResult root : expected.nodes()) {
                for (NodeResult n : root.flatten()) {
                  NodeResult a = actual.node(n.code()).orElseThrow();
                  assertThat(a.earned() + " of " + a.applicableMax() + " " + a.status())
                      .as("node %s", n.code())
                      .isEqualTo(n.earned() + " of " + n.applicableMax() + " " + n.status());
                }
              }
              assertThat(actual.index()).isEqualTo(expected.index());
            });
  }
}
