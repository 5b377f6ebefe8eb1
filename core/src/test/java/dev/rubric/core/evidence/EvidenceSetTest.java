package dev.rubric.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class EvidenceSetTest {

  private static EvidenceSet.Builder phuThong2022() {
    return EvidenceSet.builder().unitCode("01969").periodId("2022");
  }

  @Test
  void evidence_addedOutOfOrder_iteratesInKeyOrder() {
    EvidenceSet s =
        phuThong2022()
            .putEvidence("mot_cua", Evidence.provided(new EvidenceValue.Flag(true)))
            .putEvidence("ho_so_dung_han", Evidence.provided(EvidenceValue.Ratio.of(412, 420)))
            .putEvidence("khao_sat", Evidence.missing())
            .build();

    assertThat(s.evidence().keySet()).containsExactly("ho_so_dung_han", "khao_sat", "mot_cua");
  }

  @Test
  void equals_differentInsertionOrder_isEqual() {
    EvidenceSet a =
        phuThong2022()
            .putEvidence("a", Evidence.missing())
            .putEvidence("b", Evidence.missing())
            .build();
    EvidenceSet b =
        phuThong2022()
            .putEvidence("b", Evidence.missing())
            .putEvidence("a", Evidence.missing())
            .build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void evidence_byKey_findsItEvenInNfd() {
    EvidenceSet s = phuThong2022().putEvidence("số_hồ_sơ", Evidence.missing()).build();

    assertThat(s.evidence(Normalizer.normalize("số_hồ_sơ", Normalizer.Form.NFD)))
        .contains(Evidence.missing());
    assertThat(s.evidence("khac")).isEmpty();
  }

  @Test
  void build_keyNotIdentifier_throws() {
    assertThatThrownBy(() -> phuThong2022().putEvidence("ho so", Evidence.missing()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "evidenceSet.evidence: expected an identifier (letters, digits, '_') but found 'ho so'");
  }

  @Test
  void build_blankNote_throws() {
    assertThatThrownBy(() -> phuThong2022().note(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evidenceSet.note: expected non-blank text but found ' '");
  }

  @Test
  void build_blankPeriod_throws() {
    assertThatThrownBy(() -> phuThong2022().periodId("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "evidenceSet.periodId: expected a non-blank code without surrounding spaces but found ''");
  }

  @Test
  void build_nfdNote_equalsNfc() {
    String note = "Dữ liệu minh hoạ";

    assertThat(phuThong2022().note(Normalizer.normalize(note, Normalizer.Form.NFD)).build())
        .isEqualTo(phuThong2022().note(note).build());
  }

  @Test
  void evidenceFile_otherUnit_throws() {
    Unit unit =
        Unit.builder().code("01963").name("Xã Vi Hương").level("commune").kind("xa").build();

    assertThatThrownBy(() -> new EvidenceFile(unit, Period.year(2022), phuThong2022().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "evidenceFile.evidence.unitCode: expected the unit's code '01963' but found '01969'");
  }

  @Test
  void evidenceFile_otherPeriod_throws() {
    Unit unit =
        Unit.builder()
            .code("01969")
            .name("Thị trấn Phủ Thông")
            .level("commune")
            .kind("thi_tran")
            .build();

    assertThatThrownBy(() -> new EvidenceFile(unit, Period.year(2023), phuThong2022().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "evidenceFile.evidence.periodId: expected the period's id '2023' but found '2022'");
  }
}
