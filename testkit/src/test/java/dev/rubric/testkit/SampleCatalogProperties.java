package dev.rubric.testkit;

import static dev.rubric.testkit.RubricAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The standard checks and JSON round trips on the bundled sample catalog. */
class SampleCatalogProperties {

  // tag::standard-checks[]
  @Test
  void standardChecks_sampleCatalog_pass() {
    CompiledCatalog compiled = SampleCatalog.COMPILED; // cchc-xa-2022.rubric, compiled once

    CatalogChecks.standard(compiled).check();
  }

  // end::standard-checks[]

  // tag::own-property[]
  @Test
  void onTimeRate_from98To100Percent_earnsThreeOfFourPoints() {
    // Phủ Thông has a one-stop shop, so criterion 3.2 applies; every input is provided.
    Gen<EvidenceFile> files =
        EvidenceGens.files(SampleCatalog.COMPILED)
            .units(Gen.constant(SampleCatalog.PHU_THONG))
            .allProvided();
    // On-time rates from 98% up to, not including, 100%: n / 100k with 98k <= n < 100k.
    Gen<EvidenceValue.Ratio> rates =
        Gen.integers(1, 50)
            .flatMap(
                k ->
                    Gen.integers(98 * k, 100 * k - 1)
                        .map(n -> EvidenceValue.Ratio.of(n, 100L * k)));

    Properties.forAll(files, rates)
        .check(
            (file, rate) -> {
              Scorecard card =
                  SampleCatalog.COMPILED.evaluate(withItem(file, "ho_so_dung_han", rate));
              assertThat(card).node("3.2").hasEarned("3").hasStatus(NodeStatus.PARTIAL);
            });
  }

  /** Returns {@code file} with {@code value} provided for input {@code key}. */
  private static EvidenceFile withItem(EvidenceFile file, String key, EvidenceValue value) {
    Map<String, Evidence> items = new TreeMap<>(file.evidence().evidence());
    items.put(key, Evidence.provided(value));
    EvidenceSet evidence =
        EvidenceSet.builder()
            .unitCode(file.evidence().unitCode())
            .periodId(file.evidence().periodId())
            .evidence(items)
            .build();
    return new EvidenceFile(file.unit(), file.period(), evidence);
  }

  // end::own-property[]

  @Test
  void standardChecks_dtiCatalog_pass() throws IOException {
    // The second bundled catalog: a weighted index of composites, ranged and awarded inputs.
    Path path = Path.of("../examples/data/catalogs/cds-xa-2022.rubric");
    CompiledCatalog dti =
        Rubric.standard()
            .compile(
                SourceText.of("cds-xa-2022.rubric", Files.readString(path, StandardCharsets.UTF_8)))
            .orElseThrow();

    CatalogChecks.standard(dti).check();
  }

  @Test
  void standardChecks_sampleCatalogForTowns_pass() {
    EvidenceFileGen towns =
        EvidenceGens.files(SampleCatalog.COMPILED)
            .units(
                UnitGens.units().kinds("thi_tran").attributesOf(SampleCatalog.COMPILED.catalog()));

    CatalogChecks.standard(SampleCatalog.COMPILED).files(towns).tries(20).check();
  }

  @Test
  void json_sampleEvidenceFile_roundTrips() {
    Properties.forAll(EvidenceGens.files(SampleCatalog.COMPILED))
        .check(
            file -> {
              EvidenceFile read = Json.readEvidence("evidence.json", Json.write(file));
              assertThat(read).isEqualTo(file);
            });
  }

  @Test
  void json_sampleScorecard_roundTrips() {
    Properties.forAll(EvidenceGens.files(SampleCatalog.COMPILED))
        .tries(30)
        .check(
            file -> {
              Scorecard card = SampleCatalog.COMPILED.evaluate(file);
              assertThat(Json.readScorecard("scorecard.json", Json.write(card))).isEqualTo(card);
            });
  }
}
