package dev.rubric.core.internal;

import java.util.Objects;

/**
 * Terminal display width of text, for aligning carets under diagnostic snippets and columns of
 * terminal tables. Not part of the API.
 *
 * <p>East Asian Wide and Fullwidth characters (CJK ideographs, kana, Hangul syllables, fullwidth
 * forms, emoji with emoji presentation) take 2 columns; combining marks, format characters (such as
 * zero-width space and joiner), conjoining Hangul vowels and finals, and control characters take 0;
 * everything else, including every precomposed Vietnamese letter, takes 1. A letter written with
 * combining marks (NFD) therefore has the same width as its precomposed (NFC) form.
 */
public final class DisplayWidth {

  /*
   * Implementation notes: this is Markus Kuhn's wcwidth() (2007) with the wide ranges extended by
   * the emoji that Unicode 9 made East Asian Wide and by the CJK extensions and kana supplements
   * added since. Zero width is decided from the general category (Mn, Me, Cf, Cc), which tracks the
   * JDK's Unicode version. Emoji ranges are simplified to whole blocks; a few text-presentation
   * symbols inside them are counted as 2, which terminals also commonly do.
   */

  /** Sorted, non-overlapping inclusive ranges of code points that take two columns. */
  private static final int[][] WIDE = {
    {0x1100, 0x115F},
    {0x231A, 0x231B},
    {0x2329, 0x232A},
    {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},
    {0x25FD, 0x25FE},
    {0x2614, 0x2615},
    {0x2648, 0x2653},
    {0x267F, 0x267F},
    {0x2693, 0x2693},
    {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},
    {0x26BD, 0x26BE},
    {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},
    {0x26EA, 0x26EA},
    {0x26F2, 0x26F3},
    {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},
    {0x26FD, 0x26FD},
    {0x2705, 0x2705},
    {0x270A, 0x270B},
    {0x2728, 0x2728},
    {0x274C, 0x274C},
    {0x274E, 0x274E},
    {0x2753, 0x2755},
    {0x2757, 0x2757},
    {0x2795, 0x2797},
    {0x27B0, 0x27B0},
    {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},
    {0x2B50, 0x2B50},
    {0x2B55, 0x2B55},
    {0x2E80, 0x303E},
    {0x3040, 0xA4CF},
    {0xA960, 0xA97F},
    {0xAC00, 0xD7A3},
    {0xF900, 0xFAFF},
    {0xFE10, 0xFE19},
    {0xFE30, 0xFE6F},
    {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6},
    {0x16FE0, 0x18CFF},
    {0x1B000, 0x1B2FF},
    {0x1F004, 0x1F004},
    {0x1F0CF, 0x1F0CF},
    {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A},
    {0x1F200, 0x1F2FF},
    {0x1F300, 0x1F64F},
    {0x1F680, 0x1F6FF},
    {0x1F7E0, 0x1F7EB},
    {0x1F90C, 0x1F9FF},
    {0x1FA70, 0x1FAFF},
    {0x20000, 0x2FFFD},
    {0x30000, 0x3FFFD},
  };

  private DisplayWidth() {}

  /**
   * Returns the number of terminal columns {@code text} occupies (the sum over its code points).
   */
  public static int of(String text) {
    Objects.requireNonNull(text, "text");
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += of(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /**
   * Returns the number of terminal columns the code point {@code codePoint} occupies: 0, 1 or 2.
   */
  public static int of(int codePoint) {
    if (codePoint < 0x7F) {
      return codePoint >= 0x20 ? 1 : 0;
    }
    switch (Character.getType(codePoint)) {
      case Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.FORMAT,
          Character.CONTROL -> {
        return 0;
      }
      default -> {}
    }
    if (codePoint >= 0x1160 && codePoint <= 0x11FF) {
      return 0;
    }
    return isWide(codePoint) ? 2 : 1;
  }

  private static boolean isWide(int codePoint) {
    if (codePoint < WIDE[0][0]) {
      return false;
    }
    int lo = 0;
    int hi = WIDE.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (codePoint < WIDE[mid][0]) {
        hi = mid - 1;
      } else if (codePoint > WIDE[mid][1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
