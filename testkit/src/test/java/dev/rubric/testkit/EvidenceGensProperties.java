package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.finding.Finding;
import dev.rubric.dsl.CompiledCatalog;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Generated evidence fits the catalog it is generated for. */
class EvidenceGensProperties {

  private static void assertNoDataQualityFindings(CompiledCatalog compiled, EvidenceFile file) {
    assertThat(compiled.evaluate(file).findings())
        .extracting(Finding::code)
        .noneMatch(code -> code.startsWith("RB6"));
  }

  @Test
  void files_sampleCatalog_giveNoDataQualityFindings() {
    Properties.forAll(EvidenceGens.files(SampleCatalog.COMPILED))
        .tries(50)
        .check(file -> assertNoDataQualityFindings(SampleCatalog.COMPILED, file));
  }

  @Test
  void files_generatedCatalogs_giveNoDataQualityFindings() {
    Properties.forAll(CatalogGens.catalogs().compiled(), Gen.integers(0, Integer.MAX_VALUE))
        .tries(25)
        .check(
            (compiled, seed) -> {
              EvidenceFile file = EvidenceGens.files(compiled).samples(1, seed).get(0);
              assertNoDataQualityFindings(compiled, file);
            });
  }

  @Test
  void files_sampleCatalog_fitDeclaredInputs() {
    Properties.forAll(EvidenceGens.files(SampleCatalog.COMPILED))
        .check(
            file -> {
              assertThat(file.evidence().unitCode()).isEqualTo(file.unit().code());
              assertThat(file.evidence().periodId()).isEqualTo(file.period().id());
              file.evidence()
                  .evidence()
                  .forEach(
                      (key, item) -> {
                        InputDecl in = SampleCatalog.COMPILED.catalog().input(key).orElseThrow();
                        item.value().ifPresent(v -> assertFits(in, v));
                      });
            });
  }

  private static void assertFits(InputDecl in, EvidenceValue v) {
    assertThat(v.typeName()).as(in.key()).isEqualTo(in.type().keyword());
    if (v instanceof EvidenceValue.Count count) {
      assertThat(count.value()).isBetween(0L, (long) EvidenceGens.MAX_COUNT);
    } else if (v instanceof EvidenceValue.Quantity quantity) {
      assertThat(quantity.unit()).isEqualTo(in.unit().orElseThrow());
    } else if (v instanceof EvidenceValue.Choice choice) {
      assertThat(in.options()).contains(choice.option());
    } else if (v instanceof EvidenceValue.Document document) {
      document
          .issued()
          .ifPresent(
              d -> assertThat(d).isBetween(LocalDate.of(2021, 10, 3), LocalDate.of(2023, 3, 31)));
    }
  }

  @Test
  void items_ratioInput_coverEveryStatusAndExplainMissingEvidence() {
    InputDecl ratio = SampleCatalog.COMPILED.catalog().input("ho_so_dung_han").orElseThrow();

    assertThat(EvidenceGens.items(ratio, dev.rubric.core.Period.year(2022)).samples(400, 11))
        .extracting(Evidence::status)
        .containsOnly(dev.rubric.core.evidence.EvidenceStatus.values());
  }

  @Test
  void ratios_any_includeEmptyRatioAndNeverExceedOne() {
    assertThat(EvidenceGens.ratios().samples(300, 5))
        .contains(EvidenceValue.Ratio.of(0, 0))
        .allMatch(r -> !r.numerator().isGreaterThan(r.denominator()));
  }

  @Test
  void invalid_sampleCatalog_listsEveryKindOfProblem() {
    assertThat(EvidenceGens.invalid(SampleCatalog.COMPILED).samples(200, 3))
        .flatExtracting(InvalidEvidence::problems)
        .extracting(InvalidEvidence.Problem::code)
        .contains("RB601", "RB602", "RB603");
  }

  @Test
  void allProvided_sampleCatalog_providesEveryInput() {
    Properties.forAll(EvidenceGens.files(SampleCatalog.COMPILED).allProvided())
        .tries(20)
        .check(
            file ->
                assertThat(file.evidence().evidence().keySet())
                    .containsExactlyInAnyOrderElementsOf(
                        SampleCatalog.COMPILED.catalog().inputs().stream()
                            .map(InputDecl::key)
                            .toList()));
  }
}
