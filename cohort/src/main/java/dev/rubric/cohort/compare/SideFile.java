package dev.rubric.cohort.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.io.InvalidInputException;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.Phrasebook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small JSON document read with its positions: the side files of comparisons (code mappings,
 * succession tables). Strict like Rubric's other formats: no duplicate names, no {@code null}, no
 * content after the document, at most {@value #MAX_LENGTH} characters; strings are NFC-normalised.
 * Every problem is an {@link InvalidInputException} whose message reads {@code name:line:column:
 * $.path: expected … but found …} in English and in the reader's language by {@link
 * InvalidInputException#message}: the phrasebook {@code sidefile} beside this class. A syntax error
 * keeps the detail of Jackson's parser, which is English.
 */
final class SideFile {

  static final Phrasebook BOOK = Phrasebook.of("sidefile", SideFile.class::getResourceAsStream);

  /** The longest side file, in characters. */
  static final int MAX_LENGTH = 1024 * 1024;

  /** The deepest nesting of a side file. */
  static final int MAX_DEPTH = 16;

  private static final JsonFactory FACTORY = new JsonFactory();

  /** A value and where it starts. */
  sealed interface Value permits Obj, Arr, Str, Other {
    String path();

    int line();

    int column();

    Message describe();
  }

  /** An object: members in document order. */
  record Obj(Map<String, Value> members, String path, int line, int column) implements Value {
    @Override
    public Message describe() {
      return BOOK.say("sidefile.found.object");
    }
  }

  /** An array. */
  record Arr(List<Value> items, String path, int line, int column) implements Value {
    @Override
    public Message describe() {
      return BOOK.say("sidefile.found.array");
    }
  }

  /** A string, NFC-normalised. */
  record Str(String value, String path, int line, int column) implements Value {
    @Override
    public Message describe() {
      return BOOK.say("sidefile.found.string", "value", shown(value));
    }
  }

  /** A number or boolean (which no side file uses), as written. */
  record Other(String text, String path, int line, int column) implements Value {
    @Override
    public Message describe() {
      return Message.literal(LocalizedText.of(text, text));
    }
  }

  private final String name;

  private SideFile(String name) {
    this.name = name;
  }

  /** Reads the document {@code json}, named {@code name} in messages. */
  static Obj read(String name, String json) {
    SideFile f = new SideFile(name);
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    if (text.length() > MAX_LENGTH) {
      throw f.error(1, 1, "$", BOOK.say("sidefile.too-long", "limit", MAX_LENGTH));
    }
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw f.error(1, 1, "$", BOOK.say("sidefile.empty"));
      }
      Value root = f.value(p, t, "$", 0);
      if (p.nextToken() != null) {
        throw f.error(p.currentTokenLocation(), "$", BOOK.say("sidefile.trailing"));
      }
      if (root instanceof Obj o) {
        return o;
      }
      throw f.error(root, expected(BOOK.say("sidefile.expect.json-object"), root.describe()));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String detail = String.valueOf(e.getOriginalMessage());
      throw new InvalidInputException(
          BOOK.say(
              "sidefile.malformed",
              "name",
              shown(name),
              "line",
              at == null ? 0 : at.getLineNr(),
              "column",
              at == null ? 0 : at.getColumnNr(),
              "detail",
              shown(detail)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Value value(JsonParser p, JsonToken t, String path, int depth) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (depth > MAX_DEPTH) {
      throw error(at, path, BOOK.say("sidefile.too-deep", "limit", MAX_DEPTH));
    }
    switch (t) {
      case START_OBJECT -> {
        Map<String, Value> members = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = nfc(p.currentName());
          String child = path + segment(field);
          if (members.containsKey(field)) {
            throw error(p.currentTokenLocation(), child, BOOK.say("sidefile.duplicate-name"));
          }
          JsonToken v = p.nextToken();
          members.put(field, value(p, v, child, depth + 1));
        }
        return new Obj(members, path, line, column);
      }
      case START_ARRAY -> {
        List<Value> items = new ArrayList<>();
        JsonToken n;
        while ((n = p.nextToken()) != JsonToken.END_ARRAY) {
          items.add(value(p, n, path + "[" + items.size() + "]", depth + 1));
        }
        return new Arr(items, path, line, column);
      }
      case VALUE_STRING -> {
        return new Str(nfc(p.getText()), path, line, column);
      }
      case VALUE_NULL -> throw error(at, path, BOOK.say("sidefile.null"));
      default -> {
        return new Other(p.getText(), path, line, column);
      }
    }
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  private static String segment(String field) {
    return field.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + field : "['" + field + "']";
  }

  private InvalidInputException error(JsonLocation at, String path, Message detail) {
    return error(at.getLineNr(), at.getColumnNr(), path, detail);
  }

  /** Returns the error at {@code value}. */
  InvalidInputException error(Value value, Message detail) {
    return error(value.line(), value.column(), value.path(), detail);
  }

  private InvalidInputException error(int line, int column, String path, Message detail) {
    return new InvalidInputException(
        BOOK.say(
            "sidefile.at",
            "name",
            shown(name),
            "line",
            line,
            "column",
            column,
            "path",
            shown(path),
            "detail",
            detail));
  }

  /** Returns {@code expected X but found Y}. */
  static Message expected(Message expected, Message found) {
    return BOOK.say("sidefile.expected", "expected", expected, "found", found);
  }

  /**
   * Returns {@code s} as a message shows it: with a NUL character or a lone surrogate, which no
   * message can hold, written as a JSON unicode escape (backslash, u, 4 hex digits).
   */
  static String shown(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(i + 1));
        i++;
      } else if (c == 0 || Character.isSurrogate(c)) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Reads the members of {@code obj}, which may hold only {@code known}. */
  static Fields fields(String name, Obj obj, String... known) {
    Fields f = new Fields(new SideFile(name), obj);
    List<String> allowed = List.of(known);
    for (Map.Entry<String, Value> m : obj.members().entrySet()) {
      if (!allowed.contains(m.getKey())) {
        throw f.file.error(
            m.getValue(),
            BOOK.say(
                "sidefile.unknown-field",
                "fields",
                String.join(", ", allowed),
                "name",
                shown(m.getKey())));
      }
    }
    return f;
  }

  /** Typed access to an object's members, with positioned errors. */
  static final class Fields {
    private final SideFile file;
    private final Obj obj;

    Fields(SideFile file, Obj obj) {
      this.file = file;
      this.obj = obj;
    }

    InvalidInputException error(Value value, Message detail) {
      return file.error(value, detail);
    }

    Value required(String field) {
      Value v = obj.members().get(field);
      if (v == null) {
        throw file.error(obj, BOOK.say("sidefile.missing-field", "name", field));
      }
      return v;
    }

    String string(String field) {
      return string(required(field));
    }

    Optional<String> optionalString(String field) {
      Value v = obj.members().get(field);
      return v == null ? Optional.empty() : Optional.of(string(v));
    }

    String string(Value v) {
      if (v instanceof Str s) {
        if (s.value().isBlank() || !s.value().strip().equals(s.value())) {
          throw file.error(v, expected(BOOK.say("sidefile.expect.code"), v.describe()));
        }
        return s.value();
      }
      throw file.error(v, expected(BOOK.say("sidefile.expect.string"), v.describe()));
    }

    Arr array(String field) {
      Value v = required(field);
      if (v instanceof Arr a) {
        return a;
      }
      throw file.error(v, expected(BOOK.say("sidefile.expect.array"), v.describe()));
    }

    Obj object(Value v) {
      if (v instanceof Obj o) {
        return o;
      }
      throw file.error(v, expected(BOOK.say("sidefile.expect.object"), v.describe()));
    }

    /** Checks the {@code format} field. */
    void format(String expected) {
      Value v = required("format");
      String found = string(v);
      if (!found.equals(expected)) {
        throw file.error(v, BOOK.say("sidefile.format", "format", expected, "found", shown(found)));
      }
    }
  }
}
