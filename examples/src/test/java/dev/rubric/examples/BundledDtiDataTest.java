package dev.rubric.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.csv.CsvEvidenceReader;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceStatus;
import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.Compilation;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second bundled catalog, the sample commune digital-transformation index {@code cds-xa}
 * 2022.1.0, and its synthetic evidence for the communes of Bạch Thông district in {@code
 * data/evidence/bach-thong-cds-2022.csv}: it compiles without a diagnostic, every unit evaluates
 * without an error, and two units' indexes, computed by hand below, come out as the engine computes
 * them.
 */
class BundledDtiDataTest {
  static final Path CATALOG = Path.of("data/catalogs/cds-xa-2022.rubric");
  static final Path CSV = Path.of("data/evidence/bach-thong-cds-2022.csv");

  static Compilation compilation;
  static CompiledCatalog catalog;

  /** Unit code to scorecard, in file order. */
  static final Map<String, Scorecard> scorecards = new LinkedHashMap<>();

  static final Map<String, EvidenceFile> files = new LinkedHashMap<>();

  static String text;

  @BeforeAll
  static void evaluateBundledData() throws IOException {
    String source = Files.readString(CATALOG, StandardCharsets.UTF_8);
    compilation = Rubric.standard().compile(SourceText.of("cds-xa-2022.rubric", source));
    catalog = compilation.orElseThrow();
    text = Files.readString(CSV, StandardCharsets.UTF_8);
    for (EvidenceFile f : CsvEvidenceReader.read(CSV.toString(), text, catalog.catalog())) {
      files.put(f.unit().code(), f);
      scorecards.put(f.unit().code(), catalog.evaluate(f));
    }
  }

  @Test
  void compile_dtiCatalog_hasNoDiagnostics() {
    assertThat(compilation.render()).isEmpty();
  }

  @Test
  void readEvidence_csv_holdsEveryUnitOfTheParDataWithItsName() {
    Map<String, String> names = new LinkedHashMap<>();
    files.values().forEach(f -> names.put(f.unit().code(), f.unit().name()));

    assertThat(names).containsExactlyInAnyOrderEntriesOf(BundledDataTest.UNITS);
    assertThat(files.values())
        .allSatisfy(
            f -> {
              assertThat(f.unit().parentCode()).contains(BundledDataTest.BACH_THONG);
              assertThat(f.period().id()).isEqualTo("2022");
            });
  }

  @Test
  void readEvidence_csv_saysTheDataIsSyntheticInVietnameseAndEnglish() {
    List<String> comments = text.substring(1).lines().takeWhile(l -> l.startsWith("#")).toList();

    assertThat(text).startsWith("\uFEFF#");
    assertThat(String.join("\n", comments)).contains("DỮ LIỆU GIẢ LẬP").contains("SYNTHETIC DATA");
  }

  @Test
  void evaluate_everyUnit_hasNoErrorAndNoDataQualityFinding() {
    assertThat(scorecards).hasSize(14);
    assertThat(scorecards.values())
        .flatExtracting(Scorecard::findings)
        .noneMatch(
            f -> f.kind() == FindingKind.EVALUATION_ERROR || f.kind() == FindingKind.DATA_QUALITY);
    assertThat(scorecards.values().stream().flatMap(s -> nodes(s.nodes())))
        .noneMatch(n -> n.status() == NodeStatus.ERROR);
  }

  /*
   * Xã Cẩm Giàng (02008), by hand. Five main indexes are full: NTS 4 + 3 + min(3, 9 × 0.5) = 10 of
   * 10; TCS plan of 28/01 (5) + 18/18 × 5 = 10 of 10; HTS 12/12 villages (4) + min(1, (800/880) /
   * 80%) × 4 = 4 + 21/21 computers (2) = 10 of 10; NLS 21/21 × 5 + 2 + 12/12 × 3 = 10 of 10; ATTT 3
   * + 4 (no incident) + min(3, 3 × 1.5) = 10 of 10. CQS is a composite weighted 3 : 4 : 3 of
   * CQS.1 560/571, CQS.2 min(1, (560/1060) / 50%) = 1 and CQS.3 0.93:
   * (3 × 560/571 + 4 + 3 × 0.93) / 10 = (1680/571 + 6.79) / 10 = 0.97322066…
   * KTS is a composite of three equal sub-indexes: min(1, (30/80) / 30%) = 1, min(1, (2600/3100) /
   * 70%) = 1, 5/5 = 1; its value is 1. XHS: 2700/3000 × 4 = 3.6, 610/880 ≥ 60% gives 3, 3: 9.6 of
   * 10 = 0.96. The index: (100 × 5 + 200 × 0.97322066… + 150 × 1 + 150 × 0.96) / 1000
   * = (794 + 135.8 + 33600/571) / 1000 = 0.98864413… → 0.9886, band Nâng cao (>= 0.8).
   */
  @Test
  void evaluate_camGiang_isTheHandComputedIndex() {
    Scorecard s = scorecards.get("02008");

    assertThat(s.index().toString()).startsWith("0.98864413");
    assertThat(s.indexRounded().toString()).isEqualTo("0.9886");
    assertThat(s.band().orElseThrow().vi()).isEqualTo("Nâng cao");
  }

  /*
   * Xã Cao Sơn (02002), by hand. NTS: 1 meeting (1) + a committee headed by neither the chairman
   * nor a vice-chairman (0) + 1 news item (0.5) = 1.5 of 10, value 0.15. TCS: the plan of 12/07 is
   * after 30/06 (0) + 5/15 × 5 = 5/3, value 1/6. HTS: 6/8 villages is under 80% (0) + min(1,
   * (60/410) / 80%) × 4 = 30/41 + 14/17 computers is under 100% (0), value 3/41. NLS: 3/17 × 5 +
   * no official in charge (0) + 3/8 × 3 = 15/17 + 9/8 = 273/136, value 273/1360. ATTT: no regulation
   * (0) + no incident (4) + no drill (0), value 0.4. CQS: (3 × 118/224 + 4 × min(1, (14/206) / 50%)
   * + 3 × 0.41) / 10 = (177/112 + 56/103 + 1.23) / 10 = 0.33540464… KTS: 0/12 businesses online (0),
   * min(1, (300/1200) / 70%) = 5/14, awarded 1 of 5: (0 + 5/14 + 1/5) / 3 = 13/70. XHS: 500/1150 ×
   * 4 = 40/23 + 20/410 under 30% (0) + no electronic health records (0), value 4/23. The index:
   * (100 × (0.15 + 1/6 + 3/41 + 273/1360 + 0.4) + 200 × 0.33540464… + 150 × 13/70 + 150 × 4/23)
   * / 1000 = (99.05727… + 67.08092… + 27.85714… + 26.08695…) / 1000 = 0.22008229… → 0.2201, band
   * Khởi động (under 0.6).
   */
  @Test
  void evaluate_caoSon_isTheHandComputedIndex() {
    Scorecard s = scorecards.get("02002");

    assertThat(s.index().toString()).startsWith("0.22008229");
    assertThat(s.indexRounded().toString()).isEqualTo("0.2201");
    assertThat(s.band().orElseThrow().vi()).isEqualTo("Khởi động");
    assertThat(s.node("KTS.1").orElseThrow().status()).isEqualTo(NodeStatus.NOT_MET);
  }

  @Test
  void evaluate_unitWithoutServiceIndex_isInsufficientOnlyThere() {
    // Đôn Phong: the province did not measure its service index (missing with an explanation).
    Scorecard s = scorecards.get("01984");

    assertThat(files.get("01984").evidence().evidence().get("chi_so_phuc_vu").status())
        .isEqualTo(EvidenceStatus.MISSING_EXPLAINED);
    assertThat(s.node("CQS.3").orElseThrow().status()).isEqualTo(NodeStatus.INSUFFICIENT_EVIDENCE);
    assertThat(scorecards.values().stream().flatMap(c -> nodes(c.nodes())))
        .filteredOn(n -> n.status() == NodeStatus.INSUFFICIENT_EVIDENCE)
        .hasSize(1);
  }

  private static Stream<NodeResult> nodes(List<NodeResult> nodes) {
    return nodes.stream().flatMap(n -> Stream.concat(Stream.of(n), nodes(n.children())));
  }
}
