package dev.rubric.core.result;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Language;
import dev.rubric.core.catalog.NodeKind;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NodeStatusTest {

  @Test
  void label_vietnamese_returnsVietnameseNames() {
    assertThat(Arrays.stream(NodeStatus.values()).map(s -> s.label(Language.VI)))
        .containsExactly(
            "Đạt",
            "Đạt một phần",
            "Không đạt",
            "Không áp dụng",
            "Thiếu tài liệu kiểm chứng",
            "Lỗi");
  }

  @Test
  void label_english_returnsEnglishNames() {
    assertThat(Arrays.stream(NodeStatus.values()).map(s -> s.label(Language.EN)))
        .containsExactly(
            "Met", "Partially met", "Not met", "Not applicable", "Insufficient evidence", "Error");
  }

  @Test
  void label_ofBonusAndPenaltyItems_saysWhatHappened() {
    assertThat(NodeStatus.NOT_MET.label(Language.EN, NodeKind.BONUS)).isEqualTo("Not earned");
    assertThat(NodeStatus.NOT_MET.label(Language.VI, NodeKind.BONUS)).isEqualTo("Chưa được cộng");
    assertThat(NodeStatus.MET.label(Language.EN, NodeKind.BONUS)).isEqualTo("Met");
    assertThat(NodeStatus.MET.label(Language.EN, NodeKind.PENALTY)).isEqualTo("No deduction");
    assertThat(NodeStatus.MET.label(Language.VI, NodeKind.PENALTY)).isEqualTo("Không bị trừ");
    assertThat(NodeStatus.NOT_MET.label(Language.EN, NodeKind.PENALTY)).isEqualTo("Deducted");
    assertThat(NodeStatus.NOT_MET.label(Language.VI, NodeKind.PENALTY)).isEqualTo("Bị trừ điểm");
    assertThat(NodeStatus.INSUFFICIENT_EVIDENCE.label(Language.EN, NodeKind.PENALTY))
        .isEqualTo("Insufficient evidence");
    assertThat(NodeStatus.NOT_MET.label(Language.EN, NodeKind.CRITERION)).isEqualTo("Not met");
    assertThat(NodeStatus.NOT_MET.label(Language.EN, NodeKind.AREA)).isEqualTo("Not met");
  }

  @Test
  void isNeutral_onlyForABonusNotEarned() {
    for (NodeStatus s : NodeStatus.values()) {
      for (NodeKind k : NodeKind.values()) {
        assertThat(s.isNeutral(k)).isEqualTo(s == NodeStatus.NOT_MET && k == NodeKind.BONUS);
      }
    }
  }
}
