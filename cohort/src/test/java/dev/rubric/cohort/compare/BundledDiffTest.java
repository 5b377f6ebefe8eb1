package dev.rubric.cohort.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Decimal;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundled 2021 and 2022 editions of the sample catalog and the Bạch Thông evidence. */
class BundledDiffTest {
  private static final Path DATA = Path.of("../examples/data");

  private static CompiledCatalog compile(String year) throws IOException {
    Path p = DATA.resolve("catalogs/cchc-xa-" + year + ".rubric");
    return Rubric.standard()
        .compile(SourceText.of(p.toString(), Files.readString(p)))
        .orElseThrow();
  }

  private static CodeMapping mapping() throws IOException {
    Path p = DATA.resolve("catalogs/cchc-xa-2021-to-2022.mapping.json");
    return CodeMapping.read(p.toString(), Files.readString(p));
  }

  @Test
  void diff_2021To2022_tellsTheStory() throws IOException {
    Catalog a = compile("2021").catalog();
    Catalog b = compile("2022").catalog();

    CatalogDiff diff = CatalogDiff.of(a, b, Optional.of(mapping()));

    assertThat(diff.changes())
        .extracting(c -> c.kind().code() + " " + c.code())
        .containsExactly(
            "optional-input-added cong_cu_so_do_thi",
            "max-changed 1",
            "max-changed 1.5",
            "rule-changed 1.5",
            "rule-changed 3.2",
            "max-changed 7",
            "node-renumbered 7.5",
            "node-moved 7.5",
            "node-added 7.6",
            "max-changed 8");
    assertThat(diff.comparability("7.5")).isEqualTo(Comparability.COMPARABLE);
    assertThat(diff.comparability("7")).isEqualTo(Comparability.NOT_COMPARABLE);
    assertThat(diff.comparability("8")).isEqualTo(Comparability.NOT_COMPARABLE);
    assertThat(diff.comparability("2")).isEqualTo(Comparability.COMPARABLE);
    assertThat(diff.required()).isEqualTo(Bump.MAJOR);
    assertThat(diff.warnings()).isEmpty();

    CatalogDiff unmapped = CatalogDiff.of(a, b, Optional.empty());
    assertThat(unmapped.warnings())
        .extracting(w -> w.kind().code() + " " + w.args())
        .containsExactly("mapping-suggested [8.4, 7.5]");
  }

  @Test
  void history_phuThong_2021To2022() throws IOException {
    CompiledCatalog a = compile("2021");
    CompiledCatalog b = compile("2022");
    Edition e2021 =
        Edition.of(
            a.catalog(),
            a.evaluateAll(
                EvidenceLoader.load(
                    DATA.resolve("evidence/bach-thong-2021.csv"), "2021.csv", a.catalog())));
    Edition e2022 =
        Edition.of(
            b.catalog(),
            b.evaluateAll(
                EvidenceLoader.load(
                    DATA.resolve("evidence/bach-thong-2022.csv"), "2022.csv", b.catalog())));

    History h = History.of(List.of(e2021, e2022), List.of(mapping()), Succession.NONE);
    History.UnitStep phuThong = h.unitSteps("01969").get(0);

    assertThat(phuThong.before().index()).isEqualTo(Decimal.parse("71.38"));
    assertThat(phuThong.after().index()).isEqualTo(Decimal.parse("77.06"));
    assertThat(phuThong.indexDelta()).contains(Decimal.parse("5.68"));
    assertThat(phuThong.findings(FindingChange.Status.NEW))
        .extracting(FindingChange::key)
        .contains("2.3.partial");
    assertThat(h.warnings()).isEmpty();
    assertThat(h.mostDeclined(2))
        .extracting(History.Mover::unitCode)
        .containsExactly("02017", "02002");
  }
}
