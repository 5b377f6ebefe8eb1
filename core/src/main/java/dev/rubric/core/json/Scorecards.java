package dev.rubric.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.core.Decimal;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.result.Scorecard;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scorecard format ({@code "rubric-scorecard/1"}): the Jackson-annotated {@link Scorecard}
 * preceded by a {@code "format"} field. Unlike evidence and assessments, scorecards are mapped by
 * Jackson from the annotations on the result types; this class adds the format marker, the
 * lowercase names of {@link Channel}, and translates Jackson's errors into {@link
 * JsonFormatException}s with the path and position of the offending value.
 */
final class Scorecards {
  private Scorecards() {}

  /** The {@code "format"} of a scorecard document. */
  static final String FORMAT = "rubric-scorecard/1";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Returns the document for {@code scorecard}: {@code "format"} first, then its properties. */
  static ObjectNode toDocument(ObjectMapper mapper, Scorecard scorecard) {
    JsonNode body = mapper.valueToTree(scorecard);
    ObjectNode doc = NODES.objectNode();
    doc.put("format", FORMAT);
    doc.setAll((ObjectNode) body);
    return doc;
  }

  /** Decodes a parsed scorecard document. */
  static Scorecard fromDocument(ObjectMapper mapper, String source, Tree root) {
    Decoder d = new Decoder(source);
    Decoder.At at = new Decoder.At(root, "$");
    Tree.Obj obj = d.object(at, "a scorecard object");
    Tree.Member format = obj.members().get("format");
    if (format == null) {
      throw d.missing(at, "format");
    }
    Decoder.At formatAt = at.field(format);
    if (!(format.value() instanceof Tree.Str s && s.value().equals(FORMAT))) {
      throw d.fail(formatAt, "expected '" + FORMAT + "' but found " + format.value().describe());
    }
    ObjectNode body = (ObjectNode) toNode(root);
    body.remove("format");
    try {
      return mapper.treeToValue(body, Scorecard.class);
    } catch (JsonMappingException e) {
      Decoder.At failed = at;
      for (JsonMappingException.Reference r : e.getPath()) {
        Optional<Decoder.At> next = step(failed, r);
        if (next.isEmpty()) {
          break;
        }
        failed = next.get();
      }
      throw d.fail(failed, detail(e, failed.node()));
    } catch (IllegalArgumentException e) {
      throw d.fail(at, String.valueOf(e.getMessage()));
    } catch (IOException e) {
      throw new IllegalStateException("bug: reading a tree cannot fail with I/O", e);
    }
  }

  private static Optional<Decoder.At> step(Decoder.At at, JsonMappingException.Reference r) {
    if (r.getFieldName() != null && at.node() instanceof Tree.Obj o) {
      Tree.Member m = o.members().get(r.getFieldName());
      if (m != null) {
        return Optional.of(at.field(m));
      }
      return Optional.of(new Decoder.At(at.node(), at.path() + Decoder.segment(r.getFieldName())));
    }
    if (r.getIndex() >= 0 && at.node() instanceof Tree.Arr a && r.getIndex() < a.items().size()) {
      return Optional.of(at.index(r.getIndex(), a.items().get(r.getIndex())));
    }
    return Optional.empty();
  }

  private static final Pattern NOT_SET =
      Pattern.compile("Cannot build \\w+, some of required attributes are not set \\[(.*)\\]");

  /** Rewrites Jackson's binding errors as "expected ... but found ..." where it knows the case. */
  private static String detail(JsonMappingException e, Tree found) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field '" + u.getPropertyName() + "'";
    }
    Throwable cause = e.getCause();
    if (cause instanceof NullPointerException && cause.getMessage() != null) {
      return "missing required field '" + cause.getMessage() + "'";
    }
    if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
      Matcher m = NOT_SET.matcher(String.valueOf(cause.getMessage()));
      if (m.matches()) {
        return "missing required field "
            + String.join(
                ", ", Arrays.stream(m.group(1).split(",\\s*")).map(f -> "'" + f + "'").toList());
      }
      return String.valueOf(cause.getMessage());
    }
    if (e instanceof InvalidFormatException f
        && f.getTargetType() == Channel.class
        && String.valueOf(f.getOriginalMessage()).startsWith("Cannot deserialize Map key")) {
      return "unknown key '" + f.getValue() + "'; expected a channel (" + channels() + ")";
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "expected " + describe(m.getTargetType()) + " but found " + found.describe();
    }
    String first = String.valueOf(e.getOriginalMessage()).split("\n", 2)[0];
    return first.isEmpty()
        ? "invalid scorecard"
        : Character.toLowerCase(first.charAt(0)) + first.substring(1);
  }

  private static String describe(Class<?> type) {
    if (type == Channel.class) {
      return "a channel (" + channels() + ")";
    }
    if (type == Decimal.class || type == BigDecimal.class) {
      return "a decimal number";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "an integer";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "a boolean";
    }
    if (type == String.class) {
      return "a string";
    }
    if (List.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  /** Converts a position-carrying tree into Jackson's tree, keeping numbers exact. */
  static JsonNode toNode(Tree t) {
    if (t instanceof Tree.Obj o) {
      ObjectNode n = NODES.objectNode();
      o.members().values().forEach(m -> n.set(m.name(), toNode(m.value())));
      return n;
    }
    if (t instanceof Tree.Arr a) {
      ArrayNode n = NODES.arrayNode();
      a.items().forEach(i -> n.add(toNode(i)));
      return n;
    }
    if (t instanceof Tree.Str s) {
      return NODES.textNode(s.value());
    }
    if (t instanceof Tree.Num x) {
      return x.integral()
          ? NODES.numberNode(x.value().toBigIntegerExact())
          : NODES.numberNode(x.value());
    }
    if (t instanceof Tree.Bool b) {
      return NODES.booleanNode(b.value());
    }
    return NODES.nullNode();
  }

  /** Registers the lowercase snake-case names of {@link Channel}, as values and as map keys. */
  static void registerChannel(SimpleModule m) {
    m.addSerializer(Channel.class, new ChannelWriter());
    m.addKeySerializer(Channel.class, new ChannelKeyWriter());
    m.addDeserializer(Channel.class, new ChannelReader());
    m.addKeyDeserializer(Channel.class, new ChannelKeyReader());
  }

  static String code(Channel c) {
    return c.name().toLowerCase(Locale.ROOT);
  }

  static Optional<Channel> channel(String code) {
    return Arrays.stream(Channel.values()).filter(c -> code(c).equals(code)).findFirst();
  }

  private static String channels() {
    List<String> codes = Arrays.stream(Channel.values()).map(c -> "'" + code(c) + "'").toList();
    return String.join(", ", codes.subList(0, codes.size() - 1))
        + " or "
        + codes.get(codes.size() - 1);
  }

  private static final class ChannelWriter extends JsonSerializer<Channel> {
    @Override
    public void serialize(Channel value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeString(code(value));
    }
  }

  private static final class ChannelKeyWriter extends JsonSerializer<Channel> {
    @Override
    public void serialize(Channel value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(code(value));
    }
  }

  private static final class ChannelReader extends JsonDeserializer<Channel> {
    @Override
    public Channel deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = p.getValueAsString();
      Optional<Channel> c = text == null ? Optional.empty() : channel(text);
      if (c.isEmpty()) {
        return (Channel)
            ctxt.handleWeirdStringValue(
                Channel.class, String.valueOf(text), "expected a channel (%s)", channels());
      }
      return c.get();
    }
  }

  private static final class ChannelKeyReader extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      Optional<Channel> c = channel(key);
      if (c.isEmpty()) {
        return ctxt.handleWeirdKey(Channel.class, key, "expected a channel (%s)", channels());
      }
      return c.get();
    }
  }
}
