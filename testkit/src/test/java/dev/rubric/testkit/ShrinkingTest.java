package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShrinkingTest {

  private static final long SEED = 20260101L;

  @Test
  void integers_greaterThan1000_shrinksTo1001() {
    // given
    Property<Integer> property =
        Properties.forAll(Gen.integers(0, 1_000_000)).seed(SEED).tries(100);

    // when
    PropertyFailure failure =
        catchThrowableOfType(
            PropertyFailure.class,
            () -> property.check(x -> assertThat(x).isLessThanOrEqualTo(1000)));

    // then
    assertThat(failure.shrunk()).isEqualTo(1001);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234567, 987654321987L})
  void integers_anySeed_shrinksTo1001(long seed) {
    PropertyFailure failure =
        failure(
            Properties.forAll(Gen.integers(0, 1_000_000)).seed(seed).tries(100), x -> x <= 1000);

    assertThat(failure.shrunk()).isEqualTo(1001);
  }

  @Test
  void integers_belowNegativeBound_shrinksTowardsZero() {
    PropertyFailure failure =
        failure(
            Properties.forAll(Gen.integers(-1_000_000, 1_000_000)).seed(SEED).tries(100),
            x -> x > -1000);

    assertThat(failure.shrunk()).isEqualTo(-1000);
  }

  @Test
  void map_stringOfLength_shrinksToShortestFailingString() {
    Gen<String> strings = Gen.integers(0, 100).map(n -> "x".repeat(n));

    PropertyFailure failure =
        failure(Properties.forAll(strings).seed(SEED).tries(100), s -> s.length() < 10);

    assertThat(failure.shrunk()).isEqualTo("xxxxxxxxxx");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234567, 987654321987L, SEED})
  void listOf_sumAbove100_shrinksToSingleElement101(long seed) {
    Gen<List<Integer>> lists = Gen.listOf(Gen.integers(0, 1000), 0, 20);

    PropertyFailure failure =
        failure(
            Properties.forAll(lists).seed(seed).tries(100),
            list -> list.stream().mapToInt(i -> i).sum() <= 100);

    assertThat(failure.shrunk()).isEqualTo(List.of(101));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234567, 987654321987L, SEED})
  void listOf_containsNegative_shrinksToMinusOne(long seed) {
    Gen<List<Integer>> lists = Gen.listOf(Gen.integers(-1000, 1000), 0, 20);

    PropertyFailure failure =
        failure(
            Properties.forAll(lists).seed(seed).tries(100),
            list -> list.stream().allMatch(i -> i >= 0));

    assertThat(failure.shrunk()).isEqualTo(List.of(-1));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234567, 987654321987L, SEED})
  void flatMap_sizeThenElements_shrinksToOneMinimalElement(long seed) {
    Gen<List<Integer>> lists =
        Gen.integers(0, 10).flatMap(n -> Gen.listOf(Gen.integers(0, 1000), n, n));

    PropertyFailure failure =
        failure(
            Properties.forAll(lists).seed(seed).tries(100),
            list -> list.stream().allMatch(i -> i < 500));

    assertThat(failure.shrunk()).isEqualTo(List.of(500));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234567, 987654321987L, SEED})
  void filter_oddValues_shrinksToSmallestFailingOddValue(long seed) {
    Gen<Integer> odd = Gen.integers(0, 1_000_000).filter("odd", x -> x % 2 == 1);

    PropertyFailure failure = failure(Properties.forAll(odd).seed(seed).tries(100), x -> x < 100);

    assertThat(failure.shrunk()).isEqualTo(101);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234567, 987654321987L, SEED})
  void oneOf_secondAlternativeFails_shrinksToItsSimplestValue(long seed) {
    Gen<Integer> values = Gen.oneOf(Gen.integers(0, 10), Gen.integers(100, 200));

    PropertyFailure failure = failure(Properties.forAll(values).seed(seed).tries(100), x -> x < 50);

    assertThat(failure.shrunk()).isEqualTo(100);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234567, 987654321987L, SEED})
  void strings_containsUppercase_shrinksToSingleA(long seed) {
    Gen<String> strings = Gen.strings(Alphabet.ASCII_LETTERS, 0, 20);

    PropertyFailure failure =
        failure(
            Properties.forAll(strings).seed(seed).tries(100),
            s -> s.equals(s.toLowerCase(Locale.ROOT)));

    assertThat(failure.shrunk()).isEqualTo("A");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234567, 987654321987L, SEED})
  void forAllPair_sumAbove100_shrinks101AndZero(long seed) {
    BiProperty<Integer, Integer> property =
        Properties.forAll(Gen.integers(0, 1000), Gen.integers(0, 1000)).seed(seed).tries(100);

    PropertyFailure failure =
        catchThrowableOfType(
            PropertyFailure.class, () -> property.checkThat((a, b) -> a + b <= 100));

    assertThat(failure.shrunk()).isEqualTo(List.of(101, 0));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234567, 987654321987L, SEED})
  void setOf_atLeastThreeElements_shrinksToZeroOneTwo(long seed) {
    Gen<Set<Integer>> sets = Gen.setOf(Gen.integers(0, 100), 0, 10);

    PropertyFailure failure =
        failure(Properties.forAll(sets).seed(seed).tries(100), s -> s.size() < 3);

    assertThat(failure.shrunk()).isEqualTo(Set.of(0, 1, 2));
  }

  @Test
  void maxShrinkSteps_zero_reportsOriginalAsMinimal() {
    PropertyFailure failure =
        failure(
            Properties.forAll(Gen.integers(0, 1_000_000)).seed(SEED).tries(100).maxShrinkSteps(0),
            x -> x <= 1000);

    assertThat(failure)
        .extracting(PropertyFailure::shrunk, PropertyFailure::shrinkSteps)
        .containsExactly(failure.original(), 0);
  }

  private static <T> PropertyFailure failure(
      Property<T> property, java.util.function.Predicate<? super T> predicate) {
    return catchThrowableOfType(PropertyFailure.class, () -> property.checkThat(predicate));
  }
}
