package dev.rubric.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void nfc_precomposedVietnamese_isReturnedAsIs() {
    String s = "Thực hiện quy chế làm việc chưa đầy đủ; ơ ư ă đ Đ";

    assertThat(Text.nfc(s)).isSameAs(s);
  }

  @Test
  void nfc_decomposedVietnamese_isComposed() {
    String nfc = "Thị trấn Phủ Thông";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);

    assertThat(Text.nfc(nfd)).isEqualTo(nfc);
  }

  @Test
  void nfc_otherScriptsAndSingletons_goThroughTheFullCheck() {
    // U+212B ANGSTROM SIGN is not NFC: it normalises to U+00C5.
    assertThat(Text.nfc("\u212B")).isEqualTo("\u00C5");
    // A combining mark after a Latin Extended Additional letter composes where Unicode allows.
    assertThat(Text.nfc("\u1EA1\u0302")).isEqualTo("\u1EAD");
  }
}
