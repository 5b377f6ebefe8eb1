package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cli.Cli.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI resolves layered catalogs: the bundled Bạch Thông addition over its bases checks clean,
 * prints as the sample catalog, scores as it and explains who set what.
 */
class LayeredCatalogCliTest {
  private static final String LAYERS = "../examples/data/catalogs/layers";
  private static final String TOP = LAYERS + "/cchc-xa-bach-thong-2022.rubric";

  @Test
  void checkPrint_bundledLayers_writesTheSampleCatalogsCanonicalText() {
    Result r = Cli.run("check", "--print", TOP);

    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo(Cli.compile(Cli.CATALOG).print());
  }

  @Test
  void evaluateJson_bundledLayers_carriesTheLayersAndScoresAsTheSample() {
    Result layered =
        Cli.run("evaluate", "--format", "json", "--catalog", TOP, "--evidence", Cli.PHU_THONG);
    Result sample =
        Cli.run(
            "evaluate", "--format", "json", "--catalog", Cli.CATALOG, "--evidence", Cli.PHU_THONG);

    assertThat(layered.status()).isZero();
    assertThat(layered.out()).contains("\"catalogLayers\"", "\"cchc-xa-khung\"");
    assertThat(layered.out().replaceAll("(?s)\\s*\"catalogLayers\"\\s*:\\s*\\[.*?\\],", ""))
        .isEqualTo(sample.out());
  }

  @Test
  void check_layerWithoutItsBases_reportsRB701InTheLayer(@TempDir Path dir) throws IOException {
    Path copy = dir.resolve("top.rubric");
    Files.copy(Path.of(TOP), copy);

    Result r = Cli.run("check", copy.toString());
    Result withBases = Cli.run("check", "--bases", LAYERS, copy.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains(copy + ":7:").contains("[RB701]");
    assertThat(withBases.status()).isZero();
  }

  @Test
  void check_mistakeInABase_isReportedInTheBase(@TempDir Path dir) throws IOException {
    for (String f : new String[] {"cchc-xa-khung-2022.rubric", "cchc-xa-bac-kan-2022.rubric"}) {
      Files.copy(Path.of(LAYERS, f), dir.resolve(f));
    }
    Path bk = dir.resolve("cchc-xa-bac-kan-2022.rubric");
    Files.writeString(
        bk,
        Files.readString(bk, StandardCharsets.UTF_8).replace("override \"5\" max 8", ""),
        StandardCharsets.UTF_8);

    Result r = Cli.run("check", "--bases", dir.toString(), TOP, "--lang", "en");
    Result vi = Cli.run("check", "--bases", dir.toString(), TOP);

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains(bk + ":27:3: error: after this layer the max of '5' is 8.5");
    assertThat(vi.status()).isEqualTo(1);
    assertThat(vi.out()).contains(bk + ":27:3: lỗi: ");
  }

  @Test
  void explain_bundledLayers_showsTheDocumentedProvenance() throws IOException {
    String doc = Files.readString(Path.of("../docs/cli.md"), StandardCharsets.UTF_8);
    int at = doc.indexOf("```text\nPROVENANCE (CATALOG LAYERS)\n");
    String block = doc.substring(at + "```text\n".length(), doc.indexOf("```", at + 3));

    Result r =
        Cli.run(
            "explain",
            "--lang",
            "en",
            "--catalog",
            TOP,
            "--evidence",
            Cli.PHU_THONG,
            "--criterion",
            "3.4");

    assertThat(r.status()).isZero();
    for (String line : block.lines().toList()) {
      assertThat(r.out()).contains(line + "\n");
    }
    Result vi =
        Cli.run("explain", "--catalog", TOP, "--evidence", Cli.PHU_THONG, "--criterion", "3.4");
    assertThat(vi.out())
        .contains(
            "  max 4, đặt bởi cchc-xa-bac-kan 2022.1.0 tại dòng 24 (cchc-xa-bac-kan-2022.rubric),"
                + " thay cho 3 của cchc-xa-khung 2022.1.0 (dòng 181)");
  }
}
