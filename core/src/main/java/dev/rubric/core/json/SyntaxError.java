package dev.rubric.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.rubric.core.message.Message;
import org.jspecify.annotations.Nullable;

/**
 * Words the syntax errors of Jackson's parser as Rubric's {@code "expected ... but found ..."}
 * details, and locates characters of the document for {@link TreeReader}.
 */
/*
 * Implementation notes. When Jackson's parser fails, Rubric knows where it stopped (the
 * exception's location), the last token it returned and where that token starts (TreeReader
 * records them as it reads, because the parser's own current token and token location may already
 * have moved on to the token it failed to read), and the parsing context (root, object or array).
 * Jackson's messages are prose for people and are never parsed. Instead this class re-scans the
 * few characters from the start of the last token to the error. The last token and the context
 * say what may come next: a value, a field name, ':', ',' or a closing bracket, or nothing at the
 * root. Stepping over lexemes (a string, a structural character, a run of word characters such as
 * 'true', 'rubric' or '-1.5e3', or any other single character), the first lexeme that does not
 * fit what may come next is what was found, that expectation is what was expected, and the
 * lexeme's start is the position reported. Jackson fails within a token or two of the last one,
 * so the scan is short. A string that breaks inside (a raw control character, a bad escape) is
 * reported at the offending character; an unexpected end of input (JsonEOFException) where
 * Jackson reports it.
 */
final class SyntaxError {

  /** What may come next at some point of a document, worded for messages. */
  private enum Expect {
    VALUE,
    VALUE_OR_CLOSE,
    NAME,
    NAME_OR_CLOSE,
    COLON,
    OBJECT_NEXT,
    ARRAY_NEXT,
    END;

    /** Returns what may come next, as a message says it. */
    Message words() {
      return switch (this) {
        case VALUE, VALUE_OR_CLOSE -> Words.say("json.expect.value");
        case NAME, NAME_OR_CLOSE -> Words.say("json.expect.field-name");
        case COLON -> Words.literal("':'");
        case OBJECT_NEXT -> Words.say("json.either", "first", "','", "second", "'}'");
        case ARRAY_NEXT -> Words.say("json.either", "first", "','", "second", "']'");
        case END -> Words.say("json.expect.end");
      };
    }
  }

  /** A lexeme from {@code start} (inclusive) to {@code end} (exclusive). */
  private record Lexeme(int start, int end) {}

  /** The escapes JSON allows, as a message lists them. */
  private static final Message ESCAPES =
      Words.say(
          "json.alternatives",
          "list",
          "\\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t",
          "last",
          "\\uXXXX");

  private final String source;
  private final char[] text;
  private final int length;

  /**
   * Creates a helper for one document.
   *
   * @param source the document's name for messages
   * @param text the document, without a byte-order mark, from index 0
   * @param length the number of characters of {@code text} that are the document
   */
  SyntaxError(String source, char[] text, int length) {
    this.source = source;
    this.text = text;
    this.length = length;
  }

  // ---------------------------------------------------------------- syntax errors

  /**
   * Returns the exception for a syntax error that {@code p} reported at {@code at}: the unexpected
   * lexeme with what was expected there, or the malformed character of a string.
   *
   * @param token the last token the parser returned, null if none
   * @param tokenAt where {@code token} starts (for a field name, where the name starts)
   */
  JsonFormatException describe(
      JsonParser p,
      JsonProcessingException e,
      JsonLocation at,
      @Nullable JsonToken token,
      @Nullable JsonLocation tokenAt) {
    String path = TreeReader.path(p.getParsingContext());
    if (e instanceof JsonEOFException) {
      return new JsonFormatException(
          source, at.getLineNr(), at.getColumnNr(), path, Words.say("json.unexpected-end"));
    }
    @Nullable JsonLocation anchor = token == null ? null : tokenAt;
    int from = anchor == null ? 0 : (int) anchor.getCharOffset();
    int error = (int) Math.min(Math.max(at.getCharOffset(), from), length);
    Expect expect;
    int i;
    if (token == null) {
      expect = Expect.VALUE;
      i = 0;
    } else if (token == JsonToken.START_OBJECT) {
      expect = Expect.NAME_OR_CLOSE;
      i = from + 1;
    } else if (token == JsonToken.START_ARRAY) {
      expect = Expect.VALUE_OR_CLOSE;
      i = from + 1;
    } else {
      // a field name, a scalar or a closing bracket: step over it; a string may itself be broken
      if (text[from] == '"') {
        int bad = badStringCharacter(from);
        if (bad >= 0) {
          return stringError(anchor, from, bad, path);
        }
      }
      expect = token == JsonToken.FIELD_NAME ? Expect.COLON : after(p.getParsingContext());
      i = tokenEnd(token, from);
    }
    while (true) {
      i = skipWhitespace(i);
      if (i >= length) {
        return at(anchor, from, i, path, Words.say("json.unexpected-end"));
      }
      Lexeme x = lexeme(i);
      if (text[i] == '"') {
        int bad = badStringCharacter(i);
        if (bad >= 0 && fits(expect, x)) {
          return stringError(anchor, from, bad, path);
        }
      }
      if (!fits(expect, x) || x.end() > error) {
        return at(anchor, from, i, path, Words.expected(expect.words(), found(x)));
      }
      @Nullable Expect next = next(expect, x, p.getParsingContext());
      if (next == null) {
        // a bracket that fits: Jackson would have returned it as a token; report what follows
        int j = skipWhitespace(x.end());
        if (j >= length) {
          return at(anchor, from, j, path, Words.say("json.unexpected-end"));
        }
        return at(
            anchor,
            from,
            j,
            path,
            Words.expected(Words.say("json.expect.valid"), found(lexeme(j))));
      }
      expect = next;
      i = x.end();
    }
  }

  private JsonFormatException stringError(
      @Nullable JsonLocation anchor, int from, int bad, String path) {
    if (bad >= length) {
      return at(anchor, from, bad, path, Words.say("json.unexpected-end"));
    }
    char c = text[bad];
    Message detail;
    if (c < 0x20) {
      detail =
          Words.expected(
              Words.say("json.expect.string-character"),
              Words.say("json.found.control-character", "character", show(bad, bad + 1)));
    } else if (text[bad - 1] == '\\') {
      detail =
          Words.expected(
              Words.say("json.expect.escape", "escapes", ESCAPES),
              "'\\" + Tree.escape(String.valueOf(c), false) + "'");
    } else {
      detail =
          Words.expected(
              Words.say("json.expect.hex-digits", "escape", "'\\u'"), show(bad, bad + 1));
    }
    return at(anchor, from, bad, path, detail);
  }

  /** Returns the exception for {@code detail} at the character {@code offset}. */
  private JsonFormatException at(
      @Nullable JsonLocation anchor, int from, int offset, String path, Message detail) {
    int[] position =
        anchor == null
            ? position(1, 1, 0, offset)
            : position(anchor.getLineNr(), anchor.getColumnNr(), from, offset);
    return new JsonFormatException(source, position[0], position[1], path, detail);
  }

  /** Returns the end (exclusive) of the token {@code token} that starts at {@code from}. */
  private int tokenEnd(JsonToken token, int from) {
    return switch (token) {
      case FIELD_NAME, VALUE_STRING -> stringEnd(from);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> numberEnd(from);
      case VALUE_TRUE, VALUE_NULL -> from + 4;
      case VALUE_FALSE -> from + 5;
      default -> from + 1;
    };
  }

  /**
   * Returns the end (exclusive) of the longest JSON number that starts at {@code from}, or {@code
   * from} if none does: {@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}. In {@code 12abc} it
   * is {@code 12}, the token Jackson read.
   */
  private int numberEnd(int from) {
    int k = from < length && text[from] == '-' ? from + 1 : from;
    if (k >= length || !isDigit(text[k])) {
      return from;
    }
    k = text[k] == '0' ? k + 1 : skipDigits(k);
    if (k + 1 < length && text[k] == '.' && isDigit(text[k + 1])) {
      k = skipDigits(k + 1);
    }
    if (k < length && (text[k] == 'e' || text[k] == 'E')) {
      int e = k + 1 < length && (text[k + 1] == '+' || text[k + 1] == '-') ? k + 2 : k + 1;
      if (e < length && isDigit(text[e])) {
        k = skipDigits(e);
      }
    }
    return k;
  }

  private int skipDigits(int from) {
    int k = from;
    while (k < length && isDigit(text[k])) {
      k++;
    }
    return k;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static Expect after(JsonStreamContext context) {
    if (context.inObject()) {
      return Expect.OBJECT_NEXT;
    }
    return context.inArray() ? Expect.ARRAY_NEXT : Expect.END;
  }

  private boolean fits(Expect expect, Lexeme x) {
    char c = text[x.start()];
    return switch (expect) {
      case VALUE -> isValue(x);
      case VALUE_OR_CLOSE -> isValue(x) || c == ']';
      case NAME -> c == '"';
      case NAME_OR_CLOSE -> c == '"' || c == '}';
      case COLON -> c == ':';
      case OBJECT_NEXT -> c == ',' || c == '}';
      case ARRAY_NEXT -> c == ',' || c == ']';
      case END -> false;
    };
  }

  /** Returns what may follow the fitting lexeme {@code x}, or null after a bracket. */
  private @Nullable Expect next(Expect expect, Lexeme x, JsonStreamContext context) {
    char c = text[x.start()];
    if (c == '{' || c == '[' || c == '}' || c == ']') {
      return null;
    }
    if (c == ':') {
      return Expect.VALUE;
    }
    if (c == ',') {
      return expect == Expect.OBJECT_NEXT ? Expect.NAME : Expect.VALUE;
    }
    if (expect == Expect.NAME || expect == Expect.NAME_OR_CLOSE) {
      return Expect.COLON;
    }
    return after(context);
  }

  private boolean isValue(Lexeme x) {
    char c = text[x.start()];
    if (c == '"' || c == '{' || c == '[') {
      return true;
    }
    String word = new String(text, x.start(), x.end() - x.start());
    return word.equals("true")
        || word.equals("false")
        || word.equals("null")
        || (x.end() > x.start() && numberEnd(x.start()) == x.end());
  }

  /** Returns how a message shows the lexeme {@code x}: in single quotes, cut at 40 characters. */
  private String found(Lexeme x) {
    return text[x.start()] == '"' ? "'\"'" : show(x.start(), x.end());
  }

  private String show(int start, int end) {
    return "'" + Tree.escape(Tree.abbreviate(new String(text, start, end - start)), false) + "'";
  }

  // ---------------------------------------------------------------- lexemes

  private int skipWhitespace(int from) {
    int i = from;
    while (i < length
        && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) {
      i++;
    }
    return i;
  }

  /** Returns the lexeme that starts at {@code start}, which is not whitespace nor past the end. */
  private Lexeme lexeme(int start) {
    char c = text[start];
    if (c == '"') {
      return new Lexeme(start, stringEnd(start));
    }
    if (isWordCharacter(c)) {
      int i = start + 1;
      while (i < length && isWordCharacter(text[i])) {
        i++;
      }
      return new Lexeme(start, i);
    }
    if (Character.isHighSurrogate(c)
        && start + 1 < length
        && Character.isLowSurrogate(text[start + 1])) {
      return new Lexeme(start, start + 2);
    }
    return new Lexeme(start, start + 1);
  }

  private static boolean isWordCharacter(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '+' || c == '-' || c == '.';
  }

  /**
   * Returns the end (exclusive) of the string that starts with the quote at {@code start}: after
   * its closing quote, or the end of the document if it has none.
   */
  int stringEnd(int start) {
    int i = start + 1;
    while (i < length && text[i] != '"') {
      i += text[i] == '\\' ? 2 : 1;
    }
    return Math.min(i + 1, length);
  }

  /**
   * Returns the offset of the first character that breaks the string starting with the quote at
   * {@code start} (a raw control character, the character after a backslash that starts no escape,
   * a non-hexadecimal digit of a unicode escape, or the end of the document), or -1 if the string
   * is well formed.
   */
  private int badStringCharacter(int start) {
    int i = start + 1;
    while (i < length) {
      char c = text[i];
      if (c == '"') {
        return -1;
      }
      if (c < 0x20) {
        return i;
      }
      if (c != '\\') {
        i++;
        continue;
      }
      if (i + 1 >= length) {
        return length;
      }
      char e = text[i + 1];
      if (e == 'u') {
        for (int k = i + 2; k < i + 6; k++) {
          if (k >= length) {
            return length;
          }
          if (!isHexDigit(text[k])) {
            return k;
          }
        }
        i += 6;
      } else if ("\"\\/bfnrt".indexOf(e) >= 0) {
        i += 2;
      } else {
        return i + 1;
      }
    }
    return length;
  }

  private static boolean isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  // ---------------------------------------------------------------- positions

  /**
   * Returns the 1-based line and column of the character at {@code offset}, counting from the
   * character at {@code fromOffset}, which is at {@code line} and {@code column}. Like Jackson, it
   * counts {@code "\n"}, {@code "\r\n"} and a lone {@code "\r"} as one line break each.
   */
  int[] position(int line, int column, int fromOffset, int offset) {
    int l = line;
    int c = column;
    for (int k = fromOffset; k < offset && k < length; k++) {
      char ch = text[k];
      if (ch == '\n' || (ch == '\r' && (k + 1 >= length || text[k + 1] != '\n'))) {
        l++;
        c = 1;
      } else {
        c++;
      }
    }
    return new int[] {l, c};
  }
}
