package dev.rubric.core.diagnostic;

/**
 * A range of a {@link SourceText}: 0-based UTF-16 offsets, {@code start} inclusive and {@code end}
 * exclusive. An empty span ({@code start == end}) marks a position, such as the end of input.
 *
 * @param start the offset of the first character, at least 0
 * @param end the offset after the last character, at least {@code start}
 */
public record SourceSpan(int start, int end) {

  /**
   * Checks the offsets.
   *
   * @throws IllegalArgumentException unless {@code 0 <= start <= end}
   */
  public SourceSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span: expected 0 <= start <= end but found start=" + start + ", end=" + end);
    }
  }

  /**
   * Returns the span from {@code start} (inclusive) to {@code end} (exclusive).
   *
   * @throws IllegalArgumentException unless {@code 0 <= start <= end}
   */
  public static SourceSpan of(int start, int end) {
    return new SourceSpan(start, end);
  }

  /** Returns the number of UTF-16 units covered, {@code end - start}. */
  public int length() {
    return end - start;
  }

  /** Returns the smallest span covering both this span and {@code other}, including any gap. */
  public SourceSpan to(SourceSpan other) {
    return new SourceSpan(Math.min(start, other.start), Math.max(end, other.end));
  }
}
