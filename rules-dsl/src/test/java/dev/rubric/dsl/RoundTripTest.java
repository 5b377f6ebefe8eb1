package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.diagnostic.SourceText;
import java.io.IOException;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class RoundTripTest {

  private static Catalog compile(String name, String text) {
    Compilation c = Rubric.standard().compile(SourceText.of(name, text));
    assertThat(c.render()).as("diagnostics of %s", name).isEmpty();
    return c.orElseThrow().catalog();
  }

  @Test
  void parsePrint_sampleCatalog_isIdentity() throws IOException {
    Catalog original = SampleCatalogTest.compileSample().orElseThrow().catalog();

    String printed = Rubric.print(original);
    Catalog reparsed = compile("printed.rubric", printed);

    assertThat(reparsed).isEqualTo(original);
    assertThat(Rubric.print(reparsed)).isEqualTo(printed);
  }

  @Test
  void hash_sameCatalogWrittenDifferently_isEqual() throws IOException {
    CompiledCatalog original = SampleCatalogTest.compileSample().orElseThrow();

    CompiledCatalog canonical =
        Rubric.standard().compile(SourceText.of("c.rubric", original.print())).orElseThrow();

    assertThat(canonical.hash()).isEqualTo(original.hash()).matches("sha256:[0-9a-f]{64}");
  }

  @Test
  void compile_nfdText_givesTheSameCatalogAsNfc() throws IOException {
    String text = java.nio.file.Files.readString(SampleCatalogTest.SAMPLE);
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(text);

    assertThat(compile("nfd.rubric", nfd)).isEqualTo(compile("nfc.rubric", text));
  }

  @Test
  void print_expressionsNeedingParentheses_roundTrip() {
    String text =
        "catalog \"t\" version \"1.0\" {\n"
            + "  title \"T\"\n"
            + "  applies-to commune\n"
            + "  inputs {\n"
            + "    count a \"A\"\n"
            + "    count b \"B\"\n"
            + "    flag f \"F\"\n"
            + "  }\n"
            + "  area \"1\" \"A\" max 10 {\n"
            + "    criterion \"1.1\" \"X\" max 10 {\n"
            + "      let x = (a - b) - (a - (b - 1))\n"
            + "      let y = -(a * -2) / (b + 1) - -1\n"
            + "      let z = not (f and (a > b or b > a)) or not f\n"
            + "      points = min(max, max(0, x + y + (if f then 1 else 2) * 3 - -(4)))\n"
            + "      finding minor when not (x == 1) and z != f \"x\"\n"
            + "    }\n"
            + "  }\n"
            + "}\n";
    Catalog c = compile("p.rubric", text);

    Catalog again = compile("again.rubric", Rubric.print(c));

    assertThat(again).isEqualTo(c);
  }
}
