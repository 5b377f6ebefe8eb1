package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.diagnostic.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bad text never makes {@code compile} throw: every result is diagnostics or a catalog. Seeded
 * random inputs; the seed is in the assertion description so a failure can be replayed. The testkit
 * holds the shrinking property suites; these are the module's own smoke checks.
 */
class CompileRobustnessTest {
  private static final String ALPHABET =
      "catalog version area criterion score when tiers otherwise max { } ( ) [ ] , : . = == >= <= + - * / % "
          + "\" \\ # 0123456789 abc_xyz ồ ệ ử ữ đ Đ ≥ ≤ → \t \n \r \u0000 \u0301 \uFEFF";

  private static Compilation compile(String text) {
    return Rubric.standard().compile(SourceText.of("random.rubric", text));
  }

  private static void assertWellFormed(Compilation c, String description) {
    assertThat(c.hasErrors() ? c.catalog().isEmpty() : c.catalog().isPresent())
        .as(description)
        .isTrue();
    assertThat(c.render()).as(description).isNotNull();
  }

  @Test
  void compile_randomStrings_neverThrows() {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    String[] words = ALPHABET.split(" ", -1);
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(60);
      for (int k = 0; k < n; k++) {
        sb.append(words[r.nextInt(words.length)]).append(r.nextBoolean() ? " " : "");
      }
      String text = sb.toString();
      assertWellFormed(compile(text), "seed " + seed + ", case " + i);
    }
  }

  @Test
  void compile_mutatedSampleCatalog_neverThrows() throws IOException {
    String sample = Files.readString(SampleCatalogTest.SAMPLE);
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    for (int i = 0; i < 300; i++) {
      StringBuilder sb = new StringBuilder(sample);
      int edits = 1 + r.nextInt(4);
      for (int k = 0; k < edits; k++) {
        int at = r.nextInt(sb.length());
        switch (r.nextInt(4)) {
          case 0 -> sb.deleteCharAt(at);
          case 1 -> sb.insert(at, "{}()\",:=%-".charAt(r.nextInt(10)));
          case 2 -> sb.delete(at, Math.min(sb.length(), at + r.nextInt(40)));
          default ->
              sb.insert(
                  at,
                  sb.substring(
                      r.nextInt(sb.length() / 2), sb.length() / 2 + r.nextInt(sb.length() / 2)));
        }
      }
      assertWellFormed(compile(sb.toString()), "seed " + seed + ", mutation " + i);
    }
  }

  @Test
  void compile_hostileInputs_giveDiagnosticsNotExceptions() throws IOException {
    String sample = Files.readString(SampleCatalogTest.SAMPLE);
    String[] inputs = {
      "",
      "\u0000".repeat(10_000),
      "x".repeat(1 << 20),
      "catalog \"a\" version \"1.0\" { title \"" + "ồ".repeat(300_000) + "\" }",
      "(".repeat(100_000),
      "catalog \"a\" version \"1.0\" { let x = " + "(".repeat(5000) + "1" + ")".repeat(5000) + " }",
      "catalog \"a\" version \"1.0\" { let x = " + "-".repeat(5000) + "1 }",
      "catalog \"a\" version \"1.0\" { let x = " + "not ".repeat(5000) + "true }",
      "catalog \"a\" version \"1.0\" { area \"1\" \"A\" {"
          + " criterion \"x\" \"X\" {".repeat(3000)
          + " }",
      Normalizer.normalize(sample, Normalizer.Form.NFD),
      sample.replace("\n", "\r\n"),
      sample.substring(0, sample.length() / 2),
      "\uFEFF" + sample,
    };
    for (int i = 0; i < inputs.length; i++) {
      assertWellFormed(compile(inputs[i]), "input " + i);
    }
  }

  @Test
  void compile_deepNesting_reportsLimitRB403() {
    String text =
        "catalog \"a\" version \"1.0\" { let x = " + "(".repeat(500) + "1" + ")".repeat(500) + " }";

    Compilation c = compile(text);

    assertThat(c.diagnostics()).extracting(d -> d.code()).containsExactly("RB403");
  }

  @Test
  void compile_tooManyNodes_reportsLimitRB404() {
    StringBuilder sb =
        new StringBuilder("catalog \"a\" version \"1.0\" { title \"A\" applies-to commune\n");
    for (int i = 0; i < 20; i++) {
      sb.append("area \"").append(i).append("\" \"A\" max 1 { points = 1 }\n");
    }
    sb.append("}");

    Compilation c =
        Rubric.withLimits(new Limits(1 << 20, 64, 10, 1000))
            .compile(SourceText.of("n.rubric", sb.toString()));

    assertThat(c.diagnostics()).extracting(d -> d.code()).containsExactly("RB404");
  }

  @Test
  void compile_sourceLargerThanLimit_reportsRB401() {
    Compilation c =
        Rubric.withLimits(new Limits(100, 64, 10, 1000))
            .compile(SourceText.of("big.rubric", "#".repeat(101)));

    assertThat(c.diagnostics()).extracting(d -> d.code()).containsExactly("RB401");
  }
}
