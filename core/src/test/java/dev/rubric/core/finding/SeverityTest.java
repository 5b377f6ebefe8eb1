package dev.rubric.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Language;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeverityTest {

  @Test
  void label_vietnamese_returnsVietnameseNames() {
    assertThat(Arrays.stream(Severity.values()).map(s -> s.label(Language.VI)))
        .containsExactly("Nghiêm trọng", "Lớn", "Nhỏ", "Thông tin");
  }

  @Test
  void label_english_returnsEnglishNames() {
    assertThat(Arrays.stream(Severity.values()).map(s -> s.label(Language.EN)))
        .containsExactly("Critical", "Major", "Minor", "Information");
  }

  @Test
  void naturalOrder_sortingMixedSeverities_putsMostSevereFirst() {
    List<Severity> sorted =
        List.of(Severity.INFO, Severity.MAJOR, Severity.CRITICAL, Severity.MINOR).stream()
            .sorted()
            .collect(Collectors.toList());

    assertThat(sorted)
        .containsExactly(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.INFO);
  }

  @Test
  void isAtLeast_comparedWithNeighbours_followsSeverityOrder() {
    assertThat(Severity.MAJOR.isAtLeast(Severity.MINOR)).isTrue();
    assertThat(Severity.MAJOR.isAtLeast(Severity.MAJOR)).isTrue();
    assertThat(Severity.MAJOR.isAtLeast(Severity.CRITICAL)).isFalse();
  }
}
