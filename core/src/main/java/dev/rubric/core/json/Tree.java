package dev.rubric.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where each value and field name started, so that decoding
 * errors name a line and column as well as a path. Jackson's {@code JsonNode} keeps no positions.
 */
sealed interface Tree permits Tree.Obj, Tree.Arr, Tree.Str, Tree.Num, Tree.Bool, Tree.Null {

  /** Returns the 1-based line where the value starts. */
  int line();

  /** Returns the 1-based column where the value starts. */
  int column();

  /** Returns how an error message describes this value, e.g. {@code string "abc"}. */
  String describe();

  /** A field of an object, with the position of its name. */
  record Member(String name, int line, int column, Tree value) {}

  /** An object; members in document order, names unique (the parser rejects duplicates). */
  record Obj(Map<String, Member> members, int line, int column) implements Tree {
    @Override
    public String describe() {
      return "object";
    }
  }

  /** An array. */
  record Arr(List<Tree> items, int line, int column) implements Tree {
    @Override
    public String describe() {
      return "array";
    }
  }

  /** A string. */
  record Str(String value, int line, int column) implements Tree {
    @Override
    public String describe() {
      return "string " + Tree.quote(value);
    }
  }

  /**
   * A number, exactly as written: {@code text} is the literal, {@code integral} whether it had no
   * fraction and no exponent.
   */
  record Num(BigDecimal value, boolean integral, String text, int line, int column)
      implements Tree {
    @Override
    public String describe() {
      return "number " + Tree.abbreviate(text);
    }
  }

  /** {@code true} or {@code false}. */
  record Bool(boolean value, int line, int column) implements Tree {
    @Override
    public String describe() {
      return "boolean " + value;
    }
  }

  /** {@code null}. */
  record Null(int line, int column) implements Tree {
    @Override
    public String describe() {
      return "null";
    }
  }

  /** Characters of a value shown in a message before it is cut with an ellipsis. */
  int SHOWN = 40;

  /**
   * Reads the value at the parser's current token, which must be the first token of a value or,
   * inside a deserializer that was handed an object after its start, a field name.
   */
  static Tree read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (t == JsonToken.START_OBJECT || t == JsonToken.FIELD_NAME) {
      Map<String, Member> members = new LinkedHashMap<>();
      JsonToken next = t == JsonToken.FIELD_NAME ? t : p.nextToken();
      while (next == JsonToken.FIELD_NAME) {
        JsonLocation nameAt = p.currentTokenLocation();
        String name = p.currentName();
        p.nextToken();
        members.put(name, new Member(name, nameAt.getLineNr(), nameAt.getColumnNr(), read(p)));
        next = p.nextToken();
      }
      return new Obj(Collections.unmodifiableMap(members), line, column);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Tree> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(read(p));
      }
      return new Arr(List.copyOf(items), line, column);
    }
    if (t == JsonToken.VALUE_STRING) {
      return new Str(p.getText(), line, column);
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return new Num(new BigDecimal(p.getBigIntegerValue()), true, p.getText(), line, column);
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      return new Num(p.getDecimalValue(), false, p.getText(), line, column);
    }
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return new Bool(t == JsonToken.VALUE_TRUE, line, column);
    }
    if (t == JsonToken.VALUE_NULL) {
      return new Null(line, column);
    }
    throw new IllegalStateException("bug: unexpected token " + t);
  }

  /** Returns {@code s} as a JSON string literal, cut to {@value #SHOWN} characters. */
  static String quote(String s) {
    String cut = abbreviate(s);
    StringBuilder b = new StringBuilder(cut.length() + 2).append('"');
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** Returns {@code s} cut to {@value #SHOWN} code points, with an ellipsis if it was cut. */
  static String abbreviate(String s) {
    if (s.codePointCount(0, s.length()) <= SHOWN) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, SHOWN - 1)) + "…";
  }
}
