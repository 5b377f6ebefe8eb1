package dev.rubric.cohort;

import java.util.Arrays;

/**
 * An append-only store of records (byte strings), kept in {@code byte[]} chunks: what a {@link
 * RankingAccumulator} keeps of each unit. Records are numbered from 0 in the order appended.
 *
 * <p>Each record is stored as its length (a variable-length integer of {@link Bytes}, never 0)
 * followed by its bytes, whole within one chunk: a record that does not fit the rest of the chunk
 * starts a new one, and the rest stays zero, which reads as "continue at the next chunk". Chunks
 * grow from 4 KiB to 256 KiB (a longer record gets a chunk of its own size). The store keeps the
 * position of every {@value #STRIDE}th record; finding any other one reads the lengths of at most
 * {@value #STRIDE} − 1 records before it. So the store keeps per unit the record's bytes, one or
 * two bytes of length and half a byte of position.
 *
 * <p>A {@link Snapshot} reads the records appended so far; since stored bytes are never changed, it
 * shares the chunks with the store, which can go on appending. Not thread-safe; a snapshot is
 * immutable and may be read from any thread.
 */
final class UnitStore {

  /** Every how many records the position of one is kept. */
  static final int STRIDE = 16;

  private static final int STRIDE_SHIFT = 4;
  private static final int FIRST_CHUNK = 4 << 10;

  /**
   * 256 KiB: below half of G1's smallest region (1 MiB), so that a chunk is an ordinary object. G1
   * puts an array of half a region or more in whole regions of its own, where a 1 MiB chunk (plus
   * its header) would take two regions, twice its size.
   */
  private static final int LARGEST_CHUNK = 256 << 10;

  private byte[][] chunks = new byte[8][];
  private int chunkCount;

  /** Where the next record goes in the last chunk. */
  private int offset;

  /** The position ({@link #at}) of records 0, {@value #STRIDE}, 2 × {@value #STRIDE} … */
  private long[] marks = new long[16];

  private int size;
  private long chunkBytes;

  /** Returns the number of records. */
  int size() {
    return size;
  }

  /**
   * Returns the heap the store takes, approximately: its chunks (whole, the unused rest of the last
   * included) and its array of positions.
   */
  long heapBytes() {
    return chunkBytes + 8L * marks.length + 8L * chunks.length;
  }

  /** Appends the bytes {@code record} holds as the next record. */
  void append(Bytes.Writer record) {
    int length = record.length();
    if (length == 0) {
      throw new IllegalArgumentException("record: expected at least one byte");
    }
    int stored = Bytes.varLongSize(length) + length;
    if (chunkCount == 0 || chunks[chunkCount - 1].length - offset < stored) {
      int next = chunkCount == 0 ? FIRST_CHUNK : Math.min(LARGEST_CHUNK, 2 * last().length);
      if (chunkCount == chunks.length) {
        chunks = Arrays.copyOf(chunks, 2 * chunkCount);
      }
      chunks[chunkCount++] = new byte[Math.max(next, stored)];
      chunkBytes += Math.max(next, stored);
      offset = 0;
    }
    if ((size & (STRIDE - 1)) == 0) {
      int mark = size >>> STRIDE_SHIFT;
      if (mark == marks.length) {
        marks = Arrays.copyOf(marks, 2 * mark);
      }
      marks[mark] = at(chunkCount - 1, offset);
    }
    byte[] chunk = last();
    offset = Bytes.putVarLong(chunk, offset, length);
    System.arraycopy(record.bytes(), 0, chunk, offset, length);
    offset += length;
    size++;
  }

  private byte[] last() {
    return chunks[chunkCount - 1];
  }

  /** Returns a reader of the records appended so far. */
  Snapshot snapshot() {
    return new Snapshot(
        Arrays.copyOf(chunks, chunkCount),
        Arrays.copyOf(marks, (size + STRIDE - 1) >>> STRIDE_SHIFT),
        size);
  }

  private static long at(int chunk, int offset) {
    return ((long) chunk << 32) | offset;
  }

  /** The records of a store up to some size; immutable. */
  static final class Snapshot {
    private final byte[][] chunks;
    private final long[] marks;
    private final int size;

    private Snapshot(byte[][] chunks, long[] marks, int size) {
      this.chunks = chunks;
      this.marks = marks;
      this.size = size;
    }

    /** Returns the number of records. */
    int size() {
      return size;
    }

    /** Returns the position of record {@code i}; {@code 0 ≤ i < size()}. */
    long position(int i) {
      long p = marks[i >>> STRIDE_SHIFT];
      for (int k = i & (STRIDE - 1); k > 0; k--) {
        p = next(p);
      }
      return p;
    }

    /** Returns the position of the record after the one at {@code p}, which must exist. */
    long next(long p) {
      int chunk = (int) (p >>> 32);
      byte[] bytes = chunks[chunk];
      Bytes.Reader r = new Bytes.Reader(bytes, (int) p);
      int length = r.varInt();
      int after = (int) p + Bytes.varLongSize(length) + length;
      return after >= bytes.length || bytes[after] == 0 ? at(chunk + 1, 0) : at(chunk, after);
    }

    /** Returns a reader of the record at {@code p}, past its length. */
    Bytes.Reader reader(long p) {
      byte[] bytes = chunks[(int) (p >>> 32)];
      Bytes.Reader r = new Bytes.Reader(bytes, (int) p);
      r.varInt();
      return r;
    }
  }
}
