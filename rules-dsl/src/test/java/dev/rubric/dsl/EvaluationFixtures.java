package dev.rubric.dsl;

import dev.rubric.core.Decimal;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import java.time.LocalDate;
import java.util.List;

/**
 * Small helpers shared by the evaluation tests: compiling catalog text that must be valid, a unit
 * and its evidence built in code, and look-ups into a scorecard. The module's tests cannot use the
 * testkit (it depends on this module), so these stay plain. The regression tests in {@code
 * dev.rubric.dsl.issues} use the public ones.
 */
public final class EvaluationFixtures {
  static final Period YEAR_2022 = Period.year(2022);
  static final String UNIT_CODE = "01969";

  private EvaluationFixtures() {}

  /**
   * Returns the text of a catalog {@code "t"} for communes with {@code inputs} (the lines of its
   * {@code inputs} block) and {@code body} (everything after the block: attributes, areas, index,
   * bands).
   */
  static String catalog(String inputs, String body) {
    return "catalog \"t\" version \"1.0.0\" {\n"
        + "  title \"Bộ tiêu chí thử\" en \"Test criteria\"\n"
        + "  applies-to commune\n"
        + "  inputs {\n"
        + inputs
        + "\n  }\n"
        + body
        + "\n}\n";
  }

  /** Compiles {@code text}, which must have no errors (warnings are allowed). */
  public static CompiledCatalog compile(String text) {
    Compilation c = Rubric.standard().compile(SourceText.of("t.rubric", text));
    if (c.hasErrors()) {
      throw new AssertionError("expected a valid catalog but found:\n" + c.render());
    }
    return c.orElseThrow();
  }

  /** Returns a builder of the commune-level town (thị trấn) 01969 with no attributes. */
  static Unit.Builder town() {
    return Unit.builder()
        .code(UNIT_CODE)
        .name("Thị trấn Phủ Thông")
        .level("commune")
        .kind("thi_tran");
  }

  /** Returns an evidence set builder for unit 01969 in 2022. */
  public static EvidenceSet.Builder evidence() {
    return EvidenceSet.builder().unitCode(UNIT_CODE).periodId("2022");
  }

  /** Evaluates the town for 2022 with {@code evidence}. */
  public static Scorecard evaluate(CompiledCatalog catalog, EvidenceSet.Builder evidence) {
    return catalog.evaluate(town().build(), YEAR_2022, evidence.build());
  }

  public static Evidence count(long n) {
    return Evidence.provided(new EvidenceValue.Count(n));
  }

  public static Evidence ratio(long numerator, long denominator) {
    return Evidence.provided(EvidenceValue.Ratio.of(numerator, denominator));
  }

  public static Evidence flag(boolean value) {
    return Evidence.provided(new EvidenceValue.Flag(value));
  }

  static Evidence choice(String option) {
    return Evidence.provided(new EvidenceValue.Choice(option));
  }

  static Evidence quantity(String amount, String unit) {
    return Evidence.provided(new EvidenceValue.Quantity(Decimal.parse(amount), unit));
  }

  static Evidence document(LocalDate issued) {
    return Evidence.provided(
        EvidenceValue.Document.builder().number("01/KH-UBND").issued(issued).build());
  }

  public static Decimal dec(String text) {
    return Decimal.parse(text);
  }

  /** Returns the result of the node {@code code}, which must exist. */
  static NodeResult node(Scorecard card, String code) {
    return card.node(code)
        .orElseThrow(() -> new AssertionError("no node " + code + " in " + card.nodes()));
  }

  /** Returns the findings about node {@code code}. */
  static List<Finding> findingsFor(Scorecard card, String code) {
    return card.findingsFor(code);
  }
}
