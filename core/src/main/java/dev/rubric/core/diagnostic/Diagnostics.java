package dev.rubric.core.diagnostic;

import dev.rubric.core.Language;
import dev.rubric.core.internal.DisplayWidth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Sorting and rendering of diagnostics.
 *
 * <p>{@link #render} prints diagnostics in the javac/gcc convention, followed by a snippet of the
 * offending line with a caret underline and the hints:
 *
 * <pre>{@code
 * cchc-xa.rubric:12:6: error: unknown input 'ho_so_dung_hn' [RB204]
 *    12 | when ho_so_dung_hn > 1200
 *       |      ^^^^^^^^^^^^^
 *       = hint: did you mean 'ho_so_dung_han'?
 * }</pre>
 *
 * <p>The output contains no colour and no platform line separators, so it is the same on every
 * machine and can be pinned by golden tests.
 */
public final class Diagnostics {

  /*
   * Implementation notes.
   *
   * First line: "name:line:col: severity: message [CODE]", line and column 1-based, the column in
   * code points (SourceText.columnOf). Diagnostics without a span print "name: severity: message
   * [CODE]" and no snippet. A path, if present, is appended as " (at <path>)".
   *
   * Snippet: "   " + line number right-aligned to the gutter width + " | " + the line; then the
   * caret line with the same gutter left blank; then one "= hint: ..." line per hint. The gutter
   * width is the number of digits of the line number shown (1 for diagnostics without a span).
   * Tabs expand to the next multiple of 4 columns; other control characters show as U+FFFD. Caret
   * position and count are display widths (DisplayWidth): a Vietnamese letter is one column whether
   * precomposed or written with combining marks, a CJK ideograph or emoji is two. A span that
   * continues past its first line is underlined to the end of that line; at least one caret is
   * printed, also for empty spans and spans at the end of a line. Lines longer than SNIPPET_LIMIT
   * UTF-16 units are cropped to a window around the span start, marked with "…" at the cut ends, so
   * that a megabyte-long line never ends up in an exception message. Trailing whitespace is removed
   * from every output line.
   *
   * Order: diagnostics with a span by (start offset, code); those without a span after them in
   * their original order (for builder-API diagnostics, the order of the tree walk). The sort is
   * stable. At most MAX_RENDERED are printed, then "…and N more". Blocks are separated by an empty
   * line, and every line, the last included, ends with "\n".
   */

  /** The largest number of diagnostics {@link #render} prints in full. */
  public static final int MAX_RENDERED = 100;

  /** Lines longer than this many UTF-16 units are cropped in snippets. */
  static final int SNIPPET_LIMIT = 160;

  /** How many UTF-16 units before the span start a cropped snippet keeps. */
  static final int CROP_CONTEXT = 40;

  private static final String ELLIPSIS = "\u2026";

  private static final Comparator<Diagnostic> ORDER =
      Comparator.<Diagnostic>comparingInt(d -> d.span().isPresent() ? 0 : 1)
          .thenComparingInt(d -> d.span().map(SourceSpan::start).orElse(0))
          .thenComparing(d -> d.span().isPresent() ? d.code() : "");

  private Diagnostics() {}

  /**
   * Returns {@code diagnostics} in rendering order: those with a span by start offset and then
   * code, then those without a span in their original order. Equal diagnostics keep their relative
   * order.
   */
  public static List<Diagnostic> sorted(Collection<Diagnostic> diagnostics) {
    Objects.requireNonNull(diagnostics, "diagnostics");
    List<Diagnostic> list = new ArrayList<>(diagnostics);
    list.sort(ORDER);
    return List.copyOf(list);
  }

  /** Returns whether any of {@code diagnostics} is an {@linkplain Diagnostic#isError() error}. */
  public static boolean hasErrors(Collection<Diagnostic> diagnostics) {
    Objects.requireNonNull(diagnostics, "diagnostics");
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /**
   * Renders {@code diagnostics} against {@code source}, sorted as by {@link #sorted} and capped at
   * {@value #MAX_RENDERED}. Returns the empty string when there are no diagnostics.
   *
   * <p>Diagnostics from the builder API have no span, so any {@code SourceText} carrying a useful
   * name (such as {@code SourceText.of("catalog cchc-xa", "")}) renders them.
   */
  public static String render(SourceText source, Collection<Diagnostic> diagnostics) {
    return render(source, diagnostics, Language.EN);
  }

  /**
   * Renders {@code diagnostics} as {@link #render(SourceText, Collection)} does, in {@code
   * language}: the severity, the message, the hints and the words around them ({@code lỗi}, {@code
   * = gợi ý:}, {@code (tại …)} in Vietnamese). Positions, codes, snippets and carets are the same
   * in every language.
   */
  public static String render(
      SourceText source, Collection<Diagnostic> diagnostics, Language language) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(language, "language");
    List<Diagnostic> all = sorted(diagnostics);
    StringBuilder out = new StringBuilder();
    int shown = Math.min(all.size(), MAX_RENDERED);
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        out.append('\n');
      }
      renderOne(source, all.get(i), language, out);
    }
    if (all.size() > shown) {
      int more = all.size() - shown;
      out.append('\n')
          .append(ELLIPSIS)
          .append(language == Language.VI ? "và " + more + " mục khác" : "and " + more + " more")
          .append('\n');
    }
    return out.toString();
  }

  private static void renderOne(
      SourceText source, Diagnostic d, Language language, StringBuilder out) {
    int gutter = 1;
    out.append(source.name());
    if (d.span().isPresent()) {
      SourceSpan span = d.span().get();
      int start = source.clamp(span.start());
      int line = source.lineOf(start);
      gutter = Integer.toString(line).length();
      out.append(':').append(line).append(':').append(source.columnOf(start));
    }
    out.append(": ")
        .append(d.severity().displayName(language))
        .append(": ")
        .append(d.message(language))
        .append(" [")
        .append(d.code())
        .append(']');
    String at = language == Language.VI ? " (tại " : " (at ";
    d.path().ifPresent(p -> out.append(at).append(p).append(')'));
    out.append('\n');
    String blank = " ".repeat(3 + gutter);
    if (d.span().isPresent()) {
      renderSnippet(source, d.span().get(), blank, out);
    }
    String hintWord = language == Language.VI ? " = gợi ý: " : " = hint: ";
    for (String hint : d.hints(language)) {
      out.append(blank).append(hintWord).append(hint).append('\n');
    }
  }

  private static void renderSnippet(
      SourceText source, SourceSpan span, String blank, StringBuilder out) {
    String text = source.content();
    int start = source.clamp(span.start());
    int line = source.lineOf(start);
    int lineStart = source.lineStart(line);
    int lineEnd = source.lineEnd(line);
    int s = Math.min(start, lineEnd);
    int e = Math.min(Math.max(source.clamp(span.end()), s), lineEnd);

    int from = lineStart;
    int to = lineEnd;
    if (lineEnd - lineStart > SNIPPET_LIMIT) {
      from = Math.max(lineStart, s - CROP_CONTEXT);
      to = Math.min(lineEnd, from + SNIPPET_LIMIT);
      if (from > lineStart && Character.isLowSurrogate(text.charAt(from))) {
        from--;
      }
      if (to < lineEnd && Character.isLowSurrogate(text.charAt(to))) {
        to++;
      }
    }

    StringBuilder shown = new StringBuilder();
    int col = 0;
    if (from > lineStart) {
      shown.append(ELLIPSIS);
      col = 1;
    }
    int caretStart = -1;
    int caretEnd = -1;
    for (int i = from; i < to; ) {
      if (caretStart < 0 && i >= s) {
        caretStart = col;
      }
      if (caretEnd < 0 && i >= e) {
        caretEnd = col;
      }
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\t') {
        int next = (col / 4 + 1) * 4;
        shown.append(" ".repeat(next - col));
        col = next;
      } else if (Character.getType(cp) == Character.CONTROL
          || Character.getType(cp) == Character.SURROGATE) {
        shown.append('\uFFFD');
        col++;
      } else {
        shown.appendCodePoint(cp);
        col += DisplayWidth.of(cp);
      }
    }
    if (caretStart < 0) {
      caretStart = col;
    }
    if (caretEnd < 0) {
      caretEnd = col;
    }
    if (to < lineEnd) {
      shown.append(ELLIPSIS);
    }
    int carets = Math.max(1, caretEnd - caretStart);

    String number = Integer.toString(line);
    String gutterPad = " ".repeat(blank.length() - 3 - number.length());
    out.append(("   " + gutterPad + number + " | " + shown).stripTrailing()).append('\n');
    out.append(blank)
        .append(" | ")
        .append(" ".repeat(caretStart))
        .append("^".repeat(carets))
        .append('\n');
  }
}
