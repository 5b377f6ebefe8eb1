package dev.rubric.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reports the peak heap of each measured iteration as the secondary result {@code peakHeapMiB}: the
 * sum of the heap pools' peaks since the iteration began ({@link Heap#peakMb}, an upper bound of
 * the true peak). Benchmarks whose operations take long (a whole cohort) call {@link #record} after
 * each operation.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class HeapCounters {
  /** The iteration's peak heap, in MiB. */
  public long peakHeapMiB;

  @Setup(Level.Iteration)
  public void reset() {
    peakHeapMiB = 0;
    Heap.resetPeak();
  }

  /** Takes the peak so far into account. */
  void record() {
    peakHeapMiB = Math.max(peakHeapMiB, Heap.peakMb());
  }
}
