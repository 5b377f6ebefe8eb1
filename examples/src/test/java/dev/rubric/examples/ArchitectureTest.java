package dev.rubric.examples;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.rubric.cli.Main;
import dev.rubric.cohort.Ranking;
import dev.rubric.core.Unit;
import dev.rubric.dsl.Rubric;
import dev.rubric.examples.embed.EmbeddingExample;
import dev.rubric.report.ScorecardText;
import dev.rubric.testkit.Properties;
import dev.rubric.xlsx.EvidenceWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Imports point down only: core ← rules-dsl ← cohort ← report ← cli, with testkit and examples
 * beside (they may use the library modules, and nothing uses them). The module descriptors and the
 * Maven dependencies already keep the internal packages closed and the graph acyclic; this test
 * states the direction, so that a new dependency upwards (say testkit on cli, or cohort on report)
 * fails here with the offending class named. Benchmarks are not on this class path; no module
 * depends on them.
 */
class ArchitectureTest {

  private static final JavaClasses MAIN_CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackagesOf(
              Unit.class,
              Rubric.class,
              Ranking.class,
              ScorecardText.class,
              Main.class,
              Properties.class,
              EvidenceWorkbook.class,
              EmbeddingExample.class);

  @Test
  void modules_importDownwardsOnly() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("core")
        .definedBy("dev.rubric.core..")
        .layer("rules-dsl")
        .definedBy("dev.rubric.dsl..")
        .layer("cohort")
        .definedBy("dev.rubric.cohort..")
        .layer("report")
        .definedBy("dev.rubric.report..")
        .layer("xlsx")
        .definedBy("dev.rubric.xlsx..")
        .layer("cli")
        .definedBy("dev.rubric.cli..")
        .layer("testkit")
        .definedBy("dev.rubric.testkit..")
        .layer("examples")
        .definedBy("dev.rubric.examples..")
        .whereLayer("rules-dsl")
        .mayOnlyBeAccessedByLayers("cohort", "report", "xlsx", "cli", "testkit", "examples")
        .whereLayer("cohort")
        .mayOnlyBeAccessedByLayers("report", "cli", "examples")
        .whereLayer("report")
        .mayOnlyBeAccessedByLayers("cli", "examples")
        .whereLayer("xlsx")
        .mayOnlyBeAccessedByLayers("cli", "examples")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("testkit")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("examples")
        .mayNotBeAccessedByAnyLayer()
        .check(MAIN_CLASSES);
  }
}
