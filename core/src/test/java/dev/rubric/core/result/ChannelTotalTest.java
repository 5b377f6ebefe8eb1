package dev.rubric.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Decimal;
import org.junit.jupiter.api.Test;

class ChannelTotalTest {

  @Test
  void constructor_negativeApplicableMax_throwsNamingFieldValueAndRule() {
    assertThatThrownBy(() -> new ChannelTotal(Decimal.ZERO, Decimal.parse("-0.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("applicableMax: expected a non-negative number of points but found -0.5");
  }

  @Test
  void constructor_negativeEarnedFromPenalties_isAccepted() {
    assertThat(new ChannelTotal(Decimal.of(-2), Decimal.ZERO).earned()).isEqualTo(Decimal.of(-2));
  }

  @Test
  void equals_sameValuesAtDifferentScales_areEqual() {
    assertThat(new ChannelTotal(Decimal.parse("2.0"), Decimal.parse("4.00")))
        .isEqualTo(new ChannelTotal(Decimal.of(2), Decimal.of(4)));
  }
}
