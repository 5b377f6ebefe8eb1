package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Decimal;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GenTest {

  private static final long SEED = 7L;

  @Test
  void integers_intRange_staysInRangeAndReachesBothBounds() {
    List<Integer> values = Gen.integers(-7, 12).samples(500, SEED);

    assertThat(values).allMatch(x -> x >= -7 && x <= 12).contains(-7, 0, 12);
  }

  @Test
  void integers_fullLongRange_reachesExtremesWithoutOverflow() {
    List<Long> values = Gen.integers(Long.MIN_VALUE, Long.MAX_VALUE).samples(2000, SEED);

    assertThat(values).contains(Long.MIN_VALUE, -1L, 0L, Long.MAX_VALUE);
  }

  @Test
  void integers_rangeAboveZero_neverLeavesRange() {
    Properties.forAll(Gen.integers(1_000L, 2_000L))
        .seed(SEED)
        .tries(1000)
        .check(x -> assertThat(x).isBetween(1_000L, 2_000L));
  }

  @Test
  void integers_minAboveMax_throwsIllegalArgument() {
    assertThatThrownBy(() -> Gen.integers(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("integers: min 5 is greater than max 4");
  }

  @Test
  void booleans_samples_containBothValues() {
    assertThat(Gen.booleans().samples(50, SEED)).contains(true, false);
  }

  @Test
  void constant_samples_areAllTheValue() {
    assertThat(Gen.constant("x").samples(10, SEED)).containsOnly("x");
  }

  @Test
  void elements_samples_containEveryValueAndNothingElse() {
    assertThat(Gen.elements("a", "b", "c").samples(200, SEED))
        .containsOnly("a", "b", "c")
        .contains("a", "b", "c");
  }

  @Test
  void elements_noValues_throwsIllegalArgument() {
    assertThatThrownBy(() -> Gen.elements(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("elements needs at least one value");
  }

  @Test
  void oneOf_samples_drawFromEveryAlternative() {
    Gen<Integer> values = Gen.oneOf(Gen.integers(0, 9), Gen.integers(100, 109));

    assertThat(values.samples(200, SEED)).anyMatch(x -> x < 10).anyMatch(x -> x >= 100);
  }

  @Test
  void frequency_zeroWeight_neverChosen() {
    Gen<String> values =
        Gen.frequency(
            Weighted.of(3, Gen.constant("often")),
            Weighted.of(0, Gen.constant("never")),
            Weighted.of(1, Gen.constant("rarely")));

    assertThat(values.samples(500, SEED)).containsOnly("often", "rarely");
  }

  @Test
  void frequency_allWeightsZero_throwsIllegalArgument() {
    assertThatThrownBy(() -> Gen.frequency(Weighted.of(0, Gen.constant(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("frequency needs an alternative with a positive weight");
  }

  @Test
  void weighted_negativeWeight_throwsIllegalArgument() {
    assertThatThrownBy(() -> Weighted.of(-1, Gen.constant(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must not be negative: -1");
  }

  @Test
  void map_samples_areMappedValues() {
    assertThat(Gen.integers(0, 5).map(n -> "x".repeat(n)).samples(100, SEED))
        .allMatch(s -> s.matches("x{0,5}"));
  }

  @Test
  void flatMap_sizeThenList_listHasDrawnSize() {
    Gen<List<Integer>> sized = Gen.integers(0, 6).flatMap(n -> Gen.listOf(Gen.constant(n), n, n));

    Properties.forAll(sized)
        .seed(SEED)
        .check(list -> assertThat(list).allMatch(x -> x == list.size()));
  }

  @Test
  void filter_samples_onlyAcceptedValues() {
    assertThat(Gen.integers(0, 100).filter(x -> x % 2 == 0).samples(200, SEED))
        .allMatch(x -> x % 2 == 0);
  }

  @Test
  void filter_rejectingEverything_throwsTooManyRejections() {
    Gen<Integer> impossible = Gen.integers(0, 10).filter("negative", x -> x < 0);

    assertThatThrownBy(() -> Properties.forAll(impossible).check(x -> {}))
        .isInstanceOf(TooManyRejectionsException.class)
        .hasMessage(
            "filter \"negative\" on integers(0, 10) rejected 100 consecutive values; generate"
                + " valid values directly (for example with map) instead of filtering them");
  }

  @Test
  void filter_unnamedRejectingEverything_throwsTooManyRejectionsNamingGenerator() {
    Gen<Integer> impossible = Gen.integers(0, 10).map(x -> x * 2).filter(x -> x % 2 == 1);

    assertThatThrownBy(() -> impossible.samples(1, SEED))
        .isInstanceOf(TooManyRejectionsException.class)
        .hasMessageStartingWith("filter on integers(0, 10).map(f) rejected 100 consecutive values")
        .extracting(e -> ((TooManyRejectionsException) e).rejections())
        .isEqualTo(100);
  }

  @Test
  void listOf_samples_respectSizesAndAreUnmodifiable() {
    Properties.forAll(Gen.listOf(Gen.integers(0, 9), 2, 5))
        .seed(SEED)
        .check(
            list -> {
              assertThat(list).hasSizeBetween(2, 5);
              assertThatThrownBy(() -> list.add(1))
                  .isInstanceOf(UnsupportedOperationException.class);
            });
  }

  @Test
  void listOf_samples_reachMinimumAndMaximumSize() {
    assertThat(Gen.listOf(Gen.integers(0, 9), 1, 4).samples(300, SEED))
        .anyMatch(list -> list.size() == 1)
        .anyMatch(list -> list.size() == 4);
  }

  @Test
  void listOf_tooManyChoicesForOneValue_throwsIllegalStateNamingGenerator() {
    Gen<List<List<Boolean>>> huge = Gen.listOf(Gen.listOf(Gen.booleans(), 1000, 1000), 101, 101);

    assertThatThrownBy(() -> huge.samples(1, SEED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "listOf(listOf(booleans(), 1000, 1000), 101, 101): a generator drew more than 100000"
                + " random choices for one value; bound its sizes or its recursion");
  }

  @Test
  void setOf_samples_distinctWithinSizesAndUnmodifiable() {
    Properties.forAll(Gen.setOf(Gen.integers(0, 20), 3, 8))
        .seed(SEED)
        .check(
            set -> {
              assertThat(set).hasSizeBetween(3, 8);
              assertThatThrownBy(() -> set.add(99))
                  .isInstanceOf(UnsupportedOperationException.class);
            });
  }

  @Test
  void setOf_tooFewDistinctElements_throwsTooManyRejections() {
    Gen<Set<Boolean>> impossible = Gen.setOf(Gen.booleans(), 3, 3);

    assertThatThrownBy(() -> impossible.samples(1, SEED))
        .isInstanceOf(TooManyRejectionsException.class)
        .hasMessage(
            "setOf(booleans(), 3, 3) drew 100 consecutive duplicates after 2 distinct elements;"
                + " widen the element generator or lower the sizes");
  }

  @Test
  void decimals_bigDecimal_exactScaleAndInRange() {
    BigDecimal min = new BigDecimal("-12.5");
    BigDecimal max = new BigDecimal("99.999");

    Properties.forAll(Gen.decimals(min, max, 2))
        .seed(SEED)
        .tries(1000)
        .check(
            d -> {
              assertThat(d.scale()).isEqualTo(2);
              assertThat(d).isBetween(min, max);
            });
  }

  @Test
  void decimals_bigDecimal_reachBoundsAtScale() {
    List<BigDecimal> values =
        Gen.decimals(new BigDecimal("-12.5"), new BigDecimal("99.999"), 2).samples(500, SEED);

    assertThat(values)
        .contains(new BigDecimal("-12.50"), new BigDecimal("0.00"), new BigDecimal("99.99"));
  }

  @Test
  void decimals_rubricDecimal_inRangeWithAtMostScaleDigits() {
    Decimal min = Decimal.parse("0.5");
    Decimal max = Decimal.parse("2");

    Properties.forAll(Gen.decimals(min, max, 3))
        .seed(SEED)
        .check(
            d -> {
              assertThat(d.scale()).isBetween(0, 3);
              assertThat(d).isBetween(min, max);
            });
  }

  @Test
  void decimals_noValueAtScale_throwsIllegalArgument() {
    assertThatThrownBy(() -> Gen.decimals(new BigDecimal("0.001"), new BigDecimal("0.009"), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimals(0.001, 0.009, 2): no value with scale 2 in range");
  }

  @Test
  void dates_samples_inRangeAndReachBounds() {
    LocalDate from = LocalDate.of(2024, 2, 27);
    LocalDate to = LocalDate.of(2024, 3, 2);

    assertThat(Gen.dates(from, to).samples(300, SEED))
        .allMatch(d -> !d.isBefore(from) && !d.isAfter(to))
        .contains(from, LocalDate.of(2024, 2, 29), to);
  }

  @Test
  void strings_ascii_onlyAlphabetCharactersWithinLengths() {
    Properties.forAll(Gen.strings(Alphabet.ASCII_PRINTABLE, 1, 12))
        .seed(SEED)
        .check(
            s -> {
              assertThat(s.codePointCount(0, s.length())).isBetween(1, 12);
              assertThat(s.codePoints()).allMatch(c -> c >= 0x20 && c <= 0x7E);
            });
  }

  @Test
  void strings_vietnamese_produceDiacritics() {
    List<String> values = Gen.strings(Alphabet.VIETNAMESE_LETTERS, 1, 10).samples(50, SEED);

    assertThat(values).anyMatch(s -> !s.equals(Normalizer.normalize(s, Normalizer.Form.NFD)));
  }

  @Test
  void strings_vietnameseNfd_notNfcButNormaliseBackIntoAlphabet() {
    Gen<String> decomposed = Gen.strings(Alphabet.VIETNAMESE_DIACRITIC_LETTERS, 1, 10).nfd();

    Properties.forAll(decomposed)
        .seed(SEED)
        .check(
            s -> {
              assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).isFalse();
              assertThat(Normalizer.normalize(s, Normalizer.Form.NFC).codePoints())
                  .allMatch(Alphabet.VIETNAMESE_DIACRITIC_LETTERS::contains);
            });
  }

  @Test
  void strings_vietnameseLettersNfd_normaliseBackIntoAlphabet() {
    Properties.forAll(Gen.strings(Alphabet.VIETNAMESE_LETTERS, 0, 10).nfd())
        .seed(SEED)
        .check(
            s ->
                assertThat(Normalizer.normalize(s, Normalizer.Form.NFC).codePoints())
                    .allMatch(Alphabet.VIETNAMESE_LETTERS::contains));
  }

  @Test
  void alphabet_vietnameseLetters_containsEveryPrecomposedVowelInBothCases() {
    String vowels = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
    String both = vowels + vowels.toUpperCase(Locale.ROOT);

    assertThat(both.codePoints()).allMatch(Alphabet.VIETNAMESE_LETTERS::contains);
  }

  @Test
  void alphabet_vietnameseLetters_areSinglePrecomposedCharacters() {
    List<String> letters =
        Alphabet.VIETNAMESE_LETTERS
            .characters()
            .codePoints()
            .mapToObj(Character::toString)
            .collect(Collectors.toList());

    assertThat(letters)
        .hasSize(2 * (29 + 60))
        .allMatch(c -> c.length() == 1 && Normalizer.isNormalized(c, Normalizer.Form.NFC));
  }

  @Test
  void alphabet_vietnameseDiacriticLetters_areExactlyTheLettersThatDecompose() {
    Set<String> decomposable =
        Alphabet.VIETNAMESE_LETTERS
            .characters()
            .codePoints()
            .mapToObj(Character::toString)
            .filter(c -> !c.equals(Normalizer.normalize(c, Normalizer.Form.NFD)))
            .collect(Collectors.toSet());

    assertThat(
            Alphabet.VIETNAMESE_DIACRITIC_LETTERS
                .characters()
                .codePoints()
                .mapToObj(Character::toString))
        .containsExactlyInAnyOrderElementsOf(decomposable);
  }

  @Test
  void alphabet_of_keepsFirstOccurrenceOrder() {
    assertThat(Alphabet.of("banana").characters()).isEqualTo("ban");
  }

  @Test
  void combine_fourGenerators_drawsEachInOrder() {
    Gen<String> combined =
        Gen.combine(
            Gen.constant("a"),
            Gen.integers(1, 1),
            Gen.booleans().map(b -> "b"),
            Gen.constant('c'),
            (a, one, b, c) -> a + one + b + c);

    assertThat(combined.samples(5, SEED)).containsOnly("a1bc");
  }

  @Test
  void combine_threeGenerators_valuesComeFromEachPart() {
    Gen<Integer> sum =
        Gen.combine(
            Gen.integers(0, 9),
            Gen.integers(10, 19),
            Gen.integers(100, 109),
            (a, b, c) -> a + b + c);

    assertThat(sum.samples(100, SEED)).allMatch(x -> x >= 110 && x <= 137);
  }

  @Test
  void samples_sameSeed_sameValues() {
    Gen<List<String>> gen = Gen.listOf(Gen.strings(Alphabet.ASCII_LETTERS, 0, 5), 0, 5);

    assertThat(gen.samples(50, 99)).isEqualTo(gen.samples(50, 99));
  }

  @Test
  void samples_differentSeeds_differentValues() {
    Gen<Long> gen = Gen.integers(Long.MIN_VALUE, Long.MAX_VALUE);

    assertThat(gen.samples(20, 1)).isNotEqualTo(gen.samples(20, 2));
  }

  @Test
  void toString_composedGenerator_describesComposition() {
    Gen<List<String>> gen =
        Gen.listOf(Gen.strings(Alphabet.VIETNAMESE_LETTERS, 1, 3).nfd(), 0, 5)
            .filter("non-empty", list -> !list.isEmpty());

    assertThat(gen)
        .hasToString("listOf(strings(VIETNAMESE_LETTERS, 1, 3).nfd(), 0, 5).filter(\"non-empty\")");
  }
}
