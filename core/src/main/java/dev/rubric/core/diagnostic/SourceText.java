package dev.rubric.core.diagnostic;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The text of one source, such as a {@code .rubric} file, with its name and a table of line starts.
 *
 * <p>The content is kept exactly as given (it is not normalised), so that {@link SourceSpan}
 * offsets match the file. Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}; a terminator
 * at the end of the content starts one last, empty line. Lines and columns are 1-based; columns
 * count code points, not UTF-16 units, so a Vietnamese precomposed letter or an emoji is one column
 * while a letter written with combining marks (NFD) is several. Offsets beyond the end of the
 * content are treated as the end.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SourceText {

  /*
   * Implementation notes: the line-start table is computed eagerly in one pass, as in CEL's
   * CelSource; lookups are a binary search over it. A 4 MiB source with one line per 40 characters
   * costs about 400 KiB of table, which is small next to the content itself.
   */

  private final String name;
  private final String content;
  private final int[] lineStarts;

  private SourceText(String name, String content) {
    this.name = name;
    this.content = content;
    this.lineStarts = computeLineStarts(content);
  }

  /**
   * Returns the source named {@code name} (usually a file name such as {@code
   * "cchc-xa-2022.rubric"}) with the given content.
   */
  public static SourceText of(String name, String content) {
    return new SourceText(
        Objects.requireNonNull(name, "name"), Objects.requireNonNull(content, "content"));
  }

  private static int[] computeLineStarts(String content) {
    int[] starts = new int[16];
    int count = 1;
    int n = content.length();
    for (int i = 0; i < n; i++) {
      char c = content.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && content.charAt(i + 1) == '\n') {
          i++;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /** Returns the name used in rendered diagnostics. */
  public String name() {
    return name;
  }

  /** Returns the content exactly as given. */
  public String content() {
    return content;
  }

  /** Returns the number of lines, at least 1 (an empty source has one empty line). */
  public int lineCount() {
    return lineStarts.length;
  }

  /**
   * Returns the 1-based line containing {@code offset}. An offset between the {@code \r} and the
   * {@code \n} of a {@code \r\n} pair belongs to the line the pair ends.
   *
   * @throws IllegalArgumentException if {@code offset} is negative
   */
  public int lineOf(int offset) {
    int clamped = clamp(offset);
    int i = Arrays.binarySearch(lineStarts, clamped);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /**
   * Returns the 1-based column of {@code offset} on its line, counting code points.
   *
   * @throws IllegalArgumentException if {@code offset} is negative
   */
  public int columnOf(int offset) {
    int clamped = clamp(offset);
    int start = lineStarts[lineOf(clamped) - 1];
    return content.codePointCount(start, clamped) + 1;
  }

  /**
   * Returns the text of the 1-based line {@code line} without its terminator.
   *
   * @throws IllegalArgumentException unless {@code 1 <= line <= lineCount()}
   */
  public String line(int line) {
    checkLine(line);
    return content.substring(lineStart(line), lineEnd(line));
  }

  /** Returns the text covered by {@code span}, with offsets beyond the end treated as the end. */
  public String text(SourceSpan span) {
    Objects.requireNonNull(span, "span");
    return content.substring(clamp(span.start()), clamp(span.end()));
  }

  /** Returns the offset of the first character of the 1-based line {@code line}. */
  int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** Returns the offset just before the terminator of the 1-based line {@code line}. */
  int lineEnd(int line) {
    int end = line < lineStarts.length ? lineStarts[line] : content.length();
    int start = lineStarts[line - 1];
    if (end > start && content.charAt(end - 1) == '\n') {
      end--;
    }
    if (end > start && content.charAt(end - 1) == '\r') {
      end--;
    }
    return end;
  }

  /** Returns {@code offset} limited to the length of the content. */
  int clamp(int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException(
          "offset: expected a non-negative offset but found " + offset);
    }
    return Math.min(offset, content.length());
  }

  private void checkLine(int line) {
    if (line < 1 || line > lineStarts.length) {
      throw new IllegalArgumentException(
          "line: expected a line between 1 and " + lineStarts.length + " but found " + line);
    }
  }

  /** Returns whether {@code o} is a source text with the same name and content. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SourceText sourceText
        && sourceText.name.equals(name)
        && sourceText.content.equals(content);
  }

  /** Returns a hash code consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    return 31 * name.hashCode() + content.hashCode();
  }

  /** Returns the name and size, never the content (which may be large or sensitive). */
  @Override
  public String toString() {
    return "SourceText[name="
        + name
        + ", length="
        + content.length()
        + ", lines="
        + lineStarts.length
        + "]";
  }
}
