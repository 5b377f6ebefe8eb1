package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.catalog.Channel;
import dev.rubric.core.finding.Explanation;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.NodeStatus;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTest {

  private static Decimal d(String text) {
    return Decimal.parse(text);
  }

  // parse

  @ParameterizedTest
  @CsvSource({
    "0.25, 0.25",
    "-3, -3",
    "+5, 5",
    ".5, 0.5",
    "5., 5",
    "007.50, 7.5",
    "-0, 0",
    "0.000, 0",
    "98.10, 98.1",
    "1000, 1000"
  })
  void parse_plainLiteral_givesCanonicalValue(String text, String canonical) {
    assertThat(Decimal.parse(text).toString()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " 1",
        "1 ",
        "1e3",
        "1E+3",
        "1,5",
        "1.2.3",
        "abc",
        "--1",
        "+-1",
        ".",
        "-",
        "NaN",
        "Infinity",
        "0x10",
        "١٢",
        "½"
      })
  void parse_notPlainLiteral_throwsNamingText(String text) {
    assertThatThrownBy(() -> Decimal.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "decimal: expected a plain decimal literal such as '0.25' but found '" + text + "'");
  }

  @Test
  void parse_sixtyFourCharacters_isAccepted() {
    String text = "1".repeat(32) + "." + "2".repeat(31);

    assertThat(Decimal.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void parse_sixtyFiveCharacters_throws() {
    String text = "1".repeat(65);

    assertThatThrownBy(() -> Decimal.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "decimal: expected a plain decimal literal such as '0.25' but found '" + text + "'");
  }

  @Test
  void parse_null_throwsNamingText() {
    assertThatThrownBy(() -> Decimal.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void of_nullBigDecimal_throwsNamingValue() {
    assertThatThrownBy(() -> Decimal.of((BigDecimal) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
  }

  // equality

  @Test
  void equals_sameNumberAtDifferentScales_isEqual() {
    assertThat(d("2.0"))
        .isEqualTo(d("2.00"))
        .isEqualTo(Decimal.of(2))
        .isEqualTo(Decimal.of(new BigDecimal("2.000")));
  }

  @Test
  void hashCode_sameNumberAtDifferentScales_isEqual() {
    assertThat(d("2.0")).hasSameHashCodeAs(d("2.00")).hasSameHashCodeAs(Decimal.of(2));
  }

  @Test
  void toString_sameNumberAtDifferentScales_isCanonical() {
    assertThat(List.of(d("2.0"), d("2.00"), Decimal.of(new BigDecimal("0.2E+1"))))
        .extracting(Decimal::toString)
        .containsOnly("2");
  }

  @Test
  void equals_differentNumbers_isNotEqual() {
    assertThat(d("2.01")).isNotEqualTo(d("2.1")).isNotEqualTo(d("-2.01"));
  }

  @Test
  void equals_zeroes_areEqualWhateverSignAndScale() {
    assertThat(d("-0.00")).isEqualTo(Decimal.ZERO).hasSameHashCodeAs(Decimal.ZERO);
  }

  @Test
  void of_positiveExponentBigDecimal_isPlainInteger() {
    Decimal thousand = Decimal.of(new BigDecimal("1E+3"));

    assertThat(thousand)
        .extracting(
            Decimal::toString, Decimal::scale, Decimal::isInteger, Decimal::toBigIntegerExact)
        .containsExactly("1000", 0, true, BigInteger.valueOf(1000));
  }

  @Test
  void toBigDecimal_anyValue_hasNoTrailingZerosAndNonNegativeScale() {
    assertThat(List.of(d("2.50"), Decimal.of(new BigDecimal("1E+2")), d("0.000")))
        .extracting(x -> x.toBigDecimal().toString())
        .containsExactly("2.5", "100", "0");
  }

  @Test
  void constants_zeroOneHundred_haveTheirValues() {
    assertThat(List.of(Decimal.ZERO, Decimal.ONE, Decimal.HUNDRED))
        .extracting(Decimal::toString)
        .containsExactly("0", "1", "100");
  }

  // arithmetic

  @Test
  void plus_tenthAndTwoTenths_isExactlyThreeTenths() {
    assertThat(d("0.1").plus(d("0.2"))).isEqualTo(d("0.3"));
  }

  @Test
  void minusTimesNegate_mixedSigns_areExact() {
    assertThat(List.of(d("1.5").minus(d("2.25")), d("-1.5").times(d("0.2")), d("3.10").negate()))
        .extracting(Decimal::toString)
        .containsExactly("-0.75", "-0.3", "-3.1");
  }

  @Test
  void divide_nonTerminating_keepsTwentyDigitsHalfEven() {
    assertThat(List.of(Decimal.ONE.divide(Decimal.of(3)), Decimal.of(2).divide(Decimal.of(3))))
        .extracting(Decimal::toString)
        .containsExactly("0.33333333333333333333", "0.66666666666666666667");
  }

  @Test
  void divide_nonTerminating_hasDivisionScale() {
    assertThat(Decimal.of(412).divide(Decimal.of(420)).scale()).isEqualTo(Decimal.DIVISION_SCALE);
  }

  @Test
  void divide_terminating_stripsTrailingZeros() {
    assertThat(Decimal.ONE.divide(Decimal.of(4)))
        .extracting(Decimal::toString, Decimal::scale)
        .containsExactly("0.25", 2);
  }

  @Test
  void divide_byZero_throws() {
    assertThatThrownBy(() -> Decimal.ONE.divide(d("0.00")))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("division by zero");
  }

  // rounding and formatting

  @ParameterizedTest
  @CsvSource({
    "2.345, HALF_UP, 2.35",
    "2.345, HALF_EVEN, 2.34",
    "2.355, HALF_EVEN, 2.36",
    "-2.345, HALF_UP, -2.35",
    "-2.345, HALF_EVEN, -2.34",
    "2.344999, HALF_UP, 2.34",
    "89.995, HALF_UP, 90",
    "89.994999, HALF_UP, 89.99",
    "2.3, HALF_UP, 2.3"
  })
  void round_toTwoDecimals_followsMode(String value, RoundingMode mode, String expected) {
    assertThat(d(value).round(2, mode)).isEqualTo(d(expected));
  }

  @Test
  void round_toZeroDecimalsHalfUp_roundsHalfAwayFromZero() {
    assertThat(
            List.of(
                d("89.5").round(0, RoundingMode.HALF_UP),
                d("88.5").round(0, RoundingMode.HALF_EVEN)))
        .extracting(Decimal::toString)
        .containsExactly("90", "88");
  }

  @ParameterizedTest
  @CsvSource({"90, 90.00", "0.5, 0.50", "-3, -3.00", "0, 0.00", "79.31, 79.31", "0.125, 0.125"})
  void toString_twoDecimals_padsWithoutRounding(String value, String expected) {
    assertThat(d(value).toString(2)).isEqualTo(expected);
  }

  @Test
  void toString_zeroDecimals_isPlain() {
    assertThat(Decimal.of(7).toString(0)).isEqualTo("7");
  }

  // comparison

  @Test
  void compareTo_differentScales_comparesNumerically() {
    assertThat(d("2.10"))
        .isEqualByComparingTo(d("2.1"))
        .isLessThan(d("2.11"))
        .isGreaterThan(d("-3"));
  }

  @Test
  void isLessThanIsGreaterThan_equalValues_areFalse() {
    assertThat(List.of(d("2.0").isLessThan(d("2")), d("2.0").isGreaterThan(d("2"))))
        .containsExactly(false, false);
  }

  @Test
  void minMax_twoValues_returnSmallerAndLarger() {
    assertThat(List.of(d("1.5").min(d("-2")), d("1.5").max(d("-2"))))
        .containsExactly(d("-2"), d("1.5"));
  }

  @Test
  void signum_negativeZeroPositive_isMinusOneZeroOne() {
    assertThat(List.of(d("-0.01").signum(), d("0.0").signum(), d("0.01").signum()))
        .containsExactly(-1, 0, 1);
  }

  @Test
  void toBigIntegerExact_fraction_throws() {
    assertThatThrownBy(() -> d("2.5").toBigIntegerExact()).isInstanceOf(ArithmeticException.class);
  }

  // exactness (DESIGN: 89.99999 must never fall into the band below 90)

  @Test
  void plus_fortyLeavesOfAQuarterPoint_sumToExactlyTen() {
    // given
    List<NodeResult> leaves = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      leaves.add(
          new NodeResult(
              "1." + i,
              LocalizedText.of("Tiêu chí 1." + i),
              Channel.APPRAISAL,
              d("0.25"),
              d("0.25"),
              d("0.25"),
              NodeStatus.MET,
              Explanation.of(LocalizedText.of("đạt → 0,25 điểm", "met → 0.25 points")),
              List.of()));
    }

    // when
    Decimal sum = Decimal.ZERO;
    for (NodeResult leaf : leaves) {
      sum = sum.plus(leaf.earned());
    }

    // then
    assertThat(sum).isEqualTo(Decimal.of(10)).hasToString("10");
  }

  @Test
  void plus_tenTenths_isExactlyOneUnlikeDouble() {
    Decimal sum = Decimal.ZERO;
    double doubleSum = 0;
    for (int i = 0; i < 10; i++) {
      sum = sum.plus(d("0.1"));
      doubleSum += 0.1;
    }

    assertThat(sum).isEqualTo(Decimal.ONE);
    assertThat(doubleSum).isNotEqualTo(1.0);
  }

  @Test
  void index_ninetyOfHundredTimesHundred_isExactlyNinety() {
    Decimal index = Decimal.of(90).divide(Decimal.of(100)).times(Decimal.HUNDRED);

    assertThat(index.toString(2)).isEqualTo("90.00");
  }

  @Test
  void isLessThan_justBelowBandThreshold_isTrue() {
    assertThat(d("89.99999").isLessThan(Decimal.of(90))).isTrue();
  }

  @Test
  void isLessThan_bandThresholdItself_isFalse() {
    assertThat(d("90.00000").isLessThan(Decimal.of(90))).isFalse();
  }

  @Test
  void of_hugeExponent_isRejectedInsteadOfExpanded() {
    assertThatThrownBy(() -> Decimal.of(new java.math.BigDecimal("1E+999999999")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "decimal: expected at most 1000 digits before the decimal point but found 1000000000");
  }
}
