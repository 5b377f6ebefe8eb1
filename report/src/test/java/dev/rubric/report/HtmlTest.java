package dev.rubric.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escape_markupAndQuotes_becomeEntities() {
    assertThat(Html.escape("<b>Xã \"An\" & 'Bình'</b>"))
        .isEqualTo("&lt;b&gt;Xã &quot;An&quot; &amp; &#39;Bình&#39;&lt;/b&gt;");
  }

  @Test
  void escape_vietnameseText_isUnchanged() {
    assertThat(Html.escape("Thị trấn Phủ Thông — Đạt một phần"))
        .isEqualTo("Thị trấn Phủ Thông — Đạt một phần");
  }

  @Test
  void percent_clampsAndRounds() {
    assertThat(Html.percent(dev.rubric.core.Decimal.of(2), dev.rubric.core.Decimal.of(3)))
        .isEqualTo("66.67");
    assertThat(Html.percent(dev.rubric.core.Decimal.of(-1), dev.rubric.core.Decimal.of(3)))
        .isEqualTo("0");
    assertThat(Html.percent(dev.rubric.core.Decimal.of(1), dev.rubric.core.Decimal.ZERO))
        .isEqualTo("0");
  }

  @Test
  void barPercent_penalty_showsTheShareDeducted() {
    // a penalty item earns zero or negative points; its bar fills with what was deducted
    assertThat(
            Html.barPercent(
                dev.rubric.core.Decimal.parse("-0.21"), dev.rubric.core.Decimal.of(3), true))
        .isEqualTo("7");
    assertThat(Html.barPercent(dev.rubric.core.Decimal.ZERO, dev.rubric.core.Decimal.of(3), true))
        .isEqualTo("0");
    assertThat(Html.barPercent(dev.rubric.core.Decimal.of(3), dev.rubric.core.Decimal.of(4), false))
        .isEqualTo("75");
  }
}
