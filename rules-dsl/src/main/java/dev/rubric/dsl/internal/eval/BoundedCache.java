package dev.rubric.dsl.internal.eval;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A concurrent table of at most {@code capacity} entries that switches itself off for good, and
 * empties, when it is full and fewer than a quarter of the last {@value #WINDOW} look-ups hit. It
 * caches values that are a pure function of their key, so whether a value comes from the table or
 * is computed again never changes a result. Thread-safe.
 */
final class BoundedCache<K, V> {
  /*
   * The hit counters are plain ints updated without synchronisation: a lost update only moves the
   * moment the table switches itself off. After WINDOWS windows a table that stayed on stops
   * counting, so that threads sharing it no longer write to it on every look-up.
   */
  private static final int WINDOW = 1024;

  /** Windows after which a table that kept earning its keep stops counting, and stays on. */
  private static final int WINDOWS = 8;

  private final int capacity;
  private final ConcurrentHashMap<K, V> table = new ConcurrentHashMap<>();
  private volatile boolean off;
  private int lookups;
  private int hits;
  private int windows;

  BoundedCache(int capacity) {
    this.capacity = capacity;
  }

  /** Returns whether the table has switched itself off; callers may then skip making keys. */
  boolean isOff() {
    return off;
  }

  /** Returns the value for {@code key}, or null. */
  @Nullable V get(K key) {
    if (off) {
      return null;
    }
    V v = table.get(key);
    if (windows < WINDOWS && table.size() >= capacity) {
      lookups++;
      if (v != null) {
        hits++;
      }
      if (lookups >= WINDOW) {
        if (hits * 4 < lookups) {
          off = true;
          table.clear();
        }
        lookups = 0;
        hits = 0;
        windows++;
      }
    }
    return v;
  }

  /** Remembers {@code value} for {@code key} while the table has room. */
  void put(K key, V value) {
    if (!off && table.size() < capacity) {
      table.putIfAbsent(key, value);
    }
  }

  /** Returns the value for {@code key}, computing and remembering it when absent. */
  V get(K key, Function<K, V> compute) {
    V v = get(key);
    if (v == null) {
      v = compute.apply(key);
      put(key, v);
    }
    return v;
  }
}
