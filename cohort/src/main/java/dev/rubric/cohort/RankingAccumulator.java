package dev.rubric.cohort;

import dev.rubric.cohort.internal.Cards;
import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Band;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Ranks scorecards as they come, keeping of each only what its {@link Ranking.Summary} shows
 * (codes, name, index, band and the points of each top-level node), encoded in a few dozen bytes,
 * and, per top-level node, two running sums: a cohort is ranked without holding its scorecards.
 * {@link #ranking()} gives the ranking {@link Ranking#of} would give for the scorecards accepted so
 * far, in the order accepted.
 *
 * <p>It is a {@code Consumer<Scorecard>}, so it can take a streamed evaluation's scorecards
 * directly:
 *
 * <pre>{@code
 * RankingAccumulator accumulator = new RankingAccumulator(catalog.catalog());
 * catalog.evaluateAll(cohort, accumulator); // a CompiledCatalog of rubric-rules-dsl
 * Ranking ranking = accumulator.ranking();
 * }</pre>
 *
 * <p><b>Memory.</b> A unit's summary is kept as one record of bytes in {@code byte[]} chunks:
 * strings as UTF-8, decimals as exact scaled integers of one to a few bytes or, for the long
 * quotients divisions give (an unrounded index, points of a ratio), as the two integers divided,
 * the band as a number, and the period and catalog hash only where they differ from the first
 * scorecard's. With the sample catalog of rubric-benchmarks (11 top-level nodes, unit names of some
 * 25 letters) a record takes about 86 bytes, and the accumulator with the ranking it gave keeps
 * about 92 bytes per unit: some 88 MiB for a million units. The ranking adds an {@code int} per
 * unit for the order, and makes its rows from the records when they are read. Exact values stay
 * exact: what comes back equals what went in, scale included; a {@code double} at most proposes a
 * fraction, which is kept only if dividing it exactly gives the decimal back.
 *
 * <p>Not thread-safe: accept scorecards from one thread at a time, as {@code evaluateAll} does.
 */
public final class RankingAccumulator implements Consumer<Scorecard> {

  private final Catalog catalog;
  private final List<Band> bands;

  /** One shared {@code Optional} per band, so that summaries do not each hold one. */
  private final List<Optional<LocalizedText>> bandLabels;

  private final int[] bandCounts;
  private final UnitStore store = new UnitStore();
  private final Bytes.Writer record = new Bytes.Writer();

  /** Made from the first card; null before it. */
  private @Nullable SummaryCodec codec;

  /** The most fractional digits of a rounded index accepted. */
  private int roundedScale;

  /** The first card's top-level nodes; empty before it. */
  private final List<Area> areas = new ArrayList<>();

  /** Per area, the exact sums; {@code BigDecimal}, which adds without normalising each sum. */
  private BigDecimal[] earnedSums = new BigDecimal[0];

  private BigDecimal[] applicableSums = new BigDecimal[0];

  /** Starts an empty ranking of scorecards of {@code catalog}. */
  public RankingAccumulator(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.bands = catalog.bands();
    this.bandLabels = bands.stream().map(b -> Optional.of(b.label())).toList();
    this.bandCounts = new int[bands.size()];
  }

  /**
   * Adds a scorecard. The first one fixes the top-level nodes averaged; every later one must have
   * them.
   *
   * @throws IllegalArgumentException if {@code card} lacks a top-level node of the first card;
   *     nothing is added then
   */
  @Override
  public void accept(Scorecard card) {
    Objects.requireNonNull(card, "card");
    SummaryCodec c = codec;
    if (c == null) {
      c = start(card);
    }
    NodeResult[] nodes = new NodeResult[areas.size()];
    Decimal[] earned = new Decimal[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = Cards.node(card, i, areas.get(i).code());
      earned[i] = nodes[i].earned();
    }
    c.write(record, card, earned);
    store.append(record);
    for (int i = 0; i < nodes.length; i++) {
      earnedSums[i] = earnedSums[i].add(nodes[i].earned().toBigDecimal());
      applicableSums[i] = applicableSums[i].add(nodes[i].applicableMax().toBigDecimal());
    }
    Optional<LocalizedText> band = card.band();
    for (int i = 0; i < bands.size(); i++) {
      if (band.equals(bandLabels.get(i))) {
        bandCounts[i]++;
      }
    }
    roundedScale = Math.max(roundedScale, card.indexRounded().scale());
  }

  /** Returns the number of scorecards accepted. */
  public int size() {
    return store.size();
  }

  /**
   * Returns the heap the accepted units' summaries take, approximately, in bytes: the chunks of
   * their records, unused room included, and the positions kept. For measurements and tests.
   */
  long storedBytes() {
    return store.heapBytes();
  }

  /**
   * Returns the ranking of the scorecards accepted so far. Units with equal rounded indexes are
   * listed by unit code, then period, then in the order accepted. The accumulator can go on
   * accepting scorecards afterwards; the ranking shares their records with it and stays as it was.
   */
  public Ranking ranking() {
    SummaryCodec c = codec;
    List<Ranking.Row> rows = c == null || store.size() == 0 ? List.of() : rows(c, store.snapshot());
    List<Ranking.BandCount> distribution = new ArrayList<>(bands.size());
    for (int i = 0; i < bands.size(); i++) {
      distribution.add(new Ranking.BandCount(bands.get(i).label(), bandCounts[i]));
    }
    List<Ranking.AreaAverage> averages = new ArrayList<>(areas.size());
    Decimal n = Decimal.of(store.size());
    for (int i = 0; i < areas.size(); i++) {
      Area a = areas.get(i);
      averages.add(
          new Ranking.AreaAverage(
              a.code(), a.title(), a.max(), mean(earnedSums[i], n), mean(applicableSums[i], n)));
    }
    return new Ranking(catalog, rows, distribution, averages);
  }

  /**
   * Sorts the records of {@code store}: highest rounded index first, then by unit code, then
   * period, then record number. When every rounded index, times 10 to the most decimals seen, fits
   * a {@code long}, as it does for any index a catalog publishes, the indexes become integer keys,
   * the keys' ranks among the distinct keys go into the high half of a {@code long} and the record
   * number into the low half, and one primitive sort orders them; only the runs of equal indexes
   * (ties) are then sorted by code, reading the codes from the records. Otherwise every comparison
   * reads the indexes, which is slower but as exact.
   */
  private StoredRows rows(SummaryCodec c, UnitStore.Snapshot s) {
    int n = s.size();
    long[] keys = new long[n];
    boolean fits = true;
    long p = s.position(0);
    for (int i = 0; i < n && fits; i++) {
      if (i > 0) {
        p = s.next(p);
      }
      keys[i] = SummaryCodec.roundedKey(s.reader(p), roundedScale);
      fits = keys[i] != Long.MIN_VALUE;
    }
    int[] order = new int[n];
    if (!fits) {
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      sortRun(c, s, order, 0, n, true);
      return new StoredRows(c, s, order, runStarts(s, order));
    }
    long[] distinct = keys.clone();
    Arrays.sort(distinct);
    int d = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || distinct[i] != distinct[d - 1]) {
        distinct[d++] = distinct[i];
      }
    }
    for (int i = 0; i < n; i++) {
      long rankFromTop = d - 1L - Arrays.binarySearch(distinct, 0, d, keys[i]);
      keys[i] = (rankFromTop << 32) | i;
    }
    Arrays.sort(keys);
    int[] runStarts = new int[d];
    int runs = 0;
    for (int i = 0; i < n; i++) {
      order[i] = (int) keys[i];
      if (i == 0 || (keys[i] >>> 32) != (keys[i - 1] >>> 32)) {
        runStarts[runs++] = i;
      }
    }
    for (int r = 0; r < d; r++) {
      int end = r + 1 < d ? runStarts[r + 1] : n;
      if (end - runStarts[r] > 1) {
        sortRun(c, s, order, runStarts[r], end, false);
      }
    }
    return new StoredRows(c, s, order, runStarts);
  }

  /**
   * Sorts {@code order[from..to)}, record numbers, by rounded index, highest first (if {@code
   * byIndex}), then by unit code, period and record number.
   */
  private static void sortRun(
      SummaryCodec c, UnitStore.Snapshot s, int[] order, int from, int to, boolean byIndex) {
    int length = to - from;
    long[] positions = new long[length];
    int[] local = new int[length];
    for (int i = 0; i < length; i++) {
      positions[i] = s.position(order[from + i]);
      local[i] = i;
    }
    IntComparator cmp =
        (a, b) -> {
          if (byIndex) {
            int byRounded =
                SummaryCodec.rounded(s.reader(positions[b]))
                    .compareTo(SummaryCodec.rounded(s.reader(positions[a])));
            if (byRounded != 0) {
              return byRounded;
            }
          }
          int byCode = c.compareCodeAndPeriod(s.reader(positions[a]), s.reader(positions[b]));
          return byCode != 0 ? byCode : Integer.compare(order[from + a], order[from + b]);
        };
    mergeSort(local, new int[length], 0, length, cmp);
    int[] records = Arrays.copyOfRange(order, from, to);
    for (int i = 0; i < length; i++) {
      order[from + i] = records[local[i]];
    }
  }

  /** Returns the rows of {@code order} where a new rounded index starts. */
  private static int[] runStarts(UnitStore.Snapshot s, int[] order) {
    int[] starts = new int[16];
    int runs = 0;
    @Nullable Decimal previous = null;
    for (int i = 0; i < order.length; i++) {
      Decimal rounded = SummaryCodec.rounded(s.reader(s.position(order[i])));
      if (previous == null || !rounded.equals(previous)) {
        if (runs == starts.length) {
          starts = Arrays.copyOf(starts, 2 * runs);
        }
        starts[runs++] = i;
      }
      previous = rounded;
    }
    return Arrays.copyOf(starts, runs);
  }

  /** Compares two {@code int}s. */
  @FunctionalInterface
  private interface IntComparator {
    int compare(int a, int b);
  }

  /** Sorts {@code a[from..to)} by {@code cmp}, using {@code scratch} of the same length. */
  private static void mergeSort(int[] a, int[] scratch, int from, int to, IntComparator cmp) {
    if (to - from < 12) {
      for (int i = from + 1; i < to; i++) {
        int v = a[i];
        int j = i - 1;
        while (j >= from && cmp.compare(a[j], v) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = v;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, scratch, from, mid, cmp);
    mergeSort(a, scratch, mid, to, cmp);
    if (cmp.compare(a[mid - 1], a[mid]) <= 0) {
      return;
    }
    System.arraycopy(a, from, scratch, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && cmp.compare(scratch[i], scratch[j]) <= 0)) {
        a[k] = scratch[i++];
      } else {
        a[k] = scratch[j++];
      }
    }
  }

  /** Takes the top-level nodes to average from the first scorecard. */
  private SummaryCodec start(Scorecard first) {
    for (NodeResult top : first.nodes()) {
      areas.add(new Area(top.code(), top.title(), top.max()));
    }
    earnedSums = new BigDecimal[areas.size()];
    applicableSums = new BigDecimal[areas.size()];
    Arrays.fill(earnedSums, BigDecimal.ZERO);
    Arrays.fill(applicableSums, BigDecimal.ZERO);
    SummaryCodec c = new SummaryCodec(bandLabels, areas.size(), first);
    codec = c;
    return c;
  }

  /** A top-level node: what its average shows besides the means. */
  private record Area(String code, LocalizedText title, Decimal max) {}

  private static Decimal mean(BigDecimal sum, Decimal n) {
    return Decimal.of(sum).divide(n).round(Ranking.AVERAGE_DECIMALS, RoundingMode.HALF_UP);
  }
}
