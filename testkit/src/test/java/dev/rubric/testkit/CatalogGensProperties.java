package dev.rubric.testkit;

import static dev.rubric.testkit.RubricAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.Compilation;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Properties of the engine over random valid catalogs from {@link CatalogGens}. */
class CatalogGensProperties {

  private static final Gen<CompiledCatalog> CATALOGS = CatalogGens.catalogs().compiled();

  private static final Gen<Subject> SUBJECTS = CATALOGS.flatMap(Subject::of);

  private static Compilation compile(String text) {
    return Rubric.standard().compile(SourceText.of("generated.rubric", text));
  }

  @Test
  void compile_generatedText_hasNoErrors() {
    Properties.forAll(CatalogGens.catalogs())
        .check(text -> assertThat(compile(text)).hasNoErrors());
  }

  @Test
  void print_generatedCatalog_recompilesToEqualCatalog() {
    Properties.forAll(CATALOGS)
        .check(
            c -> {
              Catalog reprinted = compile(Rubric.print(c.catalog())).orElseThrow().catalog();
              assertThat(reprinted).isEqualTo(c.catalog());
            });
  }

  @Test
  void compile_generatedCatalogValue_givesEqualCatalogAndHash() {
    Properties.forAll(CATALOGS)
        .check(
            c -> {
              CompiledCatalog again = Rubric.standard().compile(c.catalog()).orElseThrow();
              assertThat(again.catalog()).isEqualTo(c.catalog());
              assertThat(again.hash()).isEqualTo(c.hash());
            });
  }

  @Test
  void compile_nfdFormOfGeneratedText_givesEqualCatalog() {
    Properties.forAll(CatalogGens.catalogs())
        .check(
            text -> {
              String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
              assertThat(compile(nfd).orElseThrow().catalog())
                  .isEqualTo(compile(text).orElseThrow().catalog());
            });
  }

  @Test
  void compile_mutatedGeneratedText_neverThrows() {
    Properties.forAll(CatalogGens.mutations(CatalogGens.catalogs()))
        .check(text -> assertThat(compile(text)).isNotNull());
  }

  @Test
  void compile_mutatedSampleText_neverThrows() {
    Properties.forAll(CatalogGens.mutations(Gen.constant(SampleCatalog.TEXT)))
        .check(text -> assertThat(compile(text)).isNotNull());
  }

  @Test
  void evaluate_generatedCatalogAndEvidence_staysInBoundsAndIsDeterministic() {
    Properties.forAll(SUBJECTS).check(s -> CatalogChecks.standard(s.catalog()).verify(s.file()));
  }

  @Test
  void standardChecks_generatedCatalog_pass() {
    // The inner seed depends only on the catalog, so shrinking the catalog is deterministic.
    Properties.forAll(CATALOGS)
        .tries(15)
        .check(c -> CatalogChecks.standard(c).tries(15).seed(c.hash().hashCode()).check());
  }

  @Test
  void json_generatedEvidenceFile_roundTrips() {
    Properties.forAll(SUBJECTS)
        .check(
            s -> {
              String json = Json.write(s.file());
              assertThat(Json.readEvidence("evidence.json", json)).isEqualTo(s.file());
            });
  }

  @Test
  void json_generatedScorecard_roundTrips() {
    Properties.forAll(SUBJECTS)
        .tries(40)
        .check(
            s -> {
              Scorecard card = s.catalog().evaluate(s.file());
              String json = Json.write(card);
              assertThat(Json.readScorecard("scorecard.json", json)).isEqualTo(card);
              assertThat(Json.write(Json.readScorecard("scorecard.json", json))).isEqualTo(json);
            });
  }
}
