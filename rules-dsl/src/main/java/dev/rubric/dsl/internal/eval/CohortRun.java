package dev.rubric.dsl.internal.eval;

import dev.rubric.core.evidence.EvidenceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One evaluation of a cohort read as a stream: batches of units evaluated in parallel, their
 * scorecards handed to a consumer in input order. An instance serves one call of {@link
 * Engine#evaluateAll} and is confined to the calling thread; the engine it uses is thread-safe, so
 * any number of runs may go on at once.
 */
final class CohortRun {

  /*
   * Implementation notes: streaming a cohort.
   *
   * Batching. The cohort's iterator is read on the calling thread only, batchSize units at a time.
   * A batch is evaluated by a parallel stream over it (the common ForkJoinPool's workers and the
   * calling thread, or the pool the caller itself runs in), which keeps every core busy within the
   * batch; the stream's terminal operation returns once all of the batch is done. The calling
   * thread then hands the batch's scorecards to the consumer and drops the batch before reading the
   * next. So, whatever the size of the cohort, at most one batch of evidence files and one batch of
   * scorecards are held, and the consumer is called from one thread, never concurrently. The price
   * is a barrier per batch: the cores idle while the slowest unit of a batch finishes and while the
   * consumer runs, which a batch of many units per core keeps small.
   *
   * Ordering. A parallel stream's toArray keeps the encounter order, so the i-th scorecard of a
   * batch is that of the batch's i-th unit whichever thread evaluated it, and batches are delivered
   * one after the other. The consumer therefore sees the units in the order the iterator gave them,
   * and the scorecards themselves do not depend on the schedule (each evaluation has its own
   * frame, and the plan they share holds no mutable state).
   *
   * Two passes. A catalog with best(x) sites cannot score a unit before it knows the largest x in
   * the cohort. The first pass reads the whole cohort, batch by batch, evaluating each unit in
   * sampling mode (each best site records the unit's own value of x; nothing is scored), and folds
   * the samples into one number per site in input order: max keeps the earlier of two equal
   * numbers, so the fold, like evaluating the whole cohort at once, gives the same maxima for any
   * batch size. Only those maxima are kept. The second pass reads the cohort again from a fresh
   * iterator and evaluates each unit against them. A catalog without best sites is read once.
   * Each pass closes its iterator when the iterator is AutoCloseable (a file-backed source), and
   * the second must give as many units as the first.
   */

  private final Engine engine;
  private final int batchSize;

  CohortRun(Engine engine, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize: expected at least 1 but found " + batchSize);
    }
    this.engine = engine;
    this.batchSize = batchSize;
  }

  /** Evaluates one unit of the cohort, given the cohort's best values. */
  @FunctionalInterface
  interface Evaluation<T> {
    T evaluate(EvidenceFile file, Num[] best);
  }

  /**
   * Evaluates {@code cohort}, in one pass or two, handing what {@code evaluation} makes of each
   * unit (its scorecard) to {@code consumer}.
   */
  <T> void run(
      Iterable<EvidenceFile> cohort, Evaluation<T> evaluation, Consumer<? super T> consumer) {
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(consumer, "consumer");
    Num[] best = new Num[engine.bestSites()];
    int units = -1;
    if (best.length > 0) {
      units = pass(cohort, -1, batch -> fold(best, batch));
    }
    pass(
        cohort,
        units,
        batch -> {
          List<T> cards = batch.parallelStream().map(f -> evaluation.evaluate(f, best)).toList();
          for (T card : cards) {
            consumer.accept(card);
          }
        });
  }

  /** Samples a batch in parallel and folds each unit's samples into {@code best}, in order. */
  private void fold(Num[] best, List<EvidenceFile> batch) {
    Object[][] samples = batch.parallelStream().map(engine::sample).toArray(Object[][]::new);
    for (Object[] unit : samples) {
      for (int site = 0; site < best.length; site++) {
        if (unit[site] instanceof Num n) {
          best[site] = best[site] == null ? n : best[site].max(n);
        }
      }
    }
  }

  /**
   * Reads {@code cohort} once from a fresh iterator, handing {@code action} one batch at a time,
   * and returns the number of units read; {@code expected} is the number the first pass read, or -1
   * in the first pass.
   */
  private int pass(
      Iterable<EvidenceFile> cohort, int expected, Consumer<List<EvidenceFile>> action) {
    int read = 0;
    List<EvidenceFile> batch = new ArrayList<>(batchSize);
    try (Reading reading = new Reading(Objects.requireNonNull(cohort.iterator(), "iterator"))) {
      Iterator<EvidenceFile> it = reading.iterator();
      while (it.hasNext()) {
        EvidenceFile file = it.next();
        if (file == null) {
          throw new NullPointerException("cohort: unit " + read + " is null");
        }
        batch.add(file);
        read++;
        if (batch.size() == batchSize || !it.hasNext()) {
          if (expected >= 0 && read > expected) {
            throw differentSecondReading(expected, "more than " + expected);
          }
          action.accept(batch);
          batch.clear();
        }
      }
    }
    if (expected >= 0 && read != expected) {
      throw differentSecondReading(expected, Integer.toString(read));
    }
    return read;
  }

  private static IllegalStateException differentSecondReading(int first, String second) {
    return new IllegalStateException(
        "cohort: a catalog with best(…) reads the cohort twice, and the second reading gave "
            + second
            + " units where the first gave "
            + first
            + "; pass an Iterable whose every iterator() starts over, such as a List or a"
            + " source that reopens its file");
  }

  /** The iterator of one pass, closed with the pass when it is {@link AutoCloseable}. */
  private record Reading(Iterator<EvidenceFile> iterator) implements AutoCloseable {
    @Override
    public void close() {
      if (!(iterator instanceof AutoCloseable closeable)) {
        return;
      }
      try {
        closeable.close();
      } catch (RuntimeException e) {
        throw e;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (Exception e) {
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("cohort: closing the iterator failed", e);
      }
    }
  }
}
