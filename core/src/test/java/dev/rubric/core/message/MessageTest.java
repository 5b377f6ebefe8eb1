package dev.rubric.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.result.NodeStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageTest {

  private static Arg.Amount amount(long n, long d, boolean percent) {
    return new Arg.Amount(BigDecimal.valueOf(n), BigDecimal.valueOf(d), percent);
  }

  private static final Message HEADLINE =
      Message.of(
          MessageKey.HEADLINE,
          Arg.text("3.2"),
          new Arg.Title(LocalizedText.of("Tỷ lệ hồ sơ đúng hạn", "On-time rate")),
          new Arg.Points(Decimal.parse("1.5")),
          new Arg.Points(Decimal.parse("2")),
          new Arg.Status(NodeStatus.PARTIAL));

  @Test
  void keyed_rendersEachLanguageFromItsTable() {
    assertThat(HEADLINE.in(Language.VI))
        .isEqualTo("3.2 Tỷ lệ hồ sơ đúng hạn: 1,5/2 điểm (Đạt một phần)");
    assertThat(HEADLINE.in(Language.EN))
        .isEqualTo(
            "3.2 On-time rate: 1.5/2 points (" + NodeStatus.PARTIAL.label(Language.EN) + ")");
    assertThat(HEADLINE.key()).isEqualTo("explain.headline");
  }

  @Test
  void keyed_renderedTwice_isEqualText() {
    assertThat(HEADLINE.text()).isEqualTo(HEADLINE.text());
    assertThat(HEADLINE.in(Language.VI)).isEqualTo(HEADLINE.in(Language.VI));
  }

  @Test
  void keyed_arguments_areByPlaceholderNameInOrder() {
    assertThat(HEADLINE.arguments().keySet())
        .containsExactly("code", "title", "earned", "max", "status");
    assertThat(HEADLINE.arguments().get("earned")).isEqualTo(new Arg.Points(Decimal.parse("1.5")));
  }

  @Test
  void keyed_wrongNumberOfArguments_throwsNamingTheKey() {
    assertThatThrownBy(() -> Message.of(MessageKey.POINTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("explain.points: expected 1 arguments");
  }

  @Test
  void keyed_argumentOfAnotherKind_throwsNamingThePlaceholder() {
    assertThatThrownBy(() -> Message.of(MessageKey.POINTS, Arg.text("3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("points")
        .hasMessageContaining("TEXT");
  }

  @Test
  void equality_isByWords_soAKeyedMessageEqualsItsLiteralText() {
    Message literal = Message.literal(HEADLINE.text());
    assertThat(literal).isEqualTo(HEADLINE).hasSameHashCodeAs(HEADLINE);
    assertThat(HEADLINE).isEqualTo(literal);
    assertThat(Message.literal(LocalizedText.of("khác", "other"))).isNotEqualTo(HEADLINE);
  }

  @Test
  void template_fillsPlaceholdersInTheReadersLanguage_andLeavesUnknownOnes() {
    Message m =
        new Message.Template(
            "catalog.3.2.1",
            LocalizedText.of("Tỷ lệ đúng hạn {ty_le} ({khac})", "On-time rate {ty_le} ({khac})"),
            Map.of("ty_le", amount(412, 420, true)));
    assertThat(m.in(Language.VI)).isEqualTo("Tỷ lệ đúng hạn 98,10% ({khac})");
    assertThat(m.in(Language.EN)).isEqualTo("On-time rate 98.10% ({khac})");
  }

  @Test
  void amount_number_showsExactUpToFourDecimals_elseTwoDecimalsHalfUpMarkedRounded() {
    assertThat(amount(3, 1, false).in(Language.EN)).isEqualTo("3");
    assertThat(amount(1, 3, false).in(Language.EN)).isEqualTo("≈0.33");
    assertThat(amount(1, 3, false).in(Language.VI)).isEqualTo("≈0,33");
    assertThat(amount(5, 8, false).in(Language.EN)).isEqualTo("0.625");
    assertThat(amount(-5, 8, false).in(Language.VI)).isEqualTo("−0,625");
    assertThat(amount(-2, 3, false).in(Language.VI)).isEqualTo("≈−0,67");
    assertThat(amount(1, 32, false).in(Language.EN)).isEqualTo("≈0.03");
    assertThat(Arg.Amount.of(new BigDecimal("13.34919840928239890584")).in(Language.EN))
        .isEqualTo("≈13.35");
    assertThat(amount(1, 4, false).in(Language.EN)).isEqualTo("0.25");
    assertThat(Arg.Amount.of(new BigDecimal("2.50")).in(Language.VI)).isEqualTo("2,5");
  }

  @Test
  void amount_percent_showsTwoDecimalsHalfUp_orAWholePercentage() {
    assertThat(amount(412, 420, true).in(Language.EN)).isEqualTo("98.10%");
    assertThat(amount(49, 50, true).in(Language.VI)).isEqualTo("98%");
    assertThat(amount(1, 8000, true).in(Language.EN)).isEqualTo("0.01%");
    assertThat(new Arg.Amount(new BigDecimal("0.5"), new BigDecimal("0.75"), true).in(Language.EN))
        .isEqualTo("66.67%");
  }

  @Test
  void amount_equality_isByValue() {
    assertThat(amount(1, 2, false))
        .isEqualTo(new Arg.Amount(new BigDecimal("0.50"), BigDecimal.ONE, false))
        .hasSameHashCodeAs(new Arg.Amount(new BigDecimal("0.50"), BigDecimal.ONE, false));
    assertThat(amount(1, 2, false)).isNotEqualTo(amount(1, 2, true));
  }

  @Test
  void amount_nonPositiveDenominator_throws() {
    assertThatThrownBy(() -> amount(1, 0, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("denominator: expected a positive number but found 0");
  }

  @Test
  void otherValues_readInEachLanguage() {
    Arg.Rate rate = new Arg.Rate(amount(412, 1, false), amount(420, 1, false));
    assertThat(rate.in(Language.VI)).isEqualTo("412/420 = 98,10%");
    assertThat(new Arg.Rate(amount(5, 1, false), amount(0, 1, false)).in(Language.EN))
        .isEqualTo("5/0");
    assertThat(new Arg.YesNo(true).in(Language.VI)).isEqualTo("có");
    assertThat(new Arg.Day(LocalDate.of(2022, 3, 15)).in(Language.VI)).isEqualTo("15/03/2022");
    assertThat(new Arg.Day(LocalDate.of(2022, 3, 15)).in(Language.EN)).isEqualTo("2022-03-15");
    assertThat(new Arg.Document(Optional.empty()).in(Language.VI))
        .isEqualTo("có văn bản (không rõ ngày)");
    assertThat(new Arg.Document(Optional.of(LocalDate.of(2022, 1, 5))).in(Language.EN))
        .isEqualTo("document of 2022-01-05");
    assertThat(new Arg.Quoted("xã").in(Language.EN)).isEqualTo("'xã'");
    assertThat(Arg.Absent.MISSING.in(Language.VI)).isEqualTo("(thiếu)");
    assertThat(Arg.Verdict.UNDECIDED.in(Language.EN)).isEqualTo("cannot be decided (missing data)");
    assertThat(new Arg.Items(List.of("a (missing)", "b (incomplete)"), ", ").in(Language.EN))
        .isEqualTo("a (missing), b (incomplete)");
  }

  @Test
  void nested_rendersTheInnerMessageInTheSameLanguage() {
    Message inner = Message.of(MessageKey.OUTSIDE_CALENDAR, Arg.text("days_after(d, n)"));
    Message outer =
        Message.of(MessageKey.EVALUATION_FAILED, new Arg.Nested(inner), Arg.text("RB503"));
    assertThat(outer.in(Language.VI)).isEqualTo("days_after(d, n): ngày nằm ngoài lịch (RB503)");
    assertThat(outer.in(Language.EN))
        .isEqualTo("days_after(d, n): the date is outside the calendar (RB503)");
  }

  @Test
  void text_combiningMarks_areNormalisedToNfc() {
    String nfd = java.text.Normalizer.normalize("xã", java.text.Normalizer.Form.NFD);
    assertThat(Arg.text(nfd)).isEqualTo(Arg.text("xã"));
  }
}
