package dev.rubric.cohort.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.csv.CsvEvidenceReader;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The robustness fixture: seven units of a catalog of three areas (max 10, 20, 30) whose points a
 * council awards, checked against a brute-force computation written here from the documented
 * method, not from the analysis's code.
 */
class RankRobustnessTest {

  /** The fixture's units: code, then the points of areas A, B and C. */
  private static final String[] CODES = {"01", "02", "03", "04", "05", "06", "07"};

  private static final int[][] POINTS = {
    {10, 12, 24}, {5, 18, 24}, {8, 16, 20}, {2, 20, 21}, {9, 9, 27}, {4, 20, 20}, {6, 10, 15}
  };
  private static final int[] MAX = {10, 20, 30};

  private static CompiledCatalog catalog;
  private static List<EvidenceFile> units;

  @BeforeAll
  static void load() throws IOException {
    Path dir = Path.of("src/test/resources/fixtures");
    catalog =
        Rubric.standard()
            .compile(SourceText.of("robust.rubric", Files.readString(dir.resolve("robust.rubric"))))
            .orElseThrow();
    units =
        CsvEvidenceReader.read(
            "robust-units.csv",
            Files.readString(dir.resolve("robust-units.csv")),
            catalog.catalog());
  }

  private static RankRobustness analyse(RobustnessOptions options, int threads) {
    RobustnessAccumulator accumulator = new RobustnessAccumulator(catalog.catalog());
    catalog.evaluateAll(units, accumulator);
    return accumulator.analyse(options, threads);
  }

  @Test
  void analyse_monteCarlo_matchesABruteForceComputationOfTheDocumentedMethod() {
    RobustnessOptions options = RobustnessOptions.defaults().withRuns(400).withSeed(42);
    RankRobustness analysis = analyse(options, 2);

    int runs = 400;
    int n = CODES.length;
    int[][] ranks = new int[n][runs];
    int[] bandChanges = new int[n];
    int[] nominalBand = new int[n];
    BigDecimal[] nominal = indexes(new int[] {1000, 1000, 1000});
    for (int u = 0; u < n; u++) {
      nominalBand[u] = band(nominal[u]);
    }
    SplittableRandom random = new SplittableRandom(42);
    for (int r = 0; r < runs; r++) {
      int[] q = new int[3];
      for (int i = 0; i < 3; i++) {
        q[i] = 1000 + random.nextInt(-200, 201);
      }
      BigDecimal[] index = indexes(q);
      for (int u = 0; u < n; u++) {
        int rank = 1;
        for (int v = 0; v < n; v++) {
          if (index[v].compareTo(index[u]) > 0) {
            rank++;
          }
        }
        ranks[u][r] = rank;
        if (band(index[u]) != nominalBand[u]) {
          bandChanges[u]++;
        }
      }
    }
    List<String> expected = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      int[] sorted = ranks[u].clone();
      Arrays.sort(sorted);
      int low = sorted[(int) Math.ceil(0.05 * runs) - 1];
      int median = sorted[(int) Math.ceil(0.50 * runs) - 1];
      int high = sorted[(int) Math.ceil(0.95 * runs) - 1];
      boolean stable = high - low <= 2 && bandChanges[u] * 20 < runs;
      expected.add(
          CODES[u] + " " + median + " " + low + "–" + high + " " + bandChanges[u] + " " + stable);
    }
    List<String> actual = new ArrayList<>();
    for (UnitRobustness u : analysis.units()) {
      actual.add(
          u.unitCode()
              + " "
              + u.medianRank()
              + " "
              + u.lowRank()
              + "–"
              + u.highRank()
              + " "
              + u.bandChanges()
              + " "
              + u.stable());
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    // the runs move ranks: some unit's interval is wide, and some run changes a band
    assertThat(analysis.units()).anyMatch(u -> u.intervalWidth() >= 2);
    assertThat(analysis.units()).anyMatch(u -> u.bandChanges() > 0);
  }

  /** The indexes of the fixture's units with the weight factors {@code q} (per mille). */
  private static BigDecimal[] indexes(int[] q) {
    BigDecimal[] index = new BigDecimal[CODES.length];
    for (int u = 0; u < CODES.length; u++) {
      long earned = 0;
      long max = 0;
      for (int i = 0; i < 3; i++) {
        earned += (long) q[i] * POINTS[u][i];
        max += (long) q[i] * MAX[i];
      }
      index[u] =
          BigDecimal.valueOf(100 * earned).divide(BigDecimal.valueOf(max), 2, RoundingMode.HALF_UP);
    }
    return index;
  }

  /** The fixture catalog's band of an index: 0 good, 1 fair, 2 average, 3 poor. */
  private static int band(BigDecimal index) {
    if (index.compareTo(BigDecimal.valueOf(77)) >= 0) {
      return 0;
    }
    if (index.compareTo(BigDecimal.valueOf(72)) >= 0) {
      return 1;
    }
    return index.compareTo(BigDecimal.valueOf(50)) >= 0 ? 2 : 3;
  }

  @Test
  void analyse_pointsOfTwentyDecimals_matchABruteForceComputation() throws IOException {
    // terms of some 80 bits: the analysis sums them in two long halves; here, in BigDecimal
    Path dir = Path.of("src/test/resources/fixtures");
    List<EvidenceFile> fractions =
        CsvEvidenceReader.read(
            "robust-fraction-units.csv",
            Files.readString(dir.resolve("robust-fraction-units.csv")),
            catalog.catalog());
    BigDecimal[][] points = new BigDecimal[fractions.size()][3];
    for (int u = 0; u < fractions.size(); u++) {
      for (int i = 0; i < 3; i++) {
        points[u][i] =
            new BigDecimal(
                Files.readString(dir.resolve("robust-fraction-units.csv"))
                    .lines()
                    .skip(2 + u)
                    .findFirst()
                    .orElseThrow()
                    .split(",", -1)[6 + i]);
      }
    }
    RobustnessAccumulator accumulator = new RobustnessAccumulator(catalog.catalog());
    catalog.evaluateAll(fractions, accumulator);
    RankRobustness analysis =
        accumulator.analyse(RobustnessOptions.defaults().withRuns(300).withSpread(500), 2);

    int runs = 300;
    int n = points.length;
    int[][] ranks = new int[n][runs];
    SplittableRandom random = new SplittableRandom(RobustnessOptions.DEFAULT_SEED);
    for (int r = 0; r < runs; r++) {
      int[] q = new int[3];
      for (int i = 0; i < 3; i++) {
        q[i] = 1000 + random.nextInt(-500, 501);
      }
      BigDecimal[] index = new BigDecimal[n];
      for (int u = 0; u < n; u++) {
        BigDecimal earned = BigDecimal.ZERO;
        long max = 0;
        for (int i = 0; i < 3; i++) {
          earned = earned.add(points[u][i].multiply(BigDecimal.valueOf(q[i])));
          max += (long) q[i] * MAX[i];
        }
        index[u] =
            earned
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(max), 2, RoundingMode.HALF_UP);
      }
      int[] rank = ranks(index);
      for (int u = 0; u < n; u++) {
        ranks[u][r] = rank[u];
      }
    }
    List<String> expected = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      int[] sorted = ranks[u].clone();
      Arrays.sort(sorted);
      expected.add(
          "0"
              + (u + 1)
              + " "
              + sorted[(int) Math.ceil(0.50 * runs) - 1]
              + " "
              + sorted[(int) Math.ceil(0.05 * runs) - 1]
              + "–"
              + sorted[(int) Math.ceil(0.95 * runs) - 1]);
    }
    assertThat(
            analysis.units().stream()
                .map(
                    u ->
                        u.unitCode()
                            + " "
                            + u.medianRank()
                            + " "
                            + u.lowRank()
                            + "–"
                            + u.highRank())
                .toList())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(analysis.units()).anyMatch(u -> u.intervalWidth() > 0);
  }

  @Test
  void analyse_weightedIndex_matchesABruteForceComputation() throws IOException {
    // index weighted percent, weights 1, 2, 1: 100 × Σ qᵢ·wᵢ·pointsᵢ/maxᵢ / Σ qᵢ·wᵢ
    Path dir = Path.of("src/test/resources/fixtures");
    CompiledCatalog weighted =
        Rubric.standard()
            .compile(
                SourceText.of(
                    "robust-weighted.rubric",
                    Files.readString(dir.resolve("robust-weighted.rubric"))))
            .orElseThrow();
    RobustnessAccumulator accumulator = new RobustnessAccumulator(weighted.catalog());
    weighted.evaluateAll(
        CsvEvidenceReader.read(
            "robust-units.csv",
            Files.readString(dir.resolve("robust-units.csv")),
            weighted.catalog()),
        accumulator);
    RankRobustness analysis =
        accumulator.analyse(RobustnessOptions.defaults().withRuns(250).withSeed(3), 3);
    int[] w = {1, 2, 1};
    int runs = 250;
    int n = CODES.length;
    int[][] ranks = new int[n][runs];
    SplittableRandom random = new SplittableRandom(3);
    for (int r = 0; r < runs; r++) {
      int[] q = new int[3];
      for (int i = 0; i < 3; i++) {
        q[i] = 1000 + random.nextInt(-200, 201);
      }
      int[] rank = ranks(weightedIndexes(q, w));
      for (int u = 0; u < n; u++) {
        ranks[u][r] = rank[u];
      }
    }
    List<String> expected = new ArrayList<>();
    int[] nominal = ranks(weightedIndexes(new int[] {1000, 1000, 1000}, w));
    int[][] leaveOut = new int[3][];
    for (int j = 0; j < 3; j++) {
      int[] q = {1000, 1000, 1000};
      q[j] = 0;
      leaveOut[j] = ranks(weightedIndexes(q, w));
    }
    for (int u = 0; u < n; u++) {
      int[] sorted = ranks[u].clone();
      Arrays.sort(sorted);
      expected.add(
          CODES[u]
              + " "
              + nominal[u]
              + " "
              + sorted[(int) Math.ceil(0.50 * runs) - 1]
              + " "
              + sorted[(int) Math.ceil(0.05 * runs) - 1]
              + "–"
              + sorted[(int) Math.ceil(0.95 * runs) - 1]
              + " "
              + List.of(leaveOut[0][u], leaveOut[1][u], leaveOut[2][u]));
    }
    assertThat(
            analysis.units().stream()
                .map(
                    u ->
                        u.unitCode()
                            + " "
                            + u.rank()
                            + " "
                            + u.medianRank()
                            + " "
                            + u.lowRank()
                            + "–"
                            + u.highRank()
                            + " "
                            + u.leaveOneOut())
                .toList())
        .containsExactlyInAnyOrderElementsOf(expected);
    // unit 01: (1·10/10 + 2·12/20 + 1·24/30) / 4 = 0.75
    assertThat(analysis.units())
        .filteredOn(u -> u.unitCode().equals("01"))
        .extracting(u -> u.index().toString())
        .containsExactly("75");
    assertThat(analysis.areas())
        .extracting(a -> a.weight().toString())
        .containsExactly("1", "2", "1");
  }

  /** The weighted indexes of the fixture's units, rounded to 2 places half-up. */
  private static BigDecimal[] weightedIndexes(int[] q, int[] w) {
    BigDecimal[] index = new BigDecimal[CODES.length];
    for (int u = 0; u < CODES.length; u++) {
      long num = 0;
      long den = 0;
      for (int i = 0; i < 3; i++) {
        // shares over the common denominator 60 of the maxima 10, 20 and 30
        num += (long) q[i] * w[i] * POINTS[u][i] * (60 / MAX[i]);
        den += (long) q[i] * w[i] * 60;
      }
      index[u] =
          BigDecimal.valueOf(100 * num).divide(BigDecimal.valueOf(den), 2, RoundingMode.HALF_UP);
    }
    return index;
  }

  @Test
  void analyse_nominal_isThePublishedRankingWithTiesSharingARank() {
    RankRobustness analysis = analyse(RobustnessOptions.defaults().withRuns(10), 1);
    assertThat(analysis.units())
        .extracting(UnitRobustness::unitCode, UnitRobustness::rank, u -> u.index().toString())
        .containsExactly(
            tuple("02", 1, "78.33"),
            tuple("01", 2, "76.67"),
            tuple("05", 3, "75"),
            tuple("03", 4, "73.33"),
            tuple("06", 4, "73.33"),
            tuple("04", 6, "71.67"),
            tuple("07", 7, "51.67"));
    assertThat(analysis.units().get(0).band().orElseThrow().vi()).isEqualTo("Tốt");
  }

  @Test
  void analyse_leaveOneAreaOut_renormalisesOverTheOtherAreas() {
    // without A: 100 × (B + C) / 50; without B: 100 × (A + C) / 40; without C: 100 × (A + B) / 30
    // 02: 84, 72.5, 76.67   01: 72, 85, 73.33   05: 72, 90, 60   03: 72, 70, 80
    // 06: 80, 60, 80        04: 82, 57.5, 73.33 07: 50, 52.5, 53.33
    RankRobustness analysis = analyse(RobustnessOptions.defaults().withRuns(10), 1);
    assertThat(analysis.areas()).extracting(AreaInfluence::code).containsExactly("A", "B", "C");
    assertThat(analysis.units())
        .extracting(UnitRobustness::unitCode, UnitRobustness::leaveOneOut)
        .containsExactly(
            tuple("02", List.of(1, 3, 3)),
            tuple("01", List.of(4, 2, 4)),
            tuple("05", List.of(4, 1, 6)),
            tuple("03", List.of(4, 4, 1)),
            tuple("06", List.of(3, 5, 1)),
            tuple("04", List.of(2, 6, 4)),
            tuple("07", List.of(7, 7, 7)));
  }

  @Test
  void analyse_influence_isTheMeanRankShiftWhenOneWeightAloneMoves() {
    RobustnessOptions options = RobustnessOptions.defaults().withRuns(10).withAreaSpread("B", 0);
    RankRobustness analysis = analyse(options, 1);
    // brute force: area j's factor takes 1000 + t·s/5, t = −5 … 5 without 0
    for (int j = 0; j < 3; j++) {
      int spread = j == 1 ? 0 : 200;
      BigDecimal[] nominal = indexes(new int[] {1000, 1000, 1000});
      int[] nominalRanks = ranks(nominal);
      long shift = 0;
      BigDecimal indexShift = BigDecimal.ZERO;
      int most = 0;
      for (int t = -5; t <= 5; t++) {
        if (t == 0) {
          continue;
        }
        int[] q = {1000, 1000, 1000};
        q[j] = 1000 + t * spread / 5;
        BigDecimal[] index = indexes(q);
        int[] r = ranks(index);
        for (int u = 0; u < CODES.length; u++) {
          shift += Math.abs(r[u] - nominalRanks[u]);
          most = Math.max(most, Math.abs(r[u] - nominalRanks[u]));
          indexShift = indexShift.add(index[u].subtract(nominal[u]).abs());
        }
      }
      AreaInfluence a = analysis.areas().get(j);
      // the totals are exact; 7 units × 10 values = 70 shifts
      assertThat(a.shiftCases()).isEqualTo(70);
      assertThat(a.rankShiftTotal()).isEqualTo(shift);
      assertThat(a.indexShiftTotal()).isEqualTo(Decimal.of(indexShift));
      assertThat(a.meanRankShift())
          .isEqualTo(
              Decimal.of(
                  BigDecimal.valueOf(shift)
                      .divide(
                          BigDecimal.valueOf(70), Decimal.DIVISION_SCALE, RoundingMode.HALF_EVEN)));
      assertThat(a.meanRankShift(2))
          .isEqualTo(
              Decimal.of(
                  BigDecimal.valueOf(shift)
                      .divide(BigDecimal.valueOf(70), 2, RoundingMode.HALF_UP)));
      assertThat(a.maxRankShift()).isEqualTo(most);
      assertThat(a.meanIndexShift())
          .isEqualTo(
              Decimal.of(
                  indexShift.divide(
                      BigDecimal.valueOf(70), Decimal.DIVISION_SCALE, RoundingMode.HALF_EVEN)));
      assertThat(a.meanIndexShift(4))
          .isEqualTo(
              Decimal.of(indexShift.divide(BigDecimal.valueOf(70), 4, RoundingMode.HALF_UP)));
      assertThat(a.spreadPerMille()).isEqualTo(spread);
    }
    // a total over 70 shifts that is a finite decimal is exact: 7/70 = 0.1
    AreaInfluence tenth =
        new AreaInfluence(
            "X", LocalizedText.of("X"), Decimal.ONE, 200, 70, 7, 1, Decimal.parse("0.35"));
    assertThat(tenth.meanRankShift().toString()).isEqualTo("0.1");
    assertThat(tenth.meanIndexShift().toString()).isEqualTo("0.005");
    // one that repeats has the 20 decimals of Decimal.divide: 8/70 = 0.1142857…
    AreaInfluence repeating =
        new AreaInfluence("X", LocalizedText.of("X"), Decimal.ONE, 200, 70, 8, 1, Decimal.ZERO);
    assertThat(repeating.meanRankShift().toString()).isEqualTo("0.11428571428571428571");
    assertThat(repeating.meanRankShift(2).toString()).isEqualTo("0.11");
    assertThat(analysis.areas().get(1).meanRankShift()).isEqualTo(Decimal.ZERO);
    assertThat(analysis.areas().get(0).meanRankShift().signum()).isPositive();
    assertThat(analysis.areas())
        .extracting(a -> a.weight().toString())
        .containsExactly("10", "20", "30");
  }

  private static int[] ranks(BigDecimal[] index) {
    int[] r = new int[index.length];
    for (int u = 0; u < index.length; u++) {
      r[u] = 1;
      for (BigDecimal other : index) {
        if (other.compareTo(index[u]) > 0) {
          r[u]++;
        }
      }
    }
    return r;
  }

  @Test
  void analyse_sameSeed_givesTheSameAnalysisOnAnyNumberOfThreads() {
    RobustnessOptions options = RobustnessOptions.defaults().withRuns(301).withSeed(7);
    RankRobustness one = analyse(options, 1);
    assertThat(analyse(options, 4)).isEqualTo(one);
    assertThat(analyse(options, 1)).isEqualTo(one);
    assertThat(analyse(options.withSeed(8), 2)).isNotEqualTo(one);
  }

  @Test
  void analyse_zeroSpread_keepsEveryRankNominal() {
    RankRobustness analysis = analyse(RobustnessOptions.defaults().withSpread(0).withRuns(20), 2);
    assertThat(analysis.units())
        .allSatisfy(
            u -> {
              assertThat(u.lowRank()).isEqualTo(u.rank());
              assertThat(u.highRank()).isEqualTo(u.rank());
              assertThat(u.bandChanges()).isZero();
              assertThat(u.stable()).isTrue();
            });
  }

  @Test
  void analyse_unknownAreaSpread_namesThePerturbedAreas() {
    RobustnessAccumulator accumulator = new RobustnessAccumulator(catalog.catalog());
    catalog.evaluateAll(units, accumulator);
    RobustnessOptions options = RobustnessOptions.defaults().withAreaSpread("Z", 100);
    assertThatThrownBy(() -> accumulator.analyse(options, 1))
        .isInstanceOfSatisfying(
            UnknownAreaException.class,
            e -> {
              assertThat(e.code()).isEqualTo("Z");
              assertThat(e.areas()).containsExactly("A", "B", "C");
            })
        .hasMessage(
            "spread of area 'Z': expected one of the perturbed areas [A, B, C] but found none of"
                + " that code");
  }

  @Test
  void check_beforeAnyUnit_refusesAnUnknownAreaAndAcceptsAKnownOne() {
    RobustnessAccumulator accumulator = new RobustnessAccumulator(catalog.catalog());
    assertThatThrownBy(
            () ->
                accumulator.check(
                    RobustnessOptions.defaults().withAreaSpread("B", 50).withAreaSpread("Y", 1)))
        .isInstanceOfSatisfying(
            UnknownAreaException.class, e -> assertThat(e.code()).isEqualTo("Y"));
    accumulator.check(RobustnessOptions.defaults().withAreaSpread("B", 50));
    assertThat(accumulator.size()).isZero();
  }

  @Test
  void analyse_carriesTheCatalogHashOfTheScorecards() {
    RankRobustness analysis = analyse(RobustnessOptions.defaults().withRuns(5), 1);
    assertThat(analysis.catalogHash()).isEqualTo(catalog.hash()).startsWith("sha256:");
  }

  @Test
  void accept_cardOfAnotherCatalog_namesTheMissingArea() throws IOException {
    RobustnessAccumulator accumulator = new RobustnessAccumulator(catalog.catalog());
    String text =
        Files.readString(Path.of("src/test/resources/fixtures/robust-weighted.rubric"))
            .replace("area \"A\"", "area \"D\"");
    CompiledCatalog other =
        Rubric.standard().compile(SourceText.of("other.rubric", text)).orElseThrow();
    assertThat(other.catalog().nodes()).extracting(Node::code).doesNotContain("A");
    assertThatThrownBy(() -> other.evaluateAll(units, accumulator))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cards: expected scorecards of one catalog but '")
        .hasMessageEndingWith("' lacks node 'A'");
  }

  @Test
  void accumulator_xccdfIndex_isRefusedWithTheFormulasItCanPerturb() throws IOException {
    String text =
        Files.readString(Path.of("src/test/resources/fixtures/robust-weighted.rubric"))
            .replace("index weighted percent", "index xccdf default");
    CompiledCatalog xccdf =
        Rubric.standard().compile(SourceText.of("xccdf.rubric", text)).orElseThrow();
    assertThatThrownBy(() -> new RobustnessAccumulator(xccdf.catalog()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "index: expected a formula robustness can perturb (percent, weighted or sum) but found"
                + " xccdf");
  }

  @Test
  void options_outOfRange_sayWhatWasExpected() {
    assertThatThrownBy(() -> RobustnessOptions.defaults().withRuns(0))
        .hasMessage("runs: expected a number of runs from 1 to 1000000 but found 0");
    assertThatThrownBy(() -> RobustnessOptions.defaults().withSpread(1000))
        .hasMessage(
            "spread: expected a spread from 0 to 999 per mille (0% to 99.9%) but found 1000");
  }

  @Test
  void divide_roundsLikeBigDecimalInEveryMode() {
    Random random = new Random(3);
    for (RoundingMode mode : RoundingMode.values()) {
      if (mode == RoundingMode.UNNECESSARY) {
        continue;
      }
      for (int i = 0; i < 2000; i++) {
        long num = random.nextInt(2001) - 1000L;
        long den = random.nextInt(40) + 1L;
        long expected =
            BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 0, mode).longValueExact();
        assertThat(RobustnessAccumulator.divide(num, den, mode))
            .as("%d / %d %s", num, den, mode)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void divide_bigIntegers_roundLikeBigDecimalInEveryMode() {
    Random random = new Random(5);
    java.math.BigInteger big = java.math.BigInteger.TEN.pow(22);
    for (RoundingMode mode : RoundingMode.values()) {
      if (mode == RoundingMode.UNNECESSARY) {
        continue;
      }
      for (int i = 0; i < 2000; i++) {
        java.math.BigInteger den = big.add(java.math.BigInteger.valueOf(random.nextInt(1000) + 1L));
        java.math.BigInteger num =
            den.multiply(java.math.BigInteger.valueOf(random.nextInt(2001) - 1000L))
                .add(java.math.BigInteger.valueOf(random.nextInt(2001) - 1000L))
                .add(i % 3 == 0 ? den.shiftRight(1) : java.math.BigInteger.ZERO);
        long expected = new BigDecimal(num).divide(new BigDecimal(den), 0, mode).longValueExact();
        assertThat(RobustnessAccumulator.divide(num, den, mode))
            .as("%s / %s %s", num, den, mode)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void nearestRank_isTheCeilingOfPTimesNOver100() {
    assertThat(RobustnessAccumulator.nearestRank(5, 1000)).isEqualTo(49);
    assertThat(RobustnessAccumulator.nearestRank(50, 1000)).isEqualTo(499);
    assertThat(RobustnessAccumulator.nearestRank(95, 1000)).isEqualTo(949);
    assertThat(RobustnessAccumulator.nearestRank(5, 10)).isEqualTo(0);
    assertThat(RobustnessAccumulator.nearestRank(95, 10)).isEqualTo(9);
    assertThat(RobustnessAccumulator.nearestRank(50, 1)).isEqualTo(0);
  }
}
