package dev.rubric.testkit;

/**
 * Thrown when a generator rejects too many consecutive candidate values: a {@link
 * Gen#filter(String, java.util.function.Predicate) filter} that almost never passes, or a {@link
 * Gen#setOf set} that cannot find enough distinct elements.
 *
 * <p>The message names the generator and the number of rejections. The fix is nearly always to
 * generate valid values directly (for example with {@link Gen#map}) instead of filtering them.
 */
public final class TooManyRejectionsException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The number of consecutive rejections. */
  private final int rejections;

  TooManyRejectionsException(String message, int rejections) {
    super(message);
    this.rejections = rejections;
  }

  /**
   * Returns how many consecutive candidate values were rejected.
   *
   * @return the number of rejections
   */
  public int rejections() {
    return rejections;
  }
}
