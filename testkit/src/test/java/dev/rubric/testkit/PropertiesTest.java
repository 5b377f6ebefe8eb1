package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

class PropertiesTest {

  private static final long SEED = 1234567L;

  @Test
  void check_failingPropertyWithFixedSeed_reportsExactMessage() {
    // given
    Property<Integer> property =
        Properties.forAll(Gen.integers(0, 1_000_000)).seed(SEED).tries(100);

    // when
    PropertyFailure failure =
        catchThrowableOfType(
            PropertyFailure.class,
            () -> property.check(x -> assertThat(x).isLessThanOrEqualTo(1000)));

    // then
    assertThat(failure)
        .hasMessage(
            String.join(
                "\n",
                "Property failed after 1 try (seed 1234567, shrunk in 13 steps)",
                "  minimal counterexample: 1001",
                "  original counterexample: 596025",
                "  cause: java.lang.AssertionError:",
                "    Expecting actual:",
                "      1001",
                "    to be less than or equal to:",
                "      1000",
                "  rerun with: -Drubric.seed=1234567"));
  }

  @Test
  void check_failure_exposesSeedTriesValuesAndCause() {
    PropertyFailure failure =
        catchThrowableOfType(
            PropertyFailure.class,
            () ->
                Properties.forAll(Gen.integers(0, 1_000_000))
                    .seed(SEED)
                    .tries(100)
                    .checkThat(x -> x <= 1000));

    assertThat(failure)
        .extracting(
            PropertyFailure::seed,
            PropertyFailure::tries,
            PropertyFailure::original,
            PropertyFailure::shrunk,
            PropertyFailure::shrinkSteps,
            f -> f.cause().getMessage())
        .containsExactly(SEED, 1, 596025, 1001, 13, "property returned false");
  }

  @Test
  void check_sameSeed_reproducesSameFailure() {
    // given
    Property<Integer> property = Properties.forAll(Gen.integers(0, 1_000_000)).seed(42).tries(100);

    // when
    PropertyFailure first =
        catchThrowableOfType(PropertyFailure.class, () -> property.checkThat(x -> x < 900_000));
    PropertyFailure second =
        catchThrowableOfType(PropertyFailure.class, () -> property.checkThat(x -> x < 900_000));

    // then
    assertThat(second)
        .extracting(
            PropertyFailure::tries,
            PropertyFailure::original,
            PropertyFailure::shrunk,
            Throwable::getMessage)
        .containsExactly(first.tries(), first.original(), first.shrunk(), first.getMessage());
  }

  @Test
  void check_seed_triesExactlyTheSampledValues() {
    // given
    Gen<List<Integer>> gen = Gen.listOf(Gen.integers(-50, 50), 0, 8);
    List<List<Integer>> seen = new ArrayList<>();

    // when
    Properties.forAll(gen).seed(SEED).tries(40).check(seen::add);

    // then
    assertThat(seen).isEqualTo(gen.samples(40, SEED));
  }

  @Test
  void check_rubricSeedSystemProperty_replaysThatSeed() {
    // given
    Property<Integer> unseeded = Properties.forAll(Gen.integers(0, 1_000_000)).tries(100);
    PropertyFailure expected =
        catchThrowableOfType(
            PropertyFailure.class, () -> unseeded.seed(42).checkThat(x -> x < 900_000));
    String previous = System.getProperty("rubric.seed");
    System.setProperty("rubric.seed", "42");

    // when
    PropertyFailure actual;
    try {
      actual =
          catchThrowableOfType(PropertyFailure.class, () -> unseeded.checkThat(x -> x < 900_000));
    } finally {
      restore("rubric.seed", previous);
    }

    // then
    assertThat(actual.getMessage()).isEqualTo(expected.getMessage());
  }

  @Test
  @DisabledIfSystemProperty(named = "rubric.seed", matches = ".*")
  void check_noSeed_usesFreshSeedEachRunAndPrintsIt() {
    // given
    Property<Integer> property = Properties.forAll(Gen.integers(0, 1_000_000)).tries(100);

    // when
    PropertyFailure first =
        catchThrowableOfType(PropertyFailure.class, () -> property.checkThat(x -> x <= 1000));
    PropertyFailure second =
        catchThrowableOfType(PropertyFailure.class, () -> property.checkThat(x -> x <= 1000));

    // then
    assertThat(first.seed()).isNotEqualTo(second.seed());
    assertThat(second.getMessage())
        .contains("(seed " + second.seed() + ", ")
        .endsWith("rerun with: -Drubric.seed=" + second.seed());
  }

  @Test
  @DisabledIfSystemProperty(named = "rubric.tries", matches = ".*")
  void check_passingProperty_triesOneHundredValuesByDefault() {
    AtomicInteger calls = new AtomicInteger();

    Properties.forAll(Gen.integers(0, 10)).check(x -> calls.incrementAndGet());

    assertThat(calls).hasValue(100);
  }

  @Test
  void tries_configured_triesThatManyValues() {
    AtomicInteger calls = new AtomicInteger();

    Properties.forAll(Gen.integers(0, 10)).tries(7).check(x -> calls.incrementAndGet());

    assertThat(calls).hasValue(7);
  }

  @Test
  void check_rubricTriesSystemProperty_overridesDefault() {
    // given
    AtomicInteger calls = new AtomicInteger();
    String previous = System.getProperty("rubric.tries");
    System.setProperty("rubric.tries", "13");

    // when
    try {
      Properties.forAll(Gen.integers(0, 10)).check(x -> calls.incrementAndGet());
    } finally {
      restore("rubric.tries", previous);
    }

    // then
    assertThat(calls).hasValue(13);
  }

  @Test
  void check_invalidRubricTriesSystemProperty_throwsIllegalArgument() {
    String previous = System.getProperty("rubric.tries");
    System.setProperty("rubric.tries", "many");
    try {
      assertThatThrownBy(() -> Properties.forAll(Gen.integers(0, 10)).check(x -> {}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("system property rubric.tries: expected a positive integer but found 'many'");
    } finally {
      restore("rubric.tries", previous);
    }
  }

  @Test
  void tries_zero_throwsIllegalArgument() {
    assertThatThrownBy(() -> Properties.forAll(Gen.booleans()).tries(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tries must be at least 1: 0");
  }

  @Test
  void check_propertyThrowsOtherException_failsWithThatCause() {
    PropertyFailure failure =
        catchThrowableOfType(
            PropertyFailure.class,
            () ->
                Properties.forAll(Gen.integers(0, 100))
                    .seed(SEED)
                    .tries(100)
                    .check(
                        x -> {
                          if (x >= 10) {
                            throw new IllegalStateException("too big: " + x);
                          }
                        }));

    assertThat(failure.cause()).isInstanceOf(IllegalStateException.class).hasMessage("too big: 10");
  }

  @Test
  void check_smallerValuesFailDifferently_keepsOriginalKindOfFailure() {
    // given
    Property<Integer> property = Properties.forAll(Gen.integers(0, 1000)).seed(SEED).tries(100);

    // when
    PropertyFailure failure =
        catchThrowableOfType(
            PropertyFailure.class,
            () ->
                property.check(
                    x -> {
                      if (x == 0) {
                        throw new IllegalStateException("zero");
                      }
                      assertThat(x).isLessThan(500);
                    }));

    // then
    assertThat(failure)
        .extracting(PropertyFailure::shrunk, f -> f.cause().getClass())
        .containsExactly(500, AssertionError.class);
  }

  @Test
  void check_generatorGivesUp_throwsTooManyRejectionsRatherThanPropertyFailure() {
    Gen<Integer> impossible = Gen.integers(0, 10).filter("negative", x -> x < 0);

    assertThatThrownBy(() -> Properties.forAll(impossible).seed(SEED).check(x -> {}))
        .isExactlyInstanceOf(TooManyRejectionsException.class);
  }

  @Test
  void check_failingPair_reportsQuotedPairAndListCounterexamples() {
    // given
    BiProperty<String, Integer> property =
        Properties.forAll(Gen.strings(Alphabet.ASCII_LETTERS, 0, 10), Gen.integers(0, 100))
            .seed(SEED)
            .tries(100);

    // when
    PropertyFailure failure =
        catchThrowableOfType(
            PropertyFailure.class, () -> property.checkThat((s, n) -> s.length() + n < 50));

    // then
    assertThat(failure)
        .extracting(
            PropertyFailure::shrunk, f -> f.getMessage().lines().skip(1).findFirst().orElseThrow())
        .containsExactly(List.of("", 50), "  minimal counterexample: (\"\", 50)");
  }

  @Test
  void check_longCounterexample_isAbbreviatedInMessage() {
    PropertyFailure failure =
        catchThrowableOfType(
            PropertyFailure.class,
            () -> Properties.forAll(Gen.constant("x".repeat(1000))).checkThat(s -> false));

    assertThat(failure.getMessage())
        .contains("  minimal counterexample: \"" + "x".repeat(299) + "... (702 more characters)\n");
  }

  @Test
  void check_decomposedStringCounterexample_showsCombiningMarksEscaped() {
    PropertyFailure failure =
        catchThrowableOfType(
            PropertyFailure.class,
            () -> Properties.forAll(Gen.constant("e\u0302\u0301 \"q\"\n")).checkThat(s -> false));

    assertThat(failure.getMessage())
        .contains("  minimal counterexample: \"e\\u0302\\u0301 \\\"q\\\"\\n\"\n");
  }

  private static void restore(String name, String previous) {
    if (previous == null) {
      System.clearProperty(name);
    } else {
      System.setProperty(name, previous);
    }
  }
}
