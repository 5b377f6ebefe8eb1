package dev.rubric.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Decimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BandOrderTest {

  private static Optional<Decimal> at(int value) {
    return Optional.of(Decimal.of(value));
  }

  @Test
  void first_boundedOrNotAbove_fitsOnlyWhenUnbounded() {
    assertThat(List.of(BandOrder.first(Optional.empty()), BandOrder.first(at(100))))
        .containsExactly(BandOrder.Join.FITS, BandOrder.Join.FIRST_BOUNDED_ABOVE);
  }

  @Test
  void below_upperBoundAgainstTheLowerBoundAbove_tellsFitGapAndOverlap() {
    assertThat(
            List.of(
                BandOrder.below(at(90), at(90)),
                BandOrder.below(at(90), at(85)),
                BandOrder.below(at(90), at(95))))
        .containsExactly(BandOrder.Join.FITS, BandOrder.Join.GAP, BandOrder.Join.OVERLAP);
  }

  @Test
  void below_missingBounds_tellWhichIsMissing() {
    assertThat(
            List.of(
                BandOrder.below(Optional.empty(), at(70)),
                BandOrder.below(at(90), Optional.empty())))
        .containsExactly(BandOrder.Join.AFTER_UNBOUNDED_BELOW, BandOrder.Join.UNBOUNDED_ABOVE);
  }

  @Test
  void isEmpty_fromAtOrAboveTo_isEmpty() {
    assertThat(
            List.of(
                BandOrder.isEmpty(Decimal.of(70), Decimal.of(90)),
                BandOrder.isEmpty(Decimal.of(90), Decimal.of(90))))
        .containsExactly(false, true);
  }
}
