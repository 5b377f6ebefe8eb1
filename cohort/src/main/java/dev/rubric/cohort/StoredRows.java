package dev.rubric.cohort;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The rows of a {@link Ranking} made by a {@link RankingAccumulator}: an immutable list view over
 * the accumulator's stored records that reads a {@link Ranking.Row} when asked for it, so that a
 * ranking of a million units does not hold a million rows. It keeps the order of the records (an
 * {@code int} per unit) and where each run of equal rounded indexes starts, which gives the ranks.
 * Equality and hash code are those of any list (element by element). Thread-safe.
 */
final class StoredRows extends AbstractList<Ranking.Row> implements RandomAccess {
  private final SummaryCodec codec;
  private final UnitStore.Snapshot store;

  /** The record shown in each row, best first. */
  private final int[] order;

  /** The rows, ascending, where a new rounded index starts; row 0 first. */
  private final int[] runStarts;

  /**
   * Shows record {@code order[i]} of {@code store} in row {@code i}; {@code runStarts} are the rows
   * where a rank starts.
   */
  StoredRows(SummaryCodec codec, UnitStore.Snapshot store, int[] order, int[] runStarts) {
    this.codec = codec;
    this.store = store;
    this.order = order;
    this.runStarts = runStarts;
  }

  /** Returns the number of earned values each row's summary has. */
  int areaCount() {
    return codec.areaCount();
  }

  @Override
  public Ranking.Row get(int index) {
    int record = order[Objects.checkIndex(index, order.length)];
    Ranking.Summary summary = codec.read(store.reader(store.position(record)));
    return new Ranking.Row(rank(index), summary);
  }

  /** Returns the rank of row {@code index}: one more than the row where its run starts. */
  private int rank(int index) {
    int found = Arrays.binarySearch(runStarts, index);
    return (found >= 0 ? runStarts[found] : runStarts[-found - 2]) + 1;
  }

  @Override
  public int size() {
    return order.length;
  }
}
