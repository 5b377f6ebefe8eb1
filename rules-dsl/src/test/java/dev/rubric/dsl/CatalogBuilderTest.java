package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.catalog.Direction;
import dev.rubric.core.catalog.IndexFormula;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.InputRange;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.catalog.NotApplicablePolicy;
import dev.rubric.core.catalog.Rounding;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.finding.Severity;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogBuilderTest {

  private static final String TEXT =
      "catalog \"cchc-xa\" version \"2022.1.0\" {\n"
          + "  title \"Bộ tiêu chí CCHC cấp xã\" en \"PAR criteria for communes\"\n"
          + "  applies-to commune\n"
          + "  inputs {\n"
          + "    count nv_ke_hoach \"Số nhiệm vụ\" required\n"
          + "    count nv_hoan_thanh \"Số nhiệm vụ hoàn thành\" higher-better required\n"
          + "    ratio hai_long \"Hài lòng\"\n"
          + "  }\n"
          + "  area \"1\" \"Chỉ đạo, điều hành\" en \"Direction\" max 2 {\n"
          + "    criterion \"1.1\" \"Hoàn thành kế hoạch\" max 2 {\n"
          + "      let ty_le = nv_hoan_thanh / nv_ke_hoach\n"
          + "      tiers ty_le { >= 100%: 2, >= 80%: 1, otherwise: 0 }\n"
          + "      finding major \"Mới hoàn thành {ty_le} kế hoạch\"\n"
          + "    }\n"
          + "  }\n"
          + "  area \"S\" \"Khảo sát\" max 3 channel survey {\n"
          + "    criterion \"S.1\" \"Hài lòng\" max 3 applies-when present(hai_long) and hai_long.denominator > 0 else renormalise {\n"
          + "      points = hai_long * max\n"
          + "    }\n"
          + "  }\n"
          + "  index percent\n"
          + "  round 2 half-up\n"
          + "  bands { \"Tốt\" >= 90, \"Khá\" >= 70, otherwise \"Kém\" }\n"
          + "}\n";

  private static CatalogBuilder builder() {
    return CatalogBuilder.create("cchc-xa", "2022.1.0")
        .title(LocalizedText.of("Bộ tiêu chí CCHC cấp xã", "PAR criteria for communes"))
        .appliesTo("commune")
        .input(
            InputDecl.of("nv_ke_hoach", InputType.COUNT, LocalizedText.of("Số nhiệm vụ"))
                .asRequired())
        .input(
            InputDecl.of(
                    "nv_hoan_thanh", InputType.COUNT, LocalizedText.of("Số nhiệm vụ hoàn thành"))
                .withDirection(Direction.HIGHER_IS_BETTER)
                .asRequired())
        .input(InputDecl.of("hai_long", InputType.RATIO, LocalizedText.of("Hài lòng")))
        .area(
            "1",
            LocalizedText.of("Chỉ đạo, điều hành", "Direction"),
            a ->
                a.max("2")
                    .criterion(
                        "1.1",
                        LocalizedText.of("Hoàn thành kế hoạch"),
                        c ->
                            c.max("2")
                                .let(
                                    "ty_le",
                                    CatalogBuilder.parseExpr("nv_hoan_thanh / nv_ke_hoach"))
                                .rule("tiers ty_le { >= 100%: 2, >= 80%: 1, otherwise: 0 }")
                                .finding(
                                    Severity.MAJOR,
                                    null,
                                    LocalizedText.of("Mới hoàn thành {ty_le} kế hoạch"))))
        .area(
            "S",
            LocalizedText.of("Khảo sát"),
            a ->
                a.max("3")
                    .channel(Channel.SURVEY)
                    .criterion(
                        "S.1",
                        LocalizedText.of("Hài lòng"),
                        c ->
                            c.max("3")
                                .appliesWhen(
                                    CatalogBuilder.parseExpr(
                                        "present(hai_long) and hai_long.denominator > 0"),
                                    NotApplicablePolicy.RENORMALISE_CHANNEL)
                                .rule("points = hai_long * max")))
        .indexPercent(true)
        .band(LocalizedText.of("Tốt"), "90", null)
        .band(LocalizedText.of("Khá"), "70", "90")
        .band(LocalizedText.of("Kém"), null, "70");
  }

  @Test
  void compile_builderAndText_giveEqualCatalogs() {
    Compilation fromText = Rubric.standard().compile(SourceText.of("t.rubric", TEXT));
    Compilation fromBuilder = Rubric.standard().compile(builder());

    assertThat(fromBuilder.render()).isEmpty();
    assertThat(fromBuilder.orElseThrow().catalog()).isEqualTo(fromText.orElseThrow().catalog());
    assertThat(fromBuilder.orElseThrow().hash()).isEqualTo(fromText.orElseThrow().hash());
  }

  @Test
  void compile_builderMistake_givesTheSameDiagnosticCodeAsText() {
    // given: the same mistake (children that do not add up) made both ways
    CatalogBuilder b =
        builder()
            .area(
                "2",
                LocalizedText.of("Thể chế"),
                a ->
                    a.max("5")
                        .criterion(
                            "2.1",
                            LocalizedText.of("Văn bản"),
                            c -> c.max("2").rule("score 2 when nv_ke_hoach > 0 otherwise 0")));
    String text =
        TEXT.replace(
            "  index percent",
            "  area \"2\" \"Thể chế\" max 5 {\n"
                + "    criterion \"2.1\" \"Văn bản\" max 2 { score 2 when nv_ke_hoach > 0 otherwise 0 }\n  }\n  index percent");

    // when
    Compilation fromBuilder = Rubric.standard().compile(b);
    Compilation fromText = Rubric.standard().compile(SourceText.of("t.rubric", text));

    // then
    assertThat(fromBuilder.diagnostics()).extracting(d -> d.code()).containsExactly("RB307");
    assertThat(fromText.diagnostics()).extracting(d -> d.code()).containsExactly("RB307");
    assertThat(fromBuilder.diagnostics().get(0).path())
        .isEqualTo(Optional.of("catalog cchc-xa > area 2"));
    assertThat(fromBuilder.diagnostics().get(0).message())
        .isEqualTo(fromText.diagnostics().get(0).message());
  }

  @Test
  void parseRule_invalidText_throwsWithPosition() {
    assertThatThrownBy(() -> CatalogBuilder.parseRule("tiers x { >= : 2 }"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rule:1:14: error:");
  }

  @Test
  void compile_catalogValue_roundTripsThroughTheChecker() {
    var catalog =
        Rubric.standard().compile(SourceText.of("t.rubric", TEXT)).orElseThrow().catalog();

    Compilation again = Rubric.standard().compile(catalog);

    assertThat(again.diagnostics()).isEqualTo(List.of());
    assertThat(again.orElseThrow().catalog()).isEqualTo(catalog);
  }

  @Test
  void builder_weightsRoundingRangesAndXccdf_compileToTheCatalogOfTheText() {
    String text =
        "catalog \"xccdf-vd\" version \"1.0.0\" {\n"
            + "  title \"Ví dụ\"\n"
            + "  applies-to commune\n"
            + "  inputs {\n"
            + "    quantity chi_so \"Chỉ số thành phần\" in 0..1\n"
            + "    quantity diem \"Điểm Hội đồng chấm\" awarded\n"
            + "  }\n"
            + "  area \"1\" \"Dịch vụ công\" max 4 weight 2 {\n"
            + "    round 1 half-even\n"
            + "    points = chi_so * max\n"
            + "  }\n"
            + "  area \"2\" \"Thẩm định\" max 15 {\n"
            + "    points = diem\n"
            + "  }\n"
            + "  index xccdf default missing unscored empty 100\n"
            + "}\n";
    CatalogBuilder b =
        CatalogBuilder.create("xccdf-vd", "1.0.0")
            .title(LocalizedText.of("Ví dụ"))
            .appliesTo("commune")
            .input(
                InputDecl.of("chi_so", InputType.QUANTITY, LocalizedText.of("Chỉ số thành phần"))
                    .withRange(new InputRange(Decimal.ZERO, Decimal.ONE)))
            .input(
                InputDecl.of("diem", InputType.QUANTITY, LocalizedText.of("Điểm Hội đồng chấm"))
                    .asAwarded())
            .area(
                "1",
                LocalizedText.of("Dịch vụ công"),
                a ->
                    a.max("4")
                        .weight("2")
                        .round(new Rounding(1, RoundingMode.HALF_EVEN))
                        .rule("points = chi_so * max"))
            .area("2", LocalizedText.of("Thẩm định"), a -> a.max("15").rule("points = diem"))
            .index(new IndexFormula.Xccdf(IndexFormula.XccdfModel.DEFAULT, false, Decimal.HUNDRED));

    Compilation fromBuilder = Rubric.standard().compile(b);
    Compilation fromText = Rubric.standard().compile(SourceText.of("t.rubric", text));

    assertThat(fromBuilder.diagnostics()).isEmpty();
    assertThat(fromText.diagnostics()).isEmpty();
    assertThat(fromBuilder.orElseThrow().catalog()).isEqualTo(fromText.orElseThrow().catalog());
    assertThat(fromBuilder.orElseThrow().print()).isEqualTo(fromText.orElseThrow().print());
  }
}
