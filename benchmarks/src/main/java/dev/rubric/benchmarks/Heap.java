package dev.rubric.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use of a benchmark trial, from the JVM's memory pools. The figure is the sum of each
 * heap pool's own peak, which can only overstate the true peak (pools peak at different moments).
 */
final class Heap {
  private Heap() {}

  /** Forgets the pools' peaks so far, so that the next {@link #peakMb} covers only what follows. */
  static void resetPeak() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Returns the sum of the heap pools' peak use since the last {@link #resetPeak}, in MiB. */
  static long peakMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes >> 20;
  }

  /** Returns the maximum heap size, in MiB. */
  static long maxMb() {
    return Runtime.getRuntime().maxMemory() >> 20;
  }
}
