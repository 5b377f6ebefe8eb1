package dev.rubric.dsl.issues;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.Compilation;
import dev.rubric.dsl.EvaluationFixtures;
import dev.rubric.dsl.Limits;
import dev.rubric.dsl.Rubric;
import org.junit.jupiter.api.Test;

/**
 * Regressions of issue 16 ("Hardening"), its first two findings: a rule that chains 5,000 divisions
 * crashed {@code rubric check} with a {@code StackOverflowError}, because a chain parses in a loop
 * but nests one level per operator and every later pass walks it recursively; and a chain of lets
 * that each read the one before three times took 3^k walks to compile (17 lets 4.5 s, 20 lets over
 * 100 s).
 */
class Issue16Test {

  private static String catalog(String lets, String rule) {
    return "catalog \"x\" version \"1.0\" {\n"
        + "  title \"Thị trấn\"\n"
        + "  applies-to commune\n"
        + "  inputs {\n"
        + "    count a \"Số hồ sơ\" required\n"
        + "  }\n"
        + lets
        + "  area \"A\" \"Khu vực\" {\n"
        + "    criterion \"A.1\" \"Tiêu chí\" max 3 {\n"
        + "      points = "
        + rule
        + "\n"
        + "    }\n"
        + "  }\n"
        + "}\n";
  }

  private static String chain(String first, String op, int operators) {
    StringBuilder sb = new StringBuilder(first);
    for (int i = 0; i < operators; i++) {
      sb.append(' ').append(op).append(" 1");
    }
    return sb.toString();
  }

  private static Compilation compile(Rubric rubric, String text) {
    return rubric.compile(SourceText.of("issue16.rubric", text));
  }

  @Test
  void compile_5000ChainedDivisions_isRB403AtTheExpressionNotAStackOverflow() {
    Compilation c = compile(Rubric.standard(), catalog("", chain("1", "/", 5_000)));

    assertThat(c.diagnostics()).extracting(Diagnostic::code).containsExactly("RB403");
    assertThat(c.render())
        .startsWith("issue16.rubric:9:16: error: expression is nested deeper than 256 levels");
  }

  @Test
  void compile_expressionAtTheDepthLimit_compiles_oneLevelMore_isRB403() {
    Rubric shallow = Rubric.withLimits(new Limits(1 << 20, 64, 10_000, 200_000, 10));

    // min(max, a + 1 + … ) with 8 additions nests 10 deep: the call, eight sums, the literal.
    Compilation atLimit = compile(shallow, catalog("", "min(max, " + chain("a", "+", 8) + ")"));
    Compilation beyond = compile(shallow, catalog("", "min(max, " + chain("a", "+", 9) + ")"));

    assertThat(atLimit.hasErrors()).as(atLimit.render()).isFalse();
    assertThat(beyond.diagnostics()).extracting(Diagnostic::code).containsExactly("RB403");
  }

  @Test
  void limits_fourArgumentConstructor_keepsTheDefaultExpressionDepth() {
    assertThat(new Limits(1 << 20, 64, 10_000, 200_000).maxExpressionDepth())
        .isEqualTo(Limits.DEFAULT_MAX_EXPRESSION_DEPTH)
        .isEqualTo(Limits.DEFAULT.maxExpressionDepth());
  }

  /**
   * 30 lets, each reading the one before three times: 3^29 paths from the rule to the input. Before
   * the fix this compilation did not finish (20 lets took over 100 s); now each let's reads are
   * worked out once. Not timed: a regression shows as a test that never ends.
   */
  /**
   * Returns 30 lets, each the square of the one before plus itself, and a rule reading the last.
   */
  private static String thirtySquaringLets() {
    StringBuilder lets = new StringBuilder("  let a1 = a\n");
    for (int i = 2; i <= 30; i++) {
      lets.append("  let a")
          .append(i)
          .append(" = a")
          .append(i - 1)
          .append(" * a")
          .append(i - 1)
          .append(" + a")
          .append(i - 1)
          .append('\n');
    }
    return catalog(lets.toString(), "min(max, a30)");
  }

  @Test
  void compile_30ChainedLets_compilesAndStillKnowsTheRuleReadsItsInput() {
    Compilation c = compile(Rubric.standard(), thirtySquaringLets());
    assertThat(c.hasErrors()).as(c.render()).isFalse();

    // The required input is read only through the 30 lets; without its evidence the criterion has
    // insufficient evidence, and the finding names it.
    Scorecard card = EvaluationFixtures.evaluate(c.orElseThrow(), EvaluationFixtures.evidence());
    assertThat(card.node("A.1").orElseThrow().status()).isEqualTo(NodeStatus.INSUFFICIENT_EVIDENCE);
    assertThat(card.findingsFor("A.1"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.MISSING_EVIDENCE);
              assertThat(f.evidence()).containsExactly("a");
            });
  }

  private static String titled(String title) {
    return catalog("", "min(max, a)").replace("\"Thị trấn\"", "\"" + title + "\"");
  }

  @Test
  void compile_nulOrControlEscapeInAString_isRB102AtTheEscape() {
    Compilation c = compile(Rubric.standard(), titled("Thị\\u{0}trấn"));

    assertThat(c.diagnostics()).extracting(Diagnostic::code).containsExactly("RB102");
    assertThat(c.render())
        .startsWith("issue16.rubric:2:13: error: invalid escape '\\u{0}' [RB102]")
        .contains("text may not hold control characters such as NUL");
    assertThat(compile(Rubric.standard(), titled("a\\u{1B}b")).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("RB102");
    assertThat(compile(Rubric.standard(), titled("a\\u{9}b\\u{A}")).hasErrors()).isFalse();
  }

  @Test
  void compile_loneSurrogateInAStringOrComment_isRB100WithAHint() {
    Compilation inString = compile(Rubric.standard(), titled("Thị trấn \uD83D"));
    Compilation inComment =
        compile(Rubric.standard(), "# ghi chú \uDE00\n" + catalog("", "min(max, a)"));

    assertThat(inString.render())
        .startsWith("issue16.rubric:2:19: error: unexpected character U+D83D [RB100]")
        .contains("a lone UTF-16 surrogate is not a character");
    assertThat(inComment.render())
        .startsWith("issue16.rubric:1:11: error: unexpected character U+DE00 [RB100]");
    // a pair is one character (an emoji), welcome in text
    assertThat(compile(Rubric.standard(), titled("Thị trấn \uD83D\uDE00")).hasErrors()).isFalse();
  }

  @Test
  void compile_nulInAComment_isRB100() {
    Compilation c = compile(Rubric.standard(), "# ghi\0chú\n" + catalog("", "min(max, a)"));

    assertThat(c.render())
        .startsWith("issue16.rubric:1:6: error: unexpected character '␀' (U+0000) [RB100]");
  }

  @Test
  void evaluate_30ChainedSquares_stopAtRB506InsteadOfABillionDigits() {
    Compilation c = compile(Rubric.standard(), thirtySquaringLets());

    Scorecard card =
        EvaluationFixtures.evaluate(
            c.orElseThrow(),
            EvaluationFixtures.evidence().putEvidence("a", EvaluationFixtures.count(2)));

    assertThat(card.node("A.1").orElseThrow().status()).isEqualTo(NodeStatus.ERROR);
    assertThat(card.findingsFor("A.1"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.EVALUATION_ERROR);
              assertThat(f.message().in(Language.EN))
                  .isEqualTo(
                      "a12 * a12: the value has more than 1000 digits, more than any score needs"
                          + " (RB506)");
            });
  }

  @Test
  void evaluate_squaresUpToTheBound_areExact_oneMoreIsRB506() {
    // with a = 10, a10 has 513 digits and a11 would have 1025
    String ten = thirtySquaringLets().replace("min(max, a30)", "min(max, a10)");
    String eleven = thirtySquaringLets().replace("min(max, a30)", "min(max, a11)");
    var evidence = EvaluationFixtures.evidence().putEvidence("a", EvaluationFixtures.count(10));

    Scorecard within =
        EvaluationFixtures.evaluate(compile(Rubric.standard(), ten).orElseThrow(), evidence);
    Scorecard beyond =
        EvaluationFixtures.evaluate(compile(Rubric.standard(), eleven).orElseThrow(), evidence);

    assertThat(within.node("A.1").orElseThrow().status()).isEqualTo(NodeStatus.MET);
    assertThat(beyond.node("A.1").orElseThrow().status()).isEqualTo(NodeStatus.ERROR);
    assertThat(beyond.findingsFor("A.1").get(0).message().in(Language.EN))
        .startsWith("a10 * a10: the value has more than 1000 digits");
  }
}
