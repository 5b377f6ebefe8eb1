package dev.rubric.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.csv.CsvEvidenceReader;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Rubric's JSON on Spark's classpath: this module pins Jackson to the version Spark resolves
 * (spark.jackson.version in the root pom), and Rubric's core, which needs jackson-core 2.16 or
 * newer, writes and reads scorecards on it.
 */
class JacksonClasspathTest {

  /** Returns the version a Jackson jar reports, read by name: no class here depends on Jackson. */
  private static String version(String packageVersionClass) throws ReflectiveOperationException {
    return String.valueOf(Class.forName(packageVersionClass).getField("VERSION").get(null));
  }

  @Test
  void jackson_isSparksVersion_aboveRubricsFloor() throws ReflectiveOperationException {
    // given: Spark 4.2.0's Jackson Scala module accepts databind 2.21.x only
    String core = version("com.fasterxml.jackson.core.json.PackageVersion");
    String databind = version("com.fasterxml.jackson.databind.cfg.PackageVersion");

    // then: core and databind agree, at Spark's version, which is 2.16 or newer
    assertThat(core).isEqualTo(databind).isEqualTo("2.21.2");
  }

  @Test
  void scorecardJson_writtenAndReadBack_onSparksJackson() throws IOException {
    // given
    String text = Files.readString(Path.of("data", "national.rubric"));
    CompiledCatalog catalog =
        Rubric.standard()
            .compile(dev.rubric.core.diagnostic.SourceText.of("national.rubric", text))
            .orElseThrow();
    String csv =
        "unit_code,unit_name,level,kind,parent_code,period,ke_hoach_cchc,bao_cao_cchc,"
            + "ho_so_giai_quyet,ho_so_dung_han,ho_so_truc_tuyen,ho_so_qua_han\n"
            + "00001,Xã Hòa Bình,commune,xa,001,2025,12/KH-UBND;2025-01-20,3/BC-UBND;2025-12-01,"
            + "58/60,57/58,40/60,1\n";
    Scorecard card =
        catalog.evaluate(CsvEvidenceReader.read("u.csv", csv, catalog.catalog()).get(0));

    // when
    String json = Json.write(card);
    Scorecard back = Json.readScorecard("card.json", json);

    // then
    assertThat(Json.write(back)).isEqualTo(json);
    assertThat(back.unitName()).isEqualTo("Xã Hòa Bình");
  }
}
