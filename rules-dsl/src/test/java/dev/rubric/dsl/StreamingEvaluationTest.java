package dev.rubric.dsl;

import static dev.rubric.dsl.EvaluationFixtures.YEAR_2022;
import static dev.rubric.dsl.EvaluationFixtures.catalog;
import static dev.rubric.dsl.EvaluationFixtures.compile;
import static dev.rubric.dsl.EvaluationFixtures.count;
import static dev.rubric.dsl.EvaluationFixtures.ratio;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Unit;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.Scorecard;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link CompiledCatalog#evaluateAll(Iterable, java.util.function.Consumer)}: the scorecards of the
 * list version, in input order, for catalogs with and without {@code best(…)}; how it reads its
 * source; and that concurrent streams agree byte for byte. Cohorts have more units than the largest
 * batch (1,024), so every run spans several batches on any machine.
 */
class StreamingEvaluationTest {

  /** Larger than the largest batch: several batches whatever the number of cores. */
  private static final int UNITS = 2_500;

  /** {@code best(…)} in one area (two passes), plain tiers in the other. */
  private static final CompiledCatalog SHARE_OF_BEST =
      compile(
          catalog(
              "    count dich_vu_cong \"Số dịch vụ công trực tuyến có hồ sơ\"\n"
                  + "    ratio dung_han \"Hồ sơ giải quyết đúng hạn\"",
              "  area \"1\" \"Dịch vụ công trực tuyến\" max 10 {\n"
                  + "    points = dich_vu_cong / best(dich_vu_cong) * max\n"
                  + "  }\n"
                  + "  area \"2\" \"Hồ sơ đúng hạn\" max 4 {\n"
                  + "    tiers dung_han { >= 100%: 4, >= 90%: 2, otherwise: 0 }\n"
                  + "  }"));

  /**
   * Unit {@code i} of a district: every seventh unit has no count (it adds nothing to the best),
   * and the largest count, 5,000, belongs to a unit in the middle, in neither the first batch nor
   * the last.
   */
  private static EvidenceFile unit(int i) {
    String code = String.format("%05d", i);
    Unit unit =
        Unit.builder().code(code).name("Xã Thượng Ân " + i).level("commune").kind("xa").build();
    EvidenceSet.Builder evidence =
        EvidenceSet.builder()
            .unitCode(code)
            .periodId("2022")
            .putEvidence("dung_han", ratio(380 + i % 41, 420));
    if (i % 7 != 3) {
      evidence.putEvidence("dich_vu_cong", count(i == 1_700 ? 5_000 : (i * 37L) % 1_000));
    }
    return new EvidenceFile(unit, YEAR_2022, evidence.build());
  }

  private static List<EvidenceFile> district(int n) {
    List<EvidenceFile> cohort = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      cohort.add(unit(i));
    }
    return cohort;
  }

  /** The sample catalog's cohort: many nodes, findings and explanations per scorecard. */
  private static List<EvidenceFile> sampleDistrict(int n) {
    List<EvidenceFile> cohort = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Unit u = ConcurrencyTest.unit(i);
      cohort.add(new EvidenceFile(u, YEAR_2022, ConcurrencyTest.evidence(u, i)));
    }
    return cohort;
  }

  private static List<Scorecard> streamed(CompiledCatalog catalog, Iterable<EvidenceFile> cohort) {
    List<Scorecard> cards = new ArrayList<>();
    catalog.evaluateAll(cohort, cards::add);
    return cards;
  }

  @Test
  void evaluateAll_streamedCatalogWithBest_givesTheListsScorecardsInInputOrder() {
    List<EvidenceFile> cohort = district(UNITS);

    List<Scorecard> cards = streamed(SHARE_OF_BEST, cohort);

    assertThat(cards).isEqualTo(SHARE_OF_BEST.evaluateAll(cohort));
    assertThat(cards)
        .extracting(Scorecard::unitCode)
        .containsExactlyElementsOf(cohort.stream().map(f -> f.unit().code()).toList());
    // 5,000 is the best of the whole cohort, not of the batch: 999 of it earns 1.998 of 10 points
    assertThat(cards.get(27).node("1").orElseThrow().earned())
        .isEqualTo(EvaluationFixtures.dec("1.998"));
    assertThat(cards.get(1_700).node("1").orElseThrow().earned())
        .isEqualTo(EvaluationFixtures.dec("10"));
  }

  @Test
  void evaluateAll_streamedCatalogWithoutBest_givesTheListsScorecardsInInputOrder()
      throws Exception {
    CompiledCatalog catalog = SampleCatalogTest.compileSample().orElseThrow();
    List<EvidenceFile> cohort = sampleDistrict(1_100);

    assertThat(streamed(catalog, cohort)).isEqualTo(catalog.evaluateAll(cohort));
  }

  @Test
  void evaluateAll_catalogWithBest_readsTheSourceTwiceFromFreshIterators() {
    AtomicInteger iterators = new AtomicInteger();
    Iterable<EvidenceFile> source =
        () -> {
          iterators.incrementAndGet();
          // the units are made one at a time, as a reader of files would read them
          return IntStream.range(0, UNITS).mapToObj(StreamingEvaluationTest::unit).iterator();
        };

    List<Scorecard> cards = streamed(SHARE_OF_BEST, source);

    assertThat(iterators).hasValue(2);
    assertThat(cards).isEqualTo(SHARE_OF_BEST.evaluateAll(district(UNITS)));
  }

  @Test
  void evaluateAll_catalogWithoutBest_readsTheSourceOnce() throws Exception {
    CompiledCatalog catalog = SampleCatalogTest.compileSample().orElseThrow();
    List<EvidenceFile> cohort = sampleDistrict(50);
    AtomicInteger iterators = new AtomicInteger();
    Iterable<EvidenceFile> once =
        () -> {
          iterators.incrementAndGet();
          return cohort.iterator();
        };

    assertThat(streamed(catalog, once)).isEqualTo(catalog.evaluateAll(cohort));
    assertThat(iterators).hasValue(1);
  }

  @Test
  void evaluateAll_consumer_isCalledOnTheCallingThreadOnly() {
    Thread caller = Thread.currentThread();
    List<Thread> threads = new ArrayList<>();

    SHARE_OF_BEST.evaluateAll(district(UNITS), card -> threads.add(Thread.currentThread()));

    assertThat(threads).hasSize(UNITS).containsOnly(caller);
  }

  @Test
  void evaluateAll_consumerThrows_propagatesTheSameExceptionAndStops() {
    IllegalStateException boom = new IllegalStateException("disk full");
    List<String> seen = new ArrayList<>();
    Consumer<Scorecard> failing =
        card -> {
          if (seen.size() == 1_030) {
            throw boom;
          }
          seen.add(card.unitCode());
        };

    assertThatThrownBy(() -> SHARE_OF_BEST.evaluateAll(district(UNITS), failing)).isSameAs(boom);
    assertThat(seen).hasSize(1_030).startsWith("00000", "00001").endsWith("01029");
  }

  @Test
  void evaluateAll_closeableIterators_areClosedAfterEachPassAlsoOnFailure() {
    List<ClosingIterator> opened = new ArrayList<>();
    Iterable<EvidenceFile> file =
        () -> {
          ClosingIterator it = new ClosingIterator(district(100).iterator());
          opened.add(it);
          return it;
        };

    SHARE_OF_BEST.evaluateAll(file, card -> {});
    assertThatThrownBy(
            () ->
                SHARE_OF_BEST.evaluateAll(
                    file,
                    card -> {
                      throw new IllegalArgumentException("rejected " + card.unitCode());
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rejected 00000");

    assertThat(opened).hasSize(4).allMatch(it -> it.closed == 1);
  }

  @Test
  void evaluateAll_oneShotSourceWithBest_throwsBeforeHandingAnyScorecard() {
    Iterator<EvidenceFile> single = district(UNITS).iterator();
    Iterable<EvidenceFile> oneShot = () -> single;
    List<Scorecard> cards = new ArrayList<>();

    assertThatThrownBy(() -> SHARE_OF_BEST.evaluateAll(oneShot, cards::add))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the second reading gave 0 units where the first gave 2500");
    assertThat(cards).isEmpty();
  }

  @Test
  void evaluateAll_secondReadingLonger_throwsBeforeScoringTheExtraUnits() {
    AtomicInteger iterators = new AtomicInteger();
    Iterable<EvidenceFile> growing =
        () -> iterators.incrementAndGet() == 1 ? district(10).iterator() : district(11).iterator();
    List<Scorecard> cards = new ArrayList<>();

    assertThatThrownBy(() -> SHARE_OF_BEST.evaluateAll(growing, cards::add))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("gave more than 10 units where the first gave 10");
    assertThat(cards).isEmpty();
  }

  @Test
  void evaluateAll_emptyCohort_handsNoScorecard() {
    List<Scorecard> cards = new ArrayList<>();

    SHARE_OF_BEST.evaluateAll(List.of(), cards::add);

    assertThat(cards).isEmpty();
    assertThat(SHARE_OF_BEST.evaluateAll(List.<EvidenceFile>of())).isEmpty();
  }

  @Test
  void evaluateAll_nullUnit_throwsNullPointerExceptionNamingIt() {
    List<EvidenceFile> cohort = new ArrayList<>(district(3));
    cohort.add(1, null);

    assertThatThrownBy(() -> SHARE_OF_BEST.evaluateAll(cohort, card -> {}))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("cohort: unit 1 is null");
  }

  @Test
  void evaluateAll_eightThreadsStreamingACatalogWithBest_writeTheJsonOfOneThread()
      throws Exception {
    assertConcurrentStreamsAgree(SHARE_OF_BEST, district(UNITS));
  }

  @Test
  void evaluateAll_eightThreadsStreamingTheSampleCatalog_writeTheJsonOfOneThread()
      throws Exception {
    assertConcurrentStreamsAgree(
        SampleCatalogTest.compileSample().orElseThrow(), sampleDistrict(300));
  }

  /**
   * Streams {@code cohort} on one thread, then on eight at once, and compares every scorecard's
   * JSON by its SHA-256, which keeps the nine runs' results small.
   */
  private static void assertConcurrentStreamsAgree(
      CompiledCatalog catalog, List<EvidenceFile> cohort) throws Exception {
    List<String> single = jsonDigests(catalog, cohort);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> jsonDigests(catalog, cohort)));
      }
      for (Future<List<String>> f : futures) {
        assertThat(f.get()).hasSize(cohort.size()).isEqualTo(single);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> jsonDigests(CompiledCatalog catalog, List<EvidenceFile> cohort)
      throws NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    List<String> digests = new ArrayList<>();
    catalog.evaluateAll(
        cohort,
        card ->
            digests.add(
                HexFormat.of()
                    .formatHex(sha.digest(Json.write(card).getBytes(StandardCharsets.UTF_8)))));
    return digests;
  }

  /** An iterator over a file, say, that counts how often it was closed. */
  private static final class ClosingIterator implements Iterator<EvidenceFile>, AutoCloseable {
    private final Iterator<EvidenceFile> delegate;
    int closed;

    ClosingIterator(Iterator<EvidenceFile> delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean hasNext() {
      return delegate.hasNext();
    }

    @Override
    public EvidenceFile next() {
      return delegate.next();
    }

    @Override
    public void close() {
      closed++;
    }
  }
}
