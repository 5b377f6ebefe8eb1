package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.SourceText;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RB320: which uses of a ratio as a number count as guarded against {@code 0/0}. Every guard the
 * warning's hints propose is accepted, and a guard of one ratio does not guard another.
 */
class ZeroGuardsTest {

  private static final String INPUTS =
      "ratio r \"Đúng hạn / tổng số\"\n"
          + "ratio s \"Số hóa / tổng số\"\n"
          + "flag f \"Có kế hoạch\"";

  private static List<String> warnings(String node) {
    String text = EvaluationFixtures.catalog(INPUTS, "area \"1\" \"Khu vực\" {\n" + node + "\n}\n");
    Compilation c = Rubric.standard().compile(SourceText.of("t.rubric", text));
    assertThat(c.hasErrors()).as(c.render()).isFalse();
    return c.diagnostics().stream()
        .filter(d -> d.code().equals("RB320"))
        .map(Diagnostic::message)
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "criterion \"1.1\" \"a\" max 4 { score max when r.denominator == 0 otherwise r * max }",
        "criterion \"1.1\" \"a\" max 4 { only if r.denominator > 0 { points = r * max } }",
        "criterion \"1.1\" \"a\" max 4 applies-when r.denominator > 0 else full"
            + " { tiers r { >= 90%: 4, otherwise: 0 } }",
        "criterion \"1.1\" \"a\" max 4 { points = if r.denominator == 0 then max else r * max }",
        "criterion \"1.1\" \"a\" max 4 { score 4 when r.denominator > 0 and r >= 90% otherwise 0 }",
        "criterion \"1.1\" \"a\" max 4 { score 4 when r.numerator == r.denominator otherwise 0 }",
        "criterion \"1.0\" \"a\" applies-when r.denominator > 0 else exclude {"
            + " criterion \"1.1\" \"b\" max 4 { points = r * max } }",
        "criterion \"1.1\" \"a\" max 4 { score 4 when present(r) otherwise 0 }"
      })
  void compile_guardedRatio_noWarning(String node) {
    assertThat(warnings(node + "\ncriterion \"9\" \"z\" max 1 { score 1 when f otherwise 0 }"))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "criterion \"1.1\" \"a\" max 4 { points = r * max }",
        "criterion \"1.1\" \"a\" max 4 { tiers r { >= 90%: 4, otherwise: 0 } }",
        "criterion \"1.1\" \"a\" max 4 { score max when s.denominator == 0 otherwise r * max }",
        "criterion \"1.1\" \"a\" max 4 { score 4 when r >= 90% and r.denominator > 0 otherwise 0 }",
        "criterion \"1.1\" \"a\" max 4 { score 4 when f otherwise r * max }",
        "criterion \"1.1\" \"a\" max 4 { let t = r * 2\n points = min(max, t) }"
      })
  void compile_unguardedRatio_warnsOnceWithTheGuardToWrite(String node) {
    assertThat(warnings(node + "\ncriterion \"9\" \"z\" max 1 { score 1 when f otherwise 0 }"))
        .containsExactly(
            "ratio 'r' is used as a number, but nothing before it tests 'r.denominator'; with"
                + " evidence 0/0 this is a division by zero (RB501)");
  }
}
