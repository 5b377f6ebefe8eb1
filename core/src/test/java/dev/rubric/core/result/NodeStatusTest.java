package dev.rubric.core.result;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Language;
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
}
