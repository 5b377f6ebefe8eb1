package dev.rubric.dsl;

import static dev.rubric.dsl.EvaluationFixtures.YEAR_2022;
import static dev.rubric.dsl.EvaluationFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Language;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Eight threads share two compiled catalogs (one that compares units with their cohort) and mix
 * single evaluations of shared and distinct evidence with streamed cohort evaluations, while all of
 * them word the explanations of the same shared scorecards; every result, as JSON bytes and as
 * worded explanations in both languages, equals the sequential run's. Repeated, since a race shows
 * only sometimes.
 */
class StressTest {

  private static final int THREADS = 8;
  private static final int UNITS = 48;

  /** Ratio-to-best in the cohort, {@code points = x / best(x) * max}. */
  private static final CompiledCatalog SHARE_OF_BEST = CohortTest.SHARE_OF_BEST;

  private static List<EvidenceFile> sampleCohort() {
    List<EvidenceFile> files = new ArrayList<>();
    for (int i = 0; i < UNITS; i++) {
      Unit u = ConcurrencyTest.unit(i);
      files.add(new EvidenceFile(u, Period.year(2022), ConcurrencyTest.evidence(u, i)));
    }
    return files;
  }

  private static List<EvidenceFile> bestCohort() {
    List<EvidenceFile> files = new ArrayList<>();
    for (int i = 0; i < UNITS; i++) {
      String code = String.format("%05d", 2000 + i);
      Unit unit = Unit.builder().code(code).name("Xã " + code).level("commune").kind("xa").build();
      EvidenceSet evidence =
          EvidenceSet.builder()
              .unitCode(code)
              .periodId("2022")
              .putEvidence("dich_vu_cong", count(7L * i % 53))
              .build();
      files.add(new EvidenceFile(unit, YEAR_2022, evidence));
    }
    return files;
  }

  /** Returns everything a reader sees of the scorecards: JSON and every explanation, worded. */
  private static List<String> seen(List<Scorecard> cards) {
    List<String> out = new ArrayList<>();
    for (Scorecard c : cards) {
      out.add(Json.write(c));
      for (NodeResult root : c.nodes()) {
        words(root, out);
      }
    }
    return out;
  }

  private static void words(NodeResult node, List<String> out) {
    out.add(node.explanation().render(Language.VI));
    out.add(node.explanation().render(Language.EN));
    for (NodeResult child : node.children()) {
      words(child, out);
    }
  }

  @Test
  void eightThreads_mixedSingleAndStreamedEvaluations_seeWhatASequentialRunSees() throws Exception {
    CompiledCatalog sample = SampleCatalogTest.compileSample().orElseThrow();
    List<EvidenceFile> sampleCohort = sampleCohort();
    List<EvidenceFile> bestCohort = bestCohort();
    List<String> expectedSample = seen(sampleCohort.stream().map(sample::evaluate).toList());
    List<String> expectedBest = seen(SHARE_OF_BEST.evaluateAll(bestCohort));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < 3; round++) {
        // scorecards shared by every thread, their explanations not yet worded
        List<Scorecard> shared = sampleCohort.stream().map(sample::evaluate).toList();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<List<String>>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          Callable<List<List<String>>> work =
              () -> {
                start.await();
                List<List<String>> views = new ArrayList<>();
                views.add(seen(shared));
                if (thread % 2 == 0) {
                  List<Scorecard> streamed = new ArrayList<>();
                  SHARE_OF_BEST.evaluateAll((Iterable<EvidenceFile>) bestCohort, streamed::add);
                  views.add(seen(streamed));
                  List<Scorecard> streamedSample = new ArrayList<>();
                  sample.evaluateAll((Iterable<EvidenceFile>) sampleCohort, streamedSample::add);
                  views.add(seen(streamedSample));
                } else {
                  // the same units in each thread's own order: distinct interleavings
                  Scorecard[] mine = new Scorecard[UNITS];
                  for (int k = 0; k < UNITS; k++) {
                    int i = (k * 5 + thread) % UNITS;
                    mine[i] = sample.evaluate(sampleCohort.get(i));
                  }
                  views.add(seen(SHARE_OF_BEST.evaluateAll(bestCohort)));
                  views.add(seen(List.of(mine)));
                }
                return views;
              };
          futures.add(pool.submit(work));
        }
        start.countDown();
        for (int t = 0; t < THREADS; t++) {
          List<List<String>> views = futures.get(t).get();
          assertThat(views.get(0)).as("shared scorecards, thread %d", t).isEqualTo(expectedSample);
          assertThat(views.get(1)).as("cohort with best(x), thread %d", t).isEqualTo(expectedBest);
          assertThat(views.get(2)).as("own evaluations, thread %d", t).isEqualTo(expectedSample);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
