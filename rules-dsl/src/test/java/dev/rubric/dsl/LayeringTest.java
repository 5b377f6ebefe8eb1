package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Decimal;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.CatalogLayer;
import dev.rubric.core.result.Scorecard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Catalog layering: the bundled national framework, Bắc Kạn layer and Bạch Thông addition resolve
 * to exactly the sample catalog, and layers override, add and remove what they say.
 */
class LayeringTest {
  private static final Path LAYERS = Path.of("../examples/data/catalogs/layers");
  private static final Path SAMPLE = Path.of("../examples/data/catalogs/cchc-xa-2022.rubric");
  private static final Path EVIDENCE = Path.of("../examples/data/evidence/bach-thong-2022");

  static Compilation compileLayered(String file) throws IOException {
    Path p = LAYERS.resolve(file);
    return Rubric.standard()
        .compile(
            SourceText.of(p.toString(), Files.readString(p, StandardCharsets.UTF_8)),
            CatalogResolver.directory(LAYERS));
  }

  private static CompiledCatalog sample() throws IOException {
    return Rubric.standard()
        .compile(SourceText.of(SAMPLE.toString(), Files.readString(SAMPLE, StandardCharsets.UTF_8)))
        .orElseThrow();
  }

  /** Compiles {@code top} over bases given as texts, by id. */
  private static Compilation layered(String top, String... bases) {
    Map<String, List<SourceText>> byId = new HashMap<>();
    for (int i = 0; i < bases.length; i++) {
      String id = bases[i].replaceFirst("(?s)^catalog \"([^\"]+)\".*", "$1");
      byId.computeIfAbsent(id, k -> new ArrayList<>())
          .add(SourceText.of("base" + i + ".rubric", bases[i]));
    }
    return Rubric.standard()
        .compile(SourceText.of("top.rubric", top), id -> byId.getOrDefault(id, List.of()));
  }

  private static final String BASE =
      """
      catalog "khung" version "2022.1.0" {
        title "Khung"
        applies-to commune
        inputs {
          count n "N"
        }
        area "1" "Chỉ đạo" max 4 {
          criterion "1.1" "Kế hoạch" max 2 {
            points = min(2, n)
          }
          criterion "1.2" "Báo cáo" max 2 {
            points = min(2, n)
          }
        }
        bands {
          "Đạt" >= 50,
          otherwise "Chưa đạt"
        }
      }
      """;

  @Test
  void bundledLayers_resolved_printAsTheSampleCatalog() throws IOException {
    Compilation layered = compileLayered("cchc-xa-bach-thong-2022.rubric");

    assertThat(layered.render()).isEmpty();
    assertThat(layered.orElseThrow().print()).isEqualTo(sample().print());
    assertThat(layered.orElseThrow().hash()).isEqualTo(sample().hash());
    assertThat(layered.orElseThrow().catalog()).isEqualTo(sample().catalog());
  }

  @Test
  void bundledLayers_everyBundledCommune_scoresAsWithTheSample() throws IOException {
    CompiledCatalog layered = compileLayered("cchc-xa-bach-thong-2022.rubric").orElseThrow();
    CompiledCatalog sample = sample();
    List<Path> files;
    try (Stream<Path> s = Files.list(EVIDENCE)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    for (Path f : files) {
      EvidenceFile e = Json.readEvidence(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
      Scorecard a = layered.evaluate(e);
      Scorecard b = sample.evaluate(e);

      assertThat(Scorecard.builder().from(a).catalogLayers(List.of()).build())
          .as(f.toString())
          .isEqualTo(b);
      assertThat(a.catalogLayers())
          .extracting(CatalogLayer::catalogId)
          .containsExactly("cchc-xa-khung", "cchc-xa-bac-kan", "cchc-xa");
      assertThat(b.catalogLayers()).isEmpty();
    }
  }

  @Test
  void bundledLayers_scorecard_carriesTheHashOfEachTextAndRoundTrips() throws IOException {
    CompiledCatalog layered = compileLayered("cchc-xa-bach-thong-2022.rubric").orElseThrow();
    Path f = EVIDENCE.resolve("01969-phu-thong.json");
    Scorecard card =
        layered.evaluate(
            Json.readEvidence(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
    String khung =
        Files.readString(LAYERS.resolve("cchc-xa-khung-2022.rubric"), StandardCharsets.UTF_8);

    assertThat(card.catalogLayers().get(0).hash())
        .isEqualTo("sha256:" + LayerResolution.sha256(khung));
    assertThat(layered.lineage().layers())
        .extracting(Lineage.Layer::file)
        .containsExactly(
            LAYERS.resolve("cchc-xa-khung-2022.rubric").toString(),
            LAYERS.resolve("cchc-xa-bac-kan-2022.rubric").toString(),
            LAYERS.resolve("cchc-xa-bach-thong-2022.rubric").toString());
    String json = Json.write(card);
    assertThat(json).contains("\"catalogLayers\"");
    assertThat(Json.readScorecard("card.json", json)).isEqualTo(card);
  }

  @Test
  void bundledLayers_lineage_namesTheLayerThatSetEachMax() throws IOException {
    Lineage lineage = compileLayered("cchc-xa-bach-thong-2022.rubric").orElseThrow().lineage();

    List<Lineage.Setting> max = lineage.settings("3.4", "max");
    assertThat(max)
        .extracting(s -> s.layer().catalogId() + " " + s.value().orElse("") + " @" + s.line())
        .containsExactly("cchc-xa-khung 3 @181", "cchc-xa-bac-kan 4 @24");
    assertThat(lineage.settings("7.6", "node"))
        .extracting(s -> s.layer().catalogId())
        .containsExactly("cchc-xa-bac-kan");
    assertThat(lineage.settings("B.1", "node"))
        .extracting(s -> s.layer().catalogId())
        .containsExactly("cchc-xa");
    assertThat(lineage.settings("5.5", "removed"))
        .extracting(s -> s.layer().catalogId())
        .containsExactly("cchc-xa-bac-kan");
    assertThat(lineage.settings("", "bands"))
        .extracting(s -> s.layer().catalogId())
        .containsExactly("cchc-xa-khung", "cchc-xa-bac-kan");
  }

  @Test
  void override_ruleFindingsAndRecommendation_replaceTheBaseOnes() {
    Compilation c =
        layered(
            """
            catalog "tinh" version "2022.1.0" extends "khung" version "2022.x" {
              override "1.2" "Báo cáo định kỳ" {
                points = min(2, n / 2)
                finding minor "Báo cáo chưa đủ"
                recommend "Gửi báo cáo đúng hạn"
              }
            }
            """,
            BASE);

    CompiledCatalog compiled = c.orElseThrow();
    var node = compiled.catalog().nodes().get(0).children().get(1);
    assertThat(node.title().vi()).isEqualTo("Báo cáo định kỳ");
    assertThat(node.findings()).hasSize(1);
    assertThat(node.recommendation()).isPresent();
    assertThat(compiled.catalog().id()).isEqualTo("tinh");
    assertThat(compiled.catalog().title().vi()).isEqualTo("Khung");
    assertThat(compiled.lineage().settings("1.2", "rule"))
        .extracting(s -> s.layer().catalogId() + "@" + s.line())
        .containsExactly("khung@12", "tinh@3");
  }

  @Test
  void override_withNewCriterion_addsItAndTheParentsMaxFollows() {
    Compilation c =
        layered(
            """
            catalog "tinh" version "2022.1.0" extends "khung" version "2022.1.0" {
              override "1" max 5 {
                criterion "1.3" "Họp" max 1 {
                  points = min(1, n)
                }
              }
              override index percent unclamped
              override round 1 half-even
            }
            """,
            BASE);

    CompiledCatalog compiled = c.orElseThrow();
    assertThat(compiled.catalog().nodes().get(0).max()).isEqualTo(Decimal.of(5));
    assertThat(compiled.catalog().nodes().get(0).children()).hasSize(3);
    assertThat(compiled.catalog().rounding().decimals()).isEqualTo(1);
  }

  @Test
  void override_applicability_replacesTheBaseOneAndTheLineageSaysWho() {
    Compilation c =
        layered(
            """
            catalog "tinh" version "2022.1.0" extends "khung" version "2022.x" {
              attributes {
                flag co_mot_cua "Có bộ phận một cửa"
              }
              override "1.2" applies-when unit.co_mot_cua else exclude
            }
            """,
            BASE);

    CompiledCatalog compiled = c.orElseThrow();
    assertThat(compiled.catalog().nodes().get(0).children().get(1).applicability()).isPresent();
    assertThat(compiled.lineage().settings("1.2", "applies-when"))
        .extracting(s -> s.layer().catalogId() + "@" + s.line() + ":" + s.column())
        .containsExactly("tinh@5:31");
  }

  @Test
  void override_ofANodeALowerLayerRemoved_saysWhoRemovedIt() {
    String province =
        """
        catalog "tinh" version "2022.1.0" extends "khung" version "2022.x" {
          remove "1.2"
          override "1" max 2
        }
        """;
    Compilation c =
        layered(
            """
            catalog "huyen" version "2022.1.0" extends "tinh" version "2022.1.0" {
              override "1.2" max 1
            }
            """,
            province,
            BASE);

    assertThat(c.diagnostics()).extracting(d -> d.code()).containsExactly("RB704");
    assertThat(c.diagnostics().get(0).hints())
        .containsExactly("'1.2' was removed by 'tinh' 2022.1.0");
    assertThat(c.sourceOf(c.diagnostics().get(0)).name()).isEqualTo("top.rubric");
  }

  @Test
  void base_withAnOverrideButNoBaseOfItsOwn_isRB708InTheBase() {
    Compilation c =
        layered(
            """
            catalog "tinh" version "2022.1.0" extends "khung" version "2022.x" {
            }
            """,
            BASE.replace("  bands {", "  override \"1\" max 4\n  bands {"));

    assertThat(c.diagnostics()).extracting(d -> d.code()).containsExactly("RB708");
    assertThat(c.sourceOf(c.diagnostics().get(0)).name()).isEqualTo("base0.rubric");
  }

  @Test
  void layer_declaringAnInputTheBaseHas_isRB707AtTheInput() {
    Compilation c =
        layered(
            """
            catalog "tinh" version "2022.1.0" extends "khung" version "2022.x" {
              inputs {
                count n "N lần nữa"
              }
            }
            """,
            BASE);

    assertThat(c.render())
        .startsWith(
            "top.rubric:3:11: error: input 'n' is already declared by 'khung' 2022.1.0; a layer"
                + " cannot declare it again [RB707]");
  }

  @Test
  void resolve_highestVersionInRange_isTaken() {
    String older = BASE.replace("\"2022.1.0\"", "\"2022.0.9\"").replace("max 4", "max 40");
    String newer = BASE.replace("\"2022.1.0\"", "\"2022.2.0\"");
    Compilation c =
        layered(
            """
            catalog "tinh" version "2022.1.0" extends "khung" version "2022.x" {
            }
            """,
            older,
            newer,
            BASE.replace("\"2022.1.0\"", "\"2023.1.0\""));

    assertThat(c.orElseThrow().lineage().layers().get(0).catalogVersion()).isEqualTo("2022.2.0");
  }

  @Test
  void diagnostics_inABase_arePositionedInTheBase() {
    Compilation c =
        layered(
            """
            catalog "tinh" version "2022.1.0" extends "khung" version "2022.x" {
            }
            """,
            BASE.replace(
                "points = min(2, n)\n    }\n    criterion \"1.2\"",
                "points = m\n    }\n    criterion \"1.2\""));

    assertThat(c.hasErrors()).isTrue();
    assertThat(c.sourceOf(c.diagnostics().get(0)).name()).isEqualTo("base0.rubric");
    assertThat(c.render()).startsWith("base0.rubric:");
  }

  /** Each excerpt of dsl.md §24 marked {@code <!-- layer-excerpt -->} is in a bundled layer. */
  @Test
  void dslDoc_layerExcerpts_occurInTheBundledLayers() throws IOException {
    String doc = Files.readString(Path.of("../docs/dsl.md"), StandardCharsets.UTF_8);
    StringBuilder layers = new StringBuilder();
    try (Stream<Path> s = Files.list(LAYERS)) {
      for (Path p : s.sorted().toList()) {
        layers.append(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    Matcher m =
        Pattern.compile("<!-- layer-excerpt -->\n```text\n(.*?)```\n", Pattern.DOTALL).matcher(doc);
    int found = 0;
    while (m.find()) {
      assertThat(layers.toString()).contains(m.group(1));
      found++;
    }
    assertThat(found).isGreaterThanOrEqualTo(3);
  }

  @Test
  void compile_withoutResolver_reportsTheBaseNotFound() {
    Compilation c =
        Rubric.standard()
            .compile(
                SourceText.of(
                    "top.rubric",
                    "catalog \"tinh\" version \"2022.1.0\" extends \"khung\" version \"2022.x\" {\n}\n"));

    assertThat(c.diagnostics()).extracting(d -> d.code()).containsExactly("RB701");
  }
}
