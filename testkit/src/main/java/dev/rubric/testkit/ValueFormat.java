package dev.rubric.testkit;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders counterexamples and generator descriptions for messages.
 *
 * <p>Values print with {@link String#valueOf}, except that strings and characters are quoted and
 * escaped (control characters and combining marks as {@code \}{@code uXXXX}, so that an NFD string
 * is visibly different from its NFC form), and collections and maps render their elements the same
 * way. A rendering longer than {@link #MAX_LENGTH} characters is cut and ends with {@code "... (N
 * more characters)"}; a collection stops rendering once past the limit, so its note is a plain
 * {@code "..."}.
 */
final class ValueFormat {

  /** Longest rendering kept before abbreviation. */
  static final int MAX_LENGTH = 300;

  private static final int MAX_DEPTH = 8;

  private final StringBuilder out = new StringBuilder();
  private boolean stoppedEarly;

  private ValueFormat() {}

  /** Returns the message form of {@code value}. */
  static String format(@Nullable Object value) {
    ValueFormat format = new ValueFormat();
    format.render(value, 0);
    return format.finish();
  }

  /** Returns the message form of an argument list, as {@code (a, b)}. */
  static String formatArguments(List<?> arguments) {
    ValueFormat format = new ValueFormat();
    format.out.append('(');
    format.renderAll(arguments.iterator(), 0);
    format.out.append(')');
    return format.finish();
  }

  /** Returns {@code text} cut to {@code limit} characters plus a note, if it is longer. */
  static String abbreviate(String text, int limit) {
    if (text.length() <= limit) {
      return text;
    }
    int end = cut(text, limit);
    return text.substring(0, end) + "... (" + (text.length() - end) + " more characters)";
  }

  private String finish() {
    String text = out.toString();
    if (stoppedEarly && text.length() > MAX_LENGTH) {
      return text.substring(0, cut(text, MAX_LENGTH)) + "...";
    }
    return abbreviate(text, MAX_LENGTH);
  }

  private static int cut(String text, int limit) {
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }

  private void render(@Nullable Object value, int depth) {
    if (value instanceof CharSequence) {
      quote(value.toString(), '"');
    } else if (value instanceof Character) {
      quote(value.toString(), '\'');
    } else if (value instanceof Collection && depth < MAX_DEPTH) {
      out.append('[');
      renderAll(((Collection<?>) value).iterator(), depth + 1);
      out.append(']');
    } else if (value instanceof Map && depth < MAX_DEPTH) {
      out.append('{');
      Iterator<? extends Map.Entry<?, ?>> entries = ((Map<?, ?>) value).entrySet().iterator();
      while (entries.hasNext() && !full()) {
        Map.Entry<?, ?> entry = entries.next();
        render(entry.getKey(), depth + 1);
        out.append('=');
        render(entry.getValue(), depth + 1);
        out.append(entries.hasNext() ? ", " : "");
      }
      out.append('}');
    } else {
      out.append(value);
    }
  }

  private void renderAll(Iterator<?> values, int depth) {
    while (values.hasNext() && !full()) {
      render(values.next(), depth);
      out.append(values.hasNext() ? ", " : "");
    }
  }

  private boolean full() {
    if (out.length() > MAX_LENGTH) {
      stoppedEarly = true;
    }
    return stoppedEarly;
  }

  private void quote(String text, char quote) {
    out.append(quote);
    text.codePoints()
        .forEach(
            c -> {
              if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
              } else if (c == '\n') {
                out.append("\\n");
              } else if (c == '\t') {
                out.append("\\t");
              } else if (c == '\r') {
                out.append("\\r");
              } else if (Character.isISOControl(c)
                  || Character.getType(c) == Character.NON_SPACING_MARK) {
                out.append(String.format("\\u%04X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    out.append(quote);
  }
}
