package dev.rubric.core.json;

import dev.rubric.core.message.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where each value and field name started, so that decoding
 * errors name a line and column as well as a path. {@link TreeReader} builds it from the tokens of
 * Jackson's streaming parser; the decoders read it.
 */
sealed interface Tree permits Tree.Obj, Tree.Arr, Tree.Str, Tree.Num, Tree.Bool, Tree.Null {

  /** Returns the 1-based line where the value starts. */
  int line();

  /** Returns the 1-based column where the value starts. */
  int column();

  /** Returns how an error message describes this value, e.g. {@code string "abc"}. */
  Message describe();

  /** A field of an object, with the position of its name. */
  record Member(String name, int line, int column, Tree value) {}

  /** An object; members in document order, names unique ({@link TreeReader} rejects duplicates). */
  record Obj(Map<String, Member> members, int line, int column) implements Tree {
    @Override
    public Message describe() {
      return Words.say("json.found.object");
    }
  }

  /** An array. */
  record Arr(List<Tree> items, int line, int column) implements Tree {
    @Override
    public Message describe() {
      return Words.say("json.found.array");
    }
  }

  /** A string. */
  record Str(String value, int line, int column) implements Tree {
    @Override
    public Message describe() {
      return Words.say("json.found.string", "value", Tree.quote(value));
    }
  }

  /**
   * A number, exactly as written: {@code text} is the literal, {@code integral} whether it had no
   * fraction and no exponent.
   */
  record Num(BigDecimal value, boolean integral, String text, int line, int column)
      implements Tree {
    @Override
    public Message describe() {
      return Words.say("json.found.number", "value", Tree.abbreviate(text));
    }
  }

  /** {@code true} or {@code false}. */
  record Bool(boolean value, int line, int column) implements Tree {
    @Override
    public Message describe() {
      return Words.say("json.found.boolean", "value", Boolean.toString(value));
    }
  }

  /** {@code null}. */
  record Null(int line, int column) implements Tree {
    @Override
    public Message describe() {
      return Words.say("json.found.null");
    }
  }

  /** Characters of a value shown in a message before it is cut with an ellipsis. */
  int SHOWN = 40;

  /** Returns {@code s} as a JSON string literal, cut to {@value #SHOWN} characters. */
  static String quote(String s) {
    return '"' + escape(abbreviate(s), true) + '"';
  }

  /**
   * Returns {@code s} with control characters escaped as in JSON (a newline as {@code \n}, others
   * as unicode escapes), and with double quotes and backslashes escaped too if {@code quotes}. A
   * lone surrogate, which no message can show, is escaped too.
   */
  static String escape(String s, boolean quotes) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append(quotes ? "\\\"" : "\"");
        case '\\' -> b.append(quotes ? "\\\\" : "\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(i + 1));
            i++;
          } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** Returns {@code s} cut to {@value #SHOWN} code points, with an ellipsis if it was cut. */
  static String abbreviate(String s) {
    if (s.codePointCount(0, s.length()) <= SHOWN) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, SHOWN - 1)) + "…";
  }
}
