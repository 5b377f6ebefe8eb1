package dev.rubric.report;

import dev.rubric.core.internal.DisplayWidth;

/**
 * Terminal display width of text, for lining up columns of plain-text output: combining marks,
 * format and control characters take no column, East Asian wide and fullwidth characters (and emoji
 * shown as such) take two, everything else, including every precomposed Vietnamese letter, takes
 * one. A letter written with combining marks (NFD) therefore has the same width as its precomposed
 * (NFC) form.
 *
 * <pre>{@code
 * TextLayout.width("Phủ Thông");   // 9
 * TextLayout.width("漢字");        // 4
 * }</pre>
 *
 * <p>The same measure aligns {@link TextTable}'s columns and the carets under diagnostic snippets.
 */
public final class TextLayout {

  private TextLayout() {}

  /**
   * Returns the number of terminal columns {@code text} occupies (the sum over its code points).
   *
   * @param text the text to measure
   * @return its display width, {@code 0} or more
   */
  public static int width(String text) {
    return DisplayWidth.of(text);
  }

  /**
   * Returns the number of terminal columns the code point occupies.
   *
   * @param codePoint a Unicode code point
   * @return {@code 0}, {@code 1} or {@code 2}
   */
  public static int width(int codePoint) {
    return DisplayWidth.of(codePoint);
  }
}
