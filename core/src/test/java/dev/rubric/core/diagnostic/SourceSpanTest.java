package dev.rubric.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceSpanTest {

  @Test
  void of_validOffsets_keepsThem() {
    assertThat(SourceSpan.of(3, 7))
        .extracting(SourceSpan::start, SourceSpan::end)
        .containsExactly(3, 7);
  }

  @Test
  void length_isEndMinusStart() {
    assertThat(SourceSpan.of(3, 7).length()).isEqualTo(4);
  }

  @Test
  void of_emptySpan_isAllowed() {
    assertThat(SourceSpan.of(5, 5).length()).isZero();
  }

  @Test
  void of_endBeforeStart_throws() {
    assertThatThrownBy(() -> SourceSpan.of(7, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("span: expected 0 <= start <= end but found start=7, end=3");
  }

  @Test
  void of_negativeStart_throws() {
    assertThatThrownBy(() -> SourceSpan.of(-1, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void to_disjointSpans_coversBothAndTheGap() {
    assertThat(SourceSpan.of(10, 12).to(SourceSpan.of(2, 4))).isEqualTo(SourceSpan.of(2, 12));
  }

  @Test
  void to_nestedSpan_isTheOuterSpan() {
    assertThat(SourceSpan.of(2, 12).to(SourceSpan.of(4, 5))).isEqualTo(SourceSpan.of(2, 12));
  }
}
