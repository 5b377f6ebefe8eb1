package dev.rubric.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  @Test
  void nfc_nulOrLoneSurrogate_isRefusedWithItsIndex() {
    assertThatThrownBy(() -> Text.nfc("Xã\0An"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text: expected no NUL character (U+0000) but found one at index 2");
    assertThatThrownBy(() -> Text.nfc("Xã An \uD83D"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "text: expected Unicode characters but found a lone surrogate U+D83D at index 6");
    assertThatThrownBy(() -> Text.nfc("\uDE00x")).hasMessageContaining("U+DE00 at index 0");
    assertThat(Text.nfc("Xã An \uD83D\uDE00")).isEqualTo("Xã An \uD83D\uDE00");
  }

  @Test
  void nfc_valueConstructors_refuseNul() {
    assertThatThrownBy(
            () ->
                dev.rubric.core.Unit.builder()
                    .code("01")
                    .name("Xã\0An")
                    .level("commune")
                    .kind("xa")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NUL");
  }
}
