package dev.rubric.xlsx;

/**
 * How much of a workbook Rubric reads before it refuses the file: the bounds that keep a hostile or
 * mistaken file (a zip bomb, a sheet of a million rows) within bounded memory and time. Each bound
 * that is passed is reported as an {@link XlsxFormatException} that names it.
 *
 * <p>Besides these, every part of the zip must not expand more than {@link #MAX_EXPANSION} times
 * its compressed size, checked from the zip's directory before any part is read, and again by
 * Apache POI while a part is inflated.
 *
 * @param maxFileSize the largest workbook file, in bytes
 * @param maxPartSize the largest uncompressed part (a sheet, the shared strings), in bytes
 * @param maxRows the highest row number of the evidence sheet that may hold a value
 * @param maxColumns the highest column number of the evidence sheet that may hold a value
 * @param maxCellLength the longest text a cell may hold, in characters (Excel's own limit is
 *     32,767)
 */
public record XlsxLimits(
    long maxFileSize, long maxPartSize, int maxRows, int maxColumns, int maxCellLength) {

  /** How many times its compressed size a part may expand; more is read as a zip bomb. */
  public static final int MAX_EXPANSION = 100;

  /**
   * Checks that every bound is positive.
   *
   * @throws IllegalArgumentException if a bound is zero or negative
   */
  public XlsxLimits {
    positive("maxFileSize", maxFileSize);
    positive("maxPartSize", maxPartSize);
    positive("maxRows", maxRows);
    positive("maxColumns", maxColumns);
    positive("maxCellLength", maxCellLength);
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(
          "limits." + name + ": expected a positive bound but found " + value);
    }
  }

  /**
   * Returns the default bounds: files of 64 MiB, parts of 256 MiB uncompressed, 100,000 rows, 2,000
   * columns and cells of 32,767 characters. A district's workbook of a few hundred units and a
   * hundred inputs is far below each.
   */
  public static XlsxLimits defaults() {
    return new XlsxLimits(64L << 20, 256L << 20, 100_000, 2_000, 32_767);
  }
}
