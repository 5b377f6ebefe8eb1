package dev.rubric.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import org.junit.jupiter.api.Test;

class DisplayNumbersTest {

  private static Decimal d(String s) {
    return Decimal.parse(s);
  }

  @Test
  void points_roundHalfUpToTwoDecimals_withoutTrailingZeros() {
    assertThat(DisplayNumbers.points(d("13.34919840928239890584"), Language.EN)).isEqualTo("13.35");
    assertThat(DisplayNumbers.points(d("13.34919840928239890584"), Language.VI)).isEqualTo("13,35");
    assertThat(DisplayNumbers.points(d("0.125"), Language.EN)).isEqualTo("0.13");
    assertThat(DisplayNumbers.points(d("0.50"), Language.EN)).isEqualTo("0.5");
    assertThat(DisplayNumbers.points(d("2.999"), Language.EN)).isEqualTo("3");
    assertThat(DisplayNumbers.points(d("12"), Language.VI)).isEqualTo("12");
  }

  @Test
  void negativeNumbers_takeTheUnicodeMinus() {
    assertThat(DisplayNumbers.points(d("-0.214"), Language.EN)).isEqualTo("−0.21");
    assertThat(DisplayNumbers.points(d("-0.215"), Language.VI)).isEqualTo("−0,22");
    assertThat(DisplayNumbers.percent(d("-0.21"), d("3"), Language.EN)).isEqualTo("−7%");
  }

  @Test
  void percent_isSignedAndRounded_orADashWithoutAWhole() {
    assertThat(DisplayNumbers.percent(d("3.71"), d("4.29"), Language.EN)).isEqualTo("86.48%");
    assertThat(DisplayNumbers.percent(d("3.71"), d("4.29"), Language.VI)).isEqualTo("86,48%");
    assertThat(DisplayNumbers.percent(d("1"), d("2"), Language.EN)).isEqualTo("50%");
    assertThat(DisplayNumbers.percent(d("1"), d("0"), Language.EN)).isEqualTo("–");
  }

  @Test
  void fixed_keepsTheIndexDecimals() {
    assertThat(DisplayNumbers.fixed(d("60.8"), 2, Language.VI)).isEqualTo("60,80");
    assertThat(DisplayNumbers.fixed(d("77"), 0, Language.EN)).isEqualTo("77");
  }

  @Test
  void pointsArguments_followTheSameRule() {
    Decimal exact = d("1.82949308755760368664");
    assertThat(new Arg.Points(exact).in(Language.EN))
        .isEqualTo(DisplayNumbers.points(exact, Language.EN))
        .isEqualTo("1.83");
  }
}
