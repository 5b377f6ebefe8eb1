package dev.rubric.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link UnitStore}: records of any length, many chunks, read back by number; a snapshot stays as
 * it was while the store goes on.
 */
class UnitStoreTest {

  /** Record {@code i}: its number, then some bytes, zeros among them, of a length that varies. */
  private static String record(int i, Random random) {
    int length = random.nextInt(20) == 0 ? random.nextInt(3_000) : random.nextInt(120);
    if (i % 5_000 == 4_999) {
      length = 1_100_000; // longer than a chunk
    }
    StringBuilder b = new StringBuilder().append(i).append(':');
    for (int j = 0; j < length; j++) {
      b.append(j % 7 == 0 ? '\u0000' : (char) ('a' + random.nextInt(26)));
    }
    return b.toString();
  }

  private static void append(UnitStore store, String record) {
    Bytes.Writer w = new Bytes.Writer();
    w.string(record);
    store.append(w);
  }

  private static String read(UnitStore.Snapshot s, long position) {
    return s.reader(position).string();
  }

  @Test
  void snapshot_manyRecordsOfManyLengths_readsEachByNumberAndInOrder() {
    Random random = new Random(5);
    List<String> records = new ArrayList<>();
    UnitStore store = new UnitStore();
    for (int i = 0; i < 12_000; i++) {
      String r = record(i, random);
      records.add(r);
      append(store, r);
    }

    UnitStore.Snapshot s = store.snapshot();

    assertThat(s.size()).isEqualTo(records.size());
    long p = s.position(0);
    for (int i = 0; i < records.size(); i++) {
      if (i > 0) {
        p = s.next(p);
      }
      assertThat(p).isEqualTo(s.position(i));
      assertThat(read(s, p)).isEqualTo(records.get(i));
    }
  }

  @Test
  void snapshot_storeGoesOn_snapshotStaysAsItWas() {
    Random random = new Random(9);
    UnitStore store = new UnitStore();
    List<String> records = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      records.add(record(i, random));
      append(store, records.get(i));
    }
    UnitStore.Snapshot before = store.snapshot();

    for (int i = 1_000; i < 6_000; i++) {
      append(store, record(i, random));
    }

    assertThat(before.size()).isEqualTo(1_000);
    for (int i = 0; i < 1_000; i++) {
      assertThat(read(before, before.position(i))).isEqualTo(records.get(i));
    }
    assertThat(store.snapshot().size()).isEqualTo(6_000);
  }

  @Test
  void heapBytes_smallRecords_aboutTheirBytes() {
    UnitStore store = new UnitStore();
    Bytes.Writer w = new Bytes.Writer();
    w.string("x".repeat(49)); // 50 bytes, 51 stored
    for (int i = 0; i < 300_000; i++) {
      store.append(w);
    }

    double perRecord = (double) store.heapBytes() / store.size();

    // 51 bytes, half a byte of position, the unused rest of the last 256 KiB chunk over 300,000
    assertThat(perRecord).isBetween(51.0, 56.0);
  }
}
