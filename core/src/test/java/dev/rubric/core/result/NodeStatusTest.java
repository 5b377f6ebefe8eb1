package dev.rubric.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.rubric.core.Language;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NodeStatusTest {

  private final ObjectMapper mapper = new ObjectMapper();

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
  void json_eachStatus_isLowercaseSnakeName() throws Exception {
    assertThat(mapper.writeValueAsString(NodeStatus.values()))
        .isEqualTo(
            "[\"met\",\"partial\",\"not_met\",\"not_applicable\",\"insufficient_evidence\",\"error\"]");
  }

  @ParameterizedTest
  @EnumSource(NodeStatus.class)
  void json_roundTrip_returnsStatus(NodeStatus status) throws Exception {
    assertThat(mapper.readValue(mapper.writeValueAsString(status), NodeStatus.class))
        .isSameAs(status);
  }

  @Test
  void json_unknownName_failsNamingIt() {
    assertThatThrownBy(() -> mapper.readValue("\"NOT_MET\"", NodeStatus.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasRootCauseMessage(
            "status: expected a node status such as 'met' or 'not_applicable' but found 'NOT_MET'");
  }
}
