package dev.rubric.testkit;

/** Primitive draws shared by the generators in this package. */
final class Draws {

  private Draws() {}

  /**
   * Returns a {@code long} in {@code [min, max]} whose simplest value is {@code target}.
   *
   * <p>When values exist on both sides of {@code target}, a first choice picks the side (0 above, 1
   * below). A second choice is the distance from {@code target}: {@code target + m} above, {@code
   * target - 1 - m} below. Both choices shrink towards {@code target}, and the encoding never
   * overflows, even for the full {@code long} range.
   */
  static long longInRange(ChoiceSource source, long min, long max, long target) {
    boolean hasAbove = target < max;
    boolean hasBelow = target > min;
    boolean below = (hasAbove && hasBelow) ? source.choose(1) == 1 : hasBelow;
    if (below) {
      return target - 1 - source.chooseMagnitude(target - min - 1);
    }
    return target + source.chooseMagnitude(max - target);
  }

  /** Returns the value of {@code [min, max]} closest to zero. */
  static long closestToZero(long min, long max) {
    return Math.max(min, Math.min(max, 0));
  }

  /** Returns an index in {@code [0, count)}; index 0 is the simplest. */
  static int index(ChoiceSource source, int count) {
    return (int) source.choose(count - 1L);
  }
}
