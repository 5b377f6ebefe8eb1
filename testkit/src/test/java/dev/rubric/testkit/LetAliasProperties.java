package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import org.junit.jupiter.api.Test;

/** Reading inputs through catalog-level {@code let} aliases changes no score. */
class LetAliasProperties {

  /*
   * Any evidence, required inputs included: the required-evidence check follows inputs read
   * through lets (dev.rubric.dsl.issues.Issue3Test), so aliasing an input never changes a score.
   */
  private static final Gen<Subject> SUBJECTS = Subject.generated();

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
