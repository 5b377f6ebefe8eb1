package dev.rubric.dsl.issues;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.catalog.Rule;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CatalogBuilder;
import dev.rubric.dsl.Compilation;
import dev.rubric.dsl.Rubric;
import org.junit.jupiter.api.Test;

/**
 * Regressions of issue 10 ("The house"): the checker kept what it learned about an expression (its
 * type, what its names refer to) per Java object, so a builder user who put one {@link Expr} or
 * {@link Rule} object under two scopes got the first scope's reading in both.
 */
class Issue10Test {

  /**
   * A catalog whose criteria 1.1 and 1.2 share {@code shared}; 1.1 has {@code let x = a}, 1.2
   * {@code let <name> = b}.
   */
  private static CatalogBuilder catalogReusing(Rule shared, String letOfSecond) {
    return CatalogBuilder.create("t", "1.0")
        .title(LocalizedText.of("T"))
        .appliesTo("commune")
        .input(InputDecl.of("a", InputType.COUNT, LocalizedText.of("A")))
        .input(InputDecl.of("b", InputType.COUNT, LocalizedText.of("B")))
        .area(
            "1",
            LocalizedText.of("X"),
            area ->
                area.criterion(
                        "1.1",
                        LocalizedText.of("Y"),
                        c -> c.max("2").let("x", CatalogBuilder.parseExpr("a")).rule(shared))
                    .criterion(
                        "1.2",
                        LocalizedText.of("Z"),
                        c ->
                            c.max("2")
                                .let(letOfSecond, CatalogBuilder.parseExpr("b"))
                                .rule(shared)));
  }

  private static Scorecard evaluate(Compilation c, int a, int b) {
    Unit unit =
        Unit.builder()
            .code("01969")
            .name("Thị trấn Phủ Thông")
            .level("commune")
            .kind("thi_tran")
            .build();
    EvidenceSet evidence =
        EvidenceSet.builder()
            .unitCode("01969")
            .periodId("2022")
            .putEvidence("a", Evidence.provided(new EvidenceValue.Count(a)))
            .putEvidence("b", Evidence.provided(new EvidenceValue.Count(b)))
            .build();
    return c.orElseThrow().evaluate(unit, Period.year(2022), evidence);
  }

  @Test
  void compile_oneRuleObjectUnderTwoLets_readsEachScopesLet() {
    // given: one rule object whose 'x' is the let of 1.1 (input a) in 1.1 and of 1.2 (input b) in
    // 1.2
    Rule shared = CatalogBuilder.parseRule("points = min(2, x)");

    // when
    Compilation c = Rubric.standard().compile(catalogReusing(shared, "x"));
    Scorecard card = evaluate(c, 0, 2);

    // then
    assertThat(c.render()).isEmpty();
    assertThat(card.node("1.1").orElseThrow().earned()).isEqualTo(Decimal.ZERO);
    assertThat(card.node("1.2").orElseThrow().earned()).isEqualTo(Decimal.of(2));
  }

  @Test
  void compile_oneRuleObjectWhereTheSecondScopeLacksTheName_reportsTheUnknownName() {
    // given: the shared rule's 'x' is a let in 1.1 and declared nowhere in 1.2, whose let is 'y'
    Rule shared = CatalogBuilder.parseRule("points = min(2, x)");

    // when
    Compilation c = Rubric.standard().compile(catalogReusing(shared, "y"));

    // then
    assertThat(c.diagnostics()).extracting(d -> d.code()).containsExactly("RB204");
    assertThat(c.diagnostics().get(0).path()).hasValue("catalog t > area 1 > criterion 1.2");
  }
}
