package dev.rubric.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the plain-{@code main} measurements ({@link StreamingScale}, {@link ScorecardFootprint})
 * read from the JVM's management beans: heap in use after full collections, bytes allocated by
 * threads, and garbage-collection counts and times.
 */
final class Jvm {
  private Jvm() {}

  /**
   * Returns the heap in use, in bytes, after collecting until it no longer shrinks: {@link
   * System#gc()} (a full, stop-the-world collection with the JVM's default collectors) repeated
   * until two readings in a row differ by less than 64 KiB, at most ten times; the smallest reading
   * is returned. The pauses between calls let reference processing and finalisation settle.
   */
  static long usedAfterGc() {
    long best = Long.MAX_VALUE;
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      sleep(30);
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      best = Math.min(best, used);
      if (Math.abs(previous - used) < 64 * 1024) {
        break;
      }
      previous = used;
    }
    return best;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Returns the bytes the calling thread has allocated so far (HotSpot's per-thread counter). */
  static long allocatedByThisThread() {
    return threads().getCurrentThreadAllocatedBytes();
  }

  /**
   * Returns the bytes each live thread has allocated so far, by thread id. A thread that ends
   * between two snapshots takes its allocation with it, so differences of snapshots can only
   * understate; the common fork-join pool's workers live for a minute after their last task, so
   * they survive a busy run.
   */
  static Map<Long, Long> allocatedByThread() {
    com.sun.management.ThreadMXBean threads = threads();
    long[] ids = threads.getAllThreadIds();
    long[] bytes = threads.getThreadAllocatedBytes(ids);
    Map<Long, Long> out = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      if (bytes[i] >= 0) {
        out.put(ids[i], bytes[i]);
      }
    }
    return out;
  }

  /** Returns the bytes allocated between two {@link #allocatedByThread} snapshots. */
  static long allocatedBetween(Map<Long, Long> before, Map<Long, Long> after) {
    long sum = 0;
    for (Map.Entry<Long, Long> e : after.entrySet()) {
      sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
    }
    return sum;
  }

  private static com.sun.management.ThreadMXBean threads() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!(threads instanceof com.sun.management.ThreadMXBean hotspot)
        || !hotspot.isThreadAllocatedMemorySupported()) {
      throw new IllegalStateException(
          "this JVM does not count the bytes threads allocate (com.sun.management.ThreadMXBean)");
    }
    if (!hotspot.isThreadAllocatedMemoryEnabled()) {
      hotspot.setThreadAllocatedMemoryEnabled(true);
    }
    return hotspot;
  }

  /** Collection counts and accumulated pause times of every collector, at one moment. */
  static final class Gc {
    private final long[] counts;
    private final long[] millis;

    private Gc(long[] counts, long[] millis) {
      this.counts = counts;
      this.millis = millis;
    }

    /** Reads the collectors' counters now. */
    static Gc now() {
      List<GarbageCollectorMXBean> beans = ManagementFactory.getGarbageCollectorMXBeans();
      long[] counts = new long[beans.size()];
      long[] millis = new long[beans.size()];
      for (int i = 0; i < beans.size(); i++) {
        counts[i] = beans.get(i).getCollectionCount();
        millis[i] = beans.get(i).getCollectionTime();
      }
      return new Gc(counts, millis);
    }

    /** Returns the collections since {@code earlier}, every collector together. */
    long countSince(Gc earlier) {
      long n = 0;
      for (int i = 0; i < counts.length; i++) {
        n += counts[i] - earlier.counts[i];
      }
      return n;
    }

    /** Returns the collectors' time since {@code earlier}, in milliseconds. */
    long millisSince(Gc earlier) {
      long n = 0;
      for (int i = 0; i < millis.length; i++) {
        n += millis[i] - earlier.millis[i];
      }
      return n;
    }

    /** Returns each collector's collections and time since {@code earlier}, for a log line. */
    String detailSince(Gc earlier) {
      List<GarbageCollectorMXBean> beans = ManagementFactory.getGarbageCollectorMXBeans();
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < counts.length; i++) {
        out.append(out.length() == 0 ? "" : ", ")
            .append(beans.get(i).getName())
            .append(": ")
            .append(counts[i] - earlier.counts[i])
            .append(String.format(Locale.ROOT, " (%d ms)", millis[i] - earlier.millis[i]));
      }
      return out.toString();
    }
  }

  /** Returns a line naming the JVM, its heap limit, collectors and cores. */
  static String describe() {
    StringBuilder gcs = new StringBuilder();
    for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcs.append(gcs.length() == 0 ? "" : ", ").append(bean.getName());
    }
    return String.format(
        Locale.ROOT,
        "JVM %s %s; max heap %d MiB; collectors: %s; %d cores; arguments %s",
        System.getProperty("java.vm.name"),
        System.getProperty("java.vm.version"),
        Heap.maxMb(),
        gcs,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getRuntimeMXBean().getInputArguments());
  }
}
