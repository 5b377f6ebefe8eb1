package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitGensTest {

  @Test
  void units_default_areCommuneLevelWithPrefixedVietnameseNames() {
    List<Unit> units = UnitGens.units().samples(200, 1);

    assertThat(units)
        .allSatisfy(
            u -> {
              assertThat(u.level()).isEqualTo("commune");
              assertThat(u.kind()).isIn(UnitGens.COMMUNE_KINDS);
              assertThat(u.name()).startsWith(UnitGens.PREFIXES.get(u.kind()) + " ");
              assertThat(u.code()).matches("\\d{5}");
            })
        .extracting(Unit::kind)
        .containsAll(UnitGens.COMMUNE_KINDS);
  }

  @Test
  void units_default_includeNamesWithDiacritics() {
    assertThat(UnitGens.units().samples(50, 2))
        .extracting(Unit::name)
        .anyMatch(n -> n.chars().anyMatch(c -> c > 127 && c != 'Đ' && c != 'đ'));
  }

  @Test
  void kinds_thiTran_onlyTowns() {
    assertThat(UnitGens.units().kinds("thi_tran").level("commune").samples(30, 3))
        .extracting(Unit::name)
        .allMatch(n -> n.startsWith("Thị trấn "));
  }

  @Test
  void kinds_none_isRejected() {
    assertThatThrownBy(() -> UnitGens.units().kinds())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kinds: expected at least one kind but found none");
  }

  @Test
  void attributesOf_sampleCatalog_givesEveryDeclaredAttributeAsFlag() {
    List<Unit> units =
        UnitGens.units().attributesOf(SampleCatalog.COMPILED.catalog()).samples(50, 4);

    assertThat(units)
        .allSatisfy(
            u ->
                assertThat(u.attributes())
                    .containsOnlyKeys("ban_hanh_qppl", "co_mot_cua", "co_thu_phi")
                    .allSatisfy((k, v) -> assertThat(v).isInstanceOf(AttributeValue.Flag.class)));
  }

  @Test
  void withMissingAttributes_sometimesLeavesOneOut() {
    assertThat(
            UnitGens.units()
                .attributesOf(SampleCatalog.COMPILED.catalog())
                .withMissingAttributes()
                .samples(50, 5))
        .anyMatch(u -> u.attributes().size() < 3);
  }

  @Test
  void names_ward_shrinkTowardsFirstSyllables() {
    PropertyFailure failure =
        catchThrowableOfType(
            PropertyFailure.class,
            () ->
                Properties.forAll(UnitGens.names("phuong"))
                    .seed(9)
                    .checkThat(n -> n.split(" ").length < 3));

    assertThat(failure.shrunk()).isEqualTo("Phường An An");
  }
}
