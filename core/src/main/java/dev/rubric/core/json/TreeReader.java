package dev.rubric.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.rubric.core.message.Message;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON document into a {@link Tree} from the tokens of Jackson's streaming {@link
 * JsonParser}, enforcing Rubric's limits and strictness, and reports the first problem as a {@link
 * JsonFormatException}.
 */
/*
 * Implementation notes: positions, paths, limits.
 *
 * Positions. Each tree node keeps the line and column that the parser gives for the first
 * character of its token (JsonParser.currentTokenLocation()); a member also keeps where its name
 * starts. The decoders report errors at these positions, so they never need the parser.
 *
 * Paths. While reading, the path of the current token is the parser's own parsing context
 * (JsonStreamContext, the stack of open objects and arrays with the current field name or index of
 * each), rendered by path(): "$", then ".name" (or "['name']" when the name is not an identifier)
 * per object and "[index]" per array. Errors found here (syntax, limits, duplicate names) take
 * their path from it. The decoders rebuild the same path from the tree as they descend
 * (Decoder.At), so a decoding error and a reading error at the same value name the same path.
 *
 * Limits and strictness are checked here rather than by Jackson, so that each error says exactly
 * what it is without reading Jackson's messages: the document is read into memory first, at most
 * MAX_DOCUMENT_LENGTH characters after a byte-order mark; a depth counter, incremented as each
 * object or array opens, enforces MAX_NESTING_DEPTH; string, field name and number lengths are
 * checked as each token arrives; each object keeps the names it has seen to reject duplicates.
 * Jackson's own StreamReadConstraints are set to the longest document (lengths) or left at their
 * defaults (nesting depth 1000, no document limit) so that they never fire first, and Jackson's
 * duplicate detection stays off. Malformed JSON is Jackson's to find; its exceptions are worded by
 * SyntaxError from the last token read (recorded by read(token, location)), the parsing context
 * and the exception's location, never from their messages.
 */
final class TreeReader {

  /** The longest number literal accepted, in characters; longer ones are not converted. */
  static final int MAX_NUMBER_LENGTH = 1000;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxStringLength((int) Json.MAX_DOCUMENT_LENGTH)
                  .maxNameLength((int) Json.MAX_DOCUMENT_LENGTH)
                  .maxNumberLength((int) Json.MAX_DOCUMENT_LENGTH)
                  .build())
          .build();

  /** Characters read at most: a byte-order mark, the longest document and one character more. */
  private static final int READ_LIMIT = (int) Json.MAX_DOCUMENT_LENGTH + 2;

  private final String source;
  private final JsonParser p;
  private final SyntaxError syntax;

  /** The last token read and where it starts, for wording a syntax error that follows it. */
  private @Nullable JsonToken last;

  private @Nullable JsonLocation lastAt;

  private TreeReader(String source, JsonParser p, SyntaxError syntax) {
    this.source = source;
    this.p = p;
    this.syntax = syntax;
  }

  /**
   * Reads the document in {@code reader}, to its end but without closing it.
   *
   * @throws JsonFormatException if the document is not well-formed JSON or breaks a limit
   * @throws UncheckedIOException if {@code reader} fails
   */
  static Tree read(String source, Reader reader) {
    char[] text;
    int length;
    try {
      char[] buffer = new char[8192];
      int n = 0;
      while (n < READ_LIMIT) {
        if (n == buffer.length) {
          buffer = Arrays.copyOf(buffer, (int) Math.min(2L * buffer.length, READ_LIMIT));
        }
        int read = reader.read(buffer, n, buffer.length - n);
        if (read < 0) {
          break;
        }
        n += read;
      }
      boolean mark = n > 0 && buffer[0] == '\uFEFF';
      text = mark ? Arrays.copyOfRange(buffer, 1, n) : buffer;
      length = mark ? n - 1 : n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SyntaxError syntax = new SyntaxError(source, text, length);
    if (length > Json.MAX_DOCUMENT_LENGTH) {
      int[] at = syntax.position(1, 1, 0, (int) Json.MAX_DOCUMENT_LENGTH);
      throw new JsonFormatException(
          source,
          at[0],
          at[1],
          "$",
          Words.say("json.document-too-long", "limit", Json.MAX_DOCUMENT_LENGTH));
    }
    try (JsonParser p = FACTORY.createParser(text, 0, length)) {
      TreeReader r = new TreeReader(source, p, syntax);
      try {
        return r.document();
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        throw syntax.describe(p, e, at, r.last, r.lastAt);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Tree document() throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw new JsonFormatException(source, 1, 1, "$", Words.say("json.empty"));
    }
    Tree root = value(first, 0);
    JsonToken extra = p.nextToken();
    if (extra != null) {
      throw fail(
          p.currentTokenLocation(),
          "$",
          Words.expected(Words.say("json.expect.end"), describe(extra)));
    }
    return root;
  }

  /** Reads the value that starts with token {@code t} inside {@code depth} objects and arrays. */
  private Tree value(JsonToken t, int depth) throws IOException {
    JsonLocation at = read(t, p.currentTokenLocation());
    int line = at.getLineNr();
    int column = at.getColumnNr();
    return switch (t) {
      case START_OBJECT -> object(line, column, depth + 1);
      case START_ARRAY -> array(line, column, depth + 1);
      case VALUE_STRING -> new Tree.Str(string(), line, column);
      case VALUE_NUMBER_INT -> new Tree.Num(number(), true, p.getText(), line, column);
      case VALUE_NUMBER_FLOAT -> new Tree.Num(number(), false, p.getText(), line, column);
      case VALUE_TRUE -> new Tree.Bool(true, line, column);
      case VALUE_FALSE -> new Tree.Bool(false, line, column);
      case VALUE_NULL -> new Tree.Null(line, column);
      default -> throw new IllegalStateException("bug: unexpected token " + t);
    };
  }

  private Tree.Obj object(int line, int column, int depth) throws IOException {
    checkDepth(depth);
    Map<String, Tree.Member> members = new LinkedHashMap<>();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      JsonLocation at = read(t, p.currentTokenLocation());
      String name = p.currentName();
      if (name.length() > Json.MAX_STRING_LENGTH) {
        throw fail(
            at,
            path(p.getParsingContext().getParent()),
            Words.say(
                "json.name-too-long", "limit", Json.MAX_STRING_LENGTH, "length", name.length()));
      }
      checkText(
          name, at, path(p.getParsingContext().getParent()), Words.say("json.what.field-name"));
      if (members.containsKey(name)) {
        // reported just after the name, where a parser that rejects duplicates notices them
        int start = (int) at.getCharOffset();
        int[] end =
            syntax.position(at.getLineNr(), at.getColumnNr(), start, syntax.stringEnd(start));
        throw new JsonFormatException(
            source,
            end[0],
            end[1],
            path(p.getParsingContext()),
            Words.say("json.duplicate-field", "name", name));
      }
      Tree value = value(p.nextToken(), depth);
      members.put(name, new Tree.Member(name, at.getLineNr(), at.getColumnNr(), value));
    }
    read(t, p.currentTokenLocation());
    return new Tree.Obj(Collections.unmodifiableMap(members), line, column);
  }

  private Tree.Arr array(int line, int column, int depth) throws IOException {
    checkDepth(depth);
    List<Tree> items = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      items.add(value(t, depth));
    }
    read(t, p.currentTokenLocation());
    return new Tree.Arr(List.copyOf(items), line, column);
  }

  /** Notes that token {@code t}, which starts at {@code at}, has been read; returns {@code at}. */
  private JsonLocation read(JsonToken t, JsonLocation at) {
    last = t;
    lastAt = at;
    return at;
  }

  /** Rejects an object or array that opens {@code depth} levels deep, just after its bracket. */
  private void checkDepth(int depth) {
    if (depth > Json.MAX_NESTING_DEPTH) {
      throw fail(
          p.currentLocation(),
          path(p.getParsingContext()),
          Words.say("json.too-deep", "limit", Json.MAX_NESTING_DEPTH, "depth", depth));
    }
  }

  private String string() throws IOException {
    int length = p.getTextLength();
    if (length > Json.MAX_STRING_LENGTH) {
      throw fail(
          p.currentTokenLocation(),
          path(p.getParsingContext()),
          Words.say("json.string-too-long", "limit", Json.MAX_STRING_LENGTH, "length", length));
    }
    String text = p.getText();
    checkText(
        text, p.currentTokenLocation(), path(p.getParsingContext()), Words.say("json.what.string"));
    return text;
  }

  /**
   * Rejects text no Rubric document may hold: a NUL character, which cuts C strings and many
   * databases' text, and a lone surrogate ({@code \ud800} without its pair), which is no Unicode
   * character and cannot be written as UTF-8.
   */
  private void checkText(String text, JsonLocation at, String path, Message what) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        throw fail(at, path, Words.say("json.nul", "what", what, "nul", "\\u0000", "index", i + 1));
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw fail(
            at,
            path,
            Words.say(
                "json.surrogate",
                "what",
                what,
                "surrogate",
                "\\u" + Integer.toHexString(c),
                "index",
                i + 1));
      }
    }
  }

  private BigDecimal number() throws IOException {
    int length = p.getTextLength();
    if (length > MAX_NUMBER_LENGTH) {
      throw fail(
          p.currentTokenLocation(),
          path(p.getParsingContext()),
          Words.say("json.number-too-long", "limit", MAX_NUMBER_LENGTH, "length", length));
    }
    try {
      return new BigDecimal(p.getText());
    } catch (NumberFormatException e) {
      throw fail(
          p.currentTokenLocation(),
          path(p.getParsingContext()),
          Words.say("json.exponent", "number", Tree.abbreviate(p.getText())));
    }
  }

  /** Returns how a message names the token {@code t}, which came after the document. */
  private Message describe(JsonToken t) throws IOException {
    return switch (t) {
      case START_OBJECT -> Words.literal("'{'");
      case START_ARRAY -> Words.literal("'['");
      case VALUE_STRING -> Words.say("json.found.string", "value", Tree.quote(p.getText()));
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          Words.say("json.found.number", "value", Tree.abbreviate(p.getText()));
      default -> Words.literal("'" + p.getText() + "'");
    };
  }

  private JsonFormatException fail(JsonLocation at, String path, Message detail) {
    return new JsonFormatException(source, at.getLineNr(), at.getColumnNr(), path, detail);
  }

  /** Returns the JSON path of the parser's current position, e.g. {@code $.evidence[2]}. */
  static String path(JsonStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.getEntryCount() > 0) {
          segments.addFirst("[" + c.getCurrentIndex() + "]");
        }
      } else if (c.getCurrentName() != null) {
        segments.addFirst(Decoder.segment(c.getCurrentName()));
      }
    }
    return "$" + String.join("", segments);
  }
}
