package dev.rubric.dsl.issues;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import org.junit.jupiter.api.Test;

/** Regressions found while writing the language reference for issue 3 (docs/dsl.md §22). */
class Issue3Test {

  private static CompiledCatalog compile(String inputs, String body) {
    String text =
        "catalog \"t\" version \"1.0\" {\n  title \"T\"\n  applies-to commune\n"
            + "  inputs {\n"
            + inputs
            + "\n  }\n  attributes { flag mc \"Một cửa\" }\n"
            + body
            + "\n}\n";
    var c = Rubric.standard().compile(SourceText.of("t.rubric", text));
    assertThat(c.hasErrors()).as(c.render()).isFalse();
    return c.orElseThrow();
  }

  private static Unit unit(boolean withAttribute) {
    Unit.Builder b =
        Unit.builder().code("01969").name("Thị trấn Phủ Thông").level("commune").kind("thi_tran");
    if (withAttribute) {
      b.putAttributes("mc", new AttributeValue.Flag(true));
    }
    return b.build();
  }

  private static Scorecard evaluate(CompiledCatalog c, Unit unit, EvidenceSet.Builder evidence) {
    return c.evaluate(unit, Period.year(2022), evidence.unitCode("01969").periodId("2022").build());
  }

  @Test
  void parentLet_readBySubCriteria_isComputedFirst() {
    CompiledCatalog c =
        compile(
            "    count a \"A\" required\n    count b \"B\" required",
            "  area \"1\" \"X\" {\n    let ty_le = a / b\n"
                + "    criterion \"1.1\" \"Y\" max 2 { tiers ty_le { >= 100%: 2, >= 50%: 1, otherwise: 0 } }\n  }");

    Scorecard card =
        evaluate(
            c,
            unit(true),
            EvidenceSet.builder()
                .putEvidence("a", Evidence.provided(new EvidenceValue.Count(3)))
                .putEvidence("b", Evidence.provided(new EvidenceValue.Count(4))));

    assertThat(card.node("1.1").orElseThrow().earned()).isEqualTo(Decimal.ONE);
  }

  @Test
  void requiredInput_readThroughCatalogLet_isCheckedForEvidence() {
    CompiledCatalog c =
        compile(
            "    ratio r \"R\" higher-better required",
            "  let rr = r\n  area \"1\" \"X\" max 2 { criterion \"1.1\" \"Y\" max 2 { points = rr * max } }");

    Scorecard card =
        evaluate(
            c,
            unit(true),
            EvidenceSet.builder()
                .putEvidence(
                    "r",
                    Evidence.incomplete(EvidenceValue.Ratio.of(1, 2), "Thiếu số liệu quý IV")));

    assertThat(card.node("1.1").orElseThrow().status()).isEqualTo(NodeStatus.INSUFFICIENT_EVIDENCE);
    assertThat(card.findingsFor("1.1"))
        .extracting(f -> f.kind())
        .containsExactly(FindingKind.MISSING_EVIDENCE);
    assertThat(card.findingsFor("1.1").get(0).message().in(Language.VI)).contains("r (incomplete)");
  }

  @Test
  void parentApplicability_undecidable_makesTheSubtreeInsufficient() {
    CompiledCatalog c =
        compile(
            "    flag f \"F\" required",
            "  area \"1\" \"X\" {\n    criterion \"1.2\" \"Y\" applies-when unit.mc else exclude {\n"
                + "      criterion \"1.2.1\" \"Z\" max 2 { score 2 when f otherwise 0 }\n    }\n  }");

    Scorecard card =
        evaluate(
            c,
            unit(false),
            EvidenceSet.builder()
                .putEvidence("f", Evidence.provided(new EvidenceValue.Flag(true))));

    assertThat(card.node("1.2").orElseThrow().status()).isEqualTo(NodeStatus.INSUFFICIENT_EVIDENCE);
    assertThat(card.node("1.2.1").orElseThrow().status())
        .isEqualTo(NodeStatus.INSUFFICIENT_EVIDENCE);
    assertThat(card.node("1.2.1").orElseThrow().earned()).isEqualTo(Decimal.ZERO);
    assertThat(card.findingsFor("1.2"))
        .extracting(f -> f.kind())
        .containsExactly(FindingKind.MISSING_EVIDENCE);
    assertThat(card.index()).isEqualTo(Decimal.ZERO);
  }

  @Test
  void bonusAndPenaltySubItems_countOnlyThroughTheirBlock() {
    CompiledCatalog c =
        compile(
            "    flag f \"F\" required\n    count sk \"Sáng kiến\"\n    count pb \"Phê bình\"",
            "  area \"1\" \"X\" max 10 { criterion \"1.1\" \"Y\" max 10 { score 10 when f otherwise 0 } }\n"
                + "  bonus \"B\" \"Thưởng\" {\n    criterion \"B.1\" \"a\" max 2 { award 1 per sk }\n"
                + "    criterion \"B.2\" \"b\" max 1 { award 1 per sk }\n  }\n"
                + "  penalty \"P\" \"Trừ\" {\n    criterion \"P.1\" \"c\" max 2 { award -1 per pb cap -2 }\n  }\n"
                + "  index percent unclamped");

    Scorecard card =
        evaluate(
            c,
            unit(true),
            EvidenceSet.builder()
                .putEvidence("f", Evidence.provided(new EvidenceValue.Flag(true)))
                .putEvidence("sk", Evidence.provided(new EvidenceValue.Count(5)))
                .putEvidence("pb", Evidence.provided(new EvidenceValue.Count(1))));

    assertThat(card.bonus()).isEqualTo(Decimal.of(3));
    assertThat(card.penalty()).isEqualTo(Decimal.ONE);
    assertThat(card.total()).isEqualTo(Decimal.of(12));
    assertThat(card.index()).isEqualTo(Decimal.of(120));
  }

  @Test
  void daysAfter_hugeQuantity_isRB503NotAnException() {
    CompiledCatalog c =
        compile(
            "    quantity q \"Số ngày\" required\n    document d \"Văn bản\" required",
            "  area \"1\" \"X\" max 1 {\n    criterion \"1.1\" \"Y\" max 1 {\n"
                + "      score 1 when d.issued <= days_after(date(year, 1, 31), q) otherwise 0\n    }\n  }");

    Scorecard card =
        evaluate(
            c,
            unit(true),
            EvidenceSet.builder()
                .putEvidence(
                    "q",
                    Evidence.provided(
                        new EvidenceValue.Quantity(Decimal.parse("-9223372036854775808"), "ngày")))
                .putEvidence(
                    "d",
                    Evidence.provided(
                        EvidenceValue.Document.builder()
                            .number("1/KH")
                            .issued(java.time.LocalDate.of(2022, 1, 2))
                            .build())));

    assertThat(card.node("1.1").orElseThrow().status()).isEqualTo(NodeStatus.ERROR);
    assertThat(card.findingsFor("1.1").get(0).arguments()).containsEntry("code", "RB503");
  }

  @Test
  void date_componentsBeyondInt_isRB503NotAWrongDate() {
    CompiledCatalog c =
        compile(
            "    quantity y \"Năm\" required\n    document d \"Văn bản\" required",
            "  area \"1\" \"X\" max 1 {\n    criterion \"1.1\" \"Y\" max 1 {\n"
                + "      score 1 when d.issued <= date(y, 1, 1) otherwise 0\n    }\n  }");

    Scorecard card =
        evaluate(
            c,
            unit(true),
            EvidenceSet.builder()
                .putEvidence(
                    "y",
                    Evidence.provided(
                        new EvidenceValue.Quantity(Decimal.parse("4294969318"), "năm")))
                .putEvidence(
                    "d",
                    Evidence.provided(
                        EvidenceValue.Document.builder()
                            .number("1/KH")
                            .issued(java.time.LocalDate.of(2021, 1, 2))
                            .build())));

    assertThat(card.node("1.1").orElseThrow().status()).isEqualTo(NodeStatus.ERROR);
    assertThat(card.findingsFor("1.1").get(0).arguments()).containsEntry("code", "RB503");
  }

  @Test
  void choiceAttribute_undeclaredOption_isRB604() {
    var text =
        "catalog \"t\" version \"1.0\" {\n  title \"T\"\n  applies-to commune\n"
            + "  attributes { choice vung \"Vùng\" options mien_nui, dong_bang }\n"
            + "  area \"1\" \"X\" max 1 { score 1 when unit.vung == \"mien_nui\" otherwise 0 }\n}\n";
    CompiledCatalog c = Rubric.standard().compile(SourceText.of("t.rubric", text)).orElseThrow();
    Unit u =
        Unit.builder()
            .code("01969")
            .name("Thị trấn Phủ Thông")
            .level("commune")
            .kind("thi_tran")
            .putAttributes("vung", new AttributeValue.TextValue("trung_du"))
            .build();

    Scorecard card = evaluate(c, u, EvidenceSet.builder());

    assertThat(card.findings()).extracting(f -> f.code()).contains("RB604");
    assertThat(card.node("1").orElseThrow().status()).isEqualTo(NodeStatus.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void weightedIndex_nothingApplicable_isRB504() {
    var text =
        "catalog \"t\" version \"1.0\" {\n  title \"T\"\n  applies-to commune\n"
            + "  attributes { flag mc \"Một cửa\" }\n"
            + "  area \"1\" \"X\" max 1 applies-when unit.mc else exclude { points = 1 }\n"
            + "  index weighted { \"1\": 100 }\n}\n";
    CompiledCatalog c = Rubric.standard().compile(SourceText.of("t.rubric", text)).orElseThrow();
    Unit u =
        Unit.builder()
            .code("01969")
            .name("Thị trấn Phủ Thông")
            .level("commune")
            .kind("thi_tran")
            .putAttributes("mc", new AttributeValue.Flag(false))
            .build();

    Scorecard card = evaluate(c, u, EvidenceSet.builder());

    assertThat(card.index()).isEqualTo(Decimal.ZERO);
    assertThat(card.findings()).extracting(f -> f.code()).containsExactly("RB504");
  }
}
