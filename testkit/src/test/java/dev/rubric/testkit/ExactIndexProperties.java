package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Decimal;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The published index is the exact index rounded once, and the band is decided on that rounded
 * value: checked against the test's own rational arithmetic for generated weighted and percent
 * catalogs whose points are fractions such as 5/6 (issue 11).
 */
class ExactIndexProperties {

  /*
   * Implementation notes.
   *
   * Every generated criterion earns `r × max` for a ratio input r = n/d with d up to 60, so its
   * points are usually fractions without a finite decimal form (thirds, sevenths, …). The test
   * computes the index from the catalog's shape with BigInteger fractions, independently of the
   * engine:
   *
   *   weighted:  Σ wᵢ · vᵢ / Σ wᵢ,  vᵢ = Σⱼ rᵢⱼ·mᵢⱼ / Σⱼ mᵢⱼ (area i's share of its max)
   *   percent:   100 · (Σ rᵢⱼ·mᵢⱼ + bonus − penalty) / Σ mᵢⱼ, limited to [0, 100]
   *
   * and rounds it once, half-up, to the catalog's `round` digits d.
   *
   * Boundary cases aim at the values where a truncated intermediate changes the published
   * number: the exact index is put on a half-way point h = k/10^d + 5/10^(d+1), which rounds
   * half-up to (k+1)/10^d, while a value a hair below h rounds to k/10^d. The index is affine in
   * the ratio x of the last criterion (index = A + B·x with B > 0 before limiting), so the test
   * picks a k with h in [A, A + B] (and in the index's range) and solves x = (h − A)/B, an exact
   * ratio given to the engine as evidence. The band threshold is then the rounded value itself:
   * the unit belongs in the upper band, and one digit less puts it in the lower one.
   */

  private static final String UPPER = "Đạt";
  private static final String LOWER = "Chưa đạt";
  private static final BigInteger TEN = BigInteger.TEN;
  private static final Unit UNIT = SampleCatalog.PHU_THONG;

  // ---------------------------------------------------------------- exact arithmetic

  /** A fraction n/d in lowest terms with d > 0: the test's own exact numbers. */
  record Fraction(BigInteger n, BigInteger d) implements Comparable<Fraction> {
    static final Fraction ZERO = of(0);
    static final Fraction ONE = of(1);

    static Fraction of(BigInteger n, BigInteger d) {
      BigInteger g = n.gcd(d);
      if (d.signum() < 0) {
        g = g.negate();
      }
      return new Fraction(n.divide(g), d.divide(g));
    }

    static Fraction of(long n, long d) {
      return of(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    static Fraction of(long n) {
      return of(n, 1);
    }

    Fraction plus(Fraction o) {
      return of(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
    }

    Fraction minus(Fraction o) {
      return plus(new Fraction(o.n.negate(), o.d));
    }

    Fraction times(Fraction o) {
      return of(n.multiply(o.n), d.multiply(o.d));
    }

    Fraction dividedBy(Fraction o) {
      return of(n.multiply(o.d), d.multiply(o.n));
    }

    Fraction min(Fraction o) {
      return compareTo(o) <= 0 ? this : o;
    }

    Fraction max(Fraction o) {
      return compareTo(o) >= 0 ? this : o;
    }

    /** Returns ⌊n/d⌋ (BigInteger.mod is never negative for a positive modulus). */
    BigInteger floor() {
      return n.subtract(n.mod(d)).divide(d);
    }

    BigInteger ceil() {
      return new Fraction(n.negate(), d).floor().negate();
    }

    /**
     * Returns this value rounded to {@code decimals} places, ties away from zero (half-up) or to
     * the even neighbour (half-even).
     */
    BigDecimal round(int decimals, boolean halfEven) {
      BigInteger[] qr = n.abs().multiply(TEN.pow(decimals)).divideAndRemainder(d);
      int half = qr[1].shiftLeft(1).compareTo(d);
      boolean up = half > 0 || (half == 0 && (!halfEven || qr[0].testBit(0)));
      BigInteger magnitude = up ? qr[0].add(BigInteger.ONE) : qr[0];
      return new BigDecimal(n.signum() < 0 ? magnitude.negate() : magnitude, decimals);
    }

    @Override
    public int compareTo(Fraction o) {
      return n.multiply(o.d).compareTo(o.n.multiply(d));
    }

    @Override
    public String toString() {
      return n + "/" + d;
    }
  }

  // ---------------------------------------------------------------- catalog shapes

  /** A criterion of max {@code max} that earns {@code ratio × max}; the ratio is its evidence. */
  record Criterion(int max, Fraction ratio) {
    Fraction points() {
      return ratio.times(Fraction.of(max));
    }
  }

  /**
   * A catalog: areas of criteria, a weight per area (a weighted index) or none (a percent index),
   * an optional bonus and penalty item, and the rounding digits.
   */
  record Shape(
      boolean weighted,
      List<List<Criterion>> areas,
      List<Integer> weights,
      Optional<Criterion> bonus,
      Optional<Criterion> penalty,
      int decimals) {

    /** The index before a percent index is limited to [0, 100]. */
    Fraction unlimitedIndex() {
      if (weighted) {
        Fraction sum = Fraction.ZERO;
        Fraction total = Fraction.ZERO;
        for (int i = 0; i < areas.size(); i++) {
          Fraction earned = Fraction.ZERO;
          Fraction max = Fraction.ZERO;
          for (Criterion c : areas.get(i)) {
            earned = earned.plus(c.points());
            max = max.plus(Fraction.of(c.max()));
          }
          Fraction w = Fraction.of(weights.get(i));
          sum = sum.plus(w.times(earned.dividedBy(max).max(Fraction.ZERO).min(Fraction.ONE)));
          total = total.plus(w);
        }
        return sum.dividedBy(total);
      }
      Fraction earned = Fraction.ZERO;
      Fraction applicable = Fraction.ZERO;
      for (List<Criterion> area : areas) {
        for (Criterion c : area) {
          earned = earned.plus(c.points());
          applicable = applicable.plus(Fraction.of(c.max()));
        }
      }
      earned = earned.plus(bonus.map(Criterion::points).orElse(Fraction.ZERO));
      earned = earned.minus(penalty.map(Criterion::points).orElse(Fraction.ZERO));
      return Fraction.of(100).times(earned).dividedBy(applicable);
    }

    Fraction top() {
      return weighted ? Fraction.ONE : Fraction.of(100);
    }

    Fraction exactIndex() {
      return unlimitedIndex().max(Fraction.ZERO).min(top());
    }

    BigDecimal roundedIndex() {
      return exactIndex().round(decimals, false);
    }

    /** This shape with the last criterion's ratio replaced by {@code ratio}. */
    Shape withLastRatio(Fraction ratio) {
      List<List<Criterion>> copy = new ArrayList<>(areas);
      List<Criterion> last = new ArrayList<>(copy.get(copy.size() - 1));
      last.set(last.size() - 1, new Criterion(last.get(last.size() - 1).max(), ratio));
      copy.set(copy.size() - 1, List.copyOf(last));
      return new Shape(weighted, List.copyOf(copy), weights, bonus, penalty, decimals);
    }

    /** The index as A + B·x in the last ratio x: {A, B}, B > 0. */
    Fraction[] affineInLastRatio() {
      Fraction a = withLastRatio(Fraction.ZERO).unlimitedIndex();
      return new Fraction[] {a, withLastRatio(Fraction.ONE).unlimitedIndex().minus(a)};
    }

    /** The half-way point k/10^d + 5/10^(d+1). */
    Fraction halfWayPoint(long k) {
      return Fraction.of(
          BigInteger.valueOf(k).multiply(TEN).add(BigInteger.valueOf(5)), TEN.pow(decimals + 1));
    }

    /** The k of every half-way point the last ratio can reach, as {min, max}; empty if none. */
    long[] reachableHalfWayPoints() {
      Fraction[] ab = affineInLastRatio();
      Fraction low = ab[0].max(Fraction.ZERO);
      Fraction high = ab[0].plus(ab[1]).min(top());
      Fraction scale = Fraction.of(TEN.pow(decimals + 1), BigInteger.ONE);
      Fraction five = Fraction.of(5);
      Fraction ten = Fraction.of(10);
      long min = low.times(scale).minus(five).dividedBy(ten).ceil().longValueExact();
      long max = high.times(scale).minus(five).dividedBy(ten).floor().longValueExact();
      return min <= max ? new long[] {min, max} : new long[0];
    }

    /** Returns whether the exact index is a half-way point k/10^d + 5/10^(d+1). */
    boolean isOnHalfWayPoint() {
      Fraction scaled = exactIndex().times(Fraction.of(TEN.pow(decimals + 1), BigInteger.ONE));
      return scaled.d().equals(BigInteger.ONE) && scaled.n().mod(TEN).intValue() == 5;
    }

    /** This shape with the last ratio chosen so that the exact index is the k-th half-way point. */
    Shape aimedAt(long k) {
      Fraction[] ab = affineInLastRatio();
      return withLastRatio(halfWayPoint(k).minus(ab[0]).dividedBy(ab[1]));
    }

    static String input(int area, int criterion) {
      return "r_" + area + "_" + criterion;
    }

    String text(BigDecimal threshold) {
      StringBuilder t = new StringBuilder();
      t.append("catalog \"chi-so-chinh-xac\" version \"1.0\" {\n")
          .append("  title \"Chỉ số tính chính xác\" en \"Exact index\"\n")
          .append("  applies-to commune\n  inputs {\n");
      for (int i = 0; i < areas.size(); i++) {
        for (int j = 0; j < areas.get(i).size(); j++) {
          String name = input(i + 1, j + 1);
          t.append("    ratio ").append(name).append(" \"Tỷ lệ ").append(name);
          t.append("\" required\n");
        }
      }
      bonus.ifPresent(b -> t.append("    ratio r_thuong \"Tỷ lệ thưởng\"\n"));
      penalty.ifPresent(p -> t.append("    ratio r_tru \"Tỷ lệ trừ\"\n"));
      t.append("  }\n");
      for (int i = 0; i < areas.size(); i++) {
        t.append("  area \"").append(i + 1).append("\" \"Lĩnh vực ").append(i + 1).append("\" {\n");
        for (int j = 0; j < areas.get(i).size(); j++) {
          t.append("    criterion \"")
              .append(i + 1)
              .append('.')
              .append(j + 1)
              .append("\" \"Tiêu chí\" max ")
              .append(areas.get(i).get(j).max())
              .append(" { points = ")
              .append(input(i + 1, j + 1))
              .append(" * max }\n");
        }
        t.append("  }\n");
      }
      bonus.ifPresent(
          b ->
              t.append("  bonus \"B\" \"Thưởng\" max ")
                  .append(b.max())
                  .append(" { points = r_thuong * max }\n"));
      penalty.ifPresent(
          p ->
              t.append("  penalty \"P\" \"Trừ\" max ")
                  .append(p.max())
                  .append(" { points = -r_tru * max }\n"));
      if (weighted) {
        t.append("  index weighted { ");
        for (int i = 0; i < areas.size(); i++) {
          t.append(i == 0 ? "" : ", ").append('"').append(i + 1).append("\": ");
          t.append(weights.get(i));
        }
        t.append(" }\n");
      } else {
        t.append("  index percent\n");
      }
      return t.append("  round ")
          .append(decimals)
          .append(" half-up\n")
          .append("  bands { \"")
          .append(UPPER)
          .append("\" >= ")
          .append(threshold.toPlainString())
          .append(", otherwise \"")
          .append(LOWER)
          .append("\" }\n}\n")
          .toString();
    }

    EvidenceSet evidence() {
      EvidenceSet.Builder b = EvidenceSet.builder().unitCode(UNIT.code()).periodId("2022");
      for (int i = 0; i < areas.size(); i++) {
        for (int j = 0; j < areas.get(i).size(); j++) {
          b.putEvidence(input(i + 1, j + 1), ratio(areas.get(i).get(j).ratio()));
        }
      }
      bonus.ifPresent(c -> b.putEvidence("r_thuong", ratio(c.ratio())));
      penalty.ifPresent(c -> b.putEvidence("r_tru", ratio(c.ratio())));
      return b.build();
    }

    private static Evidence ratio(Fraction f) {
      return Evidence.provided(
          new EvidenceValue.Ratio(
              Decimal.of(new BigDecimal(f.n())), Decimal.of(new BigDecimal(f.d()))));
    }
  }

  /** A shape with the lower bound of its upper band. */
  record Case(Shape shape, BigDecimal threshold) {
    @Override
    public String toString() {
      List<String> evidence = new ArrayList<>();
      shape.evidence().evidence().forEach((k, v) -> evidence.add(k + "=" + Display.item(v)));
      return "exact index "
          + shape.exactIndex()
          + " for evidence {"
          + String.join(", ", evidence)
          + "}\nin catalog:\n"
          + shape.text(threshold);
    }
  }

  // ---------------------------------------------------------------- generators

  private static final Gen<Fraction> RATIOS =
      Gen.integers(1, 60).flatMap(d -> Gen.integers(0, d).map(n -> Fraction.of(n, d)));

  private static final Gen<Criterion> CRITERIA =
      Gen.combine(Gen.integers(1, 9), RATIOS, Criterion::new);

  private static final Gen<Optional<Criterion>> ITEMS =
      Gen.oneOf(Gen.constant(Optional.<Criterion>empty()), CRITERIA.map(Optional::of));

  private static final Gen<Shape> SHAPES =
      Gen.booleans()
          .flatMap(
              weighted ->
                  Gen.combine(
                      Gen.listOf(Gen.listOf(CRITERIA, 1, 3), 1, 4),
                      Gen.listOf(Gen.integers(1, 100), 4, 4),
                      Gen.combine(ITEMS, ITEMS, List::of),
                      weighted ? Gen.integers(2, 6) : Gen.integers(0, 4),
                      (areas, weights, items, decimals) ->
                          new Shape(
                              weighted, areas, weights, items.get(0), items.get(1), decimals)));

  /** Shapes whose exact index lies exactly on a half-way point of their rounding. */
  private static final Gen<Shape> HALF_WAY =
      SHAPES
          .filter("reaches a half-way point", s -> s.reachableHalfWayPoints().length == 2)
          .flatMap(
              s -> {
                long[] k = s.reachableHalfWayPoints();
                return Gen.integers(k[0], k[1]).map(s::aimedAt);
              });

  /** The band threshold right at the rounded index, or one digit of the rounding either side. */
  private static Gen<Case> withThreshold(Gen<Shape> shapes) {
    return Gen.combine(
        shapes,
        Gen.integers(-1, 1),
        (s, offset) -> {
          BigDecimal digit = BigDecimal.ONE.movePointLeft(s.decimals());
          BigDecimal t = s.roundedIndex().add(digit.multiply(BigDecimal.valueOf(offset)));
          return new Case(s, t.max(BigDecimal.ZERO));
        });
  }

  // ---------------------------------------------------------------- properties

  private static Scorecard evaluate(Case c) {
    CompiledCatalog catalog =
        Rubric.standard()
            .compile(SourceText.of("exact.rubric", c.shape().text(c.threshold())))
            .orElseThrow();
    return catalog.evaluate(UNIT, Period.year(2022), c.shape().evidence());
  }

  private static void assertPublishedExactly(Case c) {
    Scorecard card = evaluate(c);
    Fraction exact = c.shape().exactIndex();
    BigDecimal rounded = c.shape().roundedIndex();

    assertThat(card.indexRounded()).as("rounded index").isEqualTo(Decimal.of(rounded));
    assertThat(card.index())
        .as("unrounded index (%s to %d places)", exact, Decimal.DIVISION_SCALE)
        .isEqualTo(Decimal.of(exact.round(Decimal.DIVISION_SCALE, true)));
    assertThat(card.band().map(b -> b.vi()))
        .as("band of %s with threshold %s", rounded, c.threshold())
        .contains(rounded.compareTo(c.threshold()) >= 0 ? UPPER : LOWER);
  }

  @Test
  void evaluate_fractionalPoints_publishesExactIndexRoundedOnce() {
    Properties.forAll(withThreshold(Gen.oneOf(SHAPES, HALF_WAY)))
        .check(ExactIndexProperties::assertPublishedExactly);
  }

  @Test
  void evaluate_exactIndexOnHalfWayPoint_roundsUpIntoBandStartingThere() {
    Properties.forAll(HALF_WAY.map(s -> new Case(s, s.roundedIndex())))
        .check(
            c -> {
              assertThat(c.shape().isOnHalfWayPoint()).as("generated on a half-way point").isTrue();
              assertPublishedExactly(c);
            });
  }
}
