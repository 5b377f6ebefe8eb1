package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UnitTest {

  private static Unit.Builder phuThong() {
    return Unit.builder()
        .code("01969")
        .name("Thị trấn Phủ Thông")
        .level("commune")
        .kind("thi_tran")
        .parentCode("063");
  }

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  @Test
  void build_allAttributes_keepsThem() {
    Unit u = phuThong().putAttributes("mot_cua", AttributeValue.of(true)).build();

    assertThat(u)
        .extracting(Unit::code, Unit::name, Unit::level, Unit::kind, Unit::parentCode)
        .containsExactly(
            "01969", "Thị trấn Phủ Thông", "commune", "thi_tran", java.util.Optional.of("063"));
  }

  @Test
  void attributes_addedOutOfOrder_iterateInKeyOrder() {
    Unit u =
        phuThong()
            .putAttributes("vung", AttributeValue.of("Miền núi"))
            .putAttributes("dan_so", AttributeValue.of(Decimal.of(5120)))
            .putAttributes("mot_cua", AttributeValue.of(true))
            .build();

    assertThat(u.attributes().keySet()).containsExactly("dan_so", "mot_cua", "vung");
  }

  @Test
  void equals_attributesInDifferentInsertionOrder_isEqual() {
    Unit a =
        phuThong()
            .putAttributes("a", AttributeValue.of(true))
            .putAttributes("b", AttributeValue.of(false))
            .build();
    Unit b =
        phuThong()
            .putAttributes("b", AttributeValue.of(false))
            .putAttributes("a", AttributeValue.of(true))
            .build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void attribute_byKey_findsIt() {
    Unit u = phuThong().putAttributes("mot_cua", AttributeValue.of(true)).build();

    assertThat(u.attribute("mot_cua")).contains(AttributeValue.of(true));
    assertThat(u.attribute("khac")).isEmpty();
  }

  @Test
  void build_nfdText_equalsNfcText() {
    Unit decomposed =
        Unit.builder()
            .code("01969")
            .name(nfd("Thị trấn Phủ Thông"))
            .level("commune")
            .kind("thi_tran")
            .putAttributes("vung", AttributeValue.of(nfd("Miền núi phía Bắc")))
            .build();
    Unit composed =
        Unit.builder()
            .code("01969")
            .name("Thị trấn Phủ Thông")
            .level("commune")
            .kind("thi_tran")
            .putAttributes("vung", AttributeValue.of("Miền núi phía Bắc"))
            .build();

    assertThat(decomposed).isEqualTo(composed);
    assertThat(decomposed.name())
        .isEqualTo("Thị trấn Phủ Thông")
        .isNotEqualTo(nfd("Thị trấn Phủ Thông"));
  }

  @Test
  void build_nfdAttributeKey_isNormalised() {
    Unit u = phuThong().putAttributes(nfd("dân_số"), AttributeValue.of(Decimal.of(5120))).build();

    assertThat(u.attributes()).containsOnlyKeys("dân_số");
    assertThat(u.attribute(nfd("dân_số"))).isPresent();
  }

  @Test
  void build_blankCode_throws() {
    assertThatThrownBy(() -> phuThong().code(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unit.code: expected a non-blank code without surrounding spaces but found ' '");
  }

  @Test
  void build_codeWithSurroundingSpace_throws() {
    assertThatThrownBy(() -> phuThong().code("01969 ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unit.code: expected a non-blank code without surrounding spaces but found '01969 '");
  }

  @Test
  void build_blankName_throws() {
    assertThatThrownBy(() -> phuThong().name("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit.name: expected non-blank text but found ''");
  }

  @Test
  void build_uppercaseLevel_throws() {
    assertThatThrownBy(() -> phuThong().level("Commune").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unit.level: expected a lowercase code such as 'commune' or 'thi_tran' (a-z, 0-9, '_') but found 'Commune'");
  }

  @Test
  void build_vietnameseKind_throws() {
    assertThatThrownBy(() -> phuThong().kind("thị trấn").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unit.kind: expected a lowercase code such as 'commune' or 'thi_tran' (a-z, 0-9, '_') but found 'thị trấn'");
  }

  @Test
  void build_parentIsItself_throws() {
    assertThatThrownBy(() -> phuThong().parentCode("01969").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unit.parentCode: expected the code of another unit but found the unit's own code '01969'");
  }

  @Test
  void build_attributeKeyNotIdentifier_throws() {
    assertThatThrownBy(() -> phuThong().putAttributes("dân số", AttributeValue.of(true)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unit.attributes: expected an identifier (letters, digits, '_') but found 'dân số'");
  }

  @Test
  void build_attributeKeysEqualAfterNfc_throws() {
    assertThatThrownBy(
            () ->
                phuThong()
                    .putAttributes("dân_số", AttributeValue.of(true))
                    .putAttributes(nfd("dân_số"), AttributeValue.of(false))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unit.attributes: expected distinct keys but found 'dân_số' twice after NFC normalisation");
  }

  @Test
  void build_missingName_throws() {
    assertThatThrownBy(() -> Unit.builder().code("1").level("commune").kind("xa").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[name]");
  }

  @Test
  void from_copy_changesOneAttribute() {
    Unit u = phuThong().build();

    Unit renamed = Unit.builder().from(u).name("Phường Phủ Thông").kind("phuong").build();

    assertThat(renamed.code()).isEqualTo(u.code());
    assertThat(renamed.kind()).isEqualTo("phuong");
  }

  @Test
  void attributeValue_typeNames_areStable() {
    assertThat(
            java.util.List.of(
                    AttributeValue.of(true),
                    AttributeValue.of(Decimal.ONE),
                    AttributeValue.of("x"),
                    AttributeValue.of(LocalDate.of(2022, 1, 1)))
                .stream()
                .map(AttributeValue::typeName))
        .containsExactly("flag", "number", "text", "date");
  }

  @Test
  void attributeValue_blankText_throws() {
    assertThatThrownBy(() -> AttributeValue.of("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text.value: expected non-blank text but found '  '");
  }

  @Test
  void attributeValue_dateBefore1900_throws() {
    assertThatThrownBy(() -> AttributeValue.of(LocalDate.of(1899, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "date.value: expected a date between 1900-01-01 and 2199-12-31 but found 1899-12-31");
  }

  @Test
  void attributeValue_dateAfter2199_throws() {
    assertThatThrownBy(() -> AttributeValue.of(LocalDate.of(2200, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "date.value: expected a date between 1900-01-01 and 2199-12-31 but found 2200-01-01");
  }

  @Test
  void attributeValue_nullNumber_throws() {
    assertThatThrownBy(() -> new AttributeValue.NumberValue(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
  }
}
