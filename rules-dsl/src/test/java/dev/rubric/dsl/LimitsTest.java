package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.SourceText;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Every limit of {@link Limits} is exact: a catalog whose measure equals the limit compiles without
 * a diagnostic, and the same catalog under a limit one lower gets exactly the limit's RB4xx
 * diagnostic and nothing else. Each test finds the boundary for two catalogs of different sizes and
 * checks that it moves exactly as the measure does, so the limit counts what it says it counts.
 */
class LimitsTest {

  private static final int GENEROUS = 1 << 22;

  private static Compilation compile(Limits limits, String text) {
    return Rubric.withLimits(limits).compile(SourceText.of("limits.rubric", text));
  }

  /**
   * Returns the smallest value of one limit under which {@code text} compiles cleanly, checking
   * that the value one lower gives exactly one diagnostic, with {@code code}.
   */
  private static int boundary(IntFunction<Limits> limit, String text, String code) {
    int low = 1;
    int high = GENEROUS;
    assertThat(compile(limit.apply(high), text).diagnostics()).as("at a generous limit").isEmpty();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (compile(limit.apply(mid), text).diagnostics().isEmpty()) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    assertThat(compile(limit.apply(low), text).diagnostics()).as("at the limit").isEmpty();
    assertThat(compile(limit.apply(low - 1), text).diagnostics())
        .as("one over the limit")
        .extracting(Diagnostic::code)
        .containsExactly(code);
    return low;
  }

  private static Limits limits(int source, int depth, int nodes, int parts, int exprDepth) {
    return new Limits(source, depth, nodes, parts, exprDepth);
  }

  /** A clean catalog with {@code areas} areas, each scoring {@code rule}, nested {@code levels}. */
  private static String catalog(int areas, int levels, String rule) {
    StringBuilder sb =
        new StringBuilder(
            "catalog \"l\" version \"1.0\" {\n  title \"Giới hạn\"\n  applies-to commune\n"
                + "  inputs {\n    count a \"Số hồ sơ\" required\n  }\n");
    for (int i = 1; i <= areas; i++) {
      String open = "";
      String close = "";
      String code = Integer.toString(i);
      for (int l = 1; l < levels; l++) {
        code = code + ".1";
        open += "  criterion \"" + code + "\" \"Tiêu chí\" max 1 {\n";
        close += "  }\n";
      }
      sb.append("  area \"")
          .append(i)
          .append("\" \"Lĩnh vực\" max 1 {\n")
          .append(open)
          .append("    points = ")
          .append(rule)
          .append('\n')
          .append(close)
          .append("  }\n");
    }
    return sb.append("}\n").toString();
  }

  private static String chain(int operators) {
    return "min(max, a" + " / 1".repeat(operators) + ")";
  }

  @Test
  void maxSourceChars_isTheTextsLengthInUtf16Characters() {
    IntFunction<Limits> limit = l -> limits(l, 64, 10_000, 200_000, 256);
    String text = catalog(1, 1, "min(max, a)");
    String longer = text + "# ghi chú: Thị trấn Phủ Thông\n";

    assertThat(boundary(limit, text, "RB401")).isEqualTo(text.length());
    assertThat(boundary(limit, longer, "RB401")).isEqualTo(longer.length());
  }

  @Test
  void maxNodes_countsAreasAndCriteria() {
    IntFunction<Limits> limit = l -> limits(GENEROUS, 64, l, 200_000, 256);

    int three = boundary(limit, catalog(3, 1, "min(max, a)"), "RB404");
    int five = boundary(limit, catalog(5, 1, "min(max, a)"), "RB404");
    int nested = boundary(limit, catalog(3, 4, "min(max, a)"), "RB404");

    assertThat(three).isEqualTo(3);
    assertThat(five).isEqualTo(5);
    assertThat(nested).isEqualTo(12);
  }

  @Test
  void maxDepth_countsOneLevelPerNestedCriterion() {
    IntFunction<Limits> limit = l -> limits(GENEROUS, l, 10_000, 200_000, 256);

    int shallow = boundary(limit, catalog(2, 2, "min(max, a)"), "RB403");
    int deep = boundary(limit, catalog(2, 7, "min(max, a)"), "RB403");

    assertThat(deep - shallow).isEqualTo(5);
  }

  @Test
  void maxExpressionDepth_countsOneLevelPerOperatorOfAChain() {
    IntFunction<Limits> limit = l -> limits(GENEROUS, 64, 10_000, 200_000, l);

    int ten = boundary(limit, catalog(1, 1, chain(10)), "RB403");
    int forty = boundary(limit, catalog(1, 1, chain(40)), "RB403");

    assertThat(forty - ten).isEqualTo(30);
  }

  @Test
  void maxExpressionNodes_countsEveryOperatorAndOperandInTheCatalog() {
    IntFunction<Limits> limit = l -> limits(GENEROUS, 64, 10_000, l, 256);

    int one = boundary(limit, catalog(1, 1, chain(10)), "RB405");
    int longer = boundary(limit, catalog(1, 1, chain(25)), "RB405");
    int twoAreas = boundary(limit, catalog(2, 1, chain(10)), "RB405");

    assertThat(longer - one).isEqualTo(30);
    assertThat(twoAreas).isEqualTo(2 * one);
  }

  @Test
  void numberLiteral_ofFortyCharactersIsRead_fortyOneIsRB402() {
    String forty = "0." + "1".repeat(38);
    String fortyOne = forty + "1";

    assertThat(compile(Limits.DEFAULT, catalog(1, 1, "min(max, a * " + forty + ")")).diagnostics())
        .isEmpty();
    assertThat(
            compile(Limits.DEFAULT, catalog(1, 1, "min(max, a * " + fortyOne + ")")).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("RB402");
  }

  @Test
  void limitsTableOfTheLanguageReference_namesEveryFieldWithItsDefault() throws Exception {
    String dsl = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/dsl.md"));
    Limits d = Limits.DEFAULT;
    java.util.Map<String, Integer> defaults =
        java.util.Map.of(
            "maxSourceChars", d.maxSourceChars(),
            "maxDepth", d.maxDepth(),
            "maxNodes", d.maxNodes(),
            "maxExpressionNodes", d.maxExpressionNodes(),
            "maxExpressionDepth", d.maxExpressionDepth());
    assertThat(Limits.class.getRecordComponents()).hasSize(defaults.size());

    defaults.forEach(
        (field, value) ->
            assertThat(dsl.lines().filter(l -> l.startsWith("| `" + field + "`")))
                .as("the row of %s in docs/dsl.md", field)
                .singleElement()
                .asString()
                .contains(String.format(java.util.Locale.ROOT, "%,d", value)));
  }
}
