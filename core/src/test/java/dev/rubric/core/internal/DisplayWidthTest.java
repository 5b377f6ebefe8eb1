package dev.rubric.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayWidthTest {

  @ParameterizedTest(name = "{0} has width {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ho_so_dung_han | 14",
        "Việt Nam | 8",
        "Đạt chuẩn nông thôn mới | 23",
        "中文 | 4",
        "ｶﾀｶﾅ | 4",
        "ＡＢ | 4",
        "한국 | 4",
        "😀 | 2",
        "🇻🇳 | 2",
        "✓ | 1",
      })
  void of_text_countsTerminalColumns(String text, int width) {
    assertThat(DisplayWidth.of(text)).isEqualTo(width);
  }

  @Test
  void of_vietnameseNfd_equalsNfcWidth() {
    String nfc = "Hồ sơ đúng hạn, tiếng Việt";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);

    assertThat(DisplayWidth.of(nfd)).isEqualTo(DisplayWidth.of(nfc)).isEqualTo(26);
  }

  @Test
  void of_combiningMark_isZero() {
    assertThat(DisplayWidth.of(0x0301)).isZero();
  }

  @Test
  void of_zeroWidthCharacters_areZero() {
    assertThat(DisplayWidth.of("\u200B\u200D\uFEFF\uFE0F")).isZero();
  }

  @Test
  void of_controlCharacters_areZero() {
    assertThat(DisplayWidth.of("\u0000\t\n\u007F\u0085")).isZero();
  }

  @Test
  void of_emptyString_isZero() {
    assertThat(DisplayWidth.of("")).isZero();
  }

  @Test
  void of_ideographicSpace_isTwo() {
    assertThat(DisplayWidth.of(0x3000)).isEqualTo(2);
  }
}
